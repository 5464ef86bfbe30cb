"""Classes of error an eleventh blind benchmark of public data (benchmarks/wild11) exposed, each in
the shape the public data has: an identity provider's management API (Okta's users, devices,
hooks and rate limits), a social API's tweets with their authors, a directory's LDIF entries, a
cloud audit log's records (CloudTrail)."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns`."""
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


EVENT_IDS = ["a0ed971f-389f-406a-9fcf-887c5ca6903a", "b25ff7e3-f1cf-4b7f-883d-b09168c454d5",
             "a0ed971f-389f-406a-9fcf-887c5ca6903a", "4d293154-a15b-4c33-9e0a-ff5eeEXAMPLE",
             "b25ff7e3-f1cf-4b7f-883d-b09168c454d5"]


def test_a_records_uuid_is_no_event_name_in_a_small_table():
    # five CloudTrail records, three distinct ids: few enough to pass for a repeated vocabulary
    found = classify("cloudtrail.ndjson", {"eventID": EVENT_IDS,
                                           "eventTime": ["2017-12-11T15:01:51Z"] * 5})
    assert found["eventID"] is None
    # event names themselves still are behaviour
    names = ["add_to_cart", "page_view", "add_to_cart", "purchase", "page_view"]
    assert classify("events.ndjson", {"event_name": names})["event_name"] == "BEHAVIORAL_EVENT"


def test_a_url_of_an_account_or_of_a_setting_is_no_page_visited():
    tweets = {"id_str": ["349683012054683648", "777915304261193728", "949716340755091458"],
              "user.screen_name": ["__twython__", "twitter", "philgyford"],
              "user.url": ["http://t.co/5iRhy7wTgu", "https://twitter.com", "https://www.gyford.com"]}
    assert classify("tweets.ndjson", tweets)["user.url"] is None
    hooks = {"id": [f"whosfa0udka6ASde{i}4x6" for i in range(8)], "name": ["EVENT_TYPE"] * 8,
             "channel.config.uri": ["https://www.example.com/eventHooks"] * 8}
    assert classify("event_hooks.ndjson", hooks)["channel.config.uri"] is None
    # a page's address is still the page visited, nested or not
    hits = {"context.page.url": ["https://shop.example.com/cart", "https://shop.example.com/p/12"] * 3,
            "user.landing_page": ["https://shop.example.com/", "https://shop.example.com/sale"] * 3}
    found = classify("hits.ndjson", hits)
    assert found["context.page.url"] == found["user.landing_page"] == "VISITED_URL"


OKTA_USERS = ["00uc04qdrQsSHjsDO4x6", "00unkw1sfbTw08c0g1d7", "00unli90kor62oF5Z1d7", "00uonmvbfznIufFS61d7"]


def test_who_created_or_last_changed_a_record_is_an_account():
    origins = {"id": [f"tossfex27R1AVmOH{i}4x6" for i in range(6)],
               "name": ["python_sdk_test_TO"] * 4 + ["My SPA 196"] * 2,
               "origin": ["http://example.com"] * 6,
               "createdBy": [OKTA_USERS[0]] * 3 + [OKTA_USERS[1]] * 3,
               "lastUpdatedBy": [OKTA_USERS[2]] * 3 + [OKTA_USERS[3]] * 3,
               "created_by_user_id": [12345671, 12345672, 12345673, 12345671, 12345672, 12345673]}
    found = classify("trusted_origins.ndjson", origins)
    assert found["createdBy"] == found["lastUpdatedBy"] == found["created_by_user_id"] == "ACCOUNT_ID"
    # when a record was created or changed is still no account
    stamps = {"created_at": ["2020-08-27T18:17:21.000Z"] * 4, "last_updated": ["2020-08-27T18:17:21.000Z"] * 4}
    assert set(classify("origins.ndjson", stamps).values()) == {None}


def test_a_role_or_an_issuers_name_is_no_account():
    trail = {"userIdentity.sessionContext.sessionIssuer.userName": ["someRole", "someRole", "auditRole"],
             "userIdentity.sessionContext.sessionIssuer.accountId": ["111111111111", "111111111111", "222222222222"],
             "requestParameters.roleSessionName": ["AutoScalingDescribeHandlerSession"] * 3,
             "userIdentity.userName": ["alice", "bob", "alice"]}
    found = classify("cloudtrail.ndjson", trail)
    assert found["userIdentity.sessionContext.sessionIssuer.userName"] is None
    assert found["userIdentity.sessionContext.sessionIssuer.accountId"] is None
    assert found["requestParameters.roleSessionName"] is None
    assert found["userIdentity.userName"] == "ACCOUNT_ID"


def test_twitters_id_str_of_the_author_is_the_account():
    tweets = {"id_str": ["349683012054683648", "777915304261193728", "949716340755091458"],
              "user.id_str": ["1431865928", "783214", "2030131"],
              "user.screen_name": ["__twython__", "twitter", "philgyford"]}
    found = classify("tweets.ndjson", tweets)
    assert found["user.id_str"] == "ACCOUNT_ID"
    assert found["id_str"] is None  # the tweet's own id


def test_serial_numbers_under_a_display_name_are_no_persons_name():
    devices = {"id": ["guonli06qyirBuaHF1d7", "guonlijeb8RyL8rrB1d7", "guonyww5f0MnWGsUX1d7",
                      "guonyxcvhy5OEcrqF1d7", "guooooy45xtYQeCmC1d7", "guop1xcvhy5OEcrqF1d7"],
               "profile.displayName": ["HQPWN2JYWK", "GW3M2TP2DH", "D9WLVTF4KX", "HPFJ7QVQ09", "MC45KF24NP",
                                       "J2K7Y951FG"],
               "profile.platform": ["IOS", "MACOS", "IOS", "MACOS", "MACOS", "IOS"]}
    assert classify("devices.ndjson", devices)["profile.displayName"] != "PERSON"
    people = {"displayName": ["Kellie749 Walton550", "Jane Doe", "Phil Gyford", "Aniket Shah", "Binoy Oza",
                              "Maria Williams"]}
    assert classify("users.ndjson", people)["displayName"] == "PERSON"


def test_distinguished_names_of_user_entries_are_accounts_whatever_the_attribute():
    dn = "uid={}, ou=People, dc=example,dc=com"
    people = {"uid": ["scarter", "tmorris", "kvaughan", "abergin", "dmiller"],
              "manager": [dn.format("dmiller"), dn.format("jvedder"), dn.format("dmiller"), dn.format("bparker"),
                          dn.format("jvedder")],
              "roomnumber": ["4612", "4117", "2871", "3472", "4135"]}
    assert classify("people.csv", people)["manager"] == "ACCOUNT_ID"
    groups = {"cn": ["Directory Administrators", "Accounting Managers", "HR Managers"],
              "uniquemember": [";".join(dn.format(u) for u in ("kvaughan", "rdaugherty")),
                               ";".join(dn.format(u) for u in ("scarter", "tmorris")), dn.format("kvaughan")]}
    assert classify("groups.csv", groups)["uniquemember"] == "ACCOUNT_ID"
    # a group's description is no reference to anyone
    assert classify("groups.csv", {"description": ["People who can manage HR entries"] * 3})["description"] is None
