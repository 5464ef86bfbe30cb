"""Values alone (issue 10, session 30): classes of personal data told by their values and their
source when every column is named `c01…`. Values written here, not copied from a benchmark."""
from __future__ import annotations

import csv
import random
from pathlib import Path

from classifiers.engine import FieldResult
from inventory.scan import ScanOptions, scan
from tests.classifiers.support import classify_export as classify
from tests.inventory.test_references24 import FIRST, LAST, _people  # a table of people: key, names, e-mails, births

STREETS = ["Oak Street", "Mill Road", "Harbour Lane", "Station Avenue", "Church Street", "Park Road"]


def _write(path: Path, rows: list[list[object]]) -> None:
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([f"c{i:02d}" for i in range(1, len(rows[0]) + 1)])
        writer.writerows(rows)


def _scan(folder: Path) -> dict[str, dict[str, str | None]]:
    result = scan([str(folder)], ScanOptions(workers=1))
    assert not result.errors
    return {Path(name).stem: {r.sample.path: _entity(r) for r in results}
            for name, results in result.classified.items()}


def _entity(result: FieldResult) -> str | None:
    best = result.best()
    return best.entity if best is not None else None


def test_a_column_drawn_from_people_counted_one_to_n_is_their_account_id(tmp_path: Path) -> None:
    # a shop's 240 members numbered 1..240, and its orders: each order's member, a quantity, and
    # a number that runs past the last member (a product's code of 1..260)
    rng = random.Random(3)
    _people(tmp_path, "members", list(range(1, 241)))
    _write(tmp_path / "orders.csv", [[n, rng.randint(1, 240), rng.randint(1, 12), rng.randint(1, 260),
                                      rng.choice(["paid", "sent"])] for n in range(1, 601)])
    orders = _scan(tmp_path)["orders"]
    assert orders["c02"] == "ACCOUNT_ID"
    assert orders["c03"] is None and orders["c04"] is None
    # 1,000 members end where a score out of 1,000 does: values drawn from 1..1000 say nothing
    other = tmp_path / "scale"
    other.mkdir()
    _people(other, "members", list(range(1, 1001)))
    _write(other / "ratings.csv", [[n, rng.randint(1, 1000), rng.choice(["a", "b"])] for n in range(1, 1501)])
    assert _scan(other)["ratings"]["c02"] is None
    # rows counted 0..999 (a data frame's index) count a thousand: a card's 3-digit code lies in them
    third = tmp_path / "index"
    third.mkdir()
    _people(third, "members", list(range(0, 1000)))
    _write(third / "cards.csv", [[n, rng.randint(100, 999), rng.choice(["visa", "amex"])] for n in range(1, 61)])
    assert _scan(third)["cards"]["c02"] is None


def test_a_key_of_rows_owned_by_people_is_no_persons_id(tmp_path: Path) -> None:
    # users with sparse ids; an address book whose rows each belong to one user (its c02 holds
    # many users' keys) and name the recipient; orders point at a user and at an address
    rng = random.Random(8)
    users = sorted(rng.sample(range(100000, 999999), 150))
    _people(tmp_path, "users", users)
    addresses = sorted(rng.sample(range(5000, 90000), 200))
    _write(tmp_path / "address_book.csv",
           [[a, rng.choice(users), f"{rng.choice(FIRST)} {rng.choice(LAST)}",
             f"+44 20 7{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
             f"{rng.randint(1, 200)} {rng.choice(STREETS)}"] for a in addresses])
    _write(tmp_path / "orders.csv", [[n, rng.choice(users), rng.choice(addresses), rng.choice(["paid", "sent"])]
                                     for n in range(1, 401)])
    tables = _scan(tmp_path)
    assert tables["orders"]["c02"] == "ACCOUNT_ID"
    assert tables["orders"]["c03"] is None  # an address's key
    assert tables["address_book"]["c02"] == "ACCOUNT_ID"
    assert tables["address_book"]["c01"] is None


