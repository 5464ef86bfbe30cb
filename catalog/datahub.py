"""DataHub: the latest scan as a metadata file DataHub's `file` source ingests as it is.

One metadata change proposal per aspect, in the JSON form DataHub's file sink writes:
- per category of the policy found in the scan, a glossary term (`urn:li:glossaryTerm:
  datamap.<category>`) with its name and clause;
- per dataset, `datasetProperties` (the datamap source and kind) and `schemaMetadata` whose
  personal fields carry the category's glossary term and the tag `pii`.

Ingest with a recipe `source: {type: file, config: {path: datamap.datahub.json}}`. Nothing
here imports DataHub: the test suite validates the output with the `acryl-datahub` models.
"""
from __future__ import annotations

import json
import re
from typing import Any

import duckdb

from catalog.reader import run_sql
from catalog.writeback import findings
from datamap.names import former_name

ACTOR = "urn:li:corpuser:datamap"
PII_TAG = "urn:li:tag:pii"
#: datamap source kinds -> DataHub platform ids
PLATFORMS = {"postgres": "postgres", "postgresql": "postgres", "duckdb": "duckdb", "sqlite": "sqlite",
             "mysql": "mysql", "csv": "file", "tsv": "file", "parquet": "file", "json": "file", "ndjson": "file",
             "log": "file"}

_DATASETS_SQL = """
SELECT d.dataset, d.source, d.kind, f.field, f.declared_type
FROM datasets d JOIN fields f USING (scan_id, dataset)
WHERE d.scan_id = (SELECT scan_id FROM latest_scan)
ORDER BY d.dataset, f.field
"""
_CATEGORIES_SQL = """
SELECT category, name_en, clause FROM policy_categories WHERE scan_id = (SELECT scan_id FROM latest_scan)
"""


def term_urn(category: str) -> str:
    return f"urn:li:glossaryTerm:datamap.{category}"


def dataset_urn(platform: str, dataset: str) -> str:
    # DataHub dataset names are dotted paths; commas and parentheses would break the urn
    name = re.sub(r"[,()]", "_", dataset.replace("/", "."))
    return f"urn:li:dataset:(urn:li:dataPlatform:{platform},{name},PROD)"


def platform_of(kind: str) -> str:
    return PLATFORMS.get(kind.split("-", 1)[0], "file")


def _mcp(entity_type: str, urn: str, aspect_name: str, aspect: dict[str, Any]) -> dict[str, Any]:
    return {"entityType": entity_type, "entityUrn": urn, "changeType": "UPSERT", "aspectName": aspect_name,
            "aspect": {"json": aspect}}


def _field_type(declared: str | None) -> dict[str, Any]:
    text = (declared or "").lower()
    if re.search(r"int|double|float|decimal|numeric|real", text):
        kind = "NumberType"
    elif "bool" in text:
        kind = "BooleanType"
    elif re.search(r"timestamp|date|time", text):
        kind = "TimeType"
    elif text.endswith("[]") or text.startswith(("list", "array")):
        kind = "ArrayType"
    else:
        kind = "StringType"
    return {"type": {f"com.linkedin.schema.{kind}": {}}}


def datahub_mcps(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The metadata change proposals of the latest scan, glossary terms first."""
    _, personal = findings(con)
    category_of = {(f.dataset, f.field): f.category for f in personal}
    names = {row["category"]: row for row in run_sql(con, _CATEGORIES_SQL).to_pylist()}
    used = sorted({f.category for f in personal})
    stamp = {"time": 0, "actor": ACTOR}
    out = [_mcp("glossaryTerm", term_urn(category), "glossaryTermInfo", {
        "customProperties": {"clause": (names.get(category) or {}).get("clause") or "not disclosed"},
        "name": (names.get(category) or {}).get("name_en") or category,
        "definition": f"Personal data of the policy category {category} (datamap)",
        "termSource": "EXTERNAL"}) for category in used]
    tables: dict[str, dict[str, Any]] = {}
    for row in run_sql(con, _DATASETS_SQL).to_pylist():
        table = tables.setdefault(row["dataset"], {"source": row["source"], "kind": row["kind"], "fields": []})
        field: dict[str, Any] = {"fieldPath": row["field"], "nullable": True, "type": _field_type(row["declared_type"]),
                                 "nativeDataType": row["declared_type"] or "unknown", "recursive": False,
                                 "isPartOfKey": False}
        category = category_of.get((row["dataset"], row["field"]))
        if category:
            field["globalTags"] = {"tags": [{"tag": PII_TAG}]}
            field["glossaryTerms"] = {"terms": [{"urn": term_urn(category)}], "auditStamp": stamp}
        table["fields"].append(field)
    for dataset, table in tables.items():
        platform = platform_of(table["kind"])
        # DataHub knows a dataset by its urn: a file database's table keeps the one pushed while
        # its name still held the default schema (`app.db.main.users`), not a second entity
        stable = former_name(dataset) if platform in ("sqlite", "duckdb") else None
        urn = dataset_urn(platform, stable or dataset)
        out.append(_mcp("dataset", urn, "datasetProperties", {
            "customProperties": {"datamap_source": table["source"] or "", "datamap_kind": table["kind"]},
            "name": dataset, "tags": []}))
        out.append(_mcp("dataset", urn, "schemaMetadata", {
            "schemaName": dataset, "platform": f"urn:li:dataPlatform:{platform}", "version": 0,
            "created": stamp, "lastModified": stamp, "hash": "",
            "platformSchema": {"com.linkedin.schema.OtherSchema": {"rawSchema": ""}},
            "fields": table["fields"]}))
    return out


def datahub_json(con: duckdb.DuckDBPyConnection) -> str:
    return json.dumps(datahub_mcps(con), indent=2) + "\n"


# --- a plain JSON document of the catalog, for any other tool ------------------------------

_PLAIN_SQL = """
SELECT scan_id, CAST(finished_at AS VARCHAR) AS finished_at, policy_name FROM scans
WHERE scan_id = (SELECT scan_id FROM latest_scan)
"""


def catalog_document(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """The latest scan as one JSON document (schema: catalog/schemas/catalog.schema.json)."""
    _, personal = findings(con)
    by_field = {(f.dataset, f.field): f for f in personal}
    scan = run_sql(con, _PLAIN_SQL).to_pylist()
    datasets: dict[str, dict[str, Any]] = {}
    for row in run_sql(con, _DATASETS_SQL).to_pylist():
        entry = datasets.setdefault(row["dataset"], {"dataset": row["dataset"], "source": row["source"],
                                                     "kind": row["kind"], "fields": []})
        found = by_field.get((row["dataset"], row["field"]))
        entry["fields"].append({
            "field": row["field"], "declared_type": row["declared_type"],
            "category": found.category if found else None,
            "purposes": list(found.purposes) if found else [],
            "retention": found.retention if found else None,
            "clause": found.clause if found else None})
    return {"version": 1, "scan": scan[0] if scan else None, "datasets": list(datasets.values())}


def catalog_json(con: duckdb.DuckDBPyConnection) -> str:
    return json.dumps(catalog_document(con), indent=2) + "\n"
