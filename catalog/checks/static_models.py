"""What an ORM's schema file defines, in one shape for every reader (Django, SQLAlchemy, Prisma,
Rails `schema.rb`): the tables and columns as the database holds them, with a SQL-like type
(so that the gate's type rules apply as they do to DDL), a description, a line and the table a
foreign key points to. `static.py` turns these into the columns it checks.

A reader never raises on bad input: what it cannot understand is an error of its own, (line,
one-line reason), and the rest of the file is still read.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ModelColumn:
    table: str  # the table's name in the database (`db_table`, `__tablename__`, `@@map`)
    name: str  # the column's name in the database (`db_column`, `@map`, a foreign key's `_id`)
    declared_type: str = ""  # SQL-like: varchar(100), text, inet, boolean, timestamp, …
    comment: str | None = None  # verbose_name / help_text, `doc=`/`comment=`, `///`, `comment:`
    line: int = 1
    references: str = ""  # the table a foreign key points to
    unique: bool = False
    default: str = ""  # a string default (`default: "pending"`): says what kind of value it is


@dataclass
class ModelSchema:
    columns: list[ModelColumn] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, one-line reason)
    tables: int = 0


def python_module(text: str, schema: ModelSchema) -> ast.Module | None:
    """The parsed Python file, or None with the syntax error recorded (one line)."""
    try:
        return ast.parse(text)
    except SyntaxError as exc:
        schema.errors.append((exc.lineno or 1, f"not valid Python ({exc.msg}): no model in this file was read"))
    except ValueError as exc:  # null bytes
        schema.errors.append((1, f"not valid Python ({exc}): no model in this file was read"))
    return None


def dotted(node: ast.AST) -> str:
    """`models.CharField` for an attribute chain, `Column` for a name, "" otherwise."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = dotted(node.value)
        return f"{head}.{node.attr}" if head else node.attr
    return ""


def text_of(node: ast.AST | None) -> str | None:
    """A string literal, also inside a gettext call (`_("First name")`, `gettext_lazy(…)`) or an
    implicit concatenation; None for anything computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and node.args and dotted(node.func).rsplit(".", 1)[-1] in GETTEXT:
        return text_of(node.args[0])
    if isinstance(node, ast.JoinedStr):
        return None
    return None


GETTEXT = {"_", "gettext", "gettext_lazy", "ugettext", "ugettext_lazy", "pgettext_lazy", "lazy_gettext", "N_"}


def keyword(call: ast.Call, name: str) -> ast.AST | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def is_true(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def describe(*parts: str | None) -> str | None:
    """Descriptions joined as one ("First name. Shown on the child's page"), None if none."""
    found = [p.strip().rstrip(".") for p in parts if p and p.strip()]
    return ". ".join(dict.fromkeys(found)) or None


def snake(name: str) -> str:
    """A class's or field's name as the ORM names its table or column: `IPAddress` -> ip_address,
    `UserID` -> user_id, `LoginEvent` -> login_event (initialisms kept whole)."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name).lower()
