"""Classes of error left from a blind benchmark of public logs and sample databases
(benchmarks/wild22), each with values written here: a proxy's request and backend hosts taken for
a client's address, a column of `-` read by its name alone, a firewall's capitalised tag read as a
person's name, and the postal codes of an address book read as a list of places."""
from __future__ import annotations

import pyarrow as pa

from classifiers import secondary
from datamap.model import FieldSample
from tests.classifiers.support import best_entity, classify_table

CLIENTS = ["203.0.113.7", "198.51.100.23", "203.0.113.99", "192.0.2.44", "198.51.100.5"]
BACKENDS = ["10.0.4.3:8080", "10.0.4.9:8080", "10.0.4.3:8080", "10.0.4.12:8080", "10.0.4.9:8080"]


def test_where_a_request_went_is_a_servers_address_not_a_clients():
    # Traefik's backend inside its ServiceURL object, Caddy's Host header of a request by address
    assert best_entity("ServiceURL.Host", BACKENDS) != "IP_ADDRESS"
    assert best_entity("request.host", BACKENDS) != "IP_ADDRESS"
    assert best_entity("RequestHost", BACKENDS) != "IP_ADDRESS"
    # the caller's address beside them stays one
    assert best_entity("request.remote_ip", CLIENTS) == "IP_ADDRESS"
    assert best_entity("ClientHost", CLIENTS) == "IP_ADDRESS"
    assert best_entity("remote_host", CLIENTS) == "IP_ADDRESS"


def test_a_column_of_placeholders_holds_no_data_whatever_its_name():
    # an access log's user when no one authenticated: `-` on every line, as nulls would be
    assert best_entity("ClientUsername", ["-"] * 6) is None
    assert best_entity("email", ["n/a", "N/A", "n/a"]) is None
    # one real login among them and the name speaks again; a hidden value is still data withheld
    assert best_entity("ClientUsername", ["-", "-", "mkowalski", "-", "jdoe"]) == "ACCOUNT_ID"
    assert best_entity("email", ["<EMAIL>", "<EMAIL>"]) == "EMAIL_ADDRESS"


def _names_in(lines: list[str]) -> bool:
    sample = FieldSample(path="(free text)", values=pa.array(lines, pa.string()), origin="message")
    return any(d.entity == "PERSON" for d in secondary.detect(sample))


def test_a_programs_capitalised_tag_is_no_persons_name():
    # ufw's kernel lines: `[UFW BLOCK]` ends in a surname (Block), but no one is named
    firewall = [f"[UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:12:34:56 SRC=203.0.113.{i} DST=10.0.0.5 LEN=60 "
                f"PROTO=TCP SPT={40000 + i} DPT=22 SYN URGP=0" for i in range(8)]
    assert not _names_in(firewall)
    # a name a program wrote in capitals, with a known given name, is still found
    assert secondary._plausible_name("MARGARET THOMPSON", True)
    assert not secondary._plausible_name("UFW BLOCK", True)


def test_an_address_books_postal_codes_are_parts_of_addresses():
    # each street line once with its postal code: an address table, not a gazetteer
    streets = ["12 Harbour Lane", "4 Elm Road", "77 Mill Street", "9 Station Road", "31 Church Lane",
               "5 Park Avenue", "18 High Street", "2 Queens Road", "64 Oak Drive", "40 Bridge Street",
               "7 Victoria Road", "23 King Street"]
    codes = ["35200", "17886", "83579", "53561", "42399", "18743", "93896", "77948", "45844", "53628",
             "09218", "26301"]
    table = classify_table("address", {"address_id": list(range(1, 13)), "address": streets,
                                       "postal_code": codes, "city_id": [300, 576, 186, 179, 65, 463, 438, 45,
                                                                         209, 200, 13, 518]})
    assert table["address"] == "STREET_ADDRESS"
    assert table["postal_code"] == "LOCATION"
    # a list of cities each once, with nothing else of anyone's, stays a list of places
    places = classify_table("city", {"city_id": list(range(1, 13)),
                                     "city": ["Lisbon", "Porto", "Madrid", "Seville", "Lyon", "Marseille",
                                              "Munich", "Hamburg", "Vienna", "Graz", "Zurich", "Geneva"]})
    assert places["city"] is None


POSTS = ["If you're running this on CI, you may want to install the fonts first, as the fix is live now.",
         "Yes, so you write in plain markdown and my script converts it for the site.",
         "I finally moved my blog over to the new host this weekend and it was painless.",
         "Release 0.4.0 is out with faster uploads and a new dark theme for the viewer.",
         "Thanks for the report! I think we broke this in the last release, looking into it.",
         "Our meetup is back next month, bring your laptop and your questions.",
         "Three new maps of the river delta drawn from the 1890 survey sheets."]
DESCRIPTIONS = ["A library for parsing and validating configuration files in several formats.",
                "Command line tool that converts markdown documents to static web pages.",
                "Bindings to the system compression library with streaming support.",
                "Utilities for reading and writing spreadsheet files without a spreadsheet program.",
                "Fast implementation of common hashing functions for large inputs.",
                "Client for the public weather service with caching of recent answers.",
                "Plotting helpers that draw maps of regions and their boundaries."]


COMPANY_PAGE = ["Join us live as we share our plans for the year ahead with you.",
                "Watch how our teams built the new tools you asked for this spring.",
                "We are celebrating ten years of the program with creators around the world.",
                "Our partners share what they learned from a year of community events.",
                "Find out how you can apply for the next round of grants before June.",
                "Highlights from the summit, with talks from our engineers and researchers.",
                "Take a look back at the moments you shared with us this year."]


def test_text_in_the_first_person_is_peoples_writing_whoever_the_table_names():
    # a social network's records: an address of the record, its type, its text, when
    uris = [f"at://did:plc:q7x2mbv4kd3s6nwe5ryt2h{i}a/app.example.feed.post/3lof7sov{i}k2h" for i in range(7)]
    posts = classify_table("records", {"uri": uris, "value.type": ["app.example.feed.post"] * 7,
                                       "value.text": POSTS,
                                       "value.createdAt": [f"2025-05-0{i + 1}T01:30:17Z" for i in range(7)]})
    assert posts["value.text"] == "USER_CONTENT"
    # a package index's descriptions, in the third person, in a table of nothing personal
    packages = classify_table("packages", {"package": [f"pkg{i}" for i in range(7)],
                                           "version": ["1.0.2", "0.9.1", "2.3.0", "1.1.1", "4.0.0", "0.2.7", "3.3.3"],
                                           "text": DESCRIPTIONS})
    assert packages["text"] is None
    # a company's page speaks as `we` to `you`: no one's own writing, the rule stays
    videos = classify_table("videos", {"video_id": [f"10{i}5502" for i in range(7)],
                                       "length": [31.5, 120.0, 64.2, 88.0, 15.3, 240.1, 59.9],
                                       "description": COMPANY_PAGE})
    assert videos["description"] is None
