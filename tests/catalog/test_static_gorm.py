"""GORM models (catalog/checks/static_gorm.py): Go structs with gorm tags, as a Go service writes them."""
from __future__ import annotations

from pathlib import Path

from catalog.checks.static import read_static
from catalog.checks.static_gorm import plural, read_gorm, snake

from tests.catalog.check_helpers import static_flagged

MODELS = '''\
package models

import (
	"time"

	"gorm.io/gorm"
)

type Audit struct {
	CreatedBy uint
}

// User is a person with an account
type User struct {
	gorm.Model
	Email     string `gorm:"uniqueIndex;size:255" json:"email"`
	FullName  string `gorm:"column:name;comment:the user's full name"`
	BirthDate time.Time
	Password  string `gorm:"-"`
	Logins    []Login
	Audit     `gorm:"embedded"`
}

type Login struct {
	ID        uint   `gorm:"primaryKey"`
	UserID    uint
	User      User
	IPAddress string `gorm:"type:inet"`
	UserAgent string
}

func (Login) TableName() string { return "login_history" }
'''


def _columns(schema):
    return {(c.table, c.name): c for c in schema.columns}


def test_gorm_names_tables_and_columns():
    assert snake("IPAddress") == "ip_address" and snake("UserID") == "user_id" and snake("CreatedAt") == "created_at"
    assert plural("user_profile") == "user_profiles" and plural("company") == "companies" and plural("person") == "people"
    columns = _columns(read_gorm(MODELS, "models/user.go"))
    assert {t for t, _ in columns} == {"users", "login_history"}  # Audit has no gorm tag: no model of its own
    assert {("users", "id"), ("users", "deleted_at"), ("users", "email"), ("users", "name"),
            ("users", "birth_date"), ("users", "created_by")} <= set(columns)
    assert ("users", "password") not in columns and ("users", "logins") not in columns
    assert columns[("users", "name")].comment == "the user's full name"
    assert columns[("login_history", "ip_address")].declared_type == "inet"
    assert columns[("login_history", "user_id")].references == "users"  # through the `User User` relation


def test_gate_flags_undeclared_personal_columns_of_gorm_models(tmp_path: Path):
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "user.go").write_text(MODELS)
    (tmp_path / "main.go").write_text("package main\n\nfunc main() {}\n")
    schema = read_static([tmp_path])
    assert [Path(f).name for f in schema.files] == ["user.go"]
    flagged = static_flagged(schema)
    assert flagged[("users", "email")] == "contact.email"
    assert flagged[("login_history", "ip_address")] == "device.ip_address"
    assert flagged[("users", "birth_date")] == "identity.date_of_birth"