def test_one_code_on_every_row_of_a_table_of_people_is_no_place():
    # a patient register whose identifier-type column reads `MR` on every row (HL7's medical
    # record number), and a use column of two codes (`HP`, `WP`): codes of the record, no place
    names = [f"{f} {l}" for f, l in zip(FIRST, LAST + LAST)][:12]
    emails = [f"{n.lower().replace(' ', '.')}@mail.example" for n in names]
    births = [f"19{50 + i * 3}-0{1 + i % 9}-1{i % 9}" for i in range(12)]
    found = classify(c01=list(range(1, 13)), c02=names, c03=emails, c04=births, c05=["MR"] * 12,
                     c06=["HP", "WP", "HP", "HP", "WP", "HP", "HP", "WP", "HP", "HP", "WP", "HP"])
    assert found["c05"] is None and found["c06"] is None
    # the same register with each person's country, which varies: their countries
    found = classify(c01=list(range(1, 13)), c02=names, c03=emails, c04=births,
                     c05=["DE", "FR", "PT", "ES", "IT", "NL", "BE", "AT", "PL", "SE", "DK", "IE"])
    assert found["c05"] == "COUNTRY"
    # one country on every row of a table of places' fixes: the country every fix lies in
    rng = random.Random(2)
    lat = [round(40.7 + rng.uniform(-0.2, 0.2), 6) for _ in range(12)]
    lon = [round(-74.0 + rng.uniform(-0.2, 0.2), 6) for _ in range(12)]
    found = classify(c01=list(range(1, 13)), c02=lat, c03=lon, c04=["US"] * 12)
    assert found["c04"] == "COUNTRY"


INDIAN_NAMES = ["Rahul", "Priya", "Arjun", "Sneha", "Vikram", "Ananya", "Rohan", "Kavya", "Aditya", "Meera", "Karan", "Isha"]
INDIAN_CITIES = ["Nagpur", "Pune", "Jaipur", "Lucknow", "Indore", "Kochi", "Surat", "Bhopal", "Patna", "Mysore",
                 "Nashik", "Agra"]
INDIAN_STATES = ["Maharashtra", "Maharashtra", "Rajasthan", "Uttar Pradesh", "Madhya Pradesh", "Kerala", "Gujarat",
                 "Madhya Pradesh", "Bihar", "Karnataka", "Maharashtra", "Uttar Pradesh"]


def _indian_register(lines: list[str] | None) -> dict[str, str | None]:
    """A hospital's patients: key, given name, e-mail, birth date, [address line], city, state,
    country, blood group, then a six-digit number and the hospital's own patient number."""
    columns = {"c01": list(range(1, 13)), "c02": INDIAN_NAMES,
               "c03": [f"{n.lower()}.{i}@mail.example" for i, n in enumerate(INDIAN_NAMES)],
               "c04": [f"19{60 + i * 3}-0{1 + i % 9}-1{i % 9}" for i in range(12)]}
    if lines is not None:
        columns["c05"] = lines
    columns.update(c06=INDIAN_CITIES, c07=INDIAN_STATES, c08=["India"] * 12,
                   c09=["B+", "O+", "A-", "AB+", "O-", "B-", "A+", "O+", "B+", "A+", "AB-", "O+"],
                   c10=["440010", "411038", "302017", "226010", "452001", "682016", "395007", "462016", "800001",
                        "570001", "422005", "282001"],
                   c11=[str(10001 + i) for i in range(12)])
    return classify(**columns)


def test_indian_address_lines_and_the_pin_code_further_on_the_row():
    # India Post's lines: a house number, then a name and `Nagar`, `Marg`, `Chowk`, `Ganj`; a line
    # break may part them. The row's six-digit PIN comes after its city and state, not beside them
    lines = ["72, Patla Nagar", "H.No. 645\nDugar Marg", "91/62, Mitra Chowk", "63/56, Raman Ganj",
             "Flat 203, Shree Residency, MG Road", "24/07, Kadakia Marg", "56, Basu Nagar", "425\nDeep Nagar",
             "H.No. 513\nChoudhary Ganj", "14, Nehru Vihar", "8, Tilak Colony", "30/83\nBedi Circle"]
    found = _indian_register(lines)
    assert found["c05"] == "STREET_ADDRESS"
    assert found["c10"] == "LOCATION"
    assert found["c11"] not in ("LOCATION", "STREET_ADDRESS")  # 10001, 10002 …: the register counts, no postcodes
    # `India` on every row is the register's one country, though a given name too: the cities
    # and states beside it are no names
    assert found["c06"] != "PERSON" and found["c07"] != "PERSON"
    # without a street line the six-digit numbers are anything (a file number): left alone
    assert _indian_register(None)["c10"] != "LOCATION"


