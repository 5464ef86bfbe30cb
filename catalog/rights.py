"""Subject-rights plans (policy clause 8): where a person's data lives, and the statements that
serve an access, deletion or anonymisation request for it.

    plan = rights_plan("datamap.duckdb", "account.id")
    print(plan.format())

The catalog already knows which fields hold which kind of identifier. A plan lists every
current dataset with a field of the subject's kind (the *key*), and derives per dataset:

- `access`: `SELECT * … WHERE <key> = :subject`,
- `delete`: the rows of that subject removed,
- `anonymise`: the dataset's personal fields set to NULL in that subject's rows,

in the source's own dialect for databases (built with sqlglot) and as DuckDB SQL over files and
logs. A dataset that holds personal data but no key of that kind "cannot be served by key"; where
another served dataset holds both the key and an identifier this one has, the plan names that
join as the route. Statements carry the parameter `:subject`; `inventory.rights` runs them.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlglot import exp

from catalog.reader import open_catalog
from datamap import duck

#: categories a request can name a person by (the identifiers a subject gives or we can look up)
SUBJECT_CATEGORIES = ("account.id", "contact.email", "profile.phone_number", "device.device_id",
                      "device.advertising_id", "tracking.cookie_id", "device.ip_address")
#: the parameter every statement of a plan takes
PARAM = "subject"
#: file kinds DuckDB reads as tables, and how
FILE_READERS = {
    "csv": "read_csv({path}, header = true)",
    "tsv": "read_csv({path}, header = true, delim = '\\t')",
    "parquet": "read_parquet({path})",
    "json": "read_json({path}, format = 'auto')",
    "ndjson": "read_json({path}, format = 'newline_delimited')",
}
#: dataset kind prefix (`postgres-table`) -> sqlglot dialect
DIALECTS = {"postgres": "postgres", "postgresql": "postgres", "sqlite": "sqlite", "duckdb": "duckdb",
            "mysql": "mysql", "mariadb": "mysql", "mssql": "tsql", "snowflake": "snowflake",
            "bigquery": "bigquery", "redshift": "redshift", "oracle": "oracle"}
#: a log line holds the subject when the value stands alone between these characters
_TOKEN_EDGE = "[^0-9A-Za-z_.@:+-]"


def is_pattern(location: str) -> bool:
    """A location the scan made a glob of because the path held a value (inventory/valuenames.py:
    `/data/users/*@*.json` for a file per person); a real path holds no `*` or `?`."""
    return "*" in location or "?" in location


class RightsError(ValueError):
    """A plan that cannot be made as asked (unknown subject kind, empty catalog)."""


@dataclass(frozen=True)
class Route:
    """How a dataset without the subject's key is reached: the hub dataset holds the key and an
    identifier (`category`) that this dataset holds too."""

    hub: str
    hub_field: str
    field: str
    category: str

    def describe(self, hub_key: str) -> str:
        return (f"{self.hub}.{self.hub_field} where {hub_key} = :{PARAM}, then {self.field} in those values "
                f"({self.category})")


@dataclass
class DatasetPlan:
    dataset: str
    source: str
    kind: str
    location: str
    engine: str                      # duckdb-file | duckdb-log | a sqlglot dialect
    key_fields: list[str] = field(default_factory=list)
    personal_fields: list[str] = field(default_factory=list)
    access: str | None = None
    delete: str | None = None
    anonymise: str | None = None
    route: Route | None = None       # for a dataset without a key: the join that reaches it
    note: str | None = None
    #: datasets this plan serves: more than one where a location pattern covers a file per person
    shared: int = 1

    @property
    def served(self) -> bool:
        return self.access is not None

    @property
    def is_database(self) -> bool:
        return self.engine not in ("duckdb-file", "duckdb-log")


@dataclass
class ConsentGroup:
    consent: str
    clause: str | None
    fields: list[tuple[str, str, str]]  # (dataset, field, category)

    @property
    def datasets(self) -> list[str]:
        return sorted({dataset for dataset, _, _ in self.fields})


@dataclass
class RightsPlan:
    subject: str
    datasets: list[DatasetPlan]
    consents: list[ConsentGroup] = field(default_factory=list)

    @property
    def served(self) -> list[DatasetPlan]:
        return [d for d in self.datasets if d.served]

    @property
    def unserved(self) -> list[DatasetPlan]:
        return [d for d in self.datasets if not d.served]

    def to_dict(self) -> dict[str, object]:
        return {"subject": self.subject, "parameter": PARAM,
                "datasets": [vars(d) | {"served": d.served, "route": vars(d.route) if d.route else None}
                             for d in self.datasets],
                "consents": [{"consent": c.consent, "clause": c.clause, "datasets": c.datasets,
                              "fields": [{"dataset": d, "field": f, "category": cat} for d, f, cat in c.fields]}
                             for c in self.consents]}

    def format(self) -> str:
        """The plan as a reviewer reads it before anything runs."""
        lines = [f"Subject-rights plan for {self.subject} (clause 8.1): {len(self.served)} dataset(s) served by key, "
                 f"{len(self.unserved)} cannot be served by key", ""]
        for plan in self.served:
            lines += [f"== {plan.dataset}  [{plan.engine}]  key: {', '.join(plan.key_fields)}",
                      f"   access:    {plan.access}", f"   delete:    {plan.delete}",
                      f"   anonymise: {plan.anonymise}"]
            if plan.note:
                lines.append(f"   note: {plan.note}")
            lines.append("")
        if self.unserved:
            lines.append("Cannot be served by key (personal data, no field of this kind):")
            keys = {p.dataset: p.key_fields[0] for p in self.served}
            for plan in self.unserved:
                how = (f"route: {plan.route.describe(keys[plan.route.hub])}" if plan.route
                       else "no route in the catalog: needs another way")
                lines.append(f"  - {plan.dataset} ({', '.join(plan.personal_fields)}); {how}")
            lines.append("")
        if self.consents:
            lines.append("Consent withdrawal (clause 8.2): stop processing these fields when consent is withdrawn:")
            for group in self.consents:
                clause = f" (clause {group.clause})" if group.clause else ""
                lines.append(f"  - {group.consent}{clause}: " + ", ".join(
                    f"{d}:{f}" for d, f, _ in group.fields))
        return "\n".join(lines).rstrip() + "\n"


def rights_plan(catalog_path: str | Path, subject: str) -> RightsPlan:
    """The plan serving requests of a person identified by a `subject` category."""
    if subject not in SUBJECT_CATEGORIES:
        raise RightsError(f"a subject is named by one of {', '.join(SUBJECT_CATEGORIES)}, not {subject!r}")
    with open_catalog(catalog_path) as con:
        fields = duck.query_arrow(con, """
            SELECT fi.dataset, fi.field, fi.category, fi.is_primary, fi.consent, fi.declared_type,
                   d.source, d.kind, d.location
            FROM field_inventory fi
            JOIN datasets d ON d.scan_id = fi.scan_id AND d.dataset = fi.dataset
            WHERE fi.category IS NOT NULL
            ORDER BY fi.dataset, fi.field""").to_pylist()
        clauses = {row[0]: row[1] for row in con.execute(
            "SELECT term, clause FROM policy_terms WHERE kind = 'consent' "
            "AND scan_id = (SELECT scan_id FROM latest_scan)").fetchall()}
        required = {row[0]: row[1] for row in con.execute(
            "SELECT category, consent FROM policy_categories WHERE consent IS NOT NULL "
            "AND scan_id = (SELECT scan_id FROM latest_scan)").fetchall()}
    if not fields:
        raise RightsError(f"{catalog_path}: no personal data in the catalog's current scan")
    by_dataset: dict[str, list[dict[str, object]]] = {}
    for row in fields:
        by_dataset.setdefault(str(row["dataset"]), []).append(row)
    plans = _one_per_pattern([_plan_dataset(name, rows, subject) for name, rows in by_dataset.items()])
    _add_routes(plans, by_dataset, subject)
    return RightsPlan(subject, plans, _consents(fields, clauses, required))


def _plan_dataset(name: str, rows: list[dict[str, object]], subject: str) -> DatasetPlan:
    first = rows[0]
    kind, location = str(first["kind"] or ""), str(first["location"] or "")
    personal = sorted({str(r["field"]) for r in rows if r["is_primary"]})
    keys = sorted({str(r["field"]) for r in rows if r["category"] == subject and r["is_primary"]})
    plan = DatasetPlan(name, str(first["source"] or ""), kind, location, _engine(kind), keys, personal)
    if keys:
        add_statements(plan)
    return plan


def _one_per_pattern(plans: list[DatasetPlan]) -> list[DatasetPlan]:
    """Datasets named by a value (a file per person: `users/a***@e***.com.json`, `#2`, …) share
    one location pattern (`/data/users/*@*.json`): one plan serves them all, reading every file
    of the pattern, with the keys and personal fields of each."""
    kept: dict[tuple[str, str], DatasetPlan] = {}
    merged: list[DatasetPlan] = []
    for plan in plans:
        if not is_pattern(plan.location) or plan.is_database:
            merged.append(plan)
            continue
        first = kept.get((plan.location, plan.kind))
        if first is None:
            kept[(plan.location, plan.kind)] = plan
            merged.append(plan)
            continue
        first.key_fields = sorted({*first.key_fields, *plan.key_fields})
        first.personal_fields = sorted({*first.personal_fields, *plan.personal_fields})
        first.shared += 1
    for plan in kept.values():
        plan.access = plan.delete = plan.anonymise = plan.note = None
        if plan.key_fields:
            add_statements(plan)
    return merged


def add_statements(plan: DatasetPlan) -> None:
    """Fill in the access, delete and anonymise statements of a plan for its key fields."""
    if not plan.location:
        plan.note = "the catalog does not record where this dataset lives: rescan it with this version"
        return
    if plan.engine == "duckdb-file":
        _file_statements(plan)
    elif plan.engine == "duckdb-log":
        _log_statements(plan)
    else:
        _database_statements(plan)


def _engine(kind: str) -> str:
    if kind in FILE_READERS:
        return "duckdb-file"
    family, _, what = kind.rpartition("-")
    if what in ("table", "view") and family:
        return DIALECTS.get(family, family)
    return "duckdb-log"


def _quoted_path(path: str) -> str:
    return exp.Literal.string(path).sql(dialect="duckdb")


def _column(path: str, dialect: str) -> exp.Expression:
    """A field as a column reference; a dot path follows struct fields (DuckDB)."""
    parts = path.split(".")
    return exp.Column(this=exp.to_identifier(parts[0], quoted=True)) if len(parts) == 1 else \
        exp.Dot.build([exp.to_identifier(p, quoted=True) for p in parts])


def _matches(keys: list[str], dialect: str, *, as_text: bool) -> exp.Expression:
    """`key1 = :subject OR key2 = :subject` (compared as text over files, where types vary)."""
    condition: exp.Expression | None = None
    for key in keys:
        column = _column(key, dialect)
        if as_text:
            column = exp.cast(column, "VARCHAR")
        term = exp.EQ(this=column, expression=exp.Placeholder(this=PARAM))
        condition = term if condition is None else exp.or_(condition, term)
    assert condition is not None
    return condition


def _file_statements(plan: DatasetPlan) -> None:
    if is_pattern(plan.location):
        _pattern_statements(plan)
        return
    reader = FILE_READERS[plan.kind].format(path=_quoted_path(plan.location))
    where = _matches(plan.key_fields, "duckdb", as_text=True).sql(dialect="duckdb")
    plan.access = f"SELECT * FROM {reader} WHERE {where}"
    fmt = {"csv": "FORMAT csv, HEADER", "tsv": "FORMAT csv, HEADER, DELIMITER '\\t'", "parquet": "FORMAT parquet",
           "json": "FORMAT json, ARRAY true", "ndjson": "FORMAT json"}[plan.kind]
    target = _quoted_path(plan.location + ".datamap-new")
    plan.delete = (f"COPY (SELECT * FROM {reader} WHERE ({where}) IS NOT TRUE) TO {target} ({fmt})"
                   f" -- then replace the file with it")
    top = [f for f in plan.personal_fields if "." not in f and f not in plan.key_fields]
    nested = [f for f in plan.personal_fields if "." in f and f not in plan.key_fields]
    if top:
        replaced = ", ".join(f"CASE WHEN {where} THEN NULL ELSE {_ident(f)} END AS {_ident(f)}" for f in top)
        plan.anonymise = (f"COPY (SELECT * REPLACE ({replaced}) FROM {reader}) TO {target} ({fmt})"
                          f" -- then replace the file with it")
    else:
        plan.anonymise = plan.delete
    if nested:
        plan.note = f"nested fields kept by anonymisation (delete the rows instead): {', '.join(nested)}"


def _pattern_statements(plan: DatasetPlan) -> None:
    """A file per person (a location pattern): access reads every file of the pattern, its
    columns matched by name; delete and anonymise run on each file that holds the subject
    (`inventory.rights` finds them), a file holding no one else is removed by delete."""
    one = replace(plan, location="<file>", shared=1, note=None)
    _file_statements(one)
    reader = FILE_READERS[plan.kind].format(path=_quoted_path(plan.location) + ", union_by_name = true")
    where = _matches(plan.key_fields, "duckdb", as_text=True).sql(dialect="duckdb")
    plan.access = f"SELECT * FROM {reader} WHERE {where}"
    each = f"-- on each file of the pattern that holds the subject"
    plan.delete = f"{each} (removed when it holds no one else): {one.delete}"
    plan.anonymise = f"{each}: {one.anonymise}"
    plan.note = "; ".join(filter(None, [
        f"a file per person ({plan.shared} dataset(s) whose names hold a value, kept masked in the catalog)",
        one.note]))


def _ident(name: str, dialect: str = "duckdb") -> str:
    return exp.to_identifier(name, quoted=True).sql(dialect=dialect)


def log_pattern(subject_id: str) -> str:
    """An RE2 pattern matching a log line that holds `subject_id` as a whole token."""
    return f"(^|{_TOKEN_EDGE}){re.escape(subject_id)}($|{_TOKEN_EDGE})"


def log_reader(location: str) -> str:
    """Every line of a log and its rotated siblings (`access.log*`, compressed ones too)."""
    return (f"read_csv({_quoted_path(location + '*')}, columns = {{'line': 'VARCHAR'}}, header = false, "
            f"delim = '\\x1f', quote = '', escape = '', auto_detect = false, filename = true)")


def _log_statements(plan: DatasetPlan) -> None:
    reader = log_reader(plan.location)
    matches = f"regexp_matches(line, ${PARAM}_pattern)"
    plan.access = f"SELECT filename, line FROM {reader} WHERE {matches}"
    plan.delete = (f"COPY (SELECT line FROM {reader} WHERE NOT {matches}) TO {_quoted_path(plan.location)} "
                   f"(FORMAT csv, HEADER false, QUOTE '', DELIMITER '\\x1f') -- per file; rotated files alike")
    plan.anonymise = plan.delete
    plan.note = (f"a log is matched line by line: ${PARAM}_pattern is the subject as a whole token "
                 f"(catalog.rights.log_pattern); keys seen in it: {', '.join(plan.key_fields)}")


def _database_statements(plan: DatasetPlan) -> None:
    if is_pattern(plan.location):
        plan.note = (f"the table's name holds a value (kept masked in the catalog: {plan.location}): "
                     "find the subject's own table among the tables of that pattern")
        return
    try:
        schema, table = json.loads(plan.location)
    except (ValueError, TypeError):
        plan.note = f"unexpected table location {plan.location!r}"
        return
    nested = [k for k in plan.key_fields if "." in k]
    keys = [k for k in plan.key_fields if "." not in k]
    if not keys:
        plan.note = f"the key is inside a JSON column ({', '.join(nested)}): serve it with the database's JSON operators"
        return
    dialect = plan.engine
    target = exp.table_(exp.to_identifier(table, quoted=True), db=exp.to_identifier(schema, quoted=True))
    where = _matches(keys, dialect, as_text=False)
    plan.access = exp.select("*").from_(target).where(where).sql(dialect=dialect)
    plan.delete = exp.delete(target, where=where).sql(dialect=dialect)
    personal = [f for f in plan.personal_fields if "." not in f and f not in keys]
    if personal:
        plan.anonymise = exp.update(target, {_ident(f, dialect): exp.null() for f in personal},
                                    where=where, dialect=dialect).sql(dialect=dialect)
    else:
        plan.anonymise = plan.delete
    if nested:
        plan.note = f"keys inside JSON columns not used: {', '.join(nested)}"


def _add_routes(plans: list[DatasetPlan], by_dataset: dict[str, list[dict[str, object]]], subject: str) -> None:
    """For a dataset without the key: a served dataset that holds the key and an identifier
    this one holds too (users: account.id and device_id; events: device_id)."""
    identifiers = {name: {str(r["category"]): str(r["field"]) for r in rows
                          if r["is_primary"] and r["category"] in SUBJECT_CATEGORIES}
                   for name, rows in by_dataset.items()}
    served = [p for p in plans if p.served]
    for plan in plans:
        if plan.served:
            continue
        for hub in served:
            shared = sorted(set(identifiers[plan.dataset]) & set(identifiers[hub.dataset]) - {subject})
            if shared and hub.engine != "duckdb-log":  # a log line is no record to link through
                category = shared[0]
                plan.route = Route(hub.dataset, identifiers[hub.dataset][category],
                                   identifiers[plan.dataset][category], category)
                break


def _consents(fields: list[dict[str, object]], clauses: dict[str, str], required: dict[str, str]) -> list[ConsentGroup]:
    """Fields whose processing rests on a consent: declared in the data map, or required by
    the policy for their category (clause 8.2: withdrawn consent stops their processing)."""
    groups: dict[str, ConsentGroup] = {}
    for row in fields:
        consent = row["consent"] or required.get(str(row["category"]))
        if not consent or not row["is_primary"]:
            continue
        group = groups.setdefault(str(consent), ConsentGroup(str(consent), clauses.get(str(consent)), []))
        group.fields.append((str(row["dataset"]), str(row["field"]), str(row["category"])))
    return sorted(groups.values(), key=lambda g: g.consent)

