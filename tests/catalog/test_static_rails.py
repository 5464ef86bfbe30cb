"""Rails schemas (catalog/checks/static_rails.py): `db/schema.rb` shaped like e-petitions' and
a migration of `db/migrate`."""
from __future__ import annotations

from pathlib import Path

from catalog.checks.static import read_static
from catalog.checks.static_rails import read_rails

from tests.catalog.check_helpers import static_flagged

SCHEMA = '''\
ActiveRecord::Schema[8.0].define(version: 2026_05_09_101528) do
  enable_extension "pg_catalog.plpgsql"

  create_table "admin_users", force: :cascade do |t|
    t.string "email", limit: 255, null: false
    t.string "last_sign_in_ip", limit: 255
    t.string "first_name", limit: 255, comment: "the moderator's given name"
    t.datetime "created_at", precision: nil
    t.index ["email"], name: "index_admin_users_on_email", unique: true
  end

  create_table "signatures", force: :cascade do |t|
    t.string "name", limit: 255, null: false
    t.string "state", limit: 20, default: "pending", null: false
    t.inet "ip_address"
    t.bigint "petition_id"
    t.bigint "moderated_by_id"
    t.integer "tags", default: [], null: false, array: true
    t.virtual "period", type: :string, as: "CASE WHEN (\\"state\\" = 'x') THEN 'a' END", stored: true
  end

  create_table "tasks", id: false, force: :cascade do |t|
    t.string "name", limit: 60, null: false
    t.timestamps
  end

  add_foreign_key "signatures", "admin_users", column: "moderated_by_id"
end
'''


def _columns(schema):
    return {(c.table, c.name): c for c in schema.columns}


def test_create_table_blocks_become_columns():
    columns = _columns(read_rails(SCHEMA, "db/schema.rb"))
    assert ("admin_users", "id") in columns and ("tasks", "id") not in columns  # `id: false`
    assert columns[("admin_users", "first_name")].comment == "the moderator's given name"
    assert columns[("admin_users", "email")].declared_type == "varchar(255)"
    assert columns[("signatures", "ip_address")].declared_type == "inet"
    assert columns[("signatures", "tags")].declared_type == "integer[]"
    assert columns[("signatures", "period")].declared_type == "varchar"  # t.virtual's type
    assert {("tasks", "created_at"), ("tasks", "updated_at")} <= set(columns)
    assert columns[("signatures", "moderated_by_id")].references == "admin_users"  # add_foreign_key column:
    assert not any(name == "index" or name.startswith("index_") for _, name in columns)


def test_migration_symbols_references_and_add_column():
    migration = ('class CreateComments < ActiveRecord::Migration[7.1]\n  def change\n'
                 '    create_table :comments do |t|\n      t.references :user, null: false, foreign_key: true\n'
                 '      t.belongs_to :commentable, polymorphic: true\n      t.text :body\n    end\n'
                 '    add_column :users, :phone, :string, comment: "mobile number"\n  end\nend\n')
    columns = _columns(read_rails(migration, "db/migrate/20240101000000_create_comments.rb"))
    assert columns[("comments", "user_id")].references == "users"
    assert ("comments", "commentable_type") in columns and columns[("comments", "commentable_id")].references == ""
    assert columns[("users", "phone")].comment == "mobile number"


def test_a_line_that_is_no_column_is_an_error_and_an_unclosed_block_too():
    schema = read_rails('create_table "people" do |t|\n  t.string "email"\n  something odd\n', "db/schema.rb")
    reasons = [reason for _, reason in schema.errors]
    assert any("is not a column" in r for r in reasons) and any("not closed" in r for r in reasons)
    assert ("people", "email") in _columns(schema)


def test_gate_flags_undeclared_personal_columns_of_schema_rb(tmp_path: Path):
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "schema.rb").write_text(SCHEMA)
    (tmp_path / "db" / "seeds.rb").write_text('User.create!(email: "a@example.com")\n')
    schema = read_static([tmp_path])
    assert [Path(f).name for f in schema.files] == ["schema.rb"]  # seeds define no table
    flagged = static_flagged(schema)
    assert flagged[("admin_users", "email")] == "contact.email"
    assert flagged[("signatures", "ip_address")] == "device.ip_address"
    assert flagged[("admin_users", "last_sign_in_ip")] == "device.ip_address"
    assert ("signatures", "tags") not in flagged


def test_migrations_are_read_only_where_no_schema_rb_sums_them_up(tmp_path: Path):
    (tmp_path / "db" / "migrate").mkdir(parents=True)
    (tmp_path / "db" / "migrate" / "20200101000000_create_people.rb").write_text(
        'class CreatePeople < ActiveRecord::Migration[6.0]\n  def change\n    create_table :people do |t|\n'
        '      t.string :fax_number\n    end\n  end\nend\n')
    assert any(c.name == "fax_number" for c in read_static([tmp_path]).columns)
    (tmp_path / "db" / "schema.rb").write_text(SCHEMA)  # the dump: the migrations' tables as they are now
    schema = read_static([tmp_path])
    assert [Path(f).name for f in schema.files] == ["schema.rb"]
    assert not any(c.name == "fax_number" for c in schema.columns)
    (tmp_path / "db" / "migrate" / "20150602200239_initial_schema.rb").write_text(
        'class InitialSchema < ActiveRecord::Migration\n  def change\n    create_table :sponsors do |t|\n'
        '      t.string :email\n    end\n  end\nend\n')  # a migration, whatever its name ends with
    (tmp_path / "db" / "cache_schema.rb").write_text('ActiveRecord::Schema[8.0].define(version: 1) do\n'
                                                     '  create_table "solid_cache_entries" do |t|\n'
                                                     '    t.binary "key"\n  end\nend\n')
    names = sorted(Path(f).name for f in read_static([tmp_path]).files)
    assert names == ["cache_schema.rb", "schema.rb"]
