"""SQLAlchemy models (also Flask-SQLAlchemy's `db.Model` and SQLModel-free declarative code).

Read with Python's `ast`, never imported. A mapped class has a `__tablename__`; its columns are
`Column(…)`, `mapped_column(…)` (also wrapped in `column_property`, `deferred`), and SQLAlchemy
2.0's bare `name: Mapped[str]` annotations of scalar types. Columns of mixins and
`__abstract__` classes of the file are inherited. A subclass without a `__tablename__` of its
own (single-table inheritance) adds its columns to its parent's table. `Table("name", metadata,
Column("c", …), …)` objects are tables too. A column's name is its first string argument or the
attribute's name; `ForeignKey("users.id")` says which table it points to; `comment=` and `doc=`
describe it.
"""
from __future__ import annotations

import ast

from catalog.checks.static_models import (ModelColumn, ModelSchema, describe, dotted, is_true, keyword,
                                          python_module, text_of)

COLUMN_CALLS = {"Column", "mapped_column"}
WRAPPERS = {"column_property", "deferred", "synonym_for"}
#: `Table("users", metadata, Column(…))`, and Alembic's `op.create_table("users", sa.Column(…))`
TABLE_CALLS = {"Table", "create_table"}
#: SQLAlchemy type -> SQL-like type (for the gate's type rules)
TYPES = {
    "String": "varchar", "Unicode": "varchar", "VARCHAR": "varchar", "CHAR": "char", "NVARCHAR": "varchar",
    "Text": "text", "UnicodeText": "text", "TEXT": "text", "CLOB": "text",
    "Integer": "integer", "BigInteger": "bigint", "SmallInteger": "smallint", "INTEGER": "integer",
    "BIGINT": "bigint", "Boolean": "boolean", "BOOLEAN": "boolean", "DateTime": "timestamp",
    "TIMESTAMP": "timestamp", "Date": "date", "DATE": "date", "Time": "time", "Interval": "interval",
    "Float": "double precision", "Numeric": "numeric", "DECIMAL": "numeric", "REAL": "real",
    "JSON": "json", "JSONB": "jsonb", "LargeBinary": "bytea", "BLOB": "blob", "BYTEA": "bytea",
    "Uuid": "uuid", "UUID": "uuid", "INET": "inet", "CIDR": "cidr", "ARRAY": "array", "Enum": "enum",
    "CITEXT": "citext", "Geometry": "geometry", "Geography": "geography",
}
#: the annotation `Mapped[T]` of a column (the relationship annotations name model classes)
SCALARS = {"str": "varchar", "int": "integer", "bool": "boolean", "float": "double precision",
           "datetime": "timestamp", "date": "date", "time": "time", "timedelta": "interval",
           "Decimal": "numeric", "UUID": "uuid", "dict": "json", "list": "json", "bytes": "bytea"}


def _type(node: ast.AST | None) -> str:
    """`String(80)` -> varchar(80), `db.Text` -> text, `postgresql.INET` -> inet; "" if unknown."""
    if node is None:
        return ""
    call = node if isinstance(node, ast.Call) else None
    name = dotted(call.func if call else node).rsplit(".", 1)[-1]
    declared = TYPES.get(name, "")
    if declared == "varchar" and call and call.args and isinstance(call.args[0], ast.Constant):
        declared = f"varchar({call.args[0].value})"
    return declared


def _mapped(annotation: ast.AST | None) -> str | None:
    """The SQL-like type of a `Mapped[...]` annotation of a scalar (`Mapped[Optional[str]]`,
    `Mapped[str | None]`, `Mapped[datetime.datetime]`); None for a relationship or no `Mapped`."""
    if not (isinstance(annotation, ast.Subscript) and dotted(annotation.value).rsplit(".", 1)[-1] == "Mapped"):
        return None
    inner = annotation.slice
    while True:
        if isinstance(inner, ast.Subscript) and dotted(inner.value).rsplit(".", 1)[-1] in ("Optional", "Annotated"):
            inner = inner.slice.elts[0] if isinstance(inner.slice, ast.Tuple) else inner.slice
        elif isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.BitOr):
            inner = inner.left if not (isinstance(inner.left, ast.Constant) and inner.left.value is None) \
                else inner.right
        else:
            break
    name = dotted(inner).rsplit(".", 1)[-1]
    return SCALARS.get(name)


