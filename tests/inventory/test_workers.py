"""Datasets classified in worker processes give the same catalog as one process."""
from __future__ import annotations

import json

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from catalog.writer import write_scan
from datamap.model import DatasetSample
from inventory import workers as workers_module
from inventory.scan import ScanOptions, scan

_ROWS = 120
#: datasets per chunk in these tests (small, so a few tables make several chunks)
CHUNK_DATASETS = 4


def _write_tables(folder, count: int) -> None:
    for index in range(count):
        table = pa.table({
            "email": [f"user{index}.{i}@example.org" for i in range(_ROWS)],
            "client_ip": [f"203.0.{index % 250}.{i % 250}" for i in range(_ROWS)],
            "amount": [float(i) * 1.5 for i in range(_ROWS)],
            "status": ["paid" if i % 3 else "open" for i in range(_ROWS)],
        })
        pq.write_table(table, folder / f"t{index:03d}.parquet")


def _catalog_rows(path) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("SELECT dataset, field, entity, confidence, accepted, is_primary, match_ratio, evidence, "
                           "examples FROM detections ORDER BY ALL").fetchall()
        rows += con.execute("SELECT dataset, field, sampled_values, null_ratio FROM fields ORDER BY ALL").fetchall()
        return rows
    finally:
        con.close()


def _count_pool_starts(monkeypatch) -> list[int]:
    started: list[int] = []
    start = workers_module.Classifier._start

    def counted(self):
        started.append(self.workers)
        return start(self)

    monkeypatch.setattr(workers_module.Classifier, "_start", counted)
    return started


def _count_chunks_classified_here(monkeypatch) -> list[int]:
    """The size of each chunk classified in this process, from now on."""
    here: list[int] = []
    classify_here = workers_module.classify_datasets

    def counted(chunk, recognizers=None):
        here.append(len(chunk))
        return classify_here(chunk, recognizers)

    monkeypatch.setattr(workers_module, "classify_datasets", counted)
    return here


