"""Write-back: the catalog's findings where the data lives, reviewed before they are applied.

- dbt: the models' `schema.yml` files patched in place, each known column given
  `meta.datamap` (category, purposes, retention, clause) and tags (`pii`, the category id);
  comments, order and quoting are kept (ruamel.yaml round-trip). Only models the catalog knows
  (a dataset whose table name is the model's name) are touched, and only their columns the
  catalog knows. `dbt_patches()` returns the new texts; the CLI shows a diff unless asked to
  write.
- databases: `COMMENT ON COLUMN` (PostgreSQL), `ALTER ... SET TAG` (Snowflake) statements, or
  BigQuery policy-tag JSON, as a script a person reviews; identifiers quoted by sqlglot.

A column of documents (JSON text, JSONB, STRUCT) is catalogued as its dot paths
(`payload.user.email`; JSON text and JSONB also as the column holding what they hold): the
column is written back with what each of its personal paths holds (`meta.datamap.fields`, one
tag per category, a comment naming path and category), so it is named where it lives however
it is stored.
"""
from __future__ import annotations

import difflib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
from sqlglot import exp

from catalog.datamap import held_inside
from catalog.reader import run_sql

#: the meta key datamap owns in a dbt column (`meta: {datamap: {...}}`)
META_KEY = "datamap"
#: the tag every personal column gets, beside its category id
PII_TAG = "pii"

_COLUMNS_SQL = """
SELECT dm.dataset, dm.field, dm.category, dm.purposes, dm.retention, pc.clause, dm.confidence
FROM data_map dm
LEFT JOIN policy_categories pc ON pc.scan_id = dm.scan_id AND pc.category = dm.category
WHERE dm.scan_id = (SELECT scan_id FROM latest_scan)
ORDER BY dm.dataset, dm.field, dm.is_primary DESC NULLS LAST, dm.confidence DESC NULLS LAST
"""
_KNOWN_SQL = """
SELECT dataset, list(field ORDER BY field) AS fields FROM fields
WHERE scan_id = (SELECT scan_id FROM latest_scan) GROUP BY dataset
"""


@dataclass(frozen=True)
class ColumnFinding:
    """What the catalog says of one personal column."""

    dataset: str
    field: str
    category: str
    purposes: tuple[str, ...]
    retention: str | None
    clause: str | None

    @property
    def column(self) -> str:
        """The table column the field lies in: `payload` for `payload.user.email`."""
        return self.field.split(".", 1)[0]

    def meta(self) -> dict[str, Any]:
        out: dict[str, Any] = {"category": self.category, "purposes": list(self.purposes)}
        if self.retention:
            out["retention"] = self.retention
        if self.clause:
            out["clause"] = self.clause
        out["disclosed"] = self.clause is not None  # false: the policy never discloses it
        return out


def table_name(dataset: str) -> str:
    """The table (or file stem) a dataset name ends in: `shop/public.users` -> `users`."""
    last = dataset.rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1] if "/" in dataset and "." in last else last.split(".", 1)[0]


def findings(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, list[str]], list[ColumnFinding]]:
    """(dataset -> every field of the latest scan, the personal columns with their declarations)."""
    known = {row["dataset"]: row["fields"] for row in run_sql(con, _KNOWN_SQL).to_pylist()}
    seen: set[tuple[str, str]] = set()
    out: list[ColumnFinding] = []
    rows = run_sql(con, _COLUMNS_SQL).to_pylist()
    # a column of documents is written back with what each of its paths holds (below), not
    # again with those categories on the column
    inside = held_inside((row["dataset"], row["field"], row["category"]) for row in rows)
    for row in rows:
        key = (row["dataset"], row["field"])
        if key in seen or row["category"] is None or row["category"] in inside.get(key, ()):
            continue  # one category per column: the primary, most confident one
        seen.add(key)
        out.append(ColumnFinding(row["dataset"], row["field"], row["category"], tuple(row["purposes"] or ()),
                                 row["retention"], row["clause"]))
    return known, out


# --- dbt ------------------------------------------------------------------------------------

def _yaml():  # type: ignore[no-untyped-def]
    from ruamel.yaml import YAML

    handler = YAML()  # round-trip: comments, order and quoting survive
    handler.preserve_quotes = True
    handler.width = 4096  # never re-wrap a long description
    handler.indent(mapping=2, sequence=4, offset=2)
    return handler


