"""Django models read without importing them (catalog/checks/static_django.py), on excerpts
shaped like healthchecks' and Baby Buddy's models."""
from __future__ import annotations

from pathlib import Path

from catalog.checks.static import read_static
from catalog.checks.static_django import app_label, read_django

from tests.catalog.check_helpers import static_flagged

MODELS = '''\
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Stamped(models.Model):
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True


class Child(Stamped):
    first_name = models.CharField(max_length=255, verbose_name=_("First name"))
    birth_date = models.DateField(verbose_name=_("Birth date"))
    picture = models.ImageField(upload_to="child/picture/", blank=True)


class Note(models.Model):
    child = models.ForeignKey("Child", on_delete=models.CASCADE, related_name="note")
    note = models.TextField(verbose_name=_("Note"), help_text=_("What happened today"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, db_column="written_by")
    tags = models.ManyToManyField("Tag")


class Ping(models.Model):
    id = models.BigAutoField(primary_key=True)
    remote_addr = models.GenericIPAddressField(blank=True, null=True)

    class Meta:
        db_table = "pings"


class ChildProxy(Child):
    class Meta:
        proxy = True
'''


def _columns(schema):
    return {(c.table, c.name): c for c in schema.columns}


def test_tables_are_named_as_django_creates_them():
    columns = _columns(read_django(MODELS, "core/models.py"))
    # `<app>_<model>`, `db_table`, a many-to-many's join table; an abstract model and a proxy make no table
    assert {t for t, _ in columns} == {"core_child", "core_note", "core_note_tags", "pings"}
    assert [n for t, n in columns if t == "core_note_tags"] == ["id", "note_id", "tag_id"]
    # the abstract parent's field is the child's; Django's implicit `id` unless a field is the key
    assert ("core_child", "created") in columns and ("core_child", "id") in columns
    assert [n for t, n in columns if t == "pings"] == ["id", "remote_addr"]


def test_fields_become_columns_with_types_keys_and_descriptions():
    columns = _columns(read_django(MODELS, "core/models.py"))
    child = columns[("core_note", "child_id")]
    assert child.references == "core_child" and child.declared_type == "integer"
    assert columns[("core_note", "written_by")].references == "auth_user"  # db_column, the user model
    assert columns[("core_note", "note")].comment == "Note. What happened today"
    assert columns[("core_child", "birth_date")].declared_type == "date"
    assert columns[("pings", "remote_addr")].declared_type == "inet"
    assert columns[("core_child", "first_name")].declared_type == "varchar(255)"
    assert ("core_note", "tags") not in columns and ("core_note", "tags_id") not in columns  # a table of its own


def test_app_label_is_the_folder_of_the_models_module():
    assert app_label("hc/api/models.py") == "api"
    assert app_label("shop/models/orders.py") == "shop"


def test_invalid_python_is_one_error_line_and_no_column():
    schema = read_django("class Child(models.Model):\n    name = models.CharField(\n", "core/models.py")
    assert not schema.columns
    assert len(schema.errors) == 1 and "not valid Python" in schema.errors[0][1]


def test_gate_flags_undeclared_personal_columns_of_django_models(tmp_path: Path):
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "models.py").write_text(MODELS)
    (tmp_path / "core" / "views.py").write_text("def index(request):\n    return None\n")
    (tmp_path / "core" / "forms.py").write_text("from django import forms\n\n\nclass ChildForm(forms.Form):\n"
                                               "    first_name = forms.CharField(max_length=255)\n")
    schema = read_static([tmp_path])
    assert [Path(f).name for f in schema.files] == ["models.py"]  # views and forms define no table
    flagged = static_flagged(schema)
    assert flagged[("core_child", "birth_date")] == "identity.date_of_birth"
    assert flagged[("pings", "remote_addr")] == "device.ip_address"
    assert ("pings", "id") not in flagged


def test_a_broken_models_file_is_reported_and_the_rest_is_read(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "models.py").write_text("from django.db import models\nclass X(models.Model:\n")
    (tmp_path / "b" / "models.py").write_text(MODELS)
    schema = read_static([tmp_path])
    assert any(e.path.endswith("a/models.py") and "not valid Python" in e.reason for e in schema.errors)
    assert any(c.table == "b_child" for c in schema.columns)
