"""Classes of error a twelfth blind benchmark of public data (benchmarks/wild12) exposed, each in
the shape the public data has: Django fixtures (a custom user model's rows keyed by `pk`),
medical-record CSVs (ages computed from dates, `ptid`), device tables and command outputs (BSD's
`arp -a`, ifconfig's `addr` and `carrier` counts, interface names), an address book's vCards and
mail headers (`Cc`, lists of recipients)."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.names import expand, tokenize
from datamap.model import DatasetSample, FieldSample


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns`."""
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


USERS = {"username": ["superuser", "eventeditor", "eventmoderator", "inactiveuser", "siteeditor",
                      "admin_only_user", "corporateeditor"],
         "is_staff": [True, False, False, False, False, False, False],
         "password": ["md5$seasalt$1e9bf2bf5606aa5c39852cc30f0f6f22"] * 7,
         "email": ["superuser@example.com", "eventeditor@example.com", "eventmoderator@example.com",
                   "inactiveuser@example.com", "siteeditor@example.com", "admin_only_user@example.com",
                   "corporateeditor@example.com"]}


def test_the_key_of_a_model_of_users_glued_to_a_qualifier_is_an_account():
    # Django's custom user models (`customuser`, `emailuser`): a table of people by its name
    found = classify("wagtail_customuser.ndjson", {"pk": [1, 2, 3, 4, 5, 6, 7], **USERS})
    assert found["pk"] == "ACCOUNT_ID"
    uuids = [f"00000000-0000-0000-0000-00000000000{i}" for i in range(1, 8)]
    assert classify("emailuser.ndjson", {"pk": uuids, "email": USERS["email"],
                                         "password": USERS["password"]})["pk"] == "ACCOUNT_ID"
    # a word that only ends in a people word says nothing of people (`remember`), nor a short
    # qualifier (`abuser`)
    assert classify("remember.ndjson", {"pk": [1, 2, 3, 4, 5, 6, 7], "email": USERS["email"]})["pk"] is None


def test_an_age_computed_from_dates_to_every_digit_is_an_age():
    ages = [58.7652293, 56.44626968, 70.07255305, 54.74058864, 38.10540726, 66.25872690, 55.53456537,
            53.05681040, 42.50787132, 70.55989049, 53.71389459, 59.13757700]
    found = classify("pbc.csv", {"id": list(range(1, 13)), "age": ages, "sex": ["f", "m"] * 6})
    assert found["age"] == "AGE"
    # still no age past a lifetime
    assert classify("pbc.csv", {"age": [x * 10 for x in ages]})["age"] is None


def test_a_patients_id_abbreviated_is_an_account():
    assert expand(tokenize("ptid")) == expand(tokenize("pt_id")) == expand(tokenize("PATID")) == ("patient", "id")
    assert expand(tokenize("font_pt")) == ("font", "pt")  # elsewhere `pt` is a point
    ids = ["00005", "00007", "00009", "00010", "00011", "00012", "00013", "00014", "00016", "00017"]
    assert classify("rhc.csv", {"ptid": ids, "death": ["No", "Yes"] * 5})["ptid"] == "ACCOUNT_ID"


def test_a_mac_address_without_leading_zeros_is_a_device_id():
    # BSD's and macOS's `arp -a`: `58:6d:8f:7:c9:94`
    macs = ["58:6d:8f:7:c9:94", "a4:5e:60:e3:ca:33", "c4:8e:8f:61:82:db", "18:4f:32:5a:64:5", "14:cc:20:1a:99:0"]
    assert classify("arp.csv", {"c03": macs})["c03"] == "MAC_ADDRESS"


