"""The Ray engine on a real Ray cluster: same catalog as the local process pool, a worker
that dies costs only its dataset, passwords stay out of Ray's task arguments and logs.

One cluster for the whole module, started the way a user starts one (`ray start --head` in a
subprocess, stopped by ending its own processes): this process joins it with `ray.init(address=...)`, and
the CLI test reaches it through `--ray-address`. Skipped only where Ray is not installed.
"""
from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import psutil
import pyarrow as pa
import pytest

from tests.inventory.conftest import READER_PASSWORD

# the module's cluster asks for a token, as Ray clusters do by default; it is given here (the
# test process, `ray start` and the CLI inherit it) rather than written to ~/.ray. The
# database password is in the environment of the nodes, as docs/scale.md tells users to do.
os.environ.update(RAY_AUTH_MODE="token", RAY_AUTH_TOKEN=secrets.token_hex(32), RAY_USAGE_STATS_ENABLED="0",
                  DM_TEST_PG_PASSWORD=READER_PASSWORD)
ray = pytest.importorskip("ray")

from catalog.datamap import Source, empty_datamap
from catalog.writer import write_scan
from datamap import duck
from inventory.connectors import FAMILIES, SampleOptions
from inventory.scan import ScanOptions, scan

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "bench" / "dev"
DEV_FILES = ("users.parquet", "web_hits.ndjson", "access.log", "devices.csv")
RAY = Path(sys.executable).with_name("ray")
OPTIONS = dict(sample=SampleOptions(rows=200), keep_values=False)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ray_env() -> dict[str, str]:
    return dict(os.environ)


def _stop_cluster(temp_dir: Path) -> None:
    """Stop the cluster whose files are in `temp_dir`, and only it. `ray stop` stops every Ray
    process on the machine, so another test run's cluster too, and Ray then ends that run's
    driver (its pytest process) once the cluster is gone."""
    heads = [process for process in psutil.process_iter(["cmdline"])
             if any(str(temp_dir) in argument for argument in process.info["cmdline"] or ())]
    # the agents and workers rename themselves (ray::…), but they are the head processes' children
    family = {process.pid: process for head in heads for process in (head, *_children(head))}
    for process in family.values():
        with contextlib.suppress(psutil.NoSuchProcess):
            process.terminate()
    _, alive = psutil.wait_procs(family.values(), timeout=30)
    for process in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            process.kill()


def _children(process: psutil.Process) -> list[psutil.Process]:
    try:
        return process.children(recursive=True)
    except psutil.NoSuchProcess:
        return []