def _column_call(value: ast.AST | None) -> ast.Call | None:
    """The `Column(…)`/`mapped_column(…)` call of an assignment, through `column_property(…)`."""
    if not isinstance(value, ast.Call):
        return None
    name = dotted(value.func).rsplit(".", 1)[-1]
    if name in COLUMN_CALLS:
        return value
    if name in WRAPPERS and value.args:
        return _column_call(value.args[0])
    return None


def _foreign_table(call: ast.Call) -> str:
    for node in list(call.args) + [k.value for k in call.keywords]:
        if isinstance(node, ast.Call) and dotted(node.func).rsplit(".", 1)[-1] == "ForeignKey" and node.args:
            target = text_of(node.args[0]) or ""
            return target.rsplit(".", 1)[0] if "." in target else ""
    return ""


def _column(table: str, attribute: str, call: ast.Call | None, annotation: ast.AST | None,
            line: int) -> ModelColumn:
    name, declared = attribute, _mapped(annotation) or ""
    if call is not None:
        strings = [a for a in call.args if text_of(a) is not None]
        if strings and call.args[0] is strings[0]:
            name = text_of(strings[0]) or attribute
        typed = next((a for a in call.args if text_of(a) is None and _type(a)), keyword(call, "type_"))
        declared = _type(typed) or declared
    return ModelColumn(
        table=table, name=name, declared_type=declared,
        comment=describe(text_of(keyword(call, "comment")), text_of(keyword(call, "doc"))) if call else None,
        line=line, references=_foreign_table(call) if call else "",
        unique=bool(call and (is_true(keyword(call, "unique")) or is_true(keyword(call, "primary_key")))))


def _own_columns(cls: ast.ClassDef) -> list[tuple[str, ast.Call | None, ast.AST | None, int]]:
    found = []
    for node in cls.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            call = _column_call(node.value)
            if call is not None:
                found.append((node.targets[0].id, call, None, node.lineno))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            call = _column_call(node.value)
            if call is not None or (node.value is None and _mapped(node.annotation)):
                found.append((node.target.id, call, node.annotation, node.lineno))
    return found


def _attribute(cls: ast.ClassDef, name: str) -> ast.AST | None:
    for node in cls.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return node.value
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            return node.value
    return None


def _forward(module: ast.Module) -> list[ast.AST]:
    """Every node of the module except those of an Alembic `downgrade()` (what undoes a
    migration re-creates tables the upgrade dropped: never run forward)."""
    found: list[ast.AST] = []
    todo: list[ast.AST] = [module]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.FunctionDef) and node.name.startswith("downgrade"):
            continue
        found.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return found


def _declared_tablename(cls: ast.ClassDef) -> ast.FunctionDef | None:
    """A `@declared_attr def __tablename__(cls)` of a base or mixin: every mapped subclass's
    table is what it returns for that subclass."""
    return next((n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__tablename__"
                 and any("declared_attr" in dotted(d.func if isinstance(d, ast.Call) else d) for d in n.decorator_list)),
                None)


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


def _named_by(function: ast.FunctionDef, model: str) -> str:
    """What a declared `__tablename__` returns for the class `model`: `cls.__name__.lower()` ->
    `user`; `+ "s"`, f-strings, and a camel-case-to-snake `re.sub` over the name are followed; any
    other body gives the snake-case name, the commonest such rule."""
    returned = next((n.value for n in ast.walk(function) if isinstance(n, ast.Return) and n.value is not None), None)

    def value(node: ast.AST) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Attribute) and node.attr == "__name__":
            return model
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = value(node.left), value(node.right)
            return left + right if left is not None and right is not None else None
        if isinstance(node, ast.JoinedStr):
            parts = [value(v.value if isinstance(v, ast.FormattedValue) else v) for v in node.values]
            return "".join(parts) if all(p is not None for p in parts) else None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            inner = value(node.func.value)
            if inner is not None and node.func.attr in ("lower", "casefold") and not node.args:
                return inner.lower()
            if node.func.attr == "sub" and any(value(a) == model for a in node.args):
                return _snake(model)  # `re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()`
        return None

    found = value(returned) if returned is not None else None
    return found if found else _snake(model)


