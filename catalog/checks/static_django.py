"""Django models (`models.py`, or a `models/` package): the tables `migrate` would create.

Read with Python's `ast`, never imported (no project code runs). A model is a class deriving
from `models.Model` (or from another model or abstract model of the file); its table is
`Meta.db_table`, else `<app label>_<class name in lower case>` where the app label is
`Meta.app_label` or the folder of the models module. A field is a call of a `…Field` class (or
`ForeignKey`, `OneToOneField`); a foreign key's column is `<name>_id` (or `db_column`) and
points to its model's table. `verbose_name`, `help_text` and `db_comment` describe the column.
Abstract models give their fields to their subclasses; proxies define no table; a model with no
primary key of its own has Django's `id`. A many-to-many field is a table of its own keys, not
a column, and is left out.
"""
from __future__ import annotations

import ast
from pathlib import PurePath

from catalog.checks.static_models import (ModelColumn, ModelSchema, describe, dotted, is_true, keyword,
                                          python_module, text_of)

#: field class -> SQL-like type (what the database column is, for the gate's type rules)
TYPES = {
    "AutoField": "integer", "BigAutoField": "bigint", "SmallAutoField": "smallint",
    "IntegerField": "integer", "BigIntegerField": "bigint", "SmallIntegerField": "smallint",
    "PositiveIntegerField": "integer", "PositiveBigIntegerField": "bigint", "PositiveSmallIntegerField": "smallint",
    "FloatField": "double precision", "DecimalField": "numeric", "BooleanField": "boolean",
    "NullBooleanField": "boolean", "CharField": "varchar", "TextField": "text", "SlugField": "varchar(50)",
    "EmailField": "varchar(254)", "URLField": "varchar(200)", "UUIDField": "uuid", "JSONField": "jsonb",
    "BinaryField": "bytea", "DateTimeField": "timestamp", "DateField": "date", "TimeField": "time",
    "DurationField": "interval", "GenericIPAddressField": "inet", "IPAddressField": "inet",
    "FileField": "varchar(100)", "ImageField": "varchar(100)", "FilePathField": "varchar(100)",
    "ArrayField": "array", "HStoreField": "hstore", "CICharField": "citext", "CIEmailField": "citext",
    "CITextField": "citext", "PhoneNumberField": "varchar(128)", "CountryField": "varchar(2)",
}
RELATIONS = {"ForeignKey", "OneToOneField", "ParentalKey"}
MANY = {"ManyToManyField", "ParentalManyToManyField", "GenericRelation", "TaggableManager"}
#: the user model Django ships (`settings.AUTH_USER_MODEL`, `get_user_model()`, `User`)
AUTH_USER = "auth_user"


def app_label(path: str) -> str:
    """The app a models module belongs to: `hc/api/models.py` -> api, `core/models/child.py` -> core."""
    parts = PurePath(path).parts
    if len(parts) >= 2 and parts[-2] == "models":
        return parts[-3] if len(parts) >= 3 else "app"
    return parts[-2] if len(parts) >= 2 else "app"


def _meta(cls: ast.ClassDef) -> dict[str, ast.AST]:
    for node in cls.body:
        if isinstance(node, ast.ClassDef) and node.name == "Meta":
            return {t.id: n.value for n in node.body if isinstance(n, ast.Assign)
                    for t in n.targets if isinstance(t, ast.Name)}
    return {}


def _field_class(value: ast.AST) -> str:
    """`CharField` for `models.CharField(…)` (or any `…Field` call), "" for anything else."""
    if not isinstance(value, ast.Call):
        return ""
    name = dotted(value.func).rsplit(".", 1)[-1]
    return name if name.endswith("Field") or name in RELATIONS or name in MANY else ""


def _target(call: ast.Call) -> str:
    """The model a relation points to, as written: `User`, `"auth.User"`, `settings.AUTH_USER_MODEL`."""
    node = call.args[0] if call.args else keyword(call, "to")
    if node is None:
        return ""
    return text_of(node) or dotted(node)


#: many-to-many fields for which Django creates a join table (unless `through=` names a model)
JOINED = {"ManyToManyField", "ParentalManyToManyField"}


def _join_table(table: str, model: str, field: str, call: ast.Call, target_table: str) -> list[ModelColumn]:
    """The table Django creates for `members = ManyToManyField(User)` on `Team`: `app_team_members
    (id, team_id, user_id)`, each key pointing to its model's table (`from_team_id`, `to_team_id`
    when a model relates to itself)."""
    join = text_of(keyword(call, "db_table")) or f"{table}_{field}"
    target = _target(call)
    other = "user" if target_table == AUTH_USER else target.rsplit(".", 1)[-1].lower()
    own = model.lower()
    if target == "self" or other == own:
        source_name, target_name, target_table = f"from_{own}_id", f"to_{own}_id", table
    else:
        source_name, target_name = f"{own}_id", f"{other}_id"
    return [ModelColumn(table=join, name="id", declared_type="integer", line=call.lineno, unique=True),
            ModelColumn(table=join, name=source_name, declared_type="integer", line=call.lineno, references=table),
            ModelColumn(table=join, name=target_name, declared_type="integer", line=call.lineno,
                        references=target_table)]


