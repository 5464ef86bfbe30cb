"""`init`: the drafted data map declares every personal field; filled in, it passes the check."""
from __future__ import annotations

from datetime import timedelta

import pytest

from catalog.checks import EXIT_CLEAN, check
from catalog.checks.draft import ensure_filled, init, placeholders, source_name
from catalog.datamap import Source, load_datamap, parse_datamap
from catalog.policy import load_policy
from catalog.checks.inputs import read_check_input
from catalog.writer import write_scan
from catalog.yamlfile import ConfigError
from inventory.scan import scan
from tests.catalog.check_helpers import NOW, make_input


def fill(text: str, retention: str = "P10Y") -> str:
    return (text.replace("purposes: [TODO]", "purposes: [account]").replace("retention: TODO", f"retention: {retention}")
            .replace("basis: TODO", "basis: service"))


def test_draft_declares_every_detected_field_with_placeholders():
    ci = make_input("version: 1\n", {
        ("geo.csv", "lat"): [("location.precise", 0.9)], ("geo.csv", "city"): [("location.approximate", 0.8)],
        ("geo.csv", "n"): [], ("u.csv", "email"): [("contact.email", 0.97)]},
        oldest={"geo.csv": NOW - timedelta(days=400)})
    text = init(ci, [Source(name="data", location="data")], "datamap.yaml", now=NOW)
    data = parse_datamap(fill(text).replace("consent: TODO", "consent: location_permission"),
                         "datamap.yaml", load_policy())
    declared = {(d.dataset, d.field, d.category, d.consent) for d in data.declarations}
    assert declared == {("geo.csv", "city", "location.approximate", None),
                        ("geo.csv", "lat", "location.precise", "location_permission"),
                        ("u.csv", "email", "contact.email", None)}
    assert "400 days before the scan" in text
    assert "requires consent location_permission (5.4)" in text and "not disclosed by the policy" in text
    lines = [line for line, _ in placeholders(text)]
    assert len(lines) == 3 * 2 + 1  # purposes, retention, basis per dataset; one consent
    assert [key for _, key in placeholders(text)][:3] == ["datasets[0].purposes[0]", "datasets[0].retention",
                                                          "datasets[0].basis"]


def test_a_quoted_todo_is_a_value_not_a_placeholder():
    assert placeholders("note: 'TODO'\nx: TODO\n") == [(2, "x")]


def test_ensure_filled_names_file_and_lines(tmp_path):
    path = tmp_path / "datamap.yaml"
    path.write_text("version: 1\ndatasets:\n  - dataset: a\n    retention: TODO\n")
    with pytest.raises(ConfigError, match=r"datamap.yaml:4: 1 TODO placeholder\(s\) to fill in: line 4 "
                                          r"\(datasets\[0\].retention\)"):
        ensure_filled(path)
    path.write_text("version: 1\n")
    ensure_filled(path)


def test_the_filled_draft_passes_the_check_on_the_data_it_came_from(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "people.csv").write_text("email,client_ip,n\n" + "\n".join(
        f"u{i}@example.org,203.0.113.{i + 1},{i}" for i in range(50)) + "\n")
    (data / "hits.csv").write_text("remote_addr,path\n" + "\n".join(f"198.51.100.{i},/p/{i}" for i in range(1, 50)))
    catalog = tmp_path / "c.duckdb"
    write_scan(catalog, scan([str(data)]))
    before = check(read_check_input(catalog))
    assert before.exit_code == 1 and {f.rule for f in before.failing} == {"DM001"}

    path = tmp_path / "datamap.yaml"
    path.write_text(init(read_check_input(catalog), [Source(name=source_name(str(data)), location=str(data))], path))
    with pytest.raises(ConfigError, match="TODO placeholder"):
        ensure_filled(path)
    path.write_text(fill(path.read_text()))
    ensure_filled(path)
    policy = load_policy()
    datamap = load_datamap(path, policy)
    assert [s.location for s in datamap.sources] == [str(data)]
    after_catalog = tmp_path / "after.duckdb"
    write_scan(after_catalog, scan(policy=policy, datamap=datamap))
    report = check(read_check_input(after_catalog))
    assert report.exit_code == EXIT_CLEAN, [f.message for f in report.failing]
    assert {(f.dataset, f.field) for f in before.failing} == \
        {(d.dataset, d.field) for d in datamap.declarations}


def test_source_names_are_valid_data_map_names():
    assert source_name("../shared/bench/dev/") == "dev"
    assert source_name("postgresql://u:p@db:5432/app?sslmode=require") == "app"
    assert source_name("my data (copy)") == "my_data_copy"
