"""Prisma schemas (catalog/checks/static_prisma.py), on excerpts shaped like Rallly's folder
schema (one `.prisma` file per area, relations across files)."""
from __future__ import annotations

from pathlib import Path

from catalog.checks.static import read_static
from catalog.checks.static_prisma import read_prisma, table_names

from tests.catalog.check_helpers import static_flagged

USER = '''\
/// A person with an account
model User {
  id        String   @id @default(cuid())
  name      String
  email     String   @unique @db.Citext
  timeZone  String?  @map("time_zone")
  createdAt DateTime @default(now()) @map("created_at") // set once
  role      UserRole @default(user)
  sessions  Session[]

  @@map("users")
}

enum UserRole {
  admin
  user
}

model Session {
  id        String  @id
  ipAddress String? @map("ip_address")
  userAgent String? @map("user_agent")
  userId    String  @map("user_id")
  user      User    @relation(fields: [userId], references: [id], onDelete: Cascade)

  @@map("sessions")
}
'''

POLL = '''\
model Comment {
  id         String  @id @default(cuid())
  /// What a participant wrote under a poll
  content    String
  authorName String  @map("author_name")
  userId     String? @map("user_id")
  user       User?   @relation(fields: [userId], references: [id])

  @@map("comments")
}
'''


def _columns(schema):
    return {(c.table, c.name): c for c in schema.columns}


def test_models_are_read_with_their_mapped_names_types_and_keys():
    columns = _columns(read_prisma(USER, "prisma/schema.prisma"))
    assert set(columns) == {("users", "id"), ("users", "name"), ("users", "email"), ("users", "time_zone"),
                            ("users", "created_at"), ("users", "role"), ("sessions", "id"),
                            ("sessions", "ip_address"), ("sessions", "user_agent"), ("sessions", "user_id")}
    assert columns[("sessions", "user_id")].references == "users"  # through the relation field
    assert columns[("users", "email")].declared_type == "citext" and columns[("users", "email")].unique
    assert columns[("users", "created_at")].declared_type == "timestamp"
    assert columns[("users", "role")].declared_type == "enum"


def test_doc_comments_describe_and_relations_cross_files():
    schema = read_prisma(POLL, "prisma/models/poll.prisma", table_names(USER))
    columns = _columns(schema)
    assert columns[("comments", "content")].comment == "What a participant wrote under a poll"
    assert columns[("comments", "user_id")].references == "users"
    assert not schema.errors


def test_a_line_that_is_no_field_is_an_error_and_the_rest_is_read():
    broken = USER.replace('  name      String\n', '  name      String\n  = what is this\n')
    schema = read_prisma(broken, "schema.prisma")
    assert len(schema.errors) == 1 and "not a Prisma field" in schema.errors[0][1]
    assert ("users", "email") in _columns(schema)


def test_a_type_that_no_file_defines_is_an_error():
    schema = read_prisma(POLL, "prisma/models/poll.prisma")  # User's file not read: `User` is unknown
    assert [line for line, reason in schema.errors if "type User is no scalar" in reason] == [7]
    assert ("comments", "user") not in _columns(schema) and ("comments", "content") in _columns(schema)


def test_gate_flags_undeclared_personal_columns_of_a_prisma_folder_schema(tmp_path: Path):
    (tmp_path / "prisma" / "models").mkdir(parents=True)
    (tmp_path / "prisma" / "models" / "user.prisma").write_text(USER)
    (tmp_path / "prisma" / "models" / "poll.prisma").write_text(POLL)
    schema = read_static([tmp_path])
    assert not schema.errors
    flagged = static_flagged(schema)
    assert flagged[("users", "email")] == "contact.email"
    assert flagged[("sessions", "ip_address")] == "device.ip_address"
    assert flagged[("comments", "user_id")] == "account.id"
    assert ("users", "created_at") not in flagged


def test_prisma_migrations_beside_the_schema_are_not_read_twice(tmp_path: Path):
    (tmp_path / "prisma" / "migrations" / "20240101_init").mkdir(parents=True)
    (tmp_path / "prisma" / "migrations" / "20240101_init" / "migration.sql").write_text(
        'CREATE TABLE "users" ("id" TEXT NOT NULL, "email" TEXT NOT NULL, "fax" TEXT);\n')
    assert any(c.name == "fax" for c in read_static([tmp_path]).columns)  # the migrations alone are read
    (tmp_path / "prisma" / "schema.prisma").write_text(USER)
    schema = read_static([tmp_path])
    assert [Path(f).name for f in schema.files] == ["schema.prisma"]
    assert sum(1 for c in schema.columns if (c.table, c.name) == ("users", "email")) == 1


def test_a_mongodb_composite_type_is_a_document_column():
    text = ('type Address {\n  street String\n  city   String\n}\n\n'
            'model Customer {\n  id      String  @id @map("_id")\n  address Address?\n  @@map("customers")\n}\n')
    schema = read_prisma(text, "schema.prisma")
    assert not schema.errors
    assert _columns(schema)[("customers", "address")].declared_type == "jsonb"
