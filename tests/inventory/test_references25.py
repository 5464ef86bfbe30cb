"""Declared foreign keys and references across rescans (classifiers/references.py).

A database that declares `rental.c02 REFERENCES customer(customer_id)` says whose id `c02` is:
the declaration decides, though the customers are numbered 1..N (values alone refuse such
keys: any small number lies in them). A rescan that reuses the people table still resolves a
changed table's references to it, as a full scan does.
"""
from __future__ import annotations

import csv
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import duckdb
import psycopg
import pytest
from click.testing import CliRunner

from catalog.datamap import Source, empty_datamap
from classifiers.engine import FieldResult
from classifiers.references import SourceLinks
from inventory.cli import EXIT_OK, cli
from inventory.connectors import SampleOptions, connector_for
from inventory.scan import ScanOptions, scan
from tests.inventory.conftest import ShopDb
from tests.inventory.test_references24 import FIRST, LAST, _films, _people, _write

STREETS = ["Oak Street", "Elm Road", "Mill Lane", "High Street", "Park Avenue", "Church Road"]


def _schema(text_type: str = "TEXT") -> list[str]:
    """Customers, an address book, films (all numbered from 1) and rentals pointing at them:
    `c02` and `c05` under opaque names, `owner_id` named as a person's role but a film's key."""
    rng = random.Random(4)
    customers = [f"({i}, '{rng.choice(FIRST)}', '{rng.choice(LAST)}', 'user{i}@example.org')" for i in range(1, 61)]
    addresses = [f"({i}, '{rng.randint(1, 999)} {rng.choice(STREETS)}', '+1 415 555 {1000 + i:04d}')"
                 for i in range(1, 61)]
    films = [f"({i}, '{rng.choice(['Quiet', 'Last', 'Red'])} {rng.choice(['Summer', 'Night', 'Sea'])} Part {i}', "
             f"{rng.randint(1950, 2020)})" for i in range(1, 81)]
    rentals = [f"({n}, {rng.randint(1, 60)}, {rng.randint(1, 80)}, {rng.randint(1, 80)}, {rng.randint(1, 60)}, "
               f"{rng.randint(1, 4)})" for n in range(1, 301)]
    return [
        f"CREATE TABLE customer (customer_id INTEGER PRIMARY KEY, first_name {text_type}, last_name {text_type}, "
        f"email {text_type})",
        f"CREATE TABLE address (address_id INTEGER PRIMARY KEY, address {text_type}, phone {text_type})",
        f"CREATE TABLE film (film_id INTEGER PRIMARY KEY, title {text_type}, release_year INTEGER)",
        "CREATE TABLE rental (rental_id INTEGER PRIMARY KEY, c02 INTEGER REFERENCES customer (customer_id), "
        "c03 INTEGER REFERENCES film (film_id), owner_id INTEGER REFERENCES film (film_id), "
        "c05 INTEGER REFERENCES address (address_id), c06 INTEGER)",
        f"INSERT INTO customer VALUES {', '.join(customers)}",
        f"INSERT INTO address VALUES {', '.join(addresses)}",
        f"INSERT INTO film VALUES {', '.join(films)}",
        f"INSERT INTO rental VALUES {', '.join(rentals)}",
    ]


def _sqlite(path: Path) -> str:
    with sqlite3.connect(path) as con:
        for statement in _schema():
            con.execute(statement)
    return str(path)


def _duckdb(path: Path) -> str:
    with duckdb.connect(str(path)) as con:
        for statement in _schema():
            con.execute(statement)
    return str(path)


def _tables(location: str, **options: object) -> dict[str, list[FieldResult]]:
    result = scan([location], ScanOptions(workers=1, **options))  # type: ignore[arg-type]
    assert not result.errors
    return {name.rsplit("/", 1)[-1].rsplit(".", 1)[-1]: results for name, results in result.classified.items()}


def _field(results: list[FieldResult], path: str) -> FieldResult:
    return next(r for r in results if r.sample.path == path)


def _best(results: list[FieldResult], path: str) -> str | None:
    best = _field(results, path).best()
    return best.entity if best is not None else None


