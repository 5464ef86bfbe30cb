"""NER over the values of undecided columns (classifiers/value_ner.py), and the table rules that
keep the places and links of tables of things out of a person's data."""
from __future__ import annotations

import pyarrow as pa

from classifiers import value_ner
from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample

# heads of state and film directors: names no name list of ours holds in full
LEADERS = ["Mohammad Zahir Shah", "Sardar Mohammad Daoud", "Giacomo Gentilomo", "John Cromwell", "Jawaharlal Nehru",
           "Kwame Nkrumah", "Julius Nyerere", "Indira Gandhi", "Sukarno Hatta", "Golda Meir"]
TITLES = ["The Lovers", "Anna and the King of Siam", "Brief Encounter", "The Lost Weekend", "Rome Open City",
          "The Third Man", "Rashomon", "Wild Strawberries", "The Leopard", "Blow Up"]
CITIES = ["New Orleans", "Chicago", "San Francisco", "Boston", "Houston", "Seattle", "Denver", "Atlanta", "Miami",
          "Dallas"]
EMAILS = [f"person{i}@example.org" for i in range(10)]


def results(table: str, /, **columns: list):
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    return classify_dataset(DatasetSample(name=table, source="test", kind="csv", fields=fields))


def best(table: str, /, **columns: list) -> dict[str, str | None]:
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results(table, **columns)}


def test_people_s_names_under_a_name_nobody_knows_are_read_by_ner():
    found = best("spells.csv", ehead=LEADERS * 2, start_year=list(range(1950, 1970)))
    assert found["ehead"] == "PERSON"
    # the evidence says what read them (datamap explain prints these signals)
    detection = next(r.best() for r in results("spells.csv", c06=LEADERS * 2) if r.sample.path == "c06")
    assert detection.recognizer == "value_ner"
    assert any(s.kind == "ner" and "person's name" in s.detail for s in detection.signals)


def test_titles_and_names_that_rule_a_person_out_are_not_read_as_people():
    assert best("films.csv", c02=TITLES * 2)["c02"] is None
    # `company`, `title`, `product`: the name rules a person out, whatever the values
    assert best("t.csv", company=LEADERS * 2)["company"] is None


def test_places_read_by_ner_count_only_in_a_table_about_people():
    regions = ["Tuscany", "Normandy", "Provence", "Flanders", "Patagonia"] * 4
    for columns, expected in (({"c01": EMAILS * 2, "c02": regions}, "LOCATION"),
                              ({"c01": list(range(20)), "c02": regions}, None)):
        rs = results("t.csv", **columns)
        dataset = DatasetSample(name="t.csv", source="test", kind="csv", fields=[r.sample for r in rs])
        # what spaCy said of each value, given: the rule is the table's, not the model's
        value_ner._decide(dataset, rs, rs[1], regions[:5], ["GPE", "GPE", "LOC", "GPE", None], 0.5)
        found = rs[1].best()
        assert (found.entity if found else None) == expected
        if found:
            assert [s.kind for s in found.signals] == ["ner", "table"]


def test_coordinates_of_named_rows_in_a_table_of_nothing_personal_describe_the_rows():
    stations = [f"Station {chr(65 + i)}{chr(97 + i)}" for i in range(20)]
    lats = [48.85 + i / 100 for i in range(20)]
    lons = [2.35 + i / 100 for i in range(20)]
    found = best("paris_metro.csv", name=stations, latitude=lats, longitude=lons, passengers=list(range(20)))
    assert found["latitude"] is None and found["longitude"] is None
    # a GPS track (coordinates and times, no row names) stays a person's whereabouts
    track = best("ride.csv", time=[f"2024-05-01T10:00:{i:02d}" for i in range(20)], latitude=lats, longitude=lons)
    assert track["latitude"] == "GPS_COORDINATE"


def test_a_link_of_its_own_on_every_row_is_no_visited_page():
    films = [f"https://www.imdb.com/title/tt00{38297 + i}/" for i in range(20)]
    assert best("films.csv", imdb_url=films, year=list(range(1946, 1966)))["imdb_url"] is None
    # pages that repeat beside a visitor's IP are what that visitor saw
    pages = ["https://shop.example/cart", "https://shop.example/", "https://shop.example/p/1"] * 7
    ips = [f"81.2.69.{i}" for i in range(21)]
    assert best("hits.csv", url=pages, client_ip=ips)["url"] == "VISITED_URL"


