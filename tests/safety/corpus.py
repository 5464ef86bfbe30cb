"""A corpus of distinctive fake personal values ("canaries") planted in every format datamap
reads: table files, JSON keys, logs of every kind, DuckDB, SQLite and PostgreSQL tables,
cells that make DuckDB fail, a password in a source URL, a file a hostile view tries to read.

Every value is made up and distinctive (`zq` and `canary` tokens, documentation IP ranges,
555 phone numbers), so finding one in an artifact is a leak, never a coincidence.
"""
from __future__ import annotations

import gzip
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

CANARIES: dict[str, list[str]] = {
    "email": ["zq.albatross@canary-mail.example", "quintavius.zorblax@canary-mail.example",
              "marlowe.zq7@canary-post.example", "ottilie.canary@zq-mail.example",
              "keyed.zq1@canary-keys.example", "keyed.zq2@canary-keys.example",
              "badcast.zq@canary-cast.example", "logline.zq@canary-logs.example",
              "pg.zq.user@canary-pg.example", "sqlite.zq@canary-lite.example", "lf.zq@canary-logfmt.example"],
    "phone": ["+1 415 555 0143", "+44 20 7946 0958", "+1-212-555-0177", "+33 1 99 00 12 34",
              "+1 646 555 0111", "+1 917 555 0190"],
    "name": ["Zorblax Quintavius", "Ottilie Marchbanks", "Barnaby Quelchwright", "Philippa Zanderwick",
             "Cassius Vondermeer", "Leopold Zankowitz"],
    "ip": ["198.51.100.173", "203.0.113.219", "192.0.2.147", "198.51.100.42",
           "2001:db8:85a3::8a2e:370:7334", "203.0.113.88", "192.0.2.211"],
    "address": ["742 Zorblax Avenue", "19 Quelchwright Lane", "221 Canarywharf Crescent",
                "88 Vondermeer Boulevard", "17 Zanderwick Mews"],
    "id": ["6f1c2a9e-8d3b-4c1e-9f2a-1b2c3d4e5f61", "ZQ-ACCT-77310042", "078-05-1120",
           "9b2e4f60-1c3d-4e5f-8a7b-6c5d4e3f2a1b", "ZQCUST-4410-2291", "cafebabe00zq1177",
           "AB123456C", "ZQ-DEVICE-5501-7702"],
    "card": ["4111 1111 1111 1111", "5555555555554444"],
    "birth": ["1987-03-14", "1979-11-02", "1990-07-21"],
    "password": ["Zq-P@ss/w0rd:canary"],
    "secret_file": ["zq_local_secret_header", "zq-local-secret-value"],
    "useragent": ["ZqCanaryBrowser/9.7 (Zorblax OS 12)", "ZqCanaryApp/3.1 (iPhone; Zorblax)"],
}
ALL = [value for values in CANARIES.values() for value in values]


def _rows(n: int) -> list[dict[str, object]]:
    """Table rows cycling through the canaries (each appears, repeatedly)."""
    c = CANARIES
    return [{
        "customer_id": c["id"][i % 3],
        "email": c["email"][i % 4],
        "phone": c["phone"][i % len(c["phone"])],
        "full_name": c["name"][i % len(c["name"])],
        "client_ip": c["ip"][i % 4],
        "street_address": c["address"][i % len(c["address"])],
        "card_number": c["card"][i % 2],
        "birth_date": c["birth"][i % 2],
        "note": f"call {c['name'][i % 5]} on {c['phone'][i % 5]} or mail {c['email'][i % 4]}",
    } for i in range(n)]


@dataclass
class Corpus:
    root: Path
    data: Path
    databases: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)


