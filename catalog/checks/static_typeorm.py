"""TypeORM entities (TypeScript classes decorated `@Entity`): the tables TypeORM synchronises.

TypeScript is not parsed as a whole: an entity is a class after `@Entity(…)`, and each column a
property after a column decorator (`@Column`, `@PrimaryGeneratedColumn`, `@CreateDateColumn`,
…), so a reader of decorators and the property each one precedes is enough (no maintained
Python parser of TypeScript fits). With TypeORM's default naming, a table is the name given to
`@Entity("…")` (or `{ name: "…" }`), else the class's name in snake case; a column is `name:`
of its options, else the property's name as written (`firstName`). `@ManyToOne`/`@OneToOne`
with `@JoinColumn({ name: "owner_id" })` (else `<property>Id`) is a key to the related entity's
table. `comment:` and `type:` of the options describe the column.
"""
from __future__ import annotations

import re

from catalog.checks.static_models import ModelColumn, ModelSchema, snake

_ENTITY = re.compile(r"@(?:Entity|ViewEntity)\s*\(\s*(?:(['\"`])([^'\"`]+)\1|\{[^}]*?name\s*:\s*(['\"`])([^'\"`]+)\3)?")
_CLASS = re.compile(r"\bclass\s+(\w+)")
_DECORATOR = re.compile(r"@(\w+)\s*\(")
_PROPERTY = re.compile(r"^\s*(?:(?:public|private|protected|readonly|declare|override)\s+)*(\w+)\s*[!?]?\s*:\s*([^;=]+)")
_OPTION = re.compile(r"(\w+)\s*:\s*(['\"`])((?:(?!\2).)*)\2")
_RELATED = re.compile(r"\(\s*\)\s*=>\s*(\w+)|['\"](\w+)['\"]")
COLUMNS = {"Column", "PrimaryGeneratedColumn", "PrimaryColumn", "CreateDateColumn", "UpdateDateColumn",
           "DeleteDateColumn", "VersionColumn", "ObjectIdColumn"}
RELATIONS = {"ManyToOne", "OneToOne"}
#: TypeScript type of a property -> SQL-like type, when the decorator gives none
TYPES = {"string": "varchar", "number": "integer", "boolean": "boolean", "Date": "timestamp", "bigint": "bigint",
         "Buffer": "bytea"}
_DEFAULT_TYPES = {"CreateDateColumn": "timestamp", "UpdateDateColumn": "timestamp", "DeleteDateColumn": "timestamp",
                  "VersionColumn": "integer"}


def _call_text(text: str, start: int) -> tuple[str, int]:
    """The argument text of a call whose `(` is at `start`, and the index after its `)`."""
    depth, i = 0, start
    while i < len(text):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:i], i + 1
        i += 1
    return text[start + 1:], len(text)


def read_typeorm(text: str, path: str) -> ModelSchema:
    schema = ModelSchema()
    entities: list[tuple[str, str, int, int]] = []  # class, table, start, end offsets
    for found in _ENTITY.finditer(text):
        klass = _CLASS.search(text, found.end())
        if klass is None:
            schema.errors.append((text.count("\n", 0, found.start()) + 1, "an @Entity with no class after it"))
            continue
        table = found.group(2) or found.group(4) or snake(klass.group(1))
        entities.append((klass.group(1), table, klass.end(), len(text)))
    entities = [(c, t, s, entities[i + 1][2] if i + 1 < len(entities) else e) for i, (c, t, s, e) in enumerate(entities)]
    tables = {klass: table for klass, table, _, _ in entities}
    for klass, table, start, end in entities:
        schema.tables += 1
        body, at, pending = text[start:end], 0, []
        while (found := _DECORATOR.search(body, at)) is not None:
            arguments, after = _call_text(body, found.end() - 1)
            pending.append((found.group(1), arguments))
            at = after
            rest = body[after:].lstrip()
            if rest.startswith("@"):
                continue  # another decorator of the same property
            prop = _PROPERTY.match(rest.split("\n", 1)[0])
            kinds = {name for name, _ in pending}
            line = text.count("\n", 0, start + after + (len(body[after:]) - len(rest))) + 1
            if prop is None:
                if kinds & (COLUMNS | RELATIONS):
                    schema.errors.append((line, f"a column decorator of entity {klass} with no property after it"))
                pending = []
                continue
            name, ts_type = prop.group(1), prop.group(2).strip()
            options = dict((k, v) for k, _, v in _OPTION.findall(" ".join(a for _, a in pending)))
            column_kind = next((k for k, _ in pending if k in COLUMNS), None)
            if column_kind is not None:
                declared = options.get("type") or _DEFAULT_TYPES.get(column_kind) or TYPES.get(
                    ts_type.split("|")[0].strip(), "")
                first = next((a for k, a in pending if k == column_kind), "")
                positional = re.match(r"\s*(['\"])(\w+)\1", first)  # `@Column("varchar", …)`
                declared = positional.group(2) if positional and not options.get("type") else declared
                schema.columns.append(ModelColumn(
                    table=table, name=options.get("name") or name, declared_type=declared.lower(),
                    comment=options.get("comment"), line=line,
                    unique=column_kind.startswith("Primary") or "unique: true" in first))
            elif kinds & RELATIONS:
                relation = next(a for k, a in pending if k in RELATIONS)
                related = _RELATED.search(relation)
                target = (related.group(1) or related.group(2)) if related else ""
                join = next((a for k, a in pending if k == "JoinColumn"), None)
                joined = dict((k, v) for k, _, v in _OPTION.findall(join or ""))
                schema.columns.append(ModelColumn(
                    table=table, name=joined.get("name") or f"{name}Id", declared_type="integer", line=line,
                    references=tables.get(target, snake(target) if target else "")))
            pending = []
    return schema


def is_models_file(text: str) -> bool:
    """Whether a TypeScript file defines TypeORM entities (read when a folder is walked)."""
    return "@Entity(" in text and "typeorm" in text
