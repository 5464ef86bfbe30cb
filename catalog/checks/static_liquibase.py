"""Liquibase changelogs: the schema changes a Java (or any JVM) team writes as XML or YAML.

A changelog is a list of change sets, each a list of changes (`createTable` with its columns,
`addColumn`, `renameColumn`, `dropTable`, `addForeignKeyConstraint`, `sql`, `createView`, …).
This module reads them into `Change`s in the order Liquibase runs them; `static.py` turns those
into the columns the gate checks, as it does for SQL migrations. A change set's `<rollback>` is
what undoes it and is never read as run; its preconditions create nothing.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from xml.parsers import expat
from dataclasses import dataclass, field
from xml.parsers.expat import ExpatError

#: a changelog's root element (XML) or top-level key (YAML, JSON)
ROOT = "databaseChangeLog"
#: a DOCTYPE that declares entities could expand without bound (or reach outside the file):
#: Liquibase's own changelogs never need one, so such a file is not read
_ENTITY = re.compile(rb"<!ENTITY", re.I)
#: attribute of a parsed element holding the line it starts on (no XML attribute has braces)
_LINE = "{datamap}line"
#: parts of a change set that are not changes run forward
_NOT_RUN = {"rollback", "preConditions", "comment", "validCheckSum"}


@dataclass(frozen=True)
class ChangeColumn:
    """A column a change defines (or names, for `dropColumn`)."""

    name: str
    type: str = ""
    remarks: str | None = None
    #: (table, column) a `references="users(id)"` or `referencedTableName` constraint points to
    references: tuple[str, str] | None = None
    unique: bool = False
    line: int = 1


@dataclass(frozen=True)
class Change:
    """One change of a change set: its kind (`createTable`, …), attributes, columns and the SQL
    it carries (`sql`'s body, `createView`'s query)."""

    kind: str
    attributes: dict[str, str]
    columns: tuple[ChangeColumn, ...] = ()
    line: int = 1
    text: str = ""
    where: str = field(default="", compare=False)  # `dbms` the change set is limited to, if any


def is_changelog(head: bytes) -> bool:
    """Whether an XML file's first bytes open a Liquibase changelog (a folder holds other XML:
    build files, ORM mappings, IDE settings)."""
    return ROOT.encode() in head


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parse(text: str) -> ET.Element:
    """The changelog's element tree, each element with the line it starts on (expat reports it;
    ElementTree's own parser does not)."""
    if _ENTITY.search(text.encode("utf-8", "replace")):
        raise ValueError("a Liquibase changelog with a DOCTYPE declaring entities: not read")
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[ET.Element] = []
    done: list[ET.Element] = []

    def start(name: str, attributes: dict[str, str]) -> None:
        element = ET.Element(name, attributes)
        element.set(_LINE, str(parser.CurrentLineNumber))
        if stack:
            stack[-1].append(element)
        stack.append(element)

    def end(name: str) -> None:
        done.append(stack.pop())

    def characters(data: str) -> None:
        if stack and not len(stack[-1]):  # an element's own text (a `<sql>` body), not a child's tail
            stack[-1].text = (stack[-1].text or "") + data

    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, characters
    # (an encoding declaration is for bytes: the text is already decoded)
    parser.Parse(re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1), True)
    if not done:
        raise ValueError("not a Liquibase changelog: no element")
    return done[-1]


def _line(element: ET.Element) -> int:
    return int(element.get(_LINE, "1"))


def _reference(text: str | None) -> tuple[str, str] | None:
    """`users(id)`, `public.users(id)` -> ("users", "id")."""
    found = re.match(r"\s*([\w$.\"`\[\]]+)\s*(?:\(\s*([\w$\"`\[\]]+)\s*\))?", text or "")
    return (found.group(1), found.group(2) or "") if found else None


def _xml_column(element: ET.Element) -> ChangeColumn:
    references, unique = None, False
    for constraint in element:
        if _local(constraint.tag) != "constraints":
            continue
        if constraint.get("referencedTableName"):
            references = (constraint.get("referencedTableName", ""), constraint.get("referencedColumnNames", ""))
        elif constraint.get("references"):
            references = _reference(constraint.get("references"))
        unique = unique or constraint.get("primaryKey") == "true" or constraint.get("unique") == "true"
    remarks = element.get("remarks") or None
    return ChangeColumn(name=element.get("name", ""), type=element.get("type", ""), remarks=remarks,
                        references=references, unique=unique, line=_line(element))


def changes_from_xml(text: str) -> list[Change]:
    """The changes of an XML changelog, in order; ValueError (one line) if it is not XML."""
    try:
        root = _parse(text)
    except ExpatError as exc:
        raise ValueError(f"not a well-formed Liquibase XML changelog: {exc}") from None
    if _local(root.tag) != ROOT:
        raise ValueError(f"not a Liquibase changelog (its root element is <{_local(root.tag)}>)")
    changes: list[Change] = []
    for change_set in root:
        if _local(change_set.tag) != "changeSet":
            continue
        where = change_set.get("dbms", "")
        for element in change_set:
            kind = _local(element.tag)
            if kind in _NOT_RUN or not kind:
                continue
            attributes = {k: v for k, v in element.attrib.items() if k != _LINE}
            columns = tuple(_xml_column(c) for c in element if _local(c.tag) == "column")
            body = element.text or ""
            if kind == "createView":
                body = element.text or attributes.get("selectQuery", "")
            changes.append(Change(kind, attributes, columns, _line(element), body.strip(), where))
    return changes


def _yaml_column(entry: object) -> ChangeColumn | None:
    column = entry.get("column") if isinstance(entry, dict) else None
    if not isinstance(column, dict) or not column.get("name"):
        return None
    constraints = column.get("constraints") if isinstance(column.get("constraints"), dict) else {}
    references = None
    if constraints.get("referencedTableName"):
        references = (str(constraints["referencedTableName"]), str(constraints.get("referencedColumnNames", "")))
    elif constraints.get("references"):
        references = _reference(str(constraints["references"]))
    return ChangeColumn(name=str(column["name"]), type=str(column.get("type", "")),
                        remarks=str(column["remarks"]) if column.get("remarks") else None, references=references,
                        unique=constraints.get("primaryKey") is True or constraints.get("unique") is True)


def changes_from_data(data: dict) -> list[Change]:
    """The changes of a YAML or JSON changelog (already loaded), in order."""
    changes: list[Change] = []
    for item in data.get(ROOT) or []:
        change_set = item.get("changeSet") if isinstance(item, dict) else None
        if not isinstance(change_set, dict):
            continue
        for entry in change_set.get("changes") or []:
            if not isinstance(entry, dict) or len(entry) != 1:
                continue
            (kind, body), = entry.items()
            if not isinstance(body, dict):
                continue
            attributes = {k: str(v) for k, v in body.items() if not isinstance(v, (dict, list))}
            columns = tuple(c for c in map(_yaml_column, body.get("columns") or []) if c is not None)
            text = str(body.get("sql") or body.get("selectQuery") or "")
            changes.append(Change(kind, attributes, columns, 1, text.strip(), str(change_set.get("dbms", ""))))
    return changes


def names(attribute: str | None) -> list[str]:
    """`baseColumnNames="a, b"` -> ["a", "b"]."""
    return [part.strip() for part in (attribute or "").split(",") if part.strip()]


def qualified(attributes: dict[str, str], key: str = "tableName") -> str:
    """A change's table with its schema, as SQL would write it (`schemaName` is apart)."""
    table = attributes.get(key, "")
    schema = attributes.get("schemaName", "")
    return f"{schema}.{table}" if schema and table else table