def read_django(text: str, path: str) -> ModelSchema:
    schema = ModelSchema()
    module = python_module(text, schema)
    if module is None:
        return schema
    classes = {n.name: n for n in module.body if isinstance(n, ast.ClassDef)}
    label = app_label(path)

    def is_model(cls: ast.ClassDef, seen: frozenset[str] = frozenset()) -> bool:
        for base in cls.bases:
            name = dotted(base)
            if name in ("models.Model", "Model") or name.endswith(".models.Model") or name.endswith("AbstractUser") \
                    or name.endswith("AbstractBaseUser") or name in ("TagBase", "GenericTaggedItemBase"):
                return True
            if name in classes and name not in seen and is_model(classes[name], seen | {cls.name}):
                return True
        return False

    models = [c for c in classes.values() if is_model(c)]

    def table_of(cls: ast.ClassDef) -> str:
        meta = _meta(cls)
        return text_of(meta.get("db_table")) or f"{text_of(meta.get('app_label')) or label}_{cls.name.lower()}"

    def table_for(target: str) -> str:
        if target in ("settings.AUTH_USER_MODEL", "AUTH_USER_MODEL", "User", "auth.User", "get_user_model"):
            return AUTH_USER
        if target == "self":
            return ""
        name = target.rsplit(".", 1)[-1]
        if name in classes:
            return table_of(classes[name])
        return f"{target.split('.')[0].lower()}_{name.lower()}" if "." in target else name.lower()

    def fields(cls: ast.ClassDef, seen: frozenset[str] = frozenset()) -> list[tuple[str, ast.Call]]:
        inherited: list[tuple[str, ast.Call]] = []
        for base in cls.bases:  # abstract parents give their fields; a concrete parent keeps its own
            parent = classes.get(dotted(base))
            if parent is not None and parent.name not in seen and is_true(_meta(parent).get("abstract")):
                inherited += fields(parent, seen | {cls.name})
        own = [(t.id if isinstance(t, ast.Name) else t.target.id, n.value)  # type: ignore[union-attr]
               for n in cls.body for t in ([n.target] if isinstance(n, ast.AnnAssign) else
                                           n.targets if isinstance(n, ast.Assign) else [])
               if isinstance(t, ast.Name) and n.value is not None and _field_class(n.value)]
        names = {name for name, _ in own}
        return [(n, c) for n, c in inherited if n not in names] + own  # type: ignore[misc]

    for cls in models:
        meta = _meta(cls)
        if is_true(meta.get("abstract")) or is_true(meta.get("proxy")):
            continue
        table = table_of(cls)
        schema.tables += 1
        columns: list[ModelColumn] = []
        for name, call in fields(cls):
            kind = _field_class(call)
            if kind in MANY:
                if kind in JOINED and keyword(call, "through") is None:
                    schema.columns += _join_table(table, cls.name, name, call, table_for(_target(call)))
                    schema.tables += 1
                continue
            relation = kind in RELATIONS
            column = text_of(keyword(call, "db_column")) or (f"{name}_id" if relation else name)
            verbose = text_of(keyword(call, "verbose_name")) or (
                text_of(call.args[0]) if call.args and not relation else None)
            length = keyword(call, "max_length")
            declared = TYPES.get(kind, "")
            if kind == "CharField" and isinstance(length, ast.Constant):
                declared = f"varchar({length.value})"
            if relation:
                declared = "integer"
            columns.append(ModelColumn(
                table=table, name=column, declared_type=declared,
                comment=describe(verbose, text_of(keyword(call, "help_text")), text_of(keyword(call, "db_comment"))),
                line=call.lineno, references=table_for(_target(call)) if relation else "",
                unique=is_true(keyword(call, "unique")) or is_true(keyword(call, "primary_key"))
                or kind == "OneToOneField"))
        if not any(is_true(keyword(c, "primary_key")) for _, c in fields(cls)):
            columns.insert(0, ModelColumn(table=table, name="id", declared_type="integer", line=cls.lineno,
                                          unique=True))
        schema.columns += columns
    return schema


def is_models_file(text: str) -> bool:
    """Whether a Python file defines Django models (read when a folder is walked)."""
    return "models.Model" in text or ("django.db" in text and "Field(" in text)  # (not forms' `forms.CharField(`)
