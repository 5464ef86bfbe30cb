"""Recognizers as data: the docs example end to end, and clear file:line errors."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from catalog.datamap import load_datamap
from catalog.policy import DEFAULT_POLICY, load_policy
from catalog.yamlfile import ConfigError
from classifiers.custom import make_validator, validator_names
from classifiers.engine import classify_dataset
from datamap.model import DatasetSample
from inventory.cli import cli
from tests.classifiers.fields import field

DOC = Path(__file__).resolve().parents[2] / "docs" / "custom-recognizers.md"


def doc_files(folder: Path) -> Path:
    """Write the files of docs/custom-recognizers.md into `folder`; returns the data map."""
    text = DOC.read_text(encoding="utf-8")
    shutil.copy(DEFAULT_POLICY, folder / "policy.yaml")
    for action, name, body in re.findall(r"<!-- (file|append): (\S+) -->\n```yaml\n(.*?)```", text, flags=re.S):
        with open(folder / name, "a" if action == "append" else "w", encoding="utf-8") as out:
            out.write(body)
    return folder / "datamap.yaml"


def staff_csv(folder: Path) -> Path:
    from classifiers.checksums import luhn

    codes = []
    n = 1000000
    while len(codes) < 40:
        n += 1
        if luhn(f"{n:08d}"):
            codes.append(f"CU-{n:08d}")
    rows = ["badge,customer_code,ref,team"] + [f"EMP-{100000 + i},{codes[i]},{codes[i]},blue" for i in range(40)]
    path = folder / "staff.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def test_the_docs_example_scans_explains_and_evaluates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    datamap = doc_files(tmp_path)
    staff_csv(tmp_path)
    (tmp_path / "labels.csv").write_text("dataset,field,category\nstaff.csv,badge,hr.employee_badge\n"
                                         "staff.csv,customer_code,account.id\nstaff.csv,team,none\n")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    scanned = runner.invoke(cli, ["scan", "staff.csv", "--datamap", str(datamap)])
    assert scanned.exit_code == 0, scanned.output
    assert "hr.employee_badge" in scanned.output
    explained = runner.invoke(cli, ["explain", "staff.csv", "badge"])
    assert "EMPLOYEE_BADGE -> hr.employee_badge" in explained.output and "[custom:employee_badge]" in explained.output
    # a column of codes with no telling name: the Luhn-checked pattern alone is not enough
    # (value_alone is false), but with the name the code is an account id
    assert "CUSTOMER_CODE -> account.id" in runner.invoke(cli, ["explain", "staff.csv", "customer_code"]).output
    evaluated = runner.invoke(cli, ["eval", "labels.csv"])
    assert evaluated.exit_code == 0, evaluated.output
    assert re.search(r"hr\.employee_badge\s+1\.00", evaluated.output), evaluated.output


def test_the_generator_documents_them(tmp_path: Path) -> None:
    import subprocess
    import sys

    datamap = doc_files(tmp_path)
    out = subprocess.run([sys.executable, str(DOC.parent / "generate.py"), "--datamap", str(datamap)],
                         capture_output=True, text=True, check=True).stdout
    assert "## custom:employee_badge" in out and "`EMPLOYEE_BADGE` → category `hr.employee_badge`" in out
    assert "- validator: `luhn`" in out


def test_values_and_validator_decide_as_for_built_in_recognizers(tmp_path: Path) -> None:
    datamap = load_datamap(doc_files(tmp_path), load_policy(tmp_path / "policy.yaml"))
    (badge, code) = datamap.recognizers
    sample = field("card", [f"EMP-{100000 + i}" for i in range(10)])
    (result,) = classify_dataset(DatasetSample("t", "s", "csv", [sample]), [badge], embedded=False)
    assert result.best().entity == "EMPLOYEE_BADGE"  # value_alone: the values decide
    wrong = field("customer_code", [f"CU-{10000000 + i}" for i in range(10)])  # most fail Luhn
    assert code.value_signal(wrong) is None


@pytest.mark.parametrize(("validator", "good", "bad"), [
    ("luhn", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("iban", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("iso7064_mod_97_10", "12345676", "12345677"),
    ({"name": "date_range", "min": "1990-01-01", "max": "2030-12-31"}, "2024-05-01", "1989-12-31"),
    ({"name": "number_range", "min": 0, "max": 120}, "42", "130"),
    ("stdnum:nl.bsn", "111222333", "111222334"),
])
def test_named_validators(validator, good: str, bad: str) -> None:
    check = make_validator(validator)
    assert check(good) and not check(bad)


def test_schema_and_code_agree_on_validator_names() -> None:
    assert {"luhn", "iban", "iso7064_mod_97_10", "date_range"} <= set(validator_names())
    assert all(n in DOC.read_text() for n in validator_names())


def write(folder: Path, text: str) -> Path:
    path = folder / "datamap.yaml"
    path.write_text(text)
    return path


BAD_PATTERN = """version: 1
recognizers:
  - name: badge
    category: account.id
    patterns:
      - {regex: 'EMP-(\\d{6}', score: 0.8}
