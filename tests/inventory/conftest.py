"""Shared fixtures for the inventory tests: the real third-party sample files, and a
PostgreSQL database shaped like the ones datamap meets, on the session's real server."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from tests.pg_cluster import PgCluster

REALDATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "realdata"

HOSTILE = 'x"; drop table y; --'
READER_PASSWORD = "Rd-secret-7f3a9c"

_SETUP = f"""
CREATE TABLE users (id int PRIMARY KEY, email varchar(200), full_name text, signup timestamptz,
                    note text);
COMMENT ON COLUMN users.email IS 'customer contact address';
COMMENT ON COLUMN users.note IS 'free text typed by support staff';
INSERT INTO users SELECT i, 'user' || i || '@example.com', 'Name ' || i,
       timestamptz '2024-01-01' + i * interval '1 minute', repeat('n', 20)
FROM generate_series(1, 200000) i;

CREATE TABLE medium (id int, phone text);
INSERT INTO medium SELECT i, '+1 555 01' || lpad((i % 100)::text, 2, '0') FROM generate_series(1, 20000) i;

CREATE TABLE small (id int, country text);
INSERT INTO small SELECT i, 'FR' FROM generate_series(1, 10) i;

CREATE TABLE empty_table (id int, email text);

CREATE VIEW user_emails AS SELECT id, email FROM users;
CREATE MATERIALIZED VIEW signups_by_day AS
  SELECT date_trunc('day', signup) AS day, count(*) AS n FROM users GROUP BY 1;

CREATE TABLE events (id int, payload jsonb, raw json);
INSERT INTO events SELECT i,
  jsonb_build_object('user', jsonb_build_object('email', 'e' || i || '@example.org',
                                                'ip', '10.0.' || (i % 200) || '.' || (i % 250)),
                     'tags', jsonb_build_array('a', 'b'),
                     'items', jsonb_build_array(jsonb_build_object('sku', 'S' || i, 'price', i))),
  json_build_object('score', CASE WHEN i % 2 = 0 THEN to_json(i) ELSE to_json('high'::text) END)
FROM generate_series(1, 3000) i;

CREATE TABLE visits (id int, day date, ip text) PARTITION BY RANGE (day);
CREATE TABLE visits_2024 PARTITION OF visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE visits_2025 PARTITION OF visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO visits SELECT i, date '2024-01-01' + (i % 700), '172.16.0.' || (i % 250)
FROM generate_series(1, 300000) i;
ANALYZE visits;

CREATE TABLE y (id int);
INSERT INTO y VALUES (1);
CREATE TABLE "{HOSTILE.replace('"', '""')}" ("{HOSTILE.replace('"', '""')}" text, email text);
INSERT INTO "{HOSTILE.replace('"', '""')}" VALUES ('value', 'hostile@example.com');

CREATE SCHEMA audit;
CREATE TABLE audit.logins (id int, ip inet, session uuid);
INSERT INTO audit.logins SELECT i, ('192.168.1.' || (i % 250))::inet, gen_random_uuid()
FROM generate_series(1, 50) i;

CREATE TABLE secrets (id int, token text);
INSERT INTO secrets VALUES (1, 'tok');

CREATE VIEW slow AS SELECT pg_sleep(3)::text AS waited;

CREATE ROLE reader LOGIN PASSWORD '{READER_PASSWORD}';
GRANT USAGE ON SCHEMA public, audit TO reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public, audit TO reader;
REVOKE SELECT ON secrets FROM reader;

ANALYZE users;
ANALYZE small;
"""


@dataclass
class ShopDb:
    cluster: PgCluster
    url: str  # the owner's URL (superuser password inside)
    reader_url: str  # a role that may not read `secrets`

    def execute(self, sql: str) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(sql)


@pytest.fixture(scope="session")
def shop(pg_cluster: PgCluster) -> ShopDb:
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE shop")
    url = pg_cluster.url(dbname="shop")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(_SETUP)
    return ShopDb(cluster=pg_cluster, url=url, reader_url=pg_cluster.url("reader", READER_PASSWORD, "shop"))


@pytest.fixture
def realdata() -> Path:
    """The folder of real sample files beside the repository (always there in CI)."""
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata is not present")
    return REALDATA.resolve()