def test_three_axes_whose_length_is_gravity_are_an_accelerometer_no_position():
    # a typing study's phone at rest in a hand: x, y, z in m/s², each row's vector about 9.8 long
    rng = random.Random(11)
    rows = []
    for _ in range(40):
        x, y = rng.uniform(-1.5, 1.5), rng.uniform(3.0, 6.0)
        z = (9.81 ** 2 - x * x - y * y) ** 0.5 + rng.uniform(-0.3, 0.3)
        rows.append((round(x, 7), round(y, 7), round(z, 6)))
    user = [f"user{i % 5}" for i in range(40)]
    found = classify(c01=user, c02=[r[0] for r in rows], c03=[r[1] for r in rows], c04=[r[2] for r in rows])
    assert found["c02"] is None and found["c03"] is None and found["c04"] is None
    # a track's latitude, longitude and altitude in metres: still a position
    lat = [round(48.85 + rng.uniform(-0.05, 0.05), 6) for _ in range(40)]
    lon = [round(2.35 + rng.uniform(-0.05, 0.05), 6) for _ in range(40)]
    alt = [round(rng.uniform(30.0, 90.0), 6) for _ in range(40)]
    found = classify(c01=user, c02=lat, c03=lon, c04=alt)
    assert found["c02"] == "GPS_COORDINATE" and found["c03"] == "GPS_COORDINATE"


def test_a_people_table_keyed_twice_is_pointed_at_by_the_key_other_tables_hold(tmp_path: Path) -> None:
    # a clinical export's patients: the row's number, then the subject's id (both unique), sex and
    # birth date; admissions hold subject ids, never the row numbers
    rng = random.Random(21)
    rows = sorted(rng.sample(range(1000, 99999), 120))
    subjects = rng.sample(range(100000, 999999), 120)
    _write(tmp_path / "patients.csv",
           [[r, s, rng.choice(["M", "F"]), f"19{rng.randint(30, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]
            for r, s in zip(rows, subjects)])
    _write(tmp_path / "admissions.csv", [[n, rng.choice(subjects), rng.choice(["EMERGENCY", "ELECTIVE", "URGENT"])]
                                         for n in range(1, 301)])
    tables = _scan(tmp_path)
    assert tables["admissions"]["c02"] == "ACCOUNT_ID"
    assert tables["patients"]["c02"] == "ACCOUNT_ID"
    assert tables["patients"]["c01"] is None


def test_an_address_book_of_users_numbered_one_to_n_is_no_table_of_people_to_point_at(tmp_path: Path) -> None:
    # named columns: users 1..240; an address book whose `user_id` (an account id by its name)
    # holds many users' keys, numbered 1..300 itself; orders point at a user and an address
    rng = random.Random(6)
    _people(tmp_path, "users", list(range(1, 241)))
    with (tmp_path / "address_book.csv").open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "user_id", "consignee", "phone", "detail"])
        writer.writerows([[n, rng.randint(1, 240), f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                           f"+44 20 7{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                           f"{rng.randint(1, 200)} {rng.choice(STREETS)}"] for n in range(1, 301)])
    with (tmp_path / "orders.csv").open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "user_id", "address_book_id", "status"])
        writer.writerows([[n, rng.randint(1, 240), rng.randint(1, 300), rng.choice(["paid", "sent"])]
                          for n in range(1, 501)])
    tables = _scan(tmp_path)
    assert tables["orders"]["address_book_id"] != "ACCOUNT_ID"
    assert tables["address_book"]["id"] != "ACCOUNT_ID"
    assert tables["orders"]["user_id"] == "ACCOUNT_ID"