"""
BAD_VALIDATOR = """version: 1
recognizers:
  - name: ok
    category: account.id
    names: [ok code]
  - name: badge
    category: account.id
    names: [badge]
    validator: lunh
"""


@pytest.mark.parametrize(("text", "where", "what"), [
    # the line of the key at fault: the pattern, the validator
    (BAD_PATTERN, ":6:", "not valid RE2"),
    (BAD_VALIDATOR, ":9:", "unknown validator 'lunh'"),
    (BAD_VALIDATOR.replace("lunh", "stdnum:xx.nothing"), ":9:", "python-stdnum has no module"),
    (BAD_VALIDATOR.replace("account.id", "hr.nothing"), ":3:", "unknown category 'hr.nothing'"),
    (BAD_VALIDATOR.replace("names: [badge]", "names: badge"), ":8:", "is not of type 'array'"),
    ("version: 1\nrecognizers: missing.yaml\n", "missing.yaml", "cannot read"),
])
def test_bad_recognizers_are_one_clear_line(tmp_path: Path, text: str, where: str, what: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_datamap(path, load_policy())
    assert where in str(caught.value) and what in str(caught.value)
    assert str(path) in str(caught.value) or "missing.yaml" in str(caught.value)


def test_a_bad_recognizer_stops_the_scan_before_anything_is_scanned(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path, BAD_VALIDATOR)
    staff_csv(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["scan", "staff.csv"])
    assert result.exit_code == 2
    assert re.search(r"error: datamap\.yaml:9: recognizer badge: unknown validator 'lunh'", result.output)
    assert not (tmp_path / "datamap.duckdb").exists()  # nothing scanned, no catalog written
    # a catalog an earlier scan wrote is left exactly as it was
    write(tmp_path, BAD_VALIDATOR.replace("    validator: lunh\n", ""))
    assert CliRunner().invoke(cli, ["scan", "staff.csv", "-q"]).exit_code == 0
    before = (tmp_path / "datamap.duckdb").read_bytes()
    write(tmp_path, BAD_PATTERN)
    result = CliRunner().invoke(cli, ["scan", "staff.csv"])
    assert result.exit_code == 2 and "datamap.yaml:6: recognizer badge: pattern" in result.output
    assert (tmp_path / "datamap.duckdb").read_bytes() == before


def test_a_custom_recognizer_looks_inside_free_text_too(tmp_path: Path) -> None:
    datamap = load_datamap(doc_files(tmp_path), load_policy(tmp_path / "policy.yaml"))
    notes = field("note", [f"Visitor lost badge EMP-{200000 + i} at the front desk, please reissue it today."
                           for i in range(8)])
    from classifiers.registry import default_recognizers

    (result,) = classify_dataset(DatasetSample("t", "s", "csv", [notes]), [*default_recognizers(), *datamap.recognizers])
    inside = {d.entity for d in result.secondary()}
    assert "EMPLOYEE_BADGE" in inside, [(d.entity, d.confidence) for d in result.detections]