def build(root: Path) -> Corpus:
    data = root / "data"
    (data / "tables").mkdir(parents=True)
    (data / "logs").mkdir()
    corpus = Corpus(root=root, data=data)
    rows = _rows(60)
    arrow_rows = pa.Table.from_pylist(rows)

    # table files
    pq.write_table(arrow_rows, data / "tables" / "customers.parquet")
    header = list(rows[0])
    (data / "tables" / "customers.csv").write_text(
        ",".join(header) + "\n" + "\n".join(",".join(f'"{r[h]}"' for h in header) for r in rows) + "\n")
    (data / "tables" / "customers.tsv").write_text(
        "\t".join(header) + "\n" + "\n".join("\t".join(str(r[h]) for h in header) for r in rows) + "\n")
    nested = [{"user": {"contact": {"email": r["email"], "phone": r["phone"]}, "name": r["full_name"]},
               "device": {"ip": r["client_ip"], "id": CANARIES["id"][3]}} for r in rows]
    (data / "tables" / "profiles.json").write_text(json.dumps(nested))
    with gzip.open(data / "tables" / "events.ndjson.gz", "wt") as out:
        for r in rows:
            out.write(json.dumps({"event": "signup", "user_email": r["email"], "ua": CANARIES["useragent"][0],
                                  "account": CANARIES["id"][4]}) + "\n")
    # objects keyed by data: the keys are the personal values
    keyed = [{"doc": i, "seen_by": {CANARIES["email"][4 + i % 2]: i, CANARIES["ip"][4]: 1,
                                    CANARIES["phone"][4]: 2, CANARIES["id"][5]: 3}} for i in range(20)]
    (data / "tables" / "keyed.ndjson").write_text("\n".join(json.dumps(k) for k in keyed) + "\n")
    # cells that make DuckDB fail: a value that does not fit the sniffed type, broken JSON
    (data / "tables" / "badcast.csv").write_text(
        "n\n" + "\n".join(str(i) for i in range(25000)) + f"\n{CANARIES['email'][6]}\n")
    (data / "tables" / "badcast_phone.csv").write_text(
        "n,m\n" + "\n".join(f"{i},{i}" for i in range(25000)) + f"\n1,{CANARIES['phone'][4]}\n")
    (data / "tables" / "broken.json").write_text(f'[{{"email": "{CANARIES["email"][6]}", "x": ')
    (data / "tables" / "broken.ndjson").write_text(
        '{"a": 1}\n' + f'{{"a": "{CANARIES["ip"][5]}" {CANARIES["name"][4]}}}\n')

    # logs of every kind
    access = [f'{CANARIES["ip"][i % 4]} - - [10/Oct/2024:13:55:{i % 60:02d} +0000] '
              f'"GET /account?email={CANARIES["email"][i % 4]}&uid={CANARIES["id"][1]}&dev={CANARIES["id"][7]} HTTP/1.1" 200 {100 + i} '
              f'"-" "{CANARIES["useragent"][0]}"' for i in range(40)]
    (data / "logs" / "access.log").write_text("\n".join(access) + "\n")
    jsonl = [json.dumps({"ts": f"2024-10-10T13:55:{i % 60:02d}Z", "level": "info", "client": CANARIES["ip"][i % 4],
                         "user": {"email": CANARIES["email"][7], "name": CANARIES["name"][i % 5]},
                         "ua": CANARIES["useragent"][1], "msg": f"login for {CANARIES['email'][7]}"}) for i in range(40)]
    (data / "logs" / "app.jsonl").write_text("\n".join(jsonl) + "\n")
    logfmt = [f'ts=2024-10-10T13:55:{i % 60:02d}Z level=info user="{CANARIES["name"][1]}" '
              f'ip={CANARIES["ip"][1]} phone="{CANARIES["phone"][1]}" email={CANARIES["email"][10]} msg="profile updated"'
              for i in range(40)]
    (data / "logs" / "svc.logfmt.log").write_text("\n".join(logfmt) + "\n")
    syslog = [f"Oct 10 13:55:{i % 60:02d} host sshd[{1000 + i}]: Accepted password for zqoperator "
              f"from {CANARIES['ip'][2 if i % 2 else 6]} port {40000 + i} ssh2" for i in range(40)]
    (data / "logs" / "auth.log").write_text("\n".join(syslog) + "\n")
    # free-form: a name and a street constant over a whole cluster of lines
    free = [f"2024-10-10 13:55:{i % 60:02d} INFO shipping - Welcome back {CANARIES['name'][2]}, "
            f"order {5000 + i} shipped to {CANARIES['address'][1]}" for i in range(40)]
    (data / "logs" / "shipping.log").write_text("\n".join(free) + "\n")

    # databases
    duck_path = root / "warehouse.duckdb"
    secret = root / "private.csv"
    secret.write_text(f"{CANARIES['secret_file'][0]}\n{CANARIES['secret_file'][1]}\n")
    con = duckdb.connect(str(duck_path))
    con.execute("CREATE TABLE customers AS SELECT * FROM arrow_rows")
    con.execute("CREATE TABLE payloads (id INTEGER, body JSON)")
    for i, r in enumerate(rows[:20]):
        con.execute("INSERT INTO payloads VALUES (?, ?)", [i, json.dumps({"who": {"email": r["email"]},
                                                                         "addr": r["street_address"]})])
    con.execute(f"CREATE VIEW peek AS SELECT * FROM read_csv('{secret}')")
    con.close()
    sqlite_path = root / "app.sqlite"
    lite = sqlite3.connect(sqlite_path)
    lite.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, name TEXT, ip TEXT, born TEXT, "
                 "phone TEXT, address TEXT)")
    lite.executemany("INSERT INTO users (email, name, ip, born, phone, address) VALUES (?, ?, ?, ?, ?, ?)",
                     [(CANARIES["email"][9], CANARIES["name"][3], CANARIES["ip"][3], CANARIES["birth"][1],
                       CANARIES["phone"][5], CANARIES["address"][4])] * 30)
    lite.commit()
    lite.close()
    corpus.databases = [str(duck_path), str(sqlite_path)]
    # a source whose password holds URL delimiters, on a port where nothing listens
    corpus.urls = [f"postgresql://reader:{CANARIES['password'][0]}@127.0.0.1:9/shop"]
    return corpus