@pytest.fixture(scope="module")
def cluster():
    """A two-CPU Ray cluster of its own (own port, own temp dir for its logs), joined by this process."""
    # a short path: Ray's unix sockets live in it
    temp_dir = Path(tempfile.mkdtemp(prefix="dmray", dir="/tmp"))
    address = f"127.0.0.1:{_free_port()}"
    started = subprocess.run(
        [str(RAY), "start", "--head", "--num-cpus=2", f"--port={address.rsplit(':', 1)[1]}",
         "--node-ip-address=127.0.0.1", f"--temp-dir={temp_dir}", "--include-dashboard=false",
         "--disable-usage-stats"],
        env=_ray_env(), cwd=REPO, capture_output=True, text=True, timeout=180)
    assert started.returncode == 0, started.stderr[-2000:]
    try:
        ray.init(address=address, log_to_driver=False, configure_logging=False)
        yield address, temp_dir
    finally:
        ray.shutdown()
        _stop_cluster(temp_dir)
        shutil.rmtree(temp_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    """A few files of the dev benchmark (when it is beside the repository) and a DuckDB file."""
    folder = tmp_path_factory.mktemp("ray-data")
    for name in DEV_FILES:
        if (DEV / name).exists():
            shutil.copy(DEV / name, folder / name)
    rows = 150
    table = pa.table({"user_email": [f"person{i}@example.org" for i in range(rows)],
                      "client_ip": [f"10.1.{i % 200}.{i % 250}" for i in range(rows)],
                      "amount": [i * 0.5 for i in range(rows)]})
    con = duck.connect(str(folder / "shop.duckdb"))
    con.register("arrow_orders", table)
    con.execute("CREATE TABLE orders AS SELECT * FROM arrow_orders")
    con.close()
    return folder


def _catalog(result, path) -> list[tuple]:
    write_scan(path, result)
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("SELECT dataset, field, entity, confidence, accepted, is_primary, match_ratio, evidence, "
                           "examples FROM detections ORDER BY ALL").fetchall()
        rows += con.execute("SELECT dataset, field, sampled_values, null_ratio, declared_type, origin, distinct_estimate FROM fields "
                            "ORDER BY ALL").fetchall()
        rows += con.execute("SELECT dataset, stage, error, message FROM scan_errors ORDER BY ALL").fetchall()
        return rows
    finally:
        con.close()


def _reader_url(shop) -> str:
    """The reader's URL with its password written as `${DM_TEST_PG_PASSWORD}`."""
    return shop.reader_url.replace(f":{READER_PASSWORD}@", ":${DM_TEST_PG_PASSWORD}@")


def test_ray_writes_the_catalog_the_process_pool_writes(cluster, sources, shop, tmp_path):
    datamap = empty_datamap()
    datamap.sources = [Source(name=str(sources), location=str(sources)),
                       Source(name="shop", location=_reader_url(shop), exclude=("slow",))]
    pool = scan(options=ScanOptions(workers=2, **OPTIONS), datamap=datamap)
    on_ray = scan(options=ScanOptions(engine="ray", **OPTIONS), datamap=datamap)
    assert [d.name for d in on_ray.datasets] == [d.name for d in pool.datasets]
    assert {d.name.split("/")[0] for d in on_ray.datasets} >= {"shop", "shop.duckdb"}
    assert [e.dataset for e in on_ray.errors] == [e.dataset for e in pool.errors] == ["shop/public.secrets"]
    assert _catalog(on_ray, tmp_path / "ray.duckdb") == _catalog(pool, tmp_path / "pool.duckdb")


def _files_holding(folder: Path, secret: str) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and not p.is_socket() and secret.encode() in p.read_bytes()]


def test_a_written_password_is_not_sent_to_a_cluster_started_elsewhere(cluster, shop):
    _, temp_dir = cluster
    datamap = empty_datamap()
    datamap.sources = [Source(name="shop", location=shop.reader_url, include=("users",))]
    result = scan(options=ScanOptions(engine="ray", **OPTIONS), datamap=datamap)
    assert result.datasets == []
    (error,) = result.errors
    assert error.one_line() == ("error: shop/public.users: a password written in the URL is not sent to a Ray "
                                "cluster: write it as ${NAME} and set NAME on every node (see docs/scale.md)")
    # the module's scans so far, `${NAME}` ones included: the password is in none of the
    # cluster's files (logs, task records), which do record the tasks that ran
    assert _files_holding(temp_dir, "_scan_dataset")
    assert _files_holding(temp_dir, READER_PASSWORD) == []


