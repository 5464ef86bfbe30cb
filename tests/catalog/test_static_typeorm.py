"""TypeORM entities (catalog/checks/static_typeorm.py), written as a NestJS service writes them."""
from __future__ import annotations

from pathlib import Path

from catalog.checks.static import read_static
from catalog.checks.static_typeorm import read_typeorm

from tests.catalog.check_helpers import static_flagged

ENTITIES = '''\
import { Entity, Column, PrimaryGeneratedColumn, CreateDateColumn, ManyToOne, JoinColumn } from "typeorm";

@Entity("users")
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true, comment: "login e-mail" })
  email: string;

  @Column({ name: "birth_date", type: "date", nullable: true })
  birthDate?: Date;

  @CreateDateColumn()
  createdAt: Date;
}

@Entity()
export class LoginEvent {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column("inet")
  ipAddress: string;

  @ManyToOne(() => User, (user) => user.logins)
  @JoinColumn({ name: "user_id" })
  user: User;

  @ManyToOne(() => User)
  approver: User;

  get label(): string {
    return this.ipAddress;
  }
}
'''


def _columns(schema):
    return {(c.table, c.name): c for c in schema.columns}


def test_entities_become_tables_with_typeorm_names():
    columns = _columns(read_typeorm(ENTITIES, "src/entities.ts"))
    assert set(columns) == {("users", "id"), ("users", "email"), ("users", "birth_date"), ("users", "createdAt"),
                            ("login_event", "id"), ("login_event", "ipAddress"), ("login_event", "user_id"),
                            ("login_event", "approverId")}
    assert columns[("users", "email")].comment == "login e-mail"
    assert columns[("users", "birth_date")].declared_type == "date"
    assert columns[("users", "createdAt")].declared_type == "timestamp"
    assert columns[("login_event", "ipAddress")].declared_type == "inet"  # `@Column("inet")`
    assert columns[("login_event", "user_id")].references == "users"
    assert columns[("login_event", "approverId")].references == "users"


def test_gate_flags_undeclared_personal_columns_of_typeorm_entities(tmp_path: Path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "user.entity.ts").write_text(ENTITIES)
    (tmp_path / "src" / "main.ts").write_text("import { NestFactory } from '@nestjs/core';\n")
    schema = read_static([tmp_path])
    assert [Path(f).name for f in schema.files] == ["user.entity.ts"]
    flagged = static_flagged(schema)
    assert flagged[("users", "email")] == "contact.email"
    assert flagged[("login_event", "ipAddress")] == "device.ip_address"
    assert flagged[("users", "birth_date")] == "identity.date_of_birth"
