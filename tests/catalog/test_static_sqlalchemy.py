"""SQLAlchemy models read without importing them (catalog/checks/static_sqlalchemy.py), on
excerpts shaped like CTFd's Flask-SQLAlchemy models and SQLAlchemy 2.0 declarative code."""
from __future__ import annotations

from pathlib import Path

from catalog.checks.static import read_static
from catalog.checks.static_sqlalchemy import read_sqlalchemy

from tests.catalog.check_helpers import static_flagged

CTFD_SHAPED = '''\
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import column_property

db = SQLAlchemy()


class Users(db.Model):
    __tablename__ = "users"
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(128), unique=True)
    country = db.Column(db.String(32))


class Comments(db.Model):
    __tablename__ = "comments"
    id = db.Column(db.Integer, primary_key=True)
    content = db.Column(db.Text, doc="What an admin wrote about a user")
    author_id = db.Column(db.Integer, db.ForeignKey("users.id", ondelete="CASCADE"))
    __mapper_args__ = {"polymorphic_on": "type"}


class UserComments(Comments):
    __mapper_args__ = {"polymorphic_identity": "user"}
    user_id = db.Column(db.Integer, db.ForeignKey("users.id"))


class Submissions(db.Model):
    __tablename__ = "submissions"
    id = db.Column(db.Integer, primary_key=True)
    ip = db.Column(db.String(46))


class Solves(Submissions):
    __tablename__ = "solves"
    id = db.Column(None, db.ForeignKey("submissions.id"), primary_key=True)
    user_id = column_property(db.Column(db.Integer, db.ForeignKey("users.id")), Submissions.id)
'''

MODERN = '''\
import datetime
from typing import Optional
from sqlalchemy import ForeignKey, String, Table, Column, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Timestamps:
    created_at: Mapped[datetime.datetime]


class Account(Timestamps, Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[Optional[str]] = mapped_column("name", String(200), comment="the holder's name")
    birthday: Mapped[datetime.date | None]
    addresses: Mapped[list["Address"]] = relationship(back_populates="account")


metadata = MetaData()
login = Table("login", metadata, Column("account_id", Integer, ForeignKey("account.id")),
              Column("remote_ip", String(45)))
'''


def _columns(schema):
    return {(c.table, c.name): c for c in schema.columns}


def test_single_table_inheritance_adds_columns_to_the_parent_table():
    columns = _columns(read_sqlalchemy(CTFD_SHAPED, "CTFd/models/__init__.py"))
    assert columns[("comments", "user_id")].references == "users"  # UserComments has no table of its own
    assert ("solves", "user_id") in columns  # through column_property; Solves has its own table
    assert columns[("comments", "content")].comment == "What an admin wrote about a user"
    assert columns[("users", "email")].declared_type == "varchar(128)"
    assert {t for t, _ in columns} == {"users", "comments", "submissions", "solves"}


def test_declarative_annotations_mixins_and_table_objects():
    columns = _columns(read_sqlalchemy(MODERN, "app/models.py"))
    assert columns[("account", "name")].comment == "the holder's name"  # the column's own name, not the attribute
    assert columns[("account", "birthday")].declared_type == "date"  # a bare Mapped[...] is a column
    assert columns[("account", "created_at")].declared_type == "timestamp"  # from the mixin
    assert ("account", "addresses") not in columns  # a relationship
    assert columns[("login", "account_id")].references == "account"
    assert ("login", "remote_ip") in columns


def test_alembic_downgrade_is_never_read_forward():
    migration = ('import sqlalchemy as sa\nfrom alembic import op\n\n'
                 'def upgrade():\n    op.create_table("visits", sa.Column("ip_address", sa.String(45)))\n\n'
                 'def downgrade():\n    op.create_table("old_people", sa.Column("email", sa.String(100)))\n')
    columns = _columns(read_sqlalchemy(migration, "alembic/versions/1_visits.py"))
    assert set(columns) == {("visits", "ip_address")}


def test_gate_flags_undeclared_personal_columns_of_sqlalchemy_models(tmp_path: Path):
    (tmp_path / "models.py").write_text(CTFD_SHAPED)
    flagged = static_flagged(read_static([tmp_path]))
    assert flagged[("users", "email")] == "contact.email"
    assert flagged[("submissions", "ip")] == "device.ip_address"
    assert flagged[("comments", "author_id")] == "account.id"


def test_a_python_file_with_no_model_named_on_the_command_line_is_an_error(tmp_path: Path):
    script = tmp_path / "manage.py"
    script.write_text("print('hello')\n")
    schema = read_static([script])
    assert any("no Django model and no SQLAlchemy table" in e.reason for e in schema.errors)
