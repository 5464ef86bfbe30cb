"""Sequelize models and migrations (JavaScript or TypeScript): `sequelize.define("User", {…})`,
`User.init({…}, {…})` and sequelize-cli's `queryInterface.createTable("Users", {…})`.

JavaScript is not parsed as a whole: what defines a table is one call whose arguments are object
literals, so a scanner of brackets, strings and comments finds the attributes object's top-level
keys and their values (no maintained Python parser of JavaScript fits). A model's table is
`tableName`, else its name as given when `freezeTableName`, else that name in the plural
(Sequelize's default: `User` -> `Users`), in snake case when `underscored`; a column is `field:`,
else the attribute's name (in snake case when `underscored`); a model has Sequelize's `id`
unless an attribute is the primary key, and `createdAt`/`updatedAt` unless `timestamps: false`.
`type:` (or a bare `DataTypes.STRING`) gives the type, `comment:` describes the column,
`references: { model: "Users" }` says where a key points.
"""
from __future__ import annotations

import re

from catalog.checks.static_models import ModelColumn, ModelSchema, snake

_CALL = re.compile(r"\.(define|init|createTable)\s*\(")
_TYPE = re.compile(r"(?:DataTypes|Sequelize|DataType|S)\.([A-Z]+)")
_LEADING_COMMENTS = re.compile(r"^(?:\s*(?://[^\n]*(?:\n|$)|/\*.*?\*/))+", re.S)
_STRING = re.compile(r"""^\s*(['"`])((?:(?!\1).)*)\1""")
#: Sequelize data type -> SQL-like type
TYPES = {"STRING": "varchar", "CHAR": "char", "TEXT": "text", "CITEXT": "citext", "INTEGER": "integer",
         "BIGINT": "bigint", "SMALLINT": "smallint", "TINYINT": "smallint", "MEDIUMINT": "integer",
         "FLOAT": "real", "DOUBLE": "double precision", "REAL": "real", "DECIMAL": "numeric", "BOOLEAN": "boolean",
         "DATE": "timestamp", "DATEONLY": "date", "TIME": "time", "NOW": "timestamp", "UUID": "uuid",
         "UUIDV4": "uuid", "JSON": "json", "JSONB": "jsonb", "BLOB": "bytea", "ENUM": "enum", "ARRAY": "array",
         "INET": "inet", "CIDR": "cidr", "MACADDR": "macaddr", "GEOMETRY": "geometry", "GEOGRAPHY": "geography",
         "VIRTUAL": "virtual"}


def _arguments(text: str, start: int) -> tuple[list[str], int]:
    """The top-level arguments of the call whose `(` is at `start`, and the index after its `)`."""
    return _split(text, start)


def _split(text: str, start: int) -> tuple[list[str], int]:
    """The comma-separated parts of a bracketed list at `start`, skipping strings, comments and nesting."""
    parts, depth, i, begin = [], 0, start, start + 1
    while i < len(text):
        char = text[i]
        if char in "'\"`":
            end = i + 1
            while end < len(text) and text[end] != char:
                end += 2 if text[end] == "\\" else 1
            i = end + 1
            continue
        if text.startswith("//", i):
            i = text.find("\n", i) if text.find("\n", i) >= 0 else len(text)
            continue
        if text.startswith("/*", i):
            i = text.find("*/", i) + 2 if text.find("*/", i) >= 0 else len(text)
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                parts.append(text[begin:i])
                return [p for p in parts if p.strip()], i + 1
        elif char == "," and depth == 1:
            parts.append(text[begin:i])
            begin = i + 1
        i += 1
    return [p for p in parts if p.strip()], len(text)


def _entries(obj: str) -> dict[str, tuple[str, int]]:
    """The top-level `key: value` entries of an object literal's text, with each one's offset."""
    obj = obj.strip()
    if not obj.startswith("{"):
        return {}
    found: dict[str, tuple[str, int]] = {}
    at = 0
    for part in _split(obj, 0)[0]:
        at = obj.find(part, at)
        part = _LEADING_COMMENTS.sub("", part)  # `// the address receipts go to` above an attribute
        key, sep, value = part.partition(":")
        key = key.strip().strip("'\"`")
        if sep and re.fullmatch(r"[\w$]+", key):
            found[key] = (value.strip(), at + len(part) - len(part.lstrip()))
    return found


