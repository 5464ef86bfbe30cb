"""Rails schemas: `db/schema.rb` (what `rails db:schema:dump` writes) and migrations in `db/migrate`.

Ruby is not parsed as a whole: the schema DSL is line-based (`create_table "users" do |t|`, one
`t.string "email", comment: "…"` per column, `end`), so a small tokenizer of its lines is enough
(no maintained Python parser of Ruby fits). A table has Rails' `id` unless `id: false`;
`t.references :user` (or `t.belongs_to`) is `user_id` (and `user_type` when polymorphic);
`t.timestamps` is `created_at` and `updated_at`; `comment:` describes a column;
`add_foreign_key "petitions", "admin_users", column: "locked_by_id"` says where a key points;
`add_column :users, :email, :string` and a migration's `change_table :users do |t| t.string
:email … end` add columns. A line inside `create_table` that is not
understood is an error of its own; the rest is still read.
"""
from __future__ import annotations

import re
from pathlib import Path

from catalog.checks.static_models import ModelColumn, ModelSchema

_STRING = r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|:\w+"
_CREATE = re.compile(rf"^\s*create_table\s*\(?\s*({_STRING})(.*?)\s+do\s*\|\s*(\w+)\s*\|\s*$")
#: `change_table :users do |t|` (a migration's): the block's `t.string :email` lines add columns
#: to an existing table (its `t.remove`, `t.rename`, `t.change` lines add none)
_CHANGE = re.compile(rf"^\s*change_table\s*\(?\s*({_STRING})(.*?)\s+do\s*\|\s*(\w+)\s*\|\s*$")
_COLUMN = re.compile(rf"^\s*(\w+)\.(\w+)\b\s*\(?\s*(.*)$")
_ADD_COLUMN = re.compile(rf"^\s*add_column\s*\(?\s*({_STRING})\s*,\s*({_STRING})\s*,\s*({_STRING})(.*)$")
_FOREIGN_KEY = re.compile(rf"^\s*add_foreign_key\s*\(?\s*({_STRING})\s*,\s*({_STRING})(.*)$")
_OPTION = re.compile(rf"(\w+):\s*({_STRING}|[\w.]+)")
_NAME = re.compile(_STRING)
#: Rails column type -> SQL-like type (for the gate's type rules)
TYPES = {"string": "varchar", "text": "text", "integer": "integer", "bigint": "bigint", "float": "double precision",
         "decimal": "numeric", "numeric": "numeric", "boolean": "boolean", "datetime": "timestamp",
         "timestamp": "timestamp", "timestamptz": "timestamptz", "date": "date", "time": "time",
         "binary": "bytea", "blob": "blob", "json": "json", "jsonb": "jsonb", "uuid": "uuid", "inet": "inet",
         "cidr": "cidr", "macaddr": "macaddr", "citext": "citext", "hstore": "hstore", "serial": "integer",
         "bigserial": "bigint", "interval": "interval", "money": "money", "point": "point",
         "virtual": "", "enum": "enum", "halfvec": "vector", "vector": "vector", "tsvector": "tsvector",
         "ltree": "ltree", "xml": "xml", "bit": "bit", "daterange": "daterange", "tsrange": "tsrange",
         "int4range": "int4range", "oid": "oid", "geography": "geography", "geometry": "geometry",
         "st_point": "geometry", "smallint": "smallint", "primary_key": "bigint", "column": ""}
#: lines of a `create_table` block that define no column
_NOT_COLUMNS = {"index", "check_constraint", "exclusion_constraint", "unique_constraint", "remove", "rename",
                "change", "foreign_key", "remove_index", "remove_references", "change_default", "timestamps",
                "references", "belongs_to"}


def _unquote(token: str) -> str:
    if token.startswith(":"):
        return token[1:]
    body = token[1:-1]
    return body.replace('\\"', '"').replace("\\'", "'").replace("\\n", "\n").replace("\\\\", "\\")


def _options(text: str) -> dict[str, str]:
    return {key: _unquote(value) if value[:1] in "\"':" else value for key, value in _OPTION.findall(text)}


def _singular(table: str) -> str:
    if table.endswith("ies"):
        return table[:-3] + "y"
    if table.endswith(("ses", "xes", "ches", "shes")):
        return table[:-2]
    return table[:-1] if table.endswith("s") else table


def _plural(name: str) -> str:
    if name.endswith("y") and name[-2:-1] not in "aeiou":
        return name[:-1] + "ies"
    return name + ("es" if name.endswith(("s", "x", "ch", "sh")) else "s")


