"""Prisma schemas (`schema.prisma`, or a folder of `.prisma` files): the tables of each `model`.

No maintained Python parser of the Prisma schema language fits (the Prisma engines are Rust and
Node), and the language is line-based: each field is `name Type[?|[]] @attributes` on its own
line. A model's table is `@@map("…")` or the model's name; a column's name is `@map("…")` or the
field's. Fields whose type is another model are relations, not columns: their
`@relation(fields: [userId], references: [id])` says which table `userId` points to. `///`
comments above a field or model describe it (`//` comments are the writer's, not the schema's).
A line of a model that is neither a field nor an attribute is an error of its own; the other
lines are still read.
"""
from __future__ import annotations

import re

from catalog.checks.static_models import ModelColumn, ModelSchema, describe

_BLOCK = re.compile(r"^\s*(model|view|enum|type|datasource|generator)\s+(\w+)\s*\{\s*(?://.*)?$")
_FIELD = re.compile(r"^\s*(\w+)\s+(\w+)(\(\s*\"[^\"]*\"\s*\))?(\[\])?(\?)?(.*)$")
_MAP = re.compile(r"@map\(\s*(?:name:\s*)?\"([^\"]*)\"")
_TABLE_MAP = re.compile(r"^\s*@@map\(\s*(?:name:\s*)?\"([^\"]*)\"")
_NATIVE = re.compile(r"@db\.(\w+)(\([^)]*\))?")
_RELATION_FIELDS = re.compile(r"@relation\([^)]*fields:\s*\[([^\]]*)\]")
#: Prisma scalar -> SQL-like type (a native `@db.…` type is more precise and wins)
TYPES = {"String": "text", "Int": "integer", "BigInt": "bigint", "Float": "double precision",
         "Decimal": "numeric", "Boolean": "boolean", "DateTime": "timestamp", "Json": "jsonb",
         "Bytes": "bytea", "Unsupported": ""}
NATIVE = {"Citext": "citext", "Uuid": "uuid", "Text": "text", "VarChar": "varchar", "Inet": "inet",
          "Timestamp": "timestamp", "Timestamptz": "timestamptz", "Date": "date", "Time": "time"}


def _strip_comment(line: str) -> str:
    """The line without a trailing `// comment` (never inside a string)."""
    out, quoted = [], False
    for i, char in enumerate(line):
        if char == '"' and (i == 0 or line[i - 1] != "\\"):
            quoted = not quoted
        if not quoted and line.startswith("//", i):
            break
        out.append(char)
    return "".join(out).rstrip()


def _blocks(text: str) -> list[tuple[str, str, int, list[tuple[int, str, str | None]]]]:
    """(kind, name, line, [(line, body line, its /// doc)]) of every top-level block."""
    blocks: list[tuple[str, str, int, list[tuple[int, str, str | None]]]] = []
    current: list[tuple[int, str, str | None]] | None = None
    doc: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if stripped.startswith("///"):
            doc.append(stripped[3:].strip())
            continue
        line = _strip_comment(raw)
        if not line.strip():
            if not stripped:
                doc = []
            continue
        if current is None:
            opened = _BLOCK.match(line)
            if opened:
                current = []
                blocks.append((opened.group(1), opened.group(2), number, current))
                current.append((number, "", describe(*doc)))  # the block's own doc
            else:
                blocks.append(("?", line.strip()[:60], number, []))
        elif line.strip() == "}":
            current = None
        else:
            current.append((number, line.strip(), describe(*doc)))
        doc = []
    return blocks


def read_prisma(text: str, path: str, models: dict[str, str] | None = None) -> ModelSchema:
    """The tables and columns of one `.prisma` file. `models`: model -> table of every file of
    the schema (a folder schema's relations point across files); this file's own are added."""
    schema = ModelSchema()
    blocks = _blocks(text)
    known = dict(models or {})
    known.update(table_names(text))
    enums = {name for kind, name, _, _ in blocks if kind == "enum"}
    composites = {name for kind, name, _, _ in blocks if kind == "type"}  # MongoDB's embedded documents
    for kind, name, line, body in blocks:
        if kind == "?":
            schema.errors.append((line, f"not a Prisma block (model, enum, datasource, …): {name!r}"))
            continue
        if kind not in ("model", "view"):
            continue
        table = known.get(name, name)
        schema.tables += 1
        pointed: dict[str, str] = {}
        fields: list[tuple[int, str, str, str, str | None]] = []  # line, field, type, rest, doc
        for number, field, doc in body[1:]:
            if field.startswith("@@"):
                continue
            found = _FIELD.match(field)
            if not found:
                schema.errors.append((number, f"a line of model {name} is not a Prisma field: {field[:60]!r}"))
                continue
            field_name, type_name, _, _, _, rest = found.groups()
            if type_name in known and type_name not in TYPES:  # a relation: which table its keys point to
                keys = _RELATION_FIELDS.search(rest)
                for key in (keys.group(1).split(",") if keys else []):
                    pointed[key.strip()] = known[type_name]
                continue
            fields.append((number, field_name, type_name, rest, doc))
        for number, field_name, type_name, rest, doc in fields:
            if type_name not in TYPES and type_name not in enums and type_name not in composites:
                schema.errors.append((number, f"field {name}.{field_name}: type {type_name} is no scalar, enum or "
                                              "model of the schema files read"))
                continue
            native = _NATIVE.search(rest)
            declared = "enum" if type_name in enums else "jsonb" if type_name in composites else TYPES[type_name]
            if native:
                declared = NATIVE.get(native.group(1), native.group(1).lower()) + (native.group(2) or "")
            mapped = _MAP.search(rest)
            schema.columns.append(ModelColumn(
                table=table, name=mapped.group(1) if mapped else field_name, declared_type=declared,
                comment=doc, line=number, references=pointed.get(field_name, ""),
                unique="@id" in rest or "@unique" in rest))
    return schema


def table_names(text: str) -> dict[str, str]:
    """model -> table (its `@@map`, else its name) of the models of one file."""
    names: dict[str, str] = {}
    for kind, name, _, body in _blocks(text):
        if kind in ("model", "view"):
            mapped = next((m.group(1) for _, field, _ in body if (m := _TABLE_MAP.match(field))), None)
            names[name] = mapped or name
    return names
