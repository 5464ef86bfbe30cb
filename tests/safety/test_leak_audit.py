"""benchmarks/leak_audit.py, the on-demand leak scanner of the benchmarks, on a small fixture:
a clean scan has no leak, and a raw value planted in the catalog is found."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def leak_audit():
    spec = importlib.util.spec_from_file_location("leak_audit", ROOT / "benchmarks" / "leak_audit.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fixture(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("leakfixture")
    data = root / "data"
    data.mkdir()
    names = ["Ottilie Brandstaetter", "Wenceslas Quigley", "Marisol Etxeberria", "Thaddeus Okonkwo"]
    (data / "members.csv").write_text("member_id,full_name,email,phone,plan\n" + "".join(
        f"M-{830000 + i},{names[i % 4]} {i},{names[i % 4].split()[0].lower()}.{i}@example.org,"
        f"+1 415-555-{1000 + i:04d},{'gold' if i % 3 else 'basic'}\n" for i in range(60)), encoding="utf-8")
    (data / "auth.log").write_text("".join(
        f"<86>1 2024-03-12T10:{i % 60:02d}:00.211Z auth-0{i % 4}.prod.acme.net authgw {12000 + i} RESET - password "
        f"reset link sent to {names[i % 4].split()[1].lower()}.{i}@acme-retail.com (user=u_{28270000 + i})\n"
        for i in range(80)),
        encoding="utf-8")
    (root / "labels.csv").write_text("dataset,field,category\nmembers.csv,member_id,account.id\n"
                                     "members.csv,full_name,identity.person_name\nmembers.csv,email,contact.email\n"
                                     "members.csv,phone,profile.phone_number\nmembers.csv,plan,none\n"
                                     "auth.log,*,contact.email\nauth.log,*,account.id\n")
    return root


def test_a_scan_of_the_fixture_leaks_nothing(leak_audit, fixture, tmp_path, capsys):
    code = leak_audit.main(["--labels", str(fixture / "labels.csv"), str(fixture / "data"), "--keep", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert " 0 leaks" in out and "personal values" in out
    assert (tmp_path / "report.html").is_file() and (tmp_path / "check.sarif").is_file()


def test_a_raw_value_planted_in_the_catalog_is_found_without_being_printed(leak_audit, fixture, tmp_path, capsys):
    leak_audit.main(["--labels", str(fixture / "labels.csv"), str(fixture / "data"), "--keep", str(tmp_path)])
    capsys.readouterr()
    catalog = tmp_path / "catalog.duckdb"
    with duckdb.connect(str(catalog)) as con:
        con.execute("UPDATE detections SET examples = ['+1 415-555-1007'] WHERE field = 'phone'")
    code = leak_audit.main(["--labels", str(fixture / "labels.csv"), str(fixture / "data"), "--catalog", str(catalog),
                            "--keep", str(tmp_path / "again")])
    out = capsys.readouterr().out
    assert code == 1
    assert "LEAK catalog detections | members.phone" in out
    assert "415-555-1007" not in out and "4155551007" not in out  # shown by its shape only


def test_free_text_addresses_are_searched_but_rom_versions_are_not(leak_audit):
    """A log's IPv4 is a value to search the catalog for; a MIUI ROM version (`1.0.7.0.UNKCNXM`)
    is no one's address, and its masked example (`1.0.7.0.U******`) is no leak."""
    text = "push from 10.0.0.1. rom 1.0.7.0.UNKCNXM, client 192.168.1.20 ok"
    assert leak_audit.FREE_TEXT_VALUES.findall(text) == ["10.0.0.1", "192.168.1.20"]