def read_sqlalchemy(text: str, path: str) -> ModelSchema:
    schema = ModelSchema()
    module = python_module(text, schema)
    if module is None:
        return schema
    classes = {n.name: n for n in ast.walk(module) if isinstance(n, ast.ClassDef)}

    def table_of(cls: ast.ClassDef, seen: frozenset[str] = frozenset()) -> str:
        """The table a class maps to: its own `__tablename__`, else its mapped parent's (single-table
        inheritance); "" for a mixin, an abstract class or the declarative base."""
        if is_true(_attribute(cls, "__abstract__")):
            return ""
        own = text_of(_attribute(cls, "__tablename__"))
        if own:
            return own
        if _declared_tablename(cls) is not None:
            return ""  # the base that names its subclasses' tables
        named = declared(cls)
        if named is not None and _own_columns(cls):
            return _named_by(named, cls.name)
        for base in cls.bases:
            parent = classes.get(dotted(base).rsplit(".", 1)[-1])
            if parent is not None and parent.name not in seen:
                found = table_of(parent, seen | {cls.name})
                if found:
                    return found
        return ""

    def declared(cls: ast.ClassDef, seen: frozenset[str] = frozenset()) -> ast.FunctionDef | None:
        """The declared `__tablename__` a class inherits from a base or mixin of the file."""
        for base in cls.bases:
            parent = classes.get(dotted(base).rsplit(".", 1)[-1])
            if parent is not None and parent.name not in seen:
                found = _declared_tablename(parent) or declared(parent, seen | {cls.name})
                if found is not None:
                    return found
        return None

    def inherited(cls: ast.ClassDef, seen: frozenset[str] = frozenset()) -> list:
        """Columns of the mixins and abstract classes a mapped class derives from."""
        found: list = []
        for base in cls.bases:
            parent = classes.get(dotted(base).rsplit(".", 1)[-1])
            if parent is not None and parent.name not in seen and not table_of(parent):
                found += inherited(parent, seen | {cls.name}) + _own_columns(parent)
        return found

    for cls in classes.values():
        table = table_of(cls)
        if not table:
            continue
        own_table = text_of(_attribute(cls, "__tablename__")) is not None or (
            declared(cls) is not None and _own_columns(cls) != [] and _attribute(cls, "__tablename__") is None)
        schema.tables += own_table
        columns = _own_columns(cls) + (inherited(cls) if own_table else [])
        names: set[str] = set()
        for attribute, call, annotation, line in columns:
            column = _column(table, attribute, call, annotation, line)
            if column.name not in names:
                names.add(column.name)
                schema.columns.append(column)

    for node in _forward(module):  # Table("name", metadata, Column(...), ...)
        if isinstance(node, ast.Call) and dotted(node.func).rsplit(".", 1)[-1] in TABLE_CALLS and node.args:
            table = text_of(node.args[0])
            if not table:
                continue
            schema.tables += 1
            for arg in node.args[1:]:
                call = _column_call(arg)
                if call is not None and call.args and text_of(call.args[0]):
                    schema.columns.append(_column(table, text_of(call.args[0]) or "", call, None, call.lineno))
    return schema


def is_models_file(text: str) -> bool:
    """Whether a Python file defines SQLAlchemy tables (read when a folder is walked)."""
    return "__tablename__" in text or ("sqlalchemy" in text and ("Column(" in text or "Table(" in text
                                                                   or "create_table(" in text))