def test_cli_on_its_own_local_cluster_hands_the_password_to_workers_not_to_logs(cluster, shop, tmp_path):
    """The default `--engine ray`: a local cluster for the scan; the password written in the URL
    reaches the workers through their environment and appears in none of Ray's files."""
    # a temp root of the scan's own (Ray honours RAY_TMPDIR), so that another cluster starting
    # on the machine at the same moment is not taken for this one; short: Ray's sockets live in it
    ray_tmp = Path(tempfile.mkdtemp(prefix="dmcli", dir="/tmp"))
    sessions = ray_tmp / "ray"
    token_file = Path.home() / ".ray" / "auth_token"
    had_token_file = token_file.exists()
    catalog = tmp_path / "c.duckdb"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAY_AUTH", "DM_TEST"))}
    env["RAY_TMPDIR"] = str(ray_tmp)
    done = subprocess.run([sys.executable, "-m", "inventory.cli", "scan", shop.reader_url, "--catalog", str(catalog),
                           "--engine", "ray", "--workers", "1", "--sample-rows", "100", "-q"],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert READER_PASSWORD not in done.stdout + done.stderr
    # the reader may not read `secrets`: its one error line (exit 3, partial); the rest is in the catalog
    assert done.returncode == 3, done.stderr[-2000:]
    assert done.stderr.splitlines() == ["error: shop/public.secrets: permission denied for table secrets"]
    con = duckdb.connect(str(catalog), read_only=True)
    assert ("shop/public.users",) in con.execute("SELECT DISTINCT dataset FROM fields").fetchall()
    con.close()
    (session,) = sessions.glob("session_2*")
    assert (session / "logs").is_dir()
    assert _files_holding(session, READER_PASSWORD) == []
    assert token_file.exists() == had_token_file  # the scan's cluster had a token of its own
    shutil.rmtree(ray_tmp, ignore_errors=True)


@pytest.mark.parametrize("tasks_per_cpu", [2, 0], ids=["a-task-per-dataset", "one-task-for-all"])
def test_a_worker_that_dies_costs_only_its_dataset(cluster, tmp_path, monkeypatch, tasks_per_cpu):
    """Also when the dataset's task held others: that task is sent again, one dataset a task."""
    folder = tmp_path / "crashing"
    folder.mkdir()
    for name in ("before.csv", "crash.csv", "after.csv"):
        (folder / name).write_text("email,city\n" + "".join(f"u{i}@example.org,Lyon\n" for i in range(30)))
    monkeypatch.setitem(FAMILIES, "crashing", "tests.inventory.crashing_source:CrashingFiles")
    datamap = empty_datamap()
    datamap.sources = [Source(name="crashing", location=str(folder), type="crashing")]
    from inventory import workers
    from inventory.engines import ray_engine

    monkeypatch.setattr(ray_engine, "MAX_RETRIES", 1)  # a dataset that kills every worker: one retry is enough
    monkeypatch.setattr(ray_engine, "TASKS_PER_CPU", tasks_per_cpu)  # 0: the three datasets in one task
    monkeypatch.setattr(workers, "TAIL_CHUNK", 3)  # and no smaller tasks near the end
    result = scan(options=ScanOptions(engine="ray", **OPTIONS), datamap=datamap)
    assert sorted(d.name for d in result.datasets) == ["after.csv", "before.csv"]
    (error,) = result.errors
    assert (error.dataset, error.stage) == ("crash.csv", "worker")
    assert "worker" in error.one_line() and "\n" not in error.one_line()
    rows = _catalog(result, tmp_path / "c.duckdb")
    assert ("crash.csv", "worker", error.error, error.message) in rows
    assert any(r[0] == "after.csv" and r[2] == "EMAIL_ADDRESS" for r in rows)


def _docs_command() -> list[str]:
    """The `datamap scan` command of docs/scale.md that this test runs (the block after its marker)."""
    text = (REPO / "docs" / "scale.md").read_text(encoding="utf-8")
    block = text.split("<!-- the test of this page runs this command", 1)[1].split("```bash\n", 1)[1]
    return block.split("\n", 1)[0].split()


def test_cli_scans_on_a_cluster_by_its_address_as_the_docs_say(cluster, sources, tmp_path):
    address, _ = cluster
    command = _docs_command()
    assert command[:3] == ["datamap", "scan", "data/"] and "--ray-address" in command
    command[command.index("--ray-address") + 1] = address
    command[command.index("--catalog") + 1] = str(tmp_path / "ray.duckdb")
    runs = {"ray": [sys.executable, "-m", "inventory.cli", "scan", str(sources), *command[3:]],
            "local": [sys.executable, "-m", "inventory.cli", "scan", str(sources), "--workers", "2",
                      "--catalog", str(tmp_path / "local.duckdb")]}
    rows = {}
    for engine, argv in runs.items():
        done = subprocess.run([*argv, "--sample-rows", "200", "-q"], env=_ray_env(), cwd=tmp_path,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stderr == ""
        con = duckdb.connect(str(tmp_path / f"{engine}.duckdb"), read_only=True)
        rows[engine] = con.execute("SELECT dataset, field, entity, confidence, evidence FROM detections "
                                   "ORDER BY ALL").fetchall()
        con.close()
    assert rows["ray"] == rows["local"]
    assert any(r[0] == "shop.duckdb/orders" and r[2] == "EMAIL_ADDRESS" for r in rows["ray"])


def test_unreachable_cluster_is_one_line_and_no_catalog(tmp_path):
    catalog = tmp_path / "c.duckdb"
    done = subprocess.run([sys.executable, "-m", "inventory.cli", "scan", str(tmp_path), "--catalog", str(catalog),
                           "--engine", "ray", "--ray-address", f"127.0.0.1:{_free_port()}"],
                          env=_ray_env(), cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode != 0
    assert done.stderr.startswith("error: cannot start or reach the Ray cluster at 127.0.0.1:")
    assert done.stderr.endswith("nothing was written to the catalog\n") and done.stderr.count("\n") == 1
    assert not catalog.exists()


def test_a_data_maps_own_recognizers_run_on_the_workers(cluster, tmp_path, monkeypatch):
    from catalog.datamap import load_datamap
    from catalog.policy import load_policy
    from tests.classifiers.test_custom_recognizers import doc_files, staff_csv

    path = doc_files(tmp_path)
    staff_csv(tmp_path)
    monkeypatch.chdir(tmp_path)
    policy = load_policy(load_datamap(path).policy_path)
    datamap = load_datamap(path, policy)
    assert datamap.recognizers
    results = {engine: scan(["staff.csv"], ScanOptions(engine=engine, **OPTIONS), policy=policy, datamap=datamap)
               for engine in ("local", "ray")}
    rows = {engine: _catalog(result, tmp_path / f"{engine}.duckdb") for engine, result in results.items()}
    assert rows["ray"] == rows["local"]
    assert any(r[2] == "EMPLOYEE_BADGE" for r in rows["ray"])


def _scan_cli(argv: list[str], cwd: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "inventory.cli", "scan", *argv, "--sample-rows", "200", "-q"],
                          env=_ray_env(), cwd=cwd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and done.stderr == "", done.stderr[-2000:]


def _latest(catalog: Path) -> tuple[dict[str, int | None], list[tuple]]:
    """(dataset -> the scan it was reused from, None when read) of the latest scan, and its detections."""
    con = duckdb.connect(str(catalog), read_only=True)
    try:
        latest = "(SELECT max(scan_id) FROM scans)"
        reused = dict(con.execute(f"SELECT dataset, reused_from FROM datasets WHERE scan_id = {latest}").fetchall())
        rows = con.execute(f"SELECT dataset, field, entity, confidence, accepted, evidence FROM detections "
                           f"WHERE scan_id = {latest} ORDER BY ALL").fetchall()
        return reused, rows
    finally:
        con.close()


def test_an_incremental_rescan_on_ray_reads_only_what_changed(cluster, tmp_path):
    """Reuse does not depend on the engine: a rescan on the cluster reads only the changed table,
    copies the rest, and the catalog equals a full scan's; a local rescan reuses Ray's results."""
    address, _ = cluster
    data = tmp_path / "data"
    data.mkdir()
    (data / "users.csv").write_text("id,email\n" + "".join(f"{i},u{i}@example.org\n" for i in range(80)))
    con = duck.connect(str(data / "shop.duckdb"))
    con.execute("CREATE TABLE orders AS SELECT range AS id, '10.0.' || (range % 200) || '.7' AS client_ip "
                "FROM range(150)")
    con.execute("CREATE TABLE stock AS SELECT range AS sku, range * 2 AS quantity FROM range(150)")
    con.close()
    catalog = tmp_path / "c.duckdb"
    on_ray = [str(data), "--catalog", str(catalog), "--engine", "ray", "--ray-address", address]
    _scan_cli(on_ray, tmp_path)
    read, first = _latest(catalog)
    assert set(read.values()) == {None} and len(read) == 3
    _scan_cli(on_ray, tmp_path)
    reused, again = _latest(catalog)
    assert set(reused.values()) == {1} and again == first  # nothing read, the same results

    con = duck.connect(str(data / "shop.duckdb"))
    con.execute("UPDATE orders SET client_ip = 'someone@example.org' WHERE id < 140")
    con.close()
    _scan_cli(on_ray, tmp_path)
    reused, changed = _latest(catalog)
    assert reused == {"users.csv": 2, "shop.duckdb/stock": 2, "shop.duckdb/orders": None}
    assert any(r[0] == "shop.duckdb/orders" and r[2] == "EMAIL_ADDRESS" for r in changed)
    full = tmp_path / "full.duckdb"
    _scan_cli([str(data), "--catalog", str(full), "--workers", "1"], tmp_path)
    assert _latest(full)[1] == changed
    _scan_cli([str(data), "--catalog", str(catalog), "--workers", "1"], tmp_path)  # the local engine reuses them
    assert set(_latest(catalog)[0].values()) == {3}