def _assert_declared_keys_decide(tables: dict[str, list[FieldResult]]) -> None:
    rental = tables["rental"]
    found = _field(rental, "c02").best()
    assert found is not None and found.entity == "ACCOUNT_ID" and found.recognizer == "references"
    detail = found.signals[0].detail  # the table as its dataset names it (`public.customer` on a server)
    assert detail.startswith("declared foreign key to ") and "customer.customer_id (a table of people)" in detail
    assert _best(rental, "c03") is None  # a film's key
    assert _best(rental, "c05") is None  # an address book's key: phones and street lines name no one
    assert _best(rental, "c06") is None
    assert _best(rental, "rental_id") is None
    owner = _field(rental, "owner_id")
    assert owner.best() is None  # a person's role by name, a film's key by declaration
    withdrawn = next(d for d in owner.detections if d.entity == "ACCOUNT_ID")
    assert any("declared foreign key to" in s.detail and "film.film_id" in s.detail for s in withdrawn.signals)


def test_sqlite_declared_foreign_keys_decide_references(tmp_path: Path) -> None:
    _assert_declared_keys_decide(_tables(_sqlite(tmp_path / "shop.db")))


def test_duckdb_declared_foreign_keys_decide_references(tmp_path: Path) -> None:
    _assert_declared_keys_decide(_tables(_duckdb(tmp_path / "shop.duckdb")))


def test_sqlalchemy_declared_foreign_keys_decide_references(tmp_path: Path) -> None:
    """The inspector's foreign keys, through the SQLAlchemy fallback (a SQLite file here)."""
    datamap = empty_datamap()
    datamap.sources.append(Source(name="shop", location=f"sqlite:///{_sqlite(tmp_path / 'shop.db')}",
                                  type="sqlalchemy"))
    result = scan([], ScanOptions(workers=1), datamap=datamap)
    assert not result.errors
    assert {d.kind for d in result.datasets} == {"sqlite-table"}
    _assert_declared_keys_decide({name.rsplit(".", 1)[-1]: results for name, results in result.classified.items()})


