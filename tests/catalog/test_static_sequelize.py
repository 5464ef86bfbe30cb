"""Sequelize models and sequelize-cli migrations (catalog/checks/static_sequelize.py), as an
Express app writes them."""
from __future__ import annotations

from pathlib import Path

from catalog.checks.static import read_static
from catalog.checks.static_sequelize import read_sequelize

from tests.catalog.check_helpers import static_flagged

MODEL = '''\
const { Model, DataTypes } = require("sequelize");

module.exports = (sequelize) => {
  class Member extends Model {}
  Member.init({
    // the address receipts are mailed to
    email: { type: DataTypes.STRING(255), allowNull: false, unique: true, comment: "login e-mail" },
    fullName: DataTypes.STRING,
    birthDate: { type: DataTypes.DATEONLY, field: "date_of_birth" },
    displayLabel: { type: DataTypes.VIRTUAL, get() { return `${this.fullName}`; } },
  }, { sequelize, modelName: "Member", underscored: true });

  const Visit = sequelize.define("Visit", {
    ip: DataTypes.INET,
    memberId: { type: DataTypes.INTEGER, references: { model: "members", key: "id" } },
  }, { tableName: "visits", timestamps: false });
  return { Member, Visit };
};
'''

MIGRATION = '''\
"use strict";
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable("Customers", {
      id: { allowNull: false, autoIncrement: true, primaryKey: true, type: Sequelize.INTEGER },
      phone: { type: Sequelize.STRING },
      createdAt: { allowNull: false, type: Sequelize.DATE },
    });
  },
  async down(queryInterface) {
    await queryInterface.dropTable("Customers");
  },
};
'''


def _columns(schema):
    return {(c.table, c.name): c for c in schema.columns}


def test_models_with_sequelize_naming():
    columns = _columns(read_sequelize(MODEL, "models/member.js"))
    assert set(columns) == {("members", "id"), ("members", "email"), ("members", "full_name"),
                            ("members", "date_of_birth"), ("members", "created_at"), ("members", "updated_at"),
                            ("visits", "id"), ("visits", "ip"), ("visits", "memberId")}
    assert columns[("members", "email")].comment == "login e-mail"
    assert columns[("members", "email")].declared_type == "varchar" and columns[("members", "email")].unique
    assert columns[("members", "date_of_birth")].declared_type == "date"
    assert columns[("visits", "ip")].declared_type == "inet"
    assert columns[("visits", "memberId")].references == "members"


def test_migrations_create_tables_as_named():
    columns = _columns(read_sequelize(MIGRATION, "migrations/20240101-create-customer.js"))
    assert set(columns) == {("Customers", "id"), ("Customers", "phone"), ("Customers", "createdAt")}


def test_gate_flags_undeclared_personal_columns_of_sequelize_models(tmp_path: Path):
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "member.js").write_text(MODEL)
    (tmp_path / "app.js").write_text("const express = require('express');\nexpress().listen(3000);\n")
    schema = read_static([tmp_path])
    assert [Path(f).name for f in schema.files] == ["member.js"]
    flagged = static_flagged(schema)
    assert flagged[("members", "email")] == "contact.email"
    assert flagged[("members", "full_name")] == "identity.person_name"
    assert flagged[("visits", "ip")] == "device.ip_address"