def _string(value: str | None) -> str | None:
    found = _STRING.match(value or "")
    return found.group(2) if found else None


def _plural(name: str) -> str:
    if name.endswith("y") and name[-2:-1].lower() not in tuple("aeiou"):
        return name[:-1] + "ies"
    return name + ("es" if name.endswith(("s", "x", "ch", "sh")) else "s")


def read_sequelize(text: str, path: str) -> ModelSchema:
    schema = ModelSchema()
    for call in _CALL.finditer(text):
        kind = call.group(1)
        arguments, _ = _arguments(text, call.end() - 1)
        line = text.count("\n", 0, call.start()) + 1
        if kind == "init":
            model = re.search(r"(\w+)\s*\.\s*init\s*\($", text[max(0, call.start() - 80):call.end()])
            name = model.group(1) if model else ""
            attributes, options = (arguments + ["", ""])[:2]
        else:
            name = _string(arguments[0]) if arguments else None
            attributes, options = (arguments[1:] + ["", ""])[:2]
            if name is None:
                schema.errors.append((line, f"{kind}(…) with a table name that is not a string literal: not read"))
                continue
        settings = _entries(options)
        if kind == "init" and not ("sequelize" in settings or "modelName" in settings or "tableName" in settings):
            continue  # some other `.init(`: not a Sequelize model
        fields = _entries(attributes)
        if not fields:
            schema.errors.append((line, f"{kind}(…) of {name or 'a model'}: its attributes are not an object literal"))
            continue
        underscored = settings.get("underscored", ("",))[0] == "true"
        name = _string(settings.get("modelName", ("",))[0]) or name
        if kind == "createTable":
            table = name
        else:
            table = _string(settings.get("tableName", ("",))[0]) or (
                name if settings.get("freezeTableName", ("",))[0] == "true" else _plural(name))
            table = snake(table) if underscored and not settings.get("tableName") else table
        schema.tables += 1
        start, first = call.end() - 1, len(schema.columns)
        keyed = False
        for attribute, (value, offset) in fields.items():
            found_at = text.find(attribute, start)
            column_line = text.count("\n", 0, found_at) + 1 if found_at >= 0 else line
            options_of = _entries(value)
            type_text = options_of.get("type", (value, 0))[0]
            typed = _TYPE.search(type_text)
            declared = TYPES.get(typed.group(1), typed.group(1).lower()) if typed else ""
            if declared == "virtual":
                continue  # computed in JavaScript, never stored
            references = _entries(options_of.get("references", ("", 0))[0])
            target = _string(references.get("model", ("",))[0]) if references else None
            keyed |= options_of.get("primaryKey", ("",))[0] == "true"
            schema.columns.append(ModelColumn(
                table=table, name=_string(options_of.get("field", ("",))[0]) or (snake(attribute) if underscored
                                                                                 else attribute),
                declared_type=declared, comment=_string(options_of.get("comment", ("",))[0]), line=column_line,
                references=target or "", unique=options_of.get("unique", ("",))[0] == "true"
                or options_of.get("primaryKey", ("",))[0] == "true"))
        if kind != "createTable":
            if not keyed:
                schema.columns.insert(first, ModelColumn(
                    table=table, name="id", declared_type="integer", line=line, unique=True))
            if settings.get("timestamps", ("",))[0] != "false":
                for stamp in ("createdAt", "updatedAt"):
                    schema.columns.append(ModelColumn(table=table, name=snake(stamp) if underscored else stamp,
                                                      declared_type="timestamp", line=line))
    return schema


def is_models_file(text: str) -> bool:
    """Whether a JavaScript or TypeScript file defines Sequelize models or tables."""
    return ("sequelize" in text.lower() or "queryInterface" in text) and bool(_CALL.search(text))
