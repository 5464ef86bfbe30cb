"""GORM models (Go structs with `gorm:"…"` tags or an embedded `gorm.Model`): the tables
`AutoMigrate` would create.

Go is not parsed as a whole: struct declarations are line-based (`Name Type `tags``, one field a
line), so a small reader of `type X struct { … }` blocks is enough (no maintained Python parser of
Go fits). A struct is a model when it embeds `gorm.Model` or a field carries a `gorm` tag. Its
table is what its `TableName()` method returns, else GORM's naming: the struct's name in snake
case, plural (`UserProfile` -> `user_profiles`). A column is `column:` of the tag, else the
field's name in snake case with Go's initialisms kept whole (`IPAddress` -> `ip_address`,
`UserID` -> `user_id`); `type:` and `comment:` of the tag give its type and description; `-` is
no column. A field whose type is another model (or a slice of one) is a relation: it says that
`<Field>ID` points to that model's table. `gorm.Model` is `id`, `created_at`, `updated_at`,
`deleted_at`; an `embedded` struct's fields are the model's own (with `embeddedPrefix`).
"""
from __future__ import annotations

import re

from catalog.checks.static_models import ModelColumn, ModelSchema, snake

_STRUCT = re.compile(r"^\s*type\s+([A-Z]\w*)\s+struct\s*\{\s*(//.*)?$")
_FIELD = re.compile(r"^\s*([A-Za-z_]\w*)(?:\s+([\w.*\[\]]+))?\s*(`[^`]*`)?\s*(//.*)?$")
_TABLE_NAME = re.compile(r"func\s*\(\s*(?:\w+\s+)?\*?\s*(\w+)\s*\)\s*TableName\s*\(\s*\)\s*string\s*\{\s*return\s*\"([^\"]+)\"",
                         re.S)
_TAG = re.compile(r'(\w+):"((?:[^"\\]|\\.)*)"')
#: Go type -> SQL-like type (GORM's defaults)
TYPES = {"string": "varchar", "bool": "boolean", "int": "bigint", "int8": "smallint", "int16": "smallint",
         "int32": "integer", "int64": "bigint", "uint": "bigint", "uint8": "smallint", "uint16": "smallint",
         "uint32": "integer", "uint64": "bigint", "float32": "real", "float64": "double precision",
         "time.Time": "timestamp", "[]byte": "bytea", "sql.NullString": "varchar", "sql.NullInt64": "bigint",
         "sql.NullBool": "boolean", "sql.NullTime": "timestamp", "sql.NullFloat64": "double precision",
         "gorm.DeletedAt": "timestamp", "datatypes.JSON": "json", "uuid.UUID": "uuid", "net.IP": "inet",
         "decimal.Decimal": "numeric", "json.RawMessage": "json", "datatypes.Date": "date"}
_IRREGULAR = {"person": "people", "child": "children", "man": "men", "woman": "women", "datum": "data"}


def plural(name: str) -> str:
    head, _, last = name.rpartition("_")
    if last in _IRREGULAR:
        word = _IRREGULAR[last]
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        word = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head}_{word}" if head else word


def _tag(tags: str | None) -> dict[str, str]:
    """The `gorm:"column:ip;type:inet;comment:…"` settings of a field's tags, by key."""
    found = dict(_TAG.findall(tags or ""))
    settings: dict[str, str] = {}
    for part in found.get("gorm", "").split(";"):
        key, _, value = part.partition(":")
        if key.strip():
            settings[key.strip().lower()] = value.strip()
    if found.get("gorm", None) == "-":
        settings["-"] = ""
    return settings


def _structs(text: str) -> dict[str, tuple[int, list[tuple[int, str]]]]:
    """struct name -> (line, [(line, field line)]) of every top-level struct declaration."""
    structs: dict[str, tuple[int, list[tuple[int, str]]]] = {}
    current: list[tuple[int, str]] | None = None
    depth = 0
    for number, line in enumerate(text.splitlines(), 1):
        if current is None:
            opened = _STRUCT.match(line)
            if opened:
                current = []
                structs[opened.group(1)] = (number, current)
                depth = 1
            continue
        code = line.split("//", 1)[0] if "`" not in line else line
        depth += code.count("{") - code.count("}")
        if depth <= 0:
            current = None
            continue
        if depth == 1 and code.strip():
            current.append((number, line.strip()))
    return structs


def read_gorm(text: str, path: str) -> ModelSchema:
    schema = ModelSchema()
    structs = _structs(text)
    names = dict(_TABLE_NAME.findall(text))

    def is_model(body: list[tuple[int, str]]) -> bool:
        return any("gorm.Model" in field or 'gorm:"' in field for _, field in body)

    models = {name for name, (_, body) in structs.items() if is_model(body)}
    tables = {name: names.get(name) or plural(snake(name)) for name in models}

    def fields(name: str, prefix: str, seen: frozenset[str]) -> list[tuple[int, str, str, dict[str, str], str]]:
        """(line, column, Go type, tag settings, field name) of a struct, embedded ones expanded."""
        found = []
        for number, field in structs[name][1]:
            if field.startswith("gorm.Model"):
                found += [(number, prefix + c, t, {}, c) for c, t in
                          (("id", "uint"), ("created_at", "time.Time"), ("updated_at", "time.Time"),
                           ("deleted_at", "gorm.DeletedAt"))]
                continue
            parts = _FIELD.match(field)
            if not parts:
                schema.errors.append((number, f"a line of struct {name} is not a Go field: {field[:60]!r}"))
                continue
            field_name, kind, tags, _ = parts.groups()
            settings = _tag(tags)
            if "-" in settings:
                continue
            if kind is None:  # an embedded struct: its fields are this one's
                if field_name in structs and field_name not in seen:
                    found += fields(field_name, prefix, seen | {name})
                continue
            bare = kind.lstrip("*[]")
            if bare in structs and bare not in seen and "embedded" in settings:
                found += fields(bare, prefix + settings.get("embeddedprefix", ""), seen | {name})
                continue
            found.append((number, prefix + (settings.get("column") or snake(field_name)), kind, settings, field_name))
        return found

    for name in sorted(models, key=lambda n: structs[n][0]):
        table = tables[name]
        schema.tables += 1
        own = fields(name, "", frozenset())
        relations = {field_name: kind.lstrip("*[]") for _, _, kind, _, field_name in own
                     if kind.lstrip("*[]") in models}
        pointed = {f"{field_name}ID": tables[target] for field_name, target in relations.items()}
        for number, column, kind, settings, field_name in own:
            if field_name in relations or kind.lstrip("*[]") in structs:
                continue  # a relation, or a struct GORM serialises only when told how (`serializer:`)
            declared = settings.get("type") or TYPES.get(kind.lstrip("*"), "")
            if kind.startswith("[]") and kind != "[]byte":
                declared = settings.get("type", "array")
            schema.columns.append(ModelColumn(
                table=table, name=column, declared_type=declared.lower(), comment=settings.get("comment") or None,
                line=number, references=pointed.get(field_name, ""),
                unique="primarykey" in settings or "uniqueindex" in settings or "unique" in settings
                or column == "id"))
    return schema


def is_models_file(text: str) -> bool:
    """Whether a Go file defines GORM models (read when a folder is walked)."""
    return 'gorm:"' in text or "gorm.Model" in text
