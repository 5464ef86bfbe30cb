"""Classes of error a ninth blind benchmark of public data (benchmarks/wild9) exposed, each in
the shape the public data has: a social API's recorded JSON (messages, live updates, moderator
notes and lists), a menu's sales, a league's teams, ad-tech fixtures."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.recognizers.user_content import _is_prose
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.support import best_entity


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns`."""
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


UPDATES = [
    "**Promoted Posts in the iOS App**\n\nStarting today, we will now serve promoted posts on the iOS app.",
    "We updated the favicon icon ([the icon at the top of the browser](https://i.redd.it/mscc98wrvn2x.png)).",
    "The mobile website now supports the [subreddit rules page](https://www.reddit.com/r/ModSupport/comments/4z3ywe/"
    "mobile_web_now_supports_the_subreddit_rules_page/).",
    "[Updated colors](https://www.reddit.com/r/ModSupport/comments/3kynzq/updated_colors_for_modmail/) for modmail",
    "Minor fix: users that cannot comment in a subreddit can subscribe to it again.",
    "[Fix gold infobar](https://github.com/reddit/reddit/commit/31b9c8c9c07a3ae2d4c0b5c1f2f7bc3b4e6e1a9f)",
    "Just made a small adjustment to the banned subreddit page to show the date of the ban.",
    "We now send Secure cookies whenever you log in, so they are only sent encrypted over HTTPS.",
]


def test_markdown_text_with_long_links_is_still_text():
    # a sentence around a long link, and a Markdown link's own words, read as prose
    assert _is_prose(UPDATES[2]) and _is_prose(UPDATES[3])
    assert not _is_prose("https://example.com/a/very/long/path?ref=home page")
    found = classify("live_updates.ndjson", {"id": [f"u{i}" for i in range(len(UPDATES))], "body": UPDATES})
    assert found["body"] == "USER_CONTENT"


def test_a_messages_subject_is_its_writers():
    subjects = ["Test message", "re: redbubble", "February 2020 Mod Newsletter", "January 2020 Mod Snoosletter",
                "Media Processing Completed Successfully", "Media Processing Completed Successfully",
                "Your post was removed", "hello there"]
    messages = {"id": [f"m{i}" for i in range(8)], "author": ["ModNewsletter", "roastbot", "Lil_SpazTest",
                                                              "bboe", "bboe", "roastbot", "AutoModerator", "bboe"],
                "subject": subjects, "body": ["thanks for the note, see you soon"] * 8}
    assert classify("inbox.ndjson", messages)["subject"] == "USER_CONTENT"
    # a study's numbered subjects are its participants, no text; a subject without an author stays a topic
    assert best_entity("subject", ["Math", "Physics", "History", "Chemistry", "Art", "Music"]) is None


def test_an_account_column_in_another_role_is_an_account():
    notes = {"id": [f"ModNote_{i}" for i in range(8)],
             "user": ["Watchful1", "PyAPITestUser3", "bboe", "Watchful1", "spez", "kn0thing", "bboe", "spez"],
             "user_id": ["t2_d0z23", "t2_6c1xj", "t2_1qwk", "t2_d0z23", "t2_1w72", "t2_3kz", "t2_1qwk", "t2_1w72"],
             "operator": ["Watchful1"] * 4 + ["bboe"] * 4,
             "operator_id": ["t2_d0z23"] * 4 + ["t2_1qwk"] * 4,
             "type": ["NOTE", "REMOVAL", "NOTE", "NOTE", "BAN", "NOTE", "NOTE", "REMOVAL"],
             "subreddit_id": ["t5_7ss0q"] * 8}
    found = classify("mod_notes.ndjson", notes)
    assert found["operator"] == "ACCOUNT_ID" and found["operator_id"] == "ACCOUNT_ID"
    assert found["type"] is None and found["subreddit_id"] is None
    # a flight's destination shares no value with anyone's account: it stays an airport
    flights = {"user_id": ["u1001", "u1002", "u1003", "u1004", "u1005", "u1006"],
               "dest": ["IAH", "MIA", "BQN", "ATL", "ORD", "FLL"]}
    assert classify("trips.csv", flights)["dest"] is None


def test_a_table_named_for_people_by_their_role_is_a_table_of_people():
    moderators = {"id": ["t2_f3lhp", "t2_56z0c", "t2_4qfwd", "t2_7v7al", "t2_iqcik", "t2_3c639"],
                  "name": ["Acidtwist", "Drunken_Economist", "Kaitaan", "MiamiZ", "aurora-73", "bsimpson"],
                  "permissions": ["all"] * 6}
    found = classify("moderators.ndjson", moderators)
    assert found["id"] == "ACCOUNT_ID" and found["name"] == "ACCOUNT_ID"


def test_a_lines_items_are_no_peoples_names():
    dishes = ["Pepperoni Pizza Small", "Hawaiian Pizza Medium", "Big Meat Pizza Small", "Classic Deluxe Pizza Large",
              "Five Cheese Pizza Large", "Italian Supreme Pizza Medium", "Mexicana Pizza Small",
              "Thai Chicken Pizza Large", "Barbecue Chicken Pizza Small", "Greek Pizza Medium"] * 3
    assert best_entity("name", dishes) is None
    people = ["Amy Small", "John Large", "Mary Jones", "Robert Brown", "Linda Davis", "James Miller",
              "Susan Wilson", "David Moore", "Karen Taylor", "Paul Anderson"] * 3
    assert best_entity("name", people) == "PERSON"


