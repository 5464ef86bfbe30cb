"""Benchmark: `datamap check` is fast enough for every pull request.

In one run, in a temporary folder:

- builds a catalog of `--fields` (default 10,000) fields over 100 datasets, a third of them
  personal, half of those declared in a data map (through the real writer);
- times `check --catalog` through the API (read + rules + text report) and as the CLI in a child
  process (Python start-up and imports included); the baseline is a bare DuckDB read of the
  same `field_inventory` rows;
- writes `--statements` (default 1,000) migration statements (CREATE TABLE and ALTER TABLE ADD
  COLUMN, PostgreSQL) and times static mode (parse + classify + rules); the baseline is
  `sqlglot.parse` of the same file alone.

usage: python benchmarks/bench_check.py [--fields 10000] [--statements 1000]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from catalog.checks import check  # noqa: E402
from catalog.checks.formats import render  # noqa: E402
from catalog.checks.static import read_static, static_check_input  # noqa: E402
from catalog.datamap import empty_datamap, parse_datamap  # noqa: E402
from catalog.policy import load_policy  # noqa: E402
from catalog.checks.inputs import read_check_input  # noqa: E402
from catalog.writer import write_scan  # noqa: E402
from classifiers.engine import FieldResult  # noqa: E402
from classifiers.evidence import Detection, Signal  # noqa: E402
from datamap import duck  # noqa: E402
from datamap.model import DatasetSample, FieldSample  # noqa: E402
from inventory.scan import ScanOptions, ScanResult  # noqa: E402

# (entity, category, field name) of the personal fields, in rotation
PERSONAL = [("IP_ADDRESS", "device.ip_address", "client_ip"), ("EMAIL_ADDRESS", "contact.email", "email"),
            ("ACCOUNT_ID", "account.id", "user_id"), ("GPS_COORDINATE", "location.precise", "lat"),
            ("COOKIE_ID", "tracking.cookie_id", "cookie_id"), ("DEVICE_ID", "device.device_id", "device_id")]


def build_catalog(path: Path, n_fields: int) -> None:
    policy = load_policy()
    per_dataset = max(1, n_fields // 100)
    datasets, classified, declared = [], {}, []
    now = datetime.now(timezone.utc)
    for d in range(100):
        name = f"events_{d:03d}.parquet"
        samples, results = [], []
        for f in range(per_dataset):
            personal = f % 3 == 0
            entity, category, base = PERSONAL[(d + f) % len(PERSONAL)]
            field = f"{base}_{f}" if personal else f"metric_{f}"
            sample = FieldSample(path=field, values=pa.array(["x"] * 5), declared_type="VARCHAR")
            detections = [Detection(path=field, entity=entity, confidence=0.9,
                                    signals=[Signal("name", "bench", 0.9)])] if personal else []
            samples.append(sample)
            results.append(FieldResult(sample, detections))
            if personal and f % 2 == 0:
                consent = {"location.precise": "location_permission", "tracking.cookie_id": "cookies"}.get(category)
                declared.append((name, field, category, consent))
        datasets.append(DatasetSample(name=name, source="bench", kind="parquet", fields=samples, row_count=1000,
                                      sampled_rows=1000, oldest_event=now - timedelta(days=20)))
        classified[name] = results
    lines = ["version: 1", "datasets:"]
    for name, field, category, consent in declared:
        extra = f", consent: {consent}" if consent else ""
        lines.append(f"  - {{dataset: {name}, purposes: [improve], retention: P90D, basis: service, "
                     f"fields: [{{field: {field}, category: {category}{extra}}}]}}")
    datamap = parse_datamap("\n".join(lines) + "\n", str(path.parent / "datamap.yaml"), policy)
    result = ScanResult(started_at=now, finished_at=now, sources=["bench"], options=ScanOptions(), policy=policy,
                        datamap=datamap, datasets=datasets, classified=classified)
    write_scan(path, result)


def write_migrations(path: Path, statements: int) -> None:
    out = []
    for i in range(statements):
        if i % 2 == 0:
            out.append(f"CREATE TABLE IF NOT EXISTS app.t_{i} (\n  id bigint PRIMARY KEY,\n  user_email text,\n"
                       f"  client_ip inet,\n  amount numeric(12, 2),\n  created_at timestamptz DEFAULT now()\n);")
        else:
            out.append(f"ALTER TABLE app.t_{i - 1} ADD COLUMN device_id text, ADD COLUMN note_{i} text;")
    path.write_text("\n".join(out) + "\n")


def timed(func, repeat: int = 3) -> tuple[float, object]:
    best, value = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        value = func()
        best = min(best, time.perf_counter() - start)
    return best, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fields", type=int, default=10_000)
    parser.add_argument("--statements", type=int, default=1_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-check-") as tmp:
        catalog = Path(tmp) / "c.duckdb"
        build_catalog(catalog, args.fields)

        def bare_read() -> int:
            con = duck.connect(str(catalog), read_only=True)
            try:
                return len(duck.query_arrow(con, "SELECT * FROM field_inventory").to_pylist())
            finally:
                con.close()

        def api_check():
            report = check(read_check_input(catalog))
            render(report, "text")
            return report

        base, rows = timed(bare_read)
        api, report = timed(api_check)
        start = time.perf_counter()
        cli = subprocess.run([sys.executable, "-m", "inventory.cli", "check", "--catalog", str(catalog),
                              "-f", "json", "-o", f"sarif={tmp}/out.sarif"],
                             cwd=ROOT, capture_output=True, text=True)
        cli_time = time.perf_counter() - start
        print(f"check --catalog: {report.fields_checked} fields ({rows} inventory rows), "
              f"{len(report.findings)} findings, exit {cli.returncode}")
        print(f"  API read + rules + text report   {api:7.3f} s")
        print(f"  CLI in a child process (+SARIF)   {cli_time:7.3f} s")
        print(f"  baseline: bare DuckDB read        {base:7.3f} s   ratio API/baseline {api / base:5.1f}x")

        sql = Path(tmp) / "migrations.sql"
        write_migrations(sql, args.statements)

        def parse_only() -> int:
            import sqlglot

            return len(sqlglot.parse(sql.read_text(), read="postgres"))

        def static_check():
            schema = read_static([sql], "postgres")
            return schema, check(static_check_input(schema, empty_datamap(), load_policy()))

        base, _ = timed(parse_only)
        static, (schema, report) = timed(static_check)
        print(f"static mode: {schema.statements} statements, {len(schema.columns)} columns, "
              f"{len(report.findings)} findings")
        print(f"  parse + classify + rules          {static:7.3f} s")
        print(f"  baseline: sqlglot.parse alone     {base:7.3f} s   ratio static/baseline {static / base:5.1f}x")


if __name__ == "__main__":
    main()
