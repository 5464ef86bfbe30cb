"""References across a source's tables (classifiers/references.py, run by the scan): a column
whose values are a people table's key is their account id whatever its name; one whose values
are a things table's key is no person's."""
from __future__ import annotations

import csv
import random
import shutil
from pathlib import Path

import pytest

from classifiers.engine import FieldResult
from inventory.scan import ScanOptions, scan
from tests.classifiers.support import REALDATA

FIRST = ["Alice", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kofi", "Lena",
         "Marta", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tariq"]
LAST = ["Smith", "Garcia", "Novak", "Kowalski", "Okafor", "Larsen", "Moreau", "Tanaka", "Silva", "Weber"]


def _write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


def _people(folder: Path, name: str, ids: list[int]) -> None:
    """A table of people under opaque column names: a key, full names, e-mails, birth dates."""
    rng = random.Random(len(name))
    rows = []
    for i in ids:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        rows.append([i, f"{first} {last}", f"{first.lower()}.{last.lower()}{i}@example.org",
                     f"19{rng.randint(50, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    _write(folder / f"{name}.csv", ["c01", "c02", "c03", "c04"], rows)


def _films(folder: Path, ids: list[int]) -> None:
    rng = random.Random(7)
    rows = [[i, f"The {rng.choice(['Long', 'Red', 'Quiet', 'Last'])} {rng.choice(['Road', 'Sea', 'Night'])} {i}",
             rng.randint(1950, 2020), rng.choice(["PG", "R", "G"])] for i in ids]
    _write(folder / "films.csv", ["c01", "c02", "c03", "c04"], rows)


def _results(folder: Path) -> dict[str, list[FieldResult]]:
    result = scan([str(folder)], ScanOptions(workers=1))
    assert not result.errors
    return {Path(name).stem: results for name, results in result.classified.items()}


def _best(results: list[FieldResult], path: str) -> str | None:
    best = next(r for r in results if r.sample.path == path).best()
    return best.entity if best is not None else None


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """People with sparse six-digit ids, films numbered from 1, and rentals pointing at both
    under opaque names; a quantity column of small numbers."""
    rng = random.Random(3)
    people = sorted(rng.sample(range(100000, 1000000), 60))
    films = list(range(1, 81))
    _people(tmp_path, "customers", people)
    _films(tmp_path, films)
    rentals = [[n, rng.choice(films), rng.choice(people), rng.randint(1, 4), f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"]
               for n in range(1, 301)]
    _write(tmp_path / "rentals.csv", ["c01", "c02", "c03", "c04", "c05"], rentals)
    return tmp_path


def test_an_opaque_column_holding_a_people_tables_keys_is_their_account_id(shop: Path) -> None:
    tables = _results(shop)
    rentals = tables["rentals"]
    assert _best(rentals, "c03") == "ACCOUNT_ID"
    found = next(r for r in rentals if r.sample.path == "c03").best()
    assert found is not None and found.recognizer == "references"
    why = found.signals[0].detail
    assert "customers.csv.c01" in why and "table of people" in why and "%" in why
    ids = [row[0] for row in csv.reader((shop / "customers.csv").open())][1:]
    assert not any(i in why or i in " ".join(found.examples) for i in ids)  # no raw value in the catalog


def test_the_keys_of_things_and_small_numbers_stay_no_one_s(shop: Path) -> None:
    tables = _results(shop)
    rentals = tables["rentals"]
    assert _best(rentals, "c02") is None  # the films' ids
    assert _best(rentals, "c04") is None  # a quantity, 1-4
    assert _best(rentals, "c01") is None  # the rentals' own key, counted from 1
    assert _best(tables["films"], "c01") is None


def test_numbers_a_key_counted_from_one_holds_say_nothing(tmp_path: Path) -> None:
    """Patients numbered 1..100 hold every number of that range: a column of scores out of 100
    lies inside their ids as a column of their ids would, so neither is linked."""
    rng = random.Random(5)
    _people(tmp_path, "patients", list(range(1, 101)))
    _write(tmp_path / "visits.csv", ["c01", "c02", "c03", "c04"],
           [[n, rng.randint(1, 100), rng.choice(["kg", "cm"]), rng.randint(1, 100)] for n in range(1, 301)])
    visits = _results(tmp_path)["visits"]
    assert _best(visits, "c02") is None
    assert _best(visits, "c04") is None


def test_numbers_drawn_from_a_sparse_key_must_spread_over_it(tmp_path: Path) -> None:
    """Patients' sparse ids: a column drawn from all of them is their id; a column that holds
    only the lowest fifth of them (the first patients' cohort, or a coincidence) is no draw."""
    rng = random.Random(5)
    ids = sorted(rng.sample(range(10000, 99999), 200))
    _people(tmp_path, "patients", ids)
    _write(tmp_path / "measurements.csv", ["c01", "c02", "c03", "c04"],
           [[n, rng.choice(ids), rng.choice(["kg", "cm"]), rng.choice(ids[:40])] for n in range(1, 301)])
    measurements = _results(tmp_path)["measurements"]
    assert _best(measurements, "c02") == "ACCOUNT_ID"
    assert _best(measurements, "c04") is None


def test_a_role_named_id_that_holds_a_films_keys_is_withdrawn(tmp_path: Path) -> None:
    """`owner_id` reads as a person's role, but every value is a film's key (sparse five-digit
    ids, nowhere in the people table): the claim is withdrawn, with why."""
    rng = random.Random(9)
    films = sorted(rng.sample(range(10000, 100000), 80))
    _people(tmp_path, "customers", sorted(rng.sample(range(100000, 1000000), 60)))
    _films(tmp_path, films)
    _write(tmp_path / "screenings.csv", ["screening_id", "owner_id", "room"],
           [[n, rng.choice(films), rng.choice(["A", "B"])] for n in range(1, 201)])
    screenings = _results(tmp_path)["screenings"]
    owner = next(r for r in screenings if r.sample.path == "owner_id")
    assert owner.best() is None
    withdrawn = next(d for d in owner.detections if d.entity == "ACCOUNT_ID")
    assert any("films.csv.c01" in s.detail and "things" in s.detail for s in withdrawn.signals)


def test_ids_a_people_table_and_a_things_table_both_hold_decide_nothing(tmp_path: Path) -> None:
    """Customers and films both keyed by the same sparse codes (a shop that numbers all its
    records from one sequence): a column of those could be either, so neither verdict is given."""
    rng = random.Random(11)
    shared = sorted(rng.sample(range(100000, 1000000), 80))
    _people(tmp_path, "customers", shared)
    _films(tmp_path, shared)
    _write(tmp_path / "rentals.csv", ["c01", "c02", "c03"],
           [[n, rng.choice(shared), rng.choice(["A", "B"])] for n in range(1, 301)])
    assert _best(_results(tmp_path)["rentals"], "c02") is None



def test_a_record_that_names_its_person_by_an_account_is_keyed_by_the_record(tmp_path: Path) -> None:
    """Snowplow's mobile session context beside its events (real exports): the context's first
    column is the event it belongs to, then comes the user's account; each event's own id is
    therefore no person's, though every one of them is in the context's first column."""
    for name in ("snowplow_mobile_client_session_context.csv", "snowplow_mobile_events.csv"):
        real = REALDATA / name
        if not real.is_file():
            pytest.skip(f"real data {real} is not available")
        shutil.copy(real, tmp_path / name)
    results = _results(tmp_path)
    context, events = results["snowplow_mobile_client_session_context"], results["snowplow_mobile_events"]
    assert _best(context, "user_id") == "ACCOUNT_ID"
    assert _best(events, "event_id") != "ACCOUNT_ID"
    assert _best(context, "root_id") != "ACCOUNT_ID"
