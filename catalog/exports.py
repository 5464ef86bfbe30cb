"""Exports for the tools reviewers already use, built on the read API (catalog.reader).

- `ropa()`: the record of processing activities (GDPR Art. 30(1)(b)-(f)): one row per purpose
  with its categories of personal data, retention and datasets, from the latest scan's data map,
  and the data subjects and risks the catalog measured: teens among them (clause 9) and datasets
  whose quasi-identifiers single people out.
  Personal data found with no declared purpose gets a row of its own: a gap in the record.
- `fides_datasets()`: Fides dataset manifests (fideslang) with each field's data categories
  mapped through the policy (`fideslang:` of each category) and data uses from its purposes.
"""
from __future__ import annotations

import re
from typing import Any

import duckdb
import pyarrow as pa
import yaml

from catalog.formats import cell, to_csv, to_markdown
from catalog.i18n import LANGUAGES, words
from catalog.reader import run_sql

#: the purpose shown for personal data that no declaration gives a purpose
NO_PURPOSE = "(none declared)"

_ROPA_SQL = """
WITH record AS (
WITH pairs AS (
    SELECT dm.*, coalesce(p.purpose, '{no_purpose}') AS purpose
    FROM data_map dm
    LEFT JOIN (SELECT dataset, field, category, unnest(purposes) AS purpose FROM data_map) p
        USING (dataset, field, category)
)
SELECT
    pr.purpose,
    any_value(coalesce(t.name_{lang}, t.name_en)) AS purpose_name,
    any_value(t.clause) AS purpose_clause,
    any_value(coalesce(cl.text_{lang}, cl.text_en)) AS clause_text,
    any_value(t.fideslang) AS data_use,
    list_sort(list_distinct(list(pr.category))) AS categories_of_data,
    list_sort(list_distinct(list(pr.category) FILTER (WHERE pc.clause IS NULL))) AS undisclosed_categories,
    list_sort(list_distinct(list(pr.retention))) AS retention,
    max(pr.retention_days) AS max_retention_days,
    list_sort(list_distinct(list(pr.retention_basis))) AS retention_bases,
    list_sort(list_distinct(list(pr.dataset))) AS datasets,
    count(DISTINCT (pr.dataset, pr.field)) AS fields
FROM pairs pr
LEFT JOIN policy_terms t ON t.scan_id = pr.scan_id AND t.kind = 'purpose' AND t.term = pr.purpose
LEFT JOIN policy_categories pc ON pc.scan_id = pr.scan_id AND pc.category = pr.category
LEFT JOIN policy_clauses cl ON cl.scan_id = pr.scan_id AND cl.clause = t.clause
GROUP BY pr.purpose
)
SELECT
    record.*,
    -- data subjects: teens (clause 9) among the purpose's datasets, with their consent status
    (SELECT list_sort(list(format('{{}}.{{}}: {{}} of {{}} sampled under {{}} ({{}})', td.dataset, td.field,
                                  td.under_age, td.people, td.teen_age, td.consent_status)))
     FROM teen_data td WHERE td.under_age > 0 AND list_contains(record.datasets, td.dataset)) AS teens,
    -- datasets whose quasi-identifiers together single people out (reidentification_risk)
    (SELECT list_sort(list(format('{{}}: {{}} unique, k={{}} ({{}})', rr.dataset, rr.unique_share, rr.k, rr.risk)))
     FROM reidentification_risk rr WHERE rr.risk <> 'low' AND list_contains(record.datasets, rr.dataset))
        AS reidentification_risk
FROM record
ORDER BY record.purpose = '{no_purpose}', record.purpose
"""