def test_given_names_beside_surnames_no_list_knows_are_both_name_parts():
    given = ["Ruth", "Peter", "Maria", "John", "Anna", "David", "Laura", "Paul", "Sarah", "James"]
    family = ["Gadbois", "Möller", "Quennell", "Vasquez-Oyarzun", "Brünnhild", "Tshabalala", "Okonkwo", "Lindqvist",
              "Haraldsen", "Szymańska"]
    found = best("export.csv", c01=given, c02=family)
    assert found["c01"] == "PERSON" and found["c02"] == "PERSON"
    # a column of given names beside a repeated category is no pair of name parts
    plans = ["Basic", "Premium", "Basic", "Family", "Premium"] * 4
    assert best("export.csv", c01=given * 2, c02=plans)["c02"] is None


DEVICES = ["SM-G991B", "Pixel 7", "iPhone14,2", "moto g54 5G", "V2227A", "LE2123"] * 5
IPS = [f"81.2.69.{i}" for i in range(30)]


def test_e7_coordinates_side_by_side_in_a_device_table_are_a_position():
    lat = [-234881460 + 1_000_003 * i for i in range(30)]
    lon = [-467103190 + 2_000_017 * i for i in range(30)]
    found = best("t.csv", c01=DEVICES, c02=IPS, c03=lat, c04=lon)
    assert found["c03"] == "GPS_COORDINATE" and found["c04"] == "GPS_COORDINATE"
    # the same integers in a table of nothing personal are just numbers
    found = best("t.csv", c01=list(range(30)), c03=lat, c04=lon)
    assert found["c03"] is None and found["c04"] is None


def test_a_whole_percentage_beside_a_flag_in_a_device_table_is_a_battery():
    carriers = ["Verizon", "T-Mobile", "Vodafone", "Orange", "China Mobile", "NTT DOCOMO"] * 5
    level = [(17 * i) % 100 for i in range(30)]
    charging = [i % 3 == 0 for i in range(30)]
    found = best("t.csv", c01=DEVICES, c02=carriers, c03=level, c04=charging)
    assert found["c03"] == "BATTERY_STATE" and found["c04"] == "BATTERY_STATE"


def test_numbers_and_flags_are_no_geohashes_beside_a_visitor():
    found = best("t.csv", c01=IPS, c02=[1080, 1920, 2400, 720, 1334, 2532] * 5, c03=[True, False] * 15)
    assert found["c02"] is None and found["c03"] is None
    cells = ["9q9p", "u1x0", "tdr1", "6gyf", "wy5z", "dr5r"] * 5
    assert best("t.csv", c01=IPS, c02=cells)["c02"] == "GEOHASH"


def test_ages_and_the_key_of_a_table_whose_sex_column_says_it_is_about_people():
    sexes = ["Male", "Female"] * 15
    ages = [23, 35, 41, 52, 67, 29, 33, 48, 71, 19, 58, 44, 38, 26, 61] * 2
    found = best("t.csv", c01=list(range(101, 131)), c02=sexes, c03=ages, c04=[a + 7 for a in ages])
    # only the first column of ages: the other small numbers of a table of people read the same
    assert found["c03"] == "AGE" and found["c04"] is None
    assert found["c01"] == "ACCOUNT_ID"
    # the same numbers without any sign of people are numbers
    found = best("t.csv", c01=list(range(101, 131)), c02=["red", "blue"] * 15, c03=ages)
    assert found["c03"] is None and found["c01"] is None


def test_sample_rates_beside_audio_devices_are_no_operator_codes():
    headsets = ["JBL Flip 6", "Sony WH-1000XM5", "AirPods Pro", "Bose QC45", "Galaxy Buds2"] * 6
    rates = [48000, 44100] * 15
    assert best("t.csv", c01=headsets, c02=[f"{i % 5}" for i in range(30)], c03=rates)["c03"] is None


def test_names_ner_reads_as_people_need_a_given_name_or_surname_the_vocabularies_know():
    codenames = ["Warty Warthog", "Hoary Hedgehog", "Breezy Badger", "Dapper Drake", "Edgy Eft", "Feisty Fawn",
                 "Gutsy Gibbon", "Intrepid Ibex", "Jaunty Jackalope", "Karmic Koala", "Lucid Lynx", "Maverick Meerkat"]
    assert not value_ner._known_names(codenames)
    assert value_ner._known_names(LEADERS)