def schema_files(project: Path) -> list[Path]:
    """The YAML files of a dbt project's model paths that declare models."""
    roots = [project / "models"] if (project / "models").is_dir() else [project]
    return sorted(p for root in roots for p in root.rglob("*.y*ml")
                  if p.suffix in (".yml", ".yaml") and "models:" in p.read_text(encoding="utf-8"))


def by_column(personal: list[ColumnFinding]) -> dict[tuple[str, str], list[ColumnFinding]]:
    """(dataset, lower-case column) -> the personal findings of that column: its own, or those
    of the paths inside it (a column of documents)."""
    out: dict[tuple[str, str], list[ColumnFinding]] = {}
    for finding in personal:
        out.setdefault((finding.dataset, finding.column.lower()), []).append(finding)
    return out


def _label(finding: ColumnFinding) -> str:
    """A finding's path inside its column (`user.email`), or the column's own text cells."""
    return finding.field[len(finding.column) + 1:] or "(text)"


def column_meta(found: list[ColumnFinding]) -> dict[str, Any]:
    """`meta.datamap` of a column: its finding's, or per path for a column of documents."""
    if len(found) == 1 and found[0].field == found[0].column:
        return found[0].meta()
    return {"fields": {_label(f): f.meta() for f in found}}


def _categories(found: list[ColumnFinding]) -> list[str]:
    return list(dict.fromkeys(f.category for f in found))


def dbt_patches(con: duckdb.DuckDBPyConnection, project: Path) -> dict[Path, tuple[str, str]]:
    """path -> (old text, new text) for every schema file whose known columns change."""
    known, personal = findings(con)
    by_table: dict[str, list[str]] = {}
    for dataset in known:
        by_table.setdefault(table_name(dataset).lower(), []).append(dataset)
    found = by_column(personal)
    patches: dict[Path, tuple[str, str]] = {}
    for path in schema_files(project):
        old = path.read_text(encoding="utf-8")
        handler = _yaml()
        document = handler.load(old)
        changed = False
        for model in (document or {}).get("models") or []:
            datasets = by_table.get(str(model.get("name", "")).lower(), [])
            if len(datasets) != 1:
                continue  # not in the catalog, or ambiguous (two sources hold a table of that name)
            dataset = datasets[0]
            columns = {f.lower().split(".", 1)[0] for f in known[dataset]}  # a column of documents: its paths
            for column in model.get("columns") or []:
                name = str(column.get("name", "")).lower()
                if name in columns:
                    changed |= _patch_column(column, found.get((dataset, name)))
        if changed:
            buffer = io.StringIO()
            handler.dump(document, buffer)
            patches[path] = (old, buffer.getvalue())
    return patches


def _patch_column(column: Any, found: list[ColumnFinding] | None) -> bool:
    """Set (or, for a column no longer personal, remove) datamap's meta and tags."""
    before = json.dumps(_plain(column), sort_keys=True, default=str)
    meta = column.get("meta")
    tags = column.get("tags")
    if not found:
        if meta is not None and META_KEY in meta:
            del meta[META_KEY]
            if not meta:
                del column["meta"]
        if tags is not None and PII_TAG in tags:
            column["tags"] = [t for t in tags if t != PII_TAG and "." not in str(t)]
            if not column["tags"]:
                del column["tags"]
    else:
        if meta is None:
            column["meta"] = meta = {}
        meta[META_KEY] = column_meta(found)
        categories = _categories(found)
        wanted = [PII_TAG, *categories]
        if tags is None:
            column["tags"] = wanted
        else:
            stale = [t for t in tags if "." in str(t) and t not in categories]  # an old category id
            for tag in stale:
                tags.remove(tag)
            tags.extend(t for t in wanted if t not in tags)
    return json.dumps(_plain(column), sort_keys=True, default=str) != before


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def unified_diff(patches: dict[Path, tuple[str, str]], root: Path) -> str:
    """The patches as one unified diff, paths relative to `root`."""
    out: list[str] = []
    for path, (old, new) in patches.items():
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        out.extend(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                        f"a/{name}", f"b/{name}"))
    return "".join(out)