def test_the_cities_of_a_leagues_teams_locate_no_one():
    cities = ["Atlanta", "Boston", "Brooklyn", "Charlotte", "Chicago", "Cleveland", "Dallas", "Denver", "Detroit",
              "San Francisco", "Houston", "Indianapolis", "Los Angeles", "Los Angeles", "Memphis", "Miami",
              "Milwaukee", "Minneapolis", "New Orleans", "New York"]
    teams = {"teamId": list(range(1610612737, 1610612757)),
             "abbreviation": [f"T{i:02d}" for i in range(20)],
             "teamName": [f"{c} Team {i}" for i, c in enumerate(cities)], "location": cities}
    assert classify("teams.ndjson", teams)["location"] is None


def test_service_addresses_and_an_ads_address_are_no_pages_visited():
    sockets = [f"wss://ws-0f6ba0a7a86f4030{i}.wss.redditmedia.com/live/1595195m6j9z{i}?m=AQAAKtgDX1wd" for i in range(6)]
    assert best_entity("websocket_url", sockets) is None
    assert best_entity("c05", sockets) is None
    trackers = ["http://aktrack.pubmatic.com/AdServer/AdDisplayTrackerServlet?operId=1&pubId=39741&adId=148827"] * 3
    assert best_entity("adUrl", trackers) is None
    assert best_entity("page_url", ["https://shop.example.com/cart", "https://shop.example.com/p/12",
                                    "https://shop.example.com/"]) == "VISITED_URL"


def test_a_maker_and_a_model_beside_a_user_agent_are_the_device():
    agents = ["Mozilla/5.0 (Linux; Android 4.4.2; Nexus 7 Build/KOT49H) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/32.0.1700.99 Safari/537.36",
              "Mozilla/5.0 (Linux; Android 4.1.1; PadFone 2 Build/JRO03L) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/37.0.2062.117 Safari/537.36",
              "Mozilla/5.0 (Linux; Android 5.0; SM-G900F Build/LRX21T) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/40.0.2214.89 Mobile Safari/537.36",
              "Mozilla/5.0 (Linux; U; Android 4.0.3; en-us; HTC Sensation Build/IML74K) AppleWebKit/534.30 "
              "(KHTML, like Gecko) Version/4.0 Mobile Safari/534.30",
              "Mozilla/5.0 (Linux; Android 6.0; LG-H815 Build/MRA58K) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/52.0.2743.98 Mobile Safari/537.36",
              "Mozilla/5.0 (Linux; Android 7.0; Moto G (5) Build/NPP25.137-33) AppleWebKit/537.36 (KHTML, like "
              "Gecko) Chrome/60.0.3112.107 Mobile Safari/537.36"]
    cases = {"ua": agents, "expect.vendor": ["ASUS", "ASUS", "Samsung", "HTC", "LG", "Motorola"],
             "expect.model": ["Nexus 7", "PadFone", "SM-G900F", "Sensation", "H815", "Moto G (5)"]}
    found = classify("ua_device_cases.ndjson", cases)
    assert found["ua"] == "USER_AGENT"
    assert found["expect.vendor"] == "DEVICE_MODEL" and found["expect.model"] == "DEVICE_MODEL"
    # the same makers in a purchasing table (no user agent) are suppliers
    assert classify("purchases.csv", {"vendor": cases["expect.vendor"], "amount": [10, 20, 30, 40, 50, 60]}
                    )["vendor"] is None
    # an ad network (Snowplow's `mkt_network`: Google) beside the same user agents is no device
    assert classify("events.csv", {"useragent": agents, "mkt_network": ["Google"] * 6})["mkt_network"] is None


def test_an_ads_size_is_no_screen():
    assert best_entity("size", ["300x250", "300x250", "300x600", "160x600", "970x250"]) is None
    assert best_entity("c12", ["300x250", "336x280", "300x250"]) is None
    assert best_entity("size", ["1170x2532", "1080x2400", "1920x1080", "750x1334", "1366x768"]) == "SCREEN_RESOLUTION"
    assert best_entity("c03", ["1170x2532", "1080x2400", "1920x1080", "240x320", "1366x768"]) == "SCREEN_RESOLUTION"


def test_a_messages_destination_shared_with_its_authors_is_an_account():
    # PRAW's recorded inbox: a third of the destinations are users who also write, the rest
    # are communities (`#pics`) and users who only receive
    users = [f"user{i}" for i in range(10)]
    dest = users[:6] + [f"#community{i}" for i in range(8)] + [f"reader{i}" for i in range(6)]
    authors = users + [f"writer{i}" for i in range(10)]
    messages = {"id": [f"t4_{i:04d}" for i in range(20)], "author": authors, "dest": dest}
    assert classify("inbox.ndjson", messages)["dest"] == "ACCOUNT_ID"


def test_an_eshops_products_beside_the_visitors_user_agent_are_no_device():
    agents = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
              "Version/17.4 Mobile/15E148 Safari/604.1",
              "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile "
              "Safari/537.36"] * 3
    found = classify("app_events.ndjson", {"context.userAgent": agents, "properties.product": [
        "Face Serum", "Sneakers", "Desk Lamp", "Yoga Mat", "Air Fryer", "Phone Case"]})
    assert found["context.userAgent"] == "USER_AGENT"
    assert found["properties.product"] is None  # a weak name, and no value the agents name