def _declared(kind: str, options: dict[str, str]) -> str:
    declared = TYPES.get(kind, kind)
    if kind == "virtual" and "type" in options:
        declared = TYPES.get(options["type"], options["type"])
    if declared == "varchar" and options.get("limit", "").isdigit():
        declared = f"varchar({options['limit']})"
    if options.get("array") == "true":
        declared += "[]"
    return declared


def read_rails(text: str, path: str) -> ModelSchema:
    schema = ModelSchema()
    table: str | None = None
    var = "t"
    depth = 0  # `do … end` blocks opened inside a create_table (rare: a `t.index … do` never is)
    for number, line in enumerate(text.splitlines(), 1):
        code = line.split("#", 1)[0] if '"' not in line and "'" not in line else line
        if not code.strip():
            continue
        if table is None:
            created = _CREATE.match(code)
            if created:
                table, var = _unquote(created.group(1)), created.group(3)
                options = _options(created.group(2))
                schema.tables += 1
                if options.get("id") != "false":
                    kind = options.get("id", "bigint") if options.get("id") not in (None, "true") else "bigint"
                    schema.columns.append(ModelColumn(table=table, name=options.get("primary_key", "id"),
                                                      declared_type=TYPES.get(kind, kind), line=number, unique=True))
                continue
            changed = _CHANGE.match(code)
            if changed:
                table, var = _unquote(changed.group(1)), changed.group(3)
                schema.tables += 1  # (a statement read; the table and its `id` are another's)
                continue
            added = _ADD_COLUMN.match(code)
            if added:
                options = _options(added.group(4))
                kind = _unquote(added.group(3))
                schema.columns.append(ModelColumn(table=_unquote(added.group(1)), name=_unquote(added.group(2)),
                                                  declared_type=_declared(kind, options),
                                                  comment=options.get("comment"), line=number))
                continue
            foreign = _FOREIGN_KEY.match(code)
            if foreign:
                source, target = _unquote(foreign.group(1)), _unquote(foreign.group(2))
                column = _options(foreign.group(3)).get("column") or f"{_singular(target)}_id"
                schema.columns = [c if not (c.table == source and c.name == column) else
                                  ModelColumn(c.table, c.name, c.declared_type, c.comment, c.line, target, c.unique, c.default)
                                  for c in schema.columns]
            continue
        stripped = code.strip()
        if stripped == "end":
            if depth:
                depth -= 1
                continue
            table = None
            continue
        if re.search(r"\bdo(\s*\|[^|]*\|)?\s*$", stripped):
            depth += 1
        found = _COLUMN.match(code)
        if not found or found.group(1) != var:
            schema.errors.append((number, f"a line of create_table {table!r} is not a column: {stripped[:60]!r}"))
            continue
        kind, rest = found.group(2), found.group(3)
        names = []
        for token in _NAME.finditer(rest):  # the column names before the first `option:`
            if rest[:token.start()].rstrip().endswith(":") or re.search(r"\w+:\s*$", rest[:token.start()]):
                break
            names.append(_unquote(token.group(0)))
        options = _options(rest)
        if kind == "timestamps":
            names, kind = ["created_at", "updated_at"], "datetime"
        if kind in ("references", "belongs_to"):
            for name in names:
                target = options.get("to_table") or _plural(name)
                schema.columns.append(ModelColumn(table=table, name=f"{name}_id",
                                                  declared_type=TYPES.get(options.get("type", "bigint"), "bigint"),
                                                  comment=options.get("comment"), line=number,
                                                  references="" if options.get("polymorphic") == "true" else target))
                if options.get("polymorphic") == "true":
                    schema.columns.append(ModelColumn(table=table, name=f"{name}_type", declared_type="varchar",
                                                      line=number))
            continue
        if kind in _NOT_COLUMNS:
            continue
        if not names:
            schema.errors.append((number, f"a column of create_table {table!r} without a name: {stripped[:60]!r}"))
            continue
        for name in names:
            schema.columns.append(ModelColumn(table=table, name=name, declared_type=_declared(kind, options),
                                              comment=options.get("comment"), line=number,
                                              default=options.get("default", "")))
    if table is not None:
        schema.errors.append((len(text.splitlines()), f"create_table {table!r} is not closed by `end`"))
    return schema


def is_rails_schema(file: Path) -> bool:
    """Whether a Ruby file is one the gate reads: a `schema.rb`, or a migration of `db/migrate`
    when no `db/schema.rb` beside it says what the migrations add up to (they also rename and
    drop, which only the dump shows done)."""
    if file.name == "schema.rb" or (file.name.endswith("_schema.rb") and file.parent.name == "db"):
        return True  # (also a second database's dump: Rails 8's db/cache_schema.rb, db/queue_schema.rb)
    return file.parent.name == "migrate" and not (file.parent.parent / "schema.rb").is_file()