# --- databases --------------------------------------------------------------------------------

DIALECTS = ("postgres", "snowflake", "bigquery")


def _clause(finding: ColumnFinding) -> str:
    return f"clause {finding.clause}" if finding.clause else "not disclosed by the policy"


def _comment(found: list[ColumnFinding]) -> str:
    """A column's comment: its category, or per path for a column of documents."""
    purposes = ", ".join(dict.fromkeys(p for f in found for p in f.purposes)) or "none declared"
    retentions = ", ".join(dict.fromkeys(f.retention for f in found if f.retention))
    retention = f"; retention {retentions}" if retentions else ""
    if len(found) == 1 and found[0].field == found[0].column:
        what = f"{found[0].category} ({_clause(found[0])})"
    else:
        what = "paths " + ", ".join(f"{_label(f)}: {f.category} ({_clause(f)})" for f in found)
    return f"datamap: {what}; purposes: {purposes}{retention}"


def _table_parts(dataset: str) -> tuple[str, str] | None:
    """(schema, table) of a database dataset `<source>/<schema>.<table>`; None for files and for a
    SQLite or DuckDB file's default-schema table (`app.db/users`): no write-back dialect's."""
    if "/" not in dataset:
        return None
    last = dataset.rsplit("/", 1)[-1]
    if "." not in last:
        return None
    schema, table = last.split(".", 1)
    return schema, table


def _ident(*parts: str, dialect: str) -> str:
    return ".".join(exp.to_identifier(p, quoted=True).sql(dialect=dialect) for p in parts)


def database_script(con: duckdb.DuckDBPyConnection, dialect: str, source: str | None = None) -> str:
    """The statements (or, for BigQuery, the policy-tag JSON) for the personal columns of the
    latest scan's database datasets (of one source when given). A column of documents
    (`payload.user.email`) is commented with what each of its personal paths holds."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r} (known: {', '.join(DIALECTS)})")
    _, personal = findings(con)
    rows: list[tuple[tuple[str, str], str, list[ColumnFinding]]] = []
    for (dataset, _), found in by_column(personal).items():
        parts = _table_parts(dataset)
        if parts is None:
            continue
        if source is not None and dataset.rsplit("/", 1)[0] != source:
            continue
        rows.append((parts, found[0].column, found))
    if dialect == "bigquery":
        return json.dumps(_bigquery(rows), indent=2) + "\n"
    lines = [f"-- datamap write-back ({dialect}): review before running", ""]
    for (schema, table), name, found in rows:
        column = _ident(schema, table, name, dialect=dialect)
        if dialect == "postgres":
            text = exp.Literal.string(_comment(found)).sql(dialect=dialect)
            lines.append(f"COMMENT ON COLUMN {column} IS {text};")
        else:
            table_ref = _ident(schema, table, dialect=dialect)
            tag = exp.Literal.string(",".join(_categories(found))).sql(dialect=dialect)
            lines.append(f"ALTER TABLE {table_ref} MODIFY COLUMN {_ident(name, dialect=dialect)} "
                         f"SET TAG datamap_category = {tag};")
    if dialect == "snowflake":
        lines.insert(2, "CREATE TAG IF NOT EXISTS datamap_category COMMENT = 'personal data category (datamap)';")
    return "\n".join(lines) + "\n"


def _bigquery(rows: list[tuple[tuple[str, str], str, list[ColumnFinding]]]) -> dict[str, Any]:
    """Per table, the schema fields to patch with a policy tag (`bq update --schema`): the
    taxonomy holds one policy tag per category, named by its id. BigQuery allows one policy
    tag per column: a column of documents holding several categories gets its description only."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for (schema, table), name, found in rows:
        field: dict[str, Any] = {"name": name, "description": _comment(found)}
        categories = _categories(found)
        if len(categories) == 1:
            tag = f"projects/PROJECT/locations/LOCATION/taxonomies/TAXONOMY/policyTags/{categories[0]}"
            field["policyTags"] = {"names": [tag]}
        tables.setdefault(f"{schema}.{table}", []).append(field)
    return {"taxonomy": "datamap categories: create one policy tag per category id, then replace "
                        "PROJECT, LOCATION and TAXONOMY", "tables": tables}