def plant_postgres(url: str) -> None:
    """A table of canaries in the PostgreSQL database at `url`."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS members")
        conn.execute("CREATE TABLE members (id int, email text, full_name text, phone text, ip inet, born date, "
                     "profile jsonb)")
        for i in range(30):
            conn.execute("INSERT INTO members VALUES (%s, %s, %s, %s, %s, %s, %s)",
                         [i, CANARIES["email"][8], CANARIES["name"][4 + i % 2], CANARIES["phone"][3], CANARIES["ip"][0],
                          CANARIES["birth"][2],
                          json.dumps({"address": CANARIES["address"][3], "ssn": CANARIES["id"][2]})])
        conn.execute("CREATE TABLE bad_cast (id int, code text)")
        conn.execute("INSERT INTO bad_cast VALUES (1, %s)", [CANARIES["id"][6]])
        conn.execute("CREATE VIEW broken AS SELECT id, code::int AS code FROM bad_cast")


def planted_text(corpus: Corpus, pg_url: str) -> str:
    """Everything the corpus holds, as text: to prove each canary really was planted."""
    import psycopg

    parts = list(corpus.urls)
    for path in corpus.root.rglob("*"):
        if path.is_file() and path.suffix not in (".duckdb", ".sqlite", ".parquet"):
            opener = gzip.open if path.suffix == ".gz" else open
            with opener(path, "rt", encoding="utf-8") as handle:
                parts.append(handle.read())
    parts.append(repr(pq.read_table(corpus.data / "tables" / "customers.parquet").to_pylist()))
    con = duckdb.connect(corpus.databases[0], read_only=True)
    for name in ("customers", "payloads", "peek"):
        parts.append(repr(con.execute(f"SELECT * FROM {name}").fetchall()))
    con.close()
    lite = sqlite3.connect(corpus.databases[1])
    parts.extend(lite.iterdump())
    lite.close()
    with psycopg.connect(pg_url) as conn:
        for name in ("members", "bad_cast"):
            parts.append(repr(conn.execute(f"SELECT t::text FROM {name} t").fetchall()))
    return "\n".join(parts)
