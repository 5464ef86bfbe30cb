"""The Chinese benchmarks generate deterministically and every generated field has a label."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", ["zh", "zh2", "zh3", "zh4", "zh5", "zh6", "zh7", "zh8", "zh9", "zh10", "zh11", "zh12", "zh13", "zh14", "zh15", "zh16", "zh17", "zh18", "zh25", "zh26", "zh27", "zh28", "zh29", "zh30"])
def test_generated_fields_match_the_labels(name: str, tmp_path: Path) -> None:
    script = ROOT / "benchmarks" / name / "generate.py"
    for out in ("a", "b"):
        done = subprocess.run([sys.executable, str(script), str(tmp_path / out), "--verify"], capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "0 problems" in done.stdout
    # same seed, same bytes (the databases aside: their files carry page metadata; a workbook's
    # zip container carries its writer's timestamps)
    for file in (tmp_path / "a").iterdir():
        if file.suffix not in (".db", ".duckdb", ".xlsx"):
            assert file.read_bytes() == (tmp_path / "b" / file.name).read_bytes(), file.name


MIRRORS = Path("/work/.mirror")  # where the workplace's fetch tool puts GitHub snapshots


@pytest.mark.parametrize("name, repos", [("zh25", ["lzyats+app-admin", "kerwincui+FastBee", "jeecgboot+JeecgBoot"]),
                                         ("zh26", ["gongfuxiang+shopxo", "yezhihao+jt808-server", "pig-mesh+pig"]),
                                         ("zh27", ["itwanger+paicoding", "frozenNoob+Project-of-sky-take-out", "ScureHu+hisParent"]),
                                         ("zh28", ["lunavexxx+shardPower", "gi3636+red-book-backend",
                                                   "Encounter77+StudentInformationManagementSystem"]),
                                         ("zh29", ["KuChanMaster+PropertiesManager", "1714080903113+ssm_test",
                                                   "NorwegianForest+BatteryServer", "kiritosuki+fffc"]),
                                         ("zh30", ["logonmy+clinicSystemGo", "edouardlicn123+Cortana-grid", "AAZl3l4+IOT-ESP32CAM",
                                                   "duangdangding+community-service"])])
def test_transcribed_schemas_match_their_sources(name: str, repos: list[str]) -> None:
    if not all((MIRRORS / repo).is_dir() for repo in repos):
        pytest.skip("the sources' snapshots are not on this machine")
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / name / "schemas.py"), "--check", str(MIRRORS)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