def test_a_name_is_contradicted_by_values_plainly_of_another_kind_however_few():
    # a mail's `Cc` of addresses is no card number, with two values
    cc = ["simple@example.net, =?UTF-8?Q?John_=22Johnny=22_Doe?= <john.doe@example.com>",
          "eve@example.com <frank@example.com>"]
    assert classify("mail_headers.csv", {"Cc": cc})["Cc"] != "CREDIT_CARD"
    # ifconfig's `addr`: an interface's addresses, no street's
    addr = ["::1/128", "fe80::5054:ff:fe12:3456/64", "10.0.2.15", "fe80::a00:27ff:fee8:816f/64 Scope:Link",
            "08:00:27:18:64:56", "10.0.0.104"]
    assert classify("ifconfig.csv", {"addr": addr})["addr"] != "STREET_ADDRESS"
    # a street address under the same name still is one
    streets = ["21 Tweety Mansions", "3 Bird Lane", "1 Main St", "500 Oak Avenue", "77 Elm Road", "9 Hill Street"]
    assert classify("people.csv", {"addr": streets})["addr"] == "STREET_ADDRESS"


def test_a_count_that_is_zero_on_every_line_is_no_carrier():
    # ifconfig's `carrier 0` (carrier errors): a count, not a mobile operator
    assert classify("ifconfig.csv", {"carrier": [0] * 12})["carrier"] is None
    assert classify("sessions.csv", {"carrier": ["Verizon", "T-Mobile", "AT&T", "Verizon", "Sprint"] * 2})[
        "carrier"] == "MOBILE_CARRIER"
    # a time zone of UTC everywhere is still a time zone
    assert classify("devices.csv", {"utc_offset": [0] * 12})["utc_offset"] == "TIME_ZONE"


def test_an_interface_name_is_no_geohash():
    arp = {"IP address": ["10.0.2.2", "192.168.232.1", "192.168.200.1", "192.168.16.254", "192.168.16.2",
                          "192.168.1.1", "10.0.2.3", "10.0.2.4"],
           "HW address": ["52:55:0a:00:02:02", "02:00:00:00:01:00", "8e:8f:aa:c9:d2:8b", "00:50:56:e1:2f:51",
                          "00:50:56:f1:4c:50", "00:50:56:f1:4c:51", "52:55:0a:00:02:03", "52:55:0a:00:02:04"],
           "c06": ["eth0", "wlan0", "radio0", "ens33", "ens34", "ens33", "eth0", "docker0"]}
    assert classify("proc_net_arp.csv", arp)["c06"] is None
    # a column of words and small numbers is no column of cells, short or long
    assert classify("interfaces.csv", {"c01": ["eth0", "ens33", "docker0", "rmnet1", "wlan0", "enp3s0f1"] * 3})[
        "c01"] is None
    assert classify("cells.csv", {"geohash": ["9q8yyk8", "dr5ru7c", "u4pruyd", "9q9p1dh", "dqcjq2k"]})[
        "geohash"] == "GEOHASH"


def test_a_vcard_structured_name_is_a_name():
    names = ["Citizen;Joe;;;", "Smith;Michael;;;", "representation;one;;;", "Coyote;Wile;E.;;", "Jones;Mike;;;"]
    assert classify("vcards.csv", {"N": names, "KIND": ["", "", "", "org", ""]})["N"] == "PERSON"
    # five parts of something else are not
    assert classify("codes.csv", {"N": ["a;b;c;d;e", "1;2;3;4;5", "x;y;;;", "red;green;;;", "p;q;r;;"]})["N"] is None


def test_a_list_of_recipients_is_of_addresses():
    to = ['"Charlie Brown" <charlie@example.com>, dave@example.com', "tanya@infospacemail.com",
          "<webmaster@khaleejtimes.com>, <sales@dg-jh.com>, <rjjhztyl@guerrillamailblock.com>",
          'echo@tu-berlin.de, "Porcile, M." <mporcile@server.it>', "jo@x.org; al@y.org",
          "Recipient <recipient@example.net>"]
    assert classify("mail_headers.csv", {"To": to})["To"] == "EMAIL_ADDRESS"
    # a Message-ID in angle brackets alone is no address
    ids = ["<791407.263728.a23f87@y.ewreqr.org>", "<B0950073156@apus.netpar.com.br>",
           "<QLHMAUTBMRLPSUHSWPVQEL@post.sk>", "<3f21937f0f636c8cec1db30bf.042ea43672@mcsv.net>",
           "<OF0C5D2406.A7134351@notes.na.collabserv.com>"]
    assert classify("mail_headers.csv", {"c09": ids})["c09"] is None