def test_postgresql_declared_foreign_keys_decide_references(shop: ShopDb) -> None:
    with psycopg.connect(shop.cluster.url(), autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS rentals")
        conn.execute("CREATE DATABASE rentals")
    url = shop.cluster.url(dbname="rentals")
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in _schema():
            conn.execute(statement)
    _assert_declared_keys_decide(_tables(url))


def test_a_composite_foreign_key_declares_no_column_alone(tmp_path: Path) -> None:
    """`(c02, c03) REFERENCES customer (customer_id, region)`: neither column alone holds a
    customer's key, so neither is told by it."""
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE customer (customer_id INTEGER, region INTEGER, name TEXT, email TEXT, "
                    "PRIMARY KEY (customer_id, region))")
        con.execute("CREATE TABLE visit (visit_id INTEGER PRIMARY KEY, c02 INTEGER, c03 INTEGER, "
                    "c04 INTEGER REFERENCES visit (visit_id), "
                    "FOREIGN KEY (c02, c03) REFERENCES customer (customer_id, region))")
        con.executemany("INSERT INTO customer VALUES (?, ?, ?, ?)",
                        [(i, 1, f"{FIRST[i % 20]} {LAST[i % 10]}", f"u{i}@example.org") for i in range(1, 61)])
        con.executemany("INSERT INTO visit VALUES (?, ?, 1, NULL)", [(n, 1 + n % 60) for n in range(1, 201)])
    connector = connector_for(str(path))
    try:
        ref = next(r for r in connector.datasets() if r.name.endswith("visit"))
        sample = connector.sample(ref, SampleOptions())
    finally:
        connector.close()
    assert {f.path: f.foreign_key for f in sample.fields} == {
        "visit_id": None, "c02": None, "c03": None, "c04": ("shop.db/visit", "visit_id")}


# --- rescans --------------------------------------------------------------------------------

def _run(*args: str) -> None:
    result = CliRunner().invoke(cli, ["scan", *args, "--workers", "1", "-q"], catch_exceptions=False)
    assert result.exit_code == EXIT_OK, result.output


def _catalog_verdicts(catalog: Path, field: str) -> dict[str, tuple[object, ...]]:
    """dataset -> (entity, recognizer, reused_from) of `field`'s accepted detection in the latest scan."""
    with duckdb.connect(str(catalog), read_only=True) as con:
        rows = con.execute(
            "SELECT d.dataset, x.entity, x.recognizer, d.reused_from FROM datasets d "
            "JOIN fields f ON f.scan_id = d.scan_id AND f.dataset = d.dataset AND f.field = ? "
            "LEFT JOIN detections x ON x.scan_id = f.scan_id AND x.dataset = f.dataset AND x.field = f.field "
            "AND x.accepted AND x.is_primary "
            "WHERE d.scan_id = (SELECT max(scan_id) FROM scans)", [field]).fetchall()
    return {dataset.rsplit("/", 1)[-1]: (entity, recognizer, reused) for dataset, entity, recognizer, reused in rows}


def _rescan_resolves(location: str, catalog: Path, change: Callable[[], None], table: str, field: str) -> None:
    """Scan, change `table` only, rescan: `field` of it is still told by the reused people table."""
    _run(location, "--catalog", str(catalog))
    first = _catalog_verdicts(catalog, field)[table]
    assert first[:2] == ("ACCOUNT_ID", "references")
    change()
    _run(location, "--catalog", str(catalog))
    verdicts = _catalog_verdicts(catalog, field)
    assert verdicts[table][2] is None  # read again
    assert verdicts[table][:2] == ("ACCOUNT_ID", "references")


def test_a_rescan_resolves_a_changed_tables_references_to_a_reused_people_table(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Values: customers with sparse ids under opaque names, rentals pointing at them; only the
    rentals change, so the customers are reused and their keys read again from the source. The
    films (a things table) are reused and not read: no claim waits to be withdrawn."""
    data = tmp_path / "data"
    data.mkdir()
    rng = random.Random(3)
    people = sorted(rng.sample(range(100000, 1000000), 60))
    _people(data, "customers", people)
    _films(data, sorted(rng.sample(range(10000, 100000), 80)))
    read_again: list[str] = []
    add_reused = SourceLinks.add_reused
    monkeypatch.setattr(SourceLinks, "add_reused", lambda self, dataset, keys: (
        read_again.append(Path(dataset.name).name), add_reused(self, dataset, keys))[-1])

    def rentals(count: int) -> None:
        _write(data / "rentals.csv", ["c01", "c02", "c03"],
               [[n, rng.choice(people), rng.randint(1, 4)] for n in range(1, count + 1)])

    rentals(300)
    catalog = tmp_path / "c.duckdb"
    _rescan_resolves(str(data), catalog, lambda: rentals(320), "rentals.csv", "c02")
    with duckdb.connect(str(catalog), read_only=True) as con:
        reused = con.execute("SELECT reused_from FROM datasets WHERE dataset LIKE '%customers.csv' "
                             "AND scan_id = (SELECT max(scan_id) FROM scans)").fetchone()
        keys = con.execute("SELECT DISTINCT reference_key FROM fields WHERE dataset LIKE '%customers.csv' "
                           "AND field = 'c01'").fetchall()
    assert reused is not None and reused[0] is not None  # the people table was not classified again
    assert keys == [("people",)]
    assert read_again == ["customers.csv"]


def test_a_rescan_resolves_a_declared_key_to_a_reused_people_table(tmp_path: Path) -> None:
    path = _duckdb(tmp_path / "shop.duckdb")

    def change() -> None:
        with duckdb.connect(path) as con:
            con.execute("INSERT INTO rental VALUES (301, 5, 5, 5, 5, 1)")

    catalog = tmp_path / "c.duckdb"
    _rescan_resolves(path, catalog, change, "rental", "c02")
    with duckdb.connect(str(catalog), read_only=True) as con:
        declared = con.execute("SELECT DISTINCT foreign_key FROM fields WHERE field = 'c02'").fetchall()
        reused = con.execute("SELECT reused_from FROM datasets WHERE dataset LIKE '%/customer' "
                             "AND scan_id = (SELECT max(scan_id) FROM scans)").fetchone()
    assert declared == [("shop.duckdb/customer.customer_id",)]
    assert reused is not None and reused[0] is not None