def ropa(con: duckdb.DuckDBPyConnection, language: str = "en") -> pa.Table:
    """The record of processing activities of the latest scan, one row per purpose: purpose names
    and the text of their clause in `language` (en or zh), from the scan's policy."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (known: {', '.join(LANGUAGES)})")
    return run_sql(con, _ROPA_SQL.format(no_purpose=NO_PURPOSE, lang=language))


def ropa_markdown(con: duckdb.DuckDBPyConnection, language: str = "en") -> str:
    """The record as a Markdown document: which scan and policy it rests on, then the table."""
    scan = run_sql(con, "SELECT scan_id, finished_at, policy_name FROM scans ORDER BY scan_id DESC LIMIT 1")
    meta = scan.to_pylist()[0] if scan.num_rows else {}
    t = words(language)
    lines = [
        f"# {t['ropa_title']} (GDPR Art. 30)" if language == "en" else f"# {t['ropa_title']}",
        "",
        f"{t['ropa_generated']} {meta.get('scan_id', '-')} ({cell(meta.get('finished_at')) or '-'}); "
        f"{t['policy']}: {meta.get('policy_name') or '-'}.",
        f"`{NO_PURPOSE}`: {t['ropa_no_purpose']}",
        "",
    ]
    return "\n".join(lines) + "\n" + to_markdown(ropa(con, language))


def ropa_csv(con: duckdb.DuckDBPyConnection, language: str = "en") -> str:
    return to_csv(ropa(con, language))


def _fides_key(text: str) -> str:
    """A fideslang FidesKey (letters, digits, _ . < > -) made from any name."""
    key = re.sub(r"[^A-Za-z0-9_.<>-]+", "_", text).strip("_")
    return key or "dataset"


def nest_fields(fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dot paths (context.device.id) as nested Fides fields."""
    root: dict[str, dict[str, Any]] = {}
    for item in fields:
        *parents, leaf = item["path"].split(".")
        level = root
        for part in parents:
            node = level.setdefault(part, {"name": part, "_children": {}})
            level = node.setdefault("_children", {})
        node = level.setdefault(leaf, {"name": leaf, "_children": {}})
        node.update({k: v for k, v in item.items() if k != "path"})

    def finish(level: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for node in level.values():
            children = node.pop("_children", {})
            if children:
                node["fields"] = finish(children)
            out.append(node)
        return out
    return finish(root)


_FIELDS_SQL = """
SELECT
    d.source, f.dataset, f.field,
    list_sort(list_distinct(list(pc.fideslang) FILTER (WHERE pc.fideslang IS NOT NULL))) AS data_categories,
    list_sort(list_distinct(flatten(list(dm.purposes)))) AS purposes,
    list_sort(list_distinct(list(dm.category) FILTER (WHERE dm.category IS NOT NULL))) AS categories
FROM fields f
JOIN datasets d USING (scan_id, dataset)
LEFT JOIN data_map dm ON dm.scan_id = f.scan_id AND dm.dataset = f.dataset AND dm.field = f.field
LEFT JOIN policy_categories pc ON pc.scan_id = f.scan_id AND pc.category = dm.category
WHERE f.scan_id = (SELECT scan_id FROM latest_scan)
GROUP BY ALL
ORDER BY d.source, f.dataset, f.field
"""


def fides_datasets(con: duckdb.DuckDBPyConnection) -> dict[str, list[dict[str, Any]]]:
    """`{"dataset": [...]}`: one Fides dataset per source of the latest scan, one collection per
    dataset, every field; personal fields carry fideslang data categories and data uses."""
    rows = run_sql(con, _FIELDS_SQL).to_pylist()
    data_use = dict(con.execute(
        "SELECT term, fideslang FROM policy_terms WHERE kind = 'purpose' AND fideslang IS NOT NULL "
        "AND scan_id = (SELECT scan_id FROM latest_scan)").fetchall())
    by_source: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for row in rows:
        item: dict[str, Any] = {"path": row["field"]}
        if row["data_categories"]:
            item["data_categories"] = row["data_categories"]
            item["description"] = "datamap: " + ", ".join(row["categories"])
        uses = sorted({data_use[p] for p in row["purposes"] or [] if p in data_use})
        if uses:
            item["data_uses"] = uses
        by_source.setdefault(row["source"] or "catalog", {}).setdefault(row["dataset"], []).append(item)
    datasets = []
    for source, collections in by_source.items():
        datasets.append({
            "fides_key": _fides_key(f"datamap_{source}"),
            "name": source,
            "description": f"Found by a datamap scan of {source}",
            "collections": [{"name": name, "fields": nest_fields(fields)} for name, fields in collections.items()],
        })
    return {"dataset": datasets}


def fides_yaml(con: duckdb.DuckDBPyConnection) -> str:
    return yaml.safe_dump(fides_datasets(con), sort_keys=False, allow_unicode=True)
