"""The reviewer's HTML report: one self-contained file (inline CSS and SVG, no script, nothing
fetched) with the data map per category, the findings and two heatmaps, in the reviewer's
language: English or Chinese (`language="zh"`), each finding quoting the policy clause in that
language from the policy the scan ran under (its `clauses`).

    with open_catalog("datamap.duckdb") as con:
        Path("report.html").write_text(render_report(con, language="zh"))
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import jinja2

from catalog.charts import Heatmap, heatmap_svg
from catalog.fieldcount import current_field_count
from catalog.formats import cell
from catalog.i18n import value_word, words
from catalog.reader import run_sql

_TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class ReportData:
    """Everything the template shows, read from the views of the latest scan."""

    scan: dict[str, Any]
    scan_count: int
    categories: list[dict[str, Any]]
    fields_by_category: dict[str, list[dict[str, Any]]]
    coverage: list[dict[str, Any]]
    undeclared: list[dict[str, Any]]
    retention: list[dict[str, Any]]
    purposes: list[dict[str, Any]]
    diff: list[dict[str, Any]]
    errors: list[dict[str, Any]]
    dataset_chart: str
    purpose_chart: str
    teens: list[dict[str, Any]]  # teen_data: datasets with ages and their guardian consent
    risk: list[dict[str, Any]]  # reidentification_risk: quasi-identifiers together
    field_count: int = 0  # the catalog's current fields, the figure `check` prints (catalog.fieldcount)

    @property
    def teen_issues(self) -> list[dict[str, Any]]:
        return [t for t in self.teens if t["consent_status"] == "no_guardian_consent"]

    @property
    def high_risk(self) -> list[dict[str, Any]]:
        return [r for r in self.risk if r["risk"] == "high"]
    sensitive: list[dict[str, Any]] = field(default_factory=list)
    language: str = "en"
    #: clause -> its text per language, and category -> its name per language (the scan's policy)
    clauses: dict[str, dict[str, str]] = field(default_factory=dict)
    names: dict[str, dict[str, str]] = field(default_factory=dict)
    sensitive_categories: set[str] = field(default_factory=set)

    @property
    def sensitive_issues(self) -> list[dict[str, Any]]:
        return [r for r in self.sensitive if r["status"] == "missing"]

    def clause_text(self, clause: str | None) -> str:
        """The clause's text in the report's language (English when not translated)."""
        texts = self.clauses.get(clause or "", {})
        return texts.get(self.language) or texts.get("en") or ""

    def category_name(self, category: str | None) -> str:
        names = self.names.get(category or "", {})
        return names.get(self.language) or names.get("en") or ""

    def is_sensitive(self, category: str | None) -> bool:
        return category in self.sensitive_categories

    @property
    def retention_issues(self) -> list[dict[str, Any]]:
        return [r for r in self.retention if r["status"] != "ok"]

    @property
    def forbidden_purposes(self) -> list[dict[str, Any]]:
        return [r for r in self.purposes if not r["allowed"]]

    @property
    def gaps(self) -> list[dict[str, Any]]:
        return [r for r in self.coverage if r["status"] in ("gap", "unmapped")]


def _records(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, Any]]:
    return run_sql(con, sql).to_pylist()


def collect(con: duckdb.DuckDBPyConnection, language: str = "en") -> ReportData:
    """Read the report's data from the catalog's views."""
    latest = "(SELECT scan_id FROM latest_scan)"
    clauses = {r["clause"]: {"en": r["text_en"], "zh": r["text_zh"]}
               for r in _optional(con, "policy_clauses", f"WHERE scan_id = {latest}")}
    policy_rows = _records(con, f"SELECT * FROM policy_categories WHERE scan_id = {latest}")
    names = {r["category"]: {"en": r["name_en"], "zh": r["name_zh"]} for r in policy_rows}
    scans = _records(con, "SELECT * FROM scans ORDER BY scan_id DESC")
    data_map = _records(con, "SELECT * FROM data_map ORDER BY category, dataset, field")
    categories = _records(con, "SELECT * FROM category_summary")
    purposes = _records(con, "SELECT * FROM purpose_matrix")
    fields_by_category: dict[str, list[dict[str, Any]]] = {}
    for row in data_map:
        fields_by_category.setdefault(row["category"], []).append(row)

    t = words(language)
    by_dataset = _category_by_dataset(data_map, t["chart_by_dataset"])
    undisclosed = {c["category"] for c in categories if not c["disclosed"]}
    by_dataset.row_notes = {c: t["chart_not_disclosed"] for c in undisclosed}
    by_purpose = Heatmap.from_records(t["chart_by_purpose"],
                                      [dict(r, forbidden=not r["allowed"]) for r in purposes],
                                      "category", "purpose", "fields", flag_key="forbidden")
    return ReportData(
        scan=scans[0] if scans else {}, scan_count=len(scans), categories=categories,
        fields_by_category=fields_by_category,
        coverage=_records(con, "SELECT * FROM policy_coverage"),
        undeclared=_records(con, "SELECT * FROM undeclared_personal_data"),
        retention=_records(con, "SELECT * FROM retention_overview"),
        purposes=purposes,
        diff=_records(con, "SELECT * FROM scan_diff ORDER BY kind, change, dataset, field"),
        errors=_records(con, "SELECT * FROM scan_errors WHERE scan_id = (SELECT scan_id FROM latest_scan)"),
        dataset_chart=heatmap_svg(by_dataset), purpose_chart=heatmap_svg(by_purpose),
        sensitive=_optional(con, "sensitive_data", "ORDER BY dataset, field"), language=language,
        clauses=clauses, names=names, sensitive_categories={r["category"] for r in policy_rows if r.get("sensitive")},
        teens=_optional(con, "teen_data"), risk=_optional(con, "reidentification_risk"),
        field_count=current_field_count(con))


def _optional(con: duckdb.DuckDBPyConnection, view: str, where: str = "") -> list[dict[str, Any]]:
    """A view or table that catalogs written by older versions lack: empty there."""
    exists = run_sql(con, f"SELECT (SELECT count(*) FROM duckdb_views() WHERE view_name = '{view}') + "
                          f"(SELECT count(*) FROM duckdb_tables() WHERE table_name = '{view}') AS n").column("n")[0]
    return _records(con, f"SELECT * FROM {view} {where}") if exists.as_py() else []


def _category_by_dataset(data_map: list[dict[str, Any]], title: str) -> Heatmap:
    counted = [dict(row, one=1) for row in data_map]
    return Heatmap.from_records(title, counted, "category", "dataset", "one")


def render_report(con: duckdb.DuckDBPyConnection, language: str = "en") -> str:
    """The report of the latest scan as one HTML document, in `language` (en or zh)."""
    t = words(language)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(_TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["cell"] = cell
    env.filters["word"] = lambda value: value_word(value, language)
    return env.get_template("report.html.j2").render(r=collect(con, language), t=t, lang=language)