def test_two_workers_write_the_same_catalog_as_one(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(workers_module, "CHUNK_DATASETS", CHUNK_DATASETS)
    _write_tables(data, 2 * CHUNK_DATASETS + 3)  # several chunks: the pool is really used
    monkeypatch.setattr(workers_module, "POOL_START_SECONDS", 0.0)  # any work is worth the workers here
    started = _count_pool_starts(monkeypatch)
    catalogs = []
    for workers in (1, 2):
        result = scan([str(data)], ScanOptions(workers=workers, keep_values=False))
        assert [d.name for d in result.datasets] == sorted(d.name for d in result.datasets)
        catalogs.append(tmp_path / f"w{workers}.duckdb")
        write_scan(catalogs[-1], result)
    one, two = (_catalog_rows(c) for c in catalogs)
    assert started == [2]  # the two-worker scan used its pool, the one-worker scan none
    assert one == two
    assert any(row[2] == "EMAIL_ADDRESS" for row in one)


def test_a_few_datasets_are_not_worth_starting_workers(tmp_path, monkeypatch):
    """A rescan that reads a handful of changed datasets classifies them here: starting the
    worker processes would cost more than it saves. The first chunk is timed to tell."""
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(workers_module, "CHUNK_DATASETS", CHUNK_DATASETS)
    _write_tables(data, 2 * CHUNK_DATASETS + 3)
    started = _count_pool_starts(monkeypatch)
    monkeypatch.setattr(workers_module, "POOL_START_SECONDS", 3600.0)
    result = scan([str(data)], ScanOptions(workers=2, keep_values=False))
    assert started == [] and len(result.datasets) == 2 * CHUNK_DATASETS + 3


def test_a_large_scan_classifies_nothing_in_the_scanning_process(tmp_path, monkeypatch):
    """When the datasets are many enough that the pool is worth starting whatever each costs,
    it starts at once: the scanning process (which samples and writes) classifies nothing, so it
    never loads the recognizers."""
    data = tmp_path / "data"
    data.mkdir()
    _write_tables(data, CHUNK_DATASETS + 2)
    started = _count_pool_starts(monkeypatch)
    here = _count_chunks_classified_here(monkeypatch)
    monkeypatch.setattr(workers_module, "MIN_DATASET_SECONDS", 1.0)  # 10 datasets: worth a pool
    result = scan([str(data)], ScanOptions(workers=2, keep_values=False))
    assert started == [2] and here == []
    assert len(result.datasets) == CHUNK_DATASETS + 2
    assert all(any(d.entity == "EMAIL_ADDRESS" for r in results for d in r.detections)
               for results in result.classified.values())


def test_dropped_values_keep_their_count(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    _write_tables(data, 1)
    result = scan([str(data)], ScanOptions(keep_values=False))
    (dataset,) = result.datasets
    assert all(len(f.values) == _ROWS and f.values.null_count == _ROWS for f in dataset.fields)


def _empty(name: str) -> DatasetSample:
    return DatasetSample(name=name, source="s", kind="csv", fields=[])


def test_chunks_shrink_near_the_end_of_a_scan_so_workers_finish_together():
    samples = [_empty(f"d{i}") for i in range(500)]
    sizes = [len(chunk) for chunk in workers_module.chunks(samples, expected=500, workers=2)]
    regrouped = [d.name for chunk in workers_module.chunks(samples, expected=500, workers=2) for d in chunk]
    assert regrouped == [d.name for d in samples]  # every dataset once, in order
    assert max(sizes) == workers_module.CHUNK_DATASETS and sizes[0] == workers_module.CHUNK_DATASETS
    assert sizes == sorted(sizes, reverse=True)  # once shrinking, never larger again
    assert sizes[-2] <= workers_module.TAIL_CHUNK and sizes[-1] <= workers_module.TAIL_CHUNK
    # one worker has no one to wait for: chunks stay whole; an unknown count likewise
    assert {len(c) for c in workers_module.chunks(samples, expected=500, workers=1)} == {
        workers_module.CHUNK_DATASETS, 500 % workers_module.CHUNK_DATASETS}
    assert {len(c) for c in workers_module.chunks(samples, workers=2)} == {
        workers_module.CHUNK_DATASETS, 500 % workers_module.CHUNK_DATASETS}


def _worker_state() -> tuple[bool, int, bool]:
    import sys

    from classifiers import chinese

    return "inventory.preload" in sys.modules, chinese._tables.cache_info().currsize, chinese._policy_terms != {}


def test_workers_start_with_what_the_forkserver_preloaded():
    """The workers are forked from a forkserver that loaded the classifiers and the Chinese
    tables once (inventory/preload.py): a worker has them before it classifies anything, and
    the scan's own policy terms are set by its initializer."""
    from catalog.policy import load_policy

    terms = load_policy(None).translations("zh")
    with workers_module.Classifier(2, chinese_terms=terms) as classifier:
        preloaded, tables, has_terms = classifier._start().submit(_worker_state).result()
    assert preloaded and tables == 1 and has_terms


def test_a_rescan_of_a_large_source_hands_its_few_changed_datasets_to_warm_workers(tmp_path, monkeypatch):
    """A source of many datasets starts the workers' forkserver as soon as they are listed
    (it loads the classifiers beside the probing); the few datasets then read go to the
    workers, not to this process. A source of a few datasets keeps them here."""
    data = tmp_path / "data"
    data.mkdir()
    _write_tables(data, 3)
    for listed, pooled in ((workers_module.WARM_UP_DATASETS, [2]), (3, [])):
        started = _count_pool_starts(monkeypatch)
        monkeypatch.setattr(workers_module, "POOL_START_SECONDS", 3600.0)  # never worth it but warm
        with workers_module.Classifier(2) as classifier:
            classifier.prepare(listed)
            samples = scan([str(data)], ScanOptions(keep_values=False)).datasets
            results = list(classifier.classify(workers_module.chunks(samples, 3, 2), expected=3))
        assert started == pooled
        assert [d.name for d, _ in results] == [d.name for d in samples]
        assert all(any(det.entity == "EMAIL_ADDRESS" for r in found for det in r.detections) for _, found in results)


def test_a_rescan_that_reads_few_of_many_datasets_starts_no_workers(tmp_path, monkeypatch):
    """A first scan of WARM_UP_DATASETS datasets starts the workers' forkserver as soon as they
    are listed; a rescan first probes them, and the one changed dataset is classified in the
    scanning process: no forkserver, no pool (they cost more than they saved)."""
    from click.testing import CliRunner

    from inventory.cli import cli

    data = tmp_path / "data"
    data.mkdir()
    _write_tables(data, workers_module.WARM_UP_DATASETS)
    catalog = str(tmp_path / "c.duckdb")
    warmed: list[bool] = []
    start_forkserver = workers_module._start_forkserver

    def counted() -> bool:
        warmed.append(True)
        return start_forkserver()

    monkeypatch.setattr(workers_module, "_start_forkserver", counted)
    assert CliRunner().invoke(cli, ["scan", str(data), "--catalog", catalog, "--workers", "2", "-q"]).exit_code == 0
    assert warmed == [True]  # every dataset to read: warmed beside the probe

    warmed.clear()
    started = _count_pool_starts(monkeypatch)
    _write_tables(data, 1)  # t000 written again: a new modification time
    result = CliRunner().invoke(cli, ["scan", str(data), "--catalog", catalog, "--workers", "2", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["reused"] == workers_module.WARM_UP_DATASETS - 1
    assert warmed == [] and started == []


_POOL_SCAN = """
import sys
from inventory import workers
from inventory.cli import main
from tests.inventory.slow_worker import endless_chunk
workers.POOL_START_SECONDS = 0.0  # a few tables are worth the workers here
workers.CHUNK_DATASETS = 2
workers._detections = endless_chunk  # what the pool's workers run: never returns
sys.argv = ["datamap", "scan", *sys.argv[1:]]
main()
"""


def test_sigterm_stops_a_pool_scan_without_waiting_for_the_chunks_in_flight(tmp_path):
    """The workers are terminated rather than waited for (a chunk here would take 600 s; at a
    load of 18 real chunks held a stopped scan for over 20 s); the catalog stays as it was."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    data, chunks_started = tmp_path / "data", tmp_path / "chunks"
    data.mkdir()
    chunks_started.mkdir()
    _write_tables(data, 6)
    catalog = tmp_path / "c.duckdb"
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen([sys.executable, "-c", _POOL_SCAN, str(data), "--catalog", str(catalog),
                                "--workers", "2", "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(root), "DATAMAP_TEST_SLOW_CHUNKS": str(chunks_started)})
    try:
        deadline = time.monotonic() + 300  # the workers' start on a loaded machine
        while len(list(chunks_started.iterdir())) < 2 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        busy = [int(p.name) for p in chunks_started.iterdir()]
        assert len(busy) == 2, process.stderr.read() if process.poll() is not None else busy
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)  # generous: it used to wait 600 s for the chunks
    finally:
        process.kill()
        left = [pid for pid in (int(p.name) for p in chunks_started.iterdir()) if _running(pid)]
        for pid in left:  # a failed run leaves no sleeping worker behind
            os.kill(pid, signal.SIGKILL)
    assert not left, f"workers {left} were still classifying"
    assert process.returncode == 128 + signal.SIGTERM
    assert "Traceback" not in stderr and len(stderr.splitlines()) == 1, stderr
    assert "SIGTERM" in stderr and "catalog is as it was" in stderr
    assert not catalog.exists()


def _running(pid: int) -> bool:
    """Whether process `pid` exists and is not a zombie."""
    from pathlib import Path

    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def test_chunks_classified_in_the_scanning_process_stay_whole(tmp_path, monkeypatch):
    """A rescan's ten changed tables are classified in the scanning process (too few for the
    workers): as one chunk, whose regexes run once for all its fields, not in the shrinking
    tail chunks that only keep several workers finishing together."""
    data = tmp_path / "data"
    data.mkdir()
    _write_tables(data, 10)
    samples = scan([str(data)], ScanOptions(keep_values=False)).datasets
    classified = _count_chunks_classified_here(monkeypatch)
    started = _count_pool_starts(monkeypatch)
    with workers_module.Classifier(2) as classifier:
        results = list(classifier.classify(workers_module.chunks(samples, 10, classifier.parallel), expected=10))
    assert classified == [10] and started == []
    assert [d.name for d, _ in results] == [d.name for d in samples]
    assert all(any(det.entity == "EMAIL_ADDRESS" for r in found for det in r.detections) for _, found in results)
    # where the workers classify, the tail still shrinks
    assert [len(c) for c in workers_module.chunks(samples, 10, lambda: 2)] == [3, 2, 2, 2, 1]


def test_the_classifiers_load_beside_the_probe_only_for_datasets_classified_here(monkeypatch):
    """`expect(n)`: the classifiers load in a thread when n datasets would be classified in the
    scanning process (one worker, or too few for the workers), never for none, and not when
    the workers would classify them (a rescan after an upgrade reads every dataset: the
    scanning process then never holds the recognizers)."""
    loaded: list[str] = []
    monkeypatch.setattr(workers_module, "load_ahead", lambda: loaded.append("loaded"))
    for workers, expected, loads in ((2, 10, True), (2, 0, False), (2, 1000, False), (1, 1000, True)):
        loaded.clear()
        with workers_module.Classifier(workers) as classifier:
            classifier.expect(expected)
            classifier.expect(expected)  # once at most
        assert loaded == (["loaded"] if loads else []), (workers, expected)


_AHEAD_SCAN = """
import multiprocessing.forkserver
import sys
from pathlib import Path

from inventory.cli import main

started = Path(sys.argv.pop(1))
ensure_running = multiprocessing.forkserver.ensure_running


def noted() -> None:  # each start asked of the forkserver: was the scanning code imported yet?
    with started.open("a") as out:
        out.write(f"{'inventory.scan' in sys.modules}\\n")
    ensure_running()


multiprocessing.forkserver.ensure_running = noted
sys.argv = ["datamap", "scan", *sys.argv[1:]]
main()
"""


def test_a_first_scan_with_workers_starts_their_forkserver_before_its_own_imports(tmp_path):
    """A first scan into a new catalog (or `--full`) with several workers reads every dataset:
    the workers' forkserver starts loading before the scanning process imports its scanning
    code, so the two start-ups share the cores; the workers then classify the datasets. With
    one worker, and on a rescan into the same catalog, it is not started ahead."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    data = tmp_path / "data"
    data.mkdir()
    _write_tables(data, workers_module.WARM_UP_DATASETS)
    root = Path(__file__).resolve().parents[2]

    def starts(catalog: str, *options: str) -> list[str]:
        noted = tmp_path / f"started-{len(list(tmp_path.glob('started-*')))}"
        noted.touch()
        done = subprocess.run([sys.executable, "-c", _AHEAD_SCAN, str(noted), str(data), "--catalog",
                               str(tmp_path / catalog), "-q", *options], capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(root)}, timeout=600)
        assert done.returncode == 0, done.stderr
        return noted.read_text().split()

    assert starts("one.duckdb", "--workers", "1") == []
    # ahead of the imports, then again (already running) when the datasets are listed
    assert starts("c.duckdb", "--workers", "2") == ["False", "True"]
    assert _catalog_rows(tmp_path / "c.duckdb") == _catalog_rows(tmp_path / "one.duckdb")
    assert starts("c.duckdb", "--workers", "2") == []  # a rescan: nothing changed, nothing read
    assert starts("c.duckdb", "--workers", "2", "--full") == ["False", "True"]

