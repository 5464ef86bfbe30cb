"""Static mode on the shapes benchmarks/static22 found: Oracle's sample schemas written for
SQL*Plus (`rem`, `Prompt`, `SET ECHO`, `VARCHAR2`), a medical record system's Liquibase XML
changelog (OpenMRS), a Chinese admin platform's SQL Server script and a shop's MySQL script.
Each excerpt is written the way those projects write it."""
from __future__ import annotations

from pathlib import Path

import pytest

from catalog.checks.static import DIALECTS, columns_from_sql, detect_dialect, read_static

from tests.catalog.check_helpers import static_flagged

# Oracle's human_resources/hr_create.sql and sales_history/sh_create.sql, as SQL*Plus runs them
ORACLE = """\
rem
rem Copyright (c) 2023 Oracle
rem
SET FEEDBACK 1
SET ECHO OFF
Prompt ******  Creating EMPLOYEES table ....

CREATE TABLE employees
    ( employee_id    NUMBER(6)
    , first_name     VARCHAR2(20)
    , last_name      VARCHAR2(25)
\t CONSTRAINT     emp_last_name_nn  NOT NULL
    , email          VARCHAR2(25)
    , phone_number   VARCHAR2(20)
    , hire_date      DATE
    , salary         NUMBER(8,2)
    , manager_id     NUMBER(6)
    ) ;

Rem \tUseful for any subsequent addition of rows to employees table
Rem \tStarts with 207

CREATE SEQUENCE employees_seq
 START WITH     207
 INCREMENT BY   1
 NOCACHE
 NOCYCLE;

rem ********************************************************************
rem Create the CUSTOMERS table

CREATE TABLE customers
(
   cust_id                  NUMBER         NOT NULL,
   cust_first_name          VARCHAR2(20)   NOT NULL,
   cust_year_of_birth       NUMBER(4)      NOT NULL,
   cust_street_address      VARCHAR2(40)   NOT NULL,
   cust_email               VARCHAR2(50),
   CONSTRAINT customers_pk
      PRIMARY KEY (cust_id)
);
/
"""


def test_oracle_is_a_dialect_and_sqlplus_lines_are_the_clients():
    # lead25 refused `--dialect oracle` (exit 2: a usage error), and read every `rem` remark and
    # `Prompt` line as the start of a statement, so no table of an Oracle script was checked
    assert "oracle" in DIALECTS
    schema = columns_from_sql(ORACLE, "oracle", "hr_create.sql")
    assert not schema.errors, schema.errors
    flagged = static_flagged(schema)
    assert flagged[("employees", "email")] == "contact.email"
    assert flagged[("employees", "phone_number")] == "profile.phone_number"
    assert flagged[("customers", "cust_first_name")] == "identity.person_name"
    assert flagged[("customers", "cust_year_of_birth")] == "identity.date_of_birth"
    assert ("employees", "salary") not in flagged


def test_oracle_detected_by_its_types():
    schema = columns_from_sql(ORACLE, None, "hr_create.sql")
    assert schema.dialects["hr_create.sql"] == "oracle"
    assert static_flagged(schema)[("employees", "email")] == "contact.email"


def test_sqlplus_commands_are_blanked_but_columns_named_like_them_are_not():
    # `remarks` and `prompt_text` are columns, not SQL*Plus commands
    sql = ("Prompt creating\nCREATE TABLE notes (\n  remarks VARCHAR(200),\n  prompt_text VARCHAR(200),\n"
           "  email VARCHAR(100)\n);\n")
    schema = columns_from_sql(sql, "oracle", "n.sql")
    assert not schema.errors, schema.errors
    assert {c.name for c in schema.columns} == {"remarks", "prompt_text", "email"}
    # other dialects' scripts keep every line: a PostgreSQL table of an AI app's prompts
    sql = "CREATE TABLE chat (\n  id bigint,\n  prompt\n    text NOT NULL,\n  rem int\n);\n"
    schema = columns_from_sql(sql, "postgres", "c.sql")
    assert {c.name for c in schema.columns} == {"id", "prompt", "rem"}


# OpenMRS's api/src/main/resources/org/openmrs/liquibase/snapshots/schema-only/*.xml and a later
# update changelog: createTable change sets, foreign keys added apart, a rename, a drop, a rollback
CHANGELOG = """<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <changeSet author="rafal (generated)" id="1782825451946-1">
    <createTable tableName="person_name">
      <column autoIncrement="true" name="person_name_id" type="INT">
        <constraints nullable="false" primaryKey="true"/>
      </column>
      <column name="person_id" type="INT"/>
      <column name="given_name" type="VARCHAR(50)"/>
      <column name="family_name" type="VARCHAR(50)"/>
      <column name="creator" type="INT"/>
      <column name="date_created" type="datetime"/>
    </createTable>
  </changeSet>
  <changeSet author="rafal (generated)" id="1782825451946-2">
    <createTable tableName="users">
      <column autoIncrement="true" name="user_id" type="INT">
        <constraints nullable="false" primaryKey="true"/>
      </column>
      <column name="username" type="VARCHAR(50)"/>
      <column name="mail" type="VARCHAR(255)" remarks="the user's e-mail address"/>
      <column name="person_id" type="INT"/>
    </createTable>
  </changeSet>
  <changeSet author="rafal (generated)" id="1782825451946-3">
    <createTable tableName="person">
      <column autoIncrement="true" name="person_id" type="INT">
        <constraints nullable="false" primaryKey="true"/>
      </column>
      <column name="birthdate" type="date"/>
      <column name="legacy_notes" type="TEXT"/>
    </createTable>
  </changeSet>
  <changeSet author="dev" id="4">
    <addForeignKeyConstraint baseColumnNames="creator" baseTableName="person_name"
        constraintName="user_who_made_name" referencedColumnNames="user_id" referencedTableName="users"/>
  </changeSet>
  <changeSet author="dev" id="5">
    <renameColumn tableName="users" oldColumnName="mail" newColumnName="email" columnDataType="VARCHAR(255)"/>
    <dropColumn tableName="person" columnName="legacy_notes"/>
    <rollback>
      <dropTable tableName="person_name"/>
    </rollback>
  </changeSet>
  <changeSet author="dev" id="6">
    <addColumn tableName="person">
      <column name="phone_number" type="VARCHAR(32)"/>
    </addColumn>
    <sql>CREATE TABLE visit_note (visit_id INT, patient_email VARCHAR(255))</sql>
  </changeSet>
</databaseChangeLog>
"""


def _changelog(tmp_path: Path, text: str = CHANGELOG, name: str = "changelog.xml") -> Path:
    (tmp_path / "pom.xml").write_text("<project><modelVersion>4.0.0</modelVersion></project>\n")
    (tmp_path / name).write_text(text)
    return tmp_path


def test_liquibase_xml_changelog_is_read(tmp_path):
    # lead25 did not read XML at all: OpenMRS's changelog of 119 tables was 0 columns checked
    schema = read_static([_changelog(tmp_path)], "mysql")
    assert not schema.errors, schema.errors
    assert str(tmp_path / "pom.xml") not in schema.files  # a build file is no changelog
    columns = {(c.table, c.name) for c in schema.columns}
    assert ("person", "legacy_notes") not in columns  # dropped by a later change set
    assert ("users", "mail") not in columns  # renamed
    assert ("person_name", "given_name") in columns  # the rollback's drop is never run
    flagged = static_flagged(schema)
    assert flagged[("person_name", "given_name")] == "identity.person_name"
    assert flagged[("person", "birthdate")] == "identity.date_of_birth"
    assert flagged[("users", "email")] == "contact.email"
    assert flagged[("person", "phone_number")] == "profile.phone_number"
    assert flagged[("visit_note", "patient_email")] == "contact.email"  # a `<sql>` change's DDL
    # the foreign key a separate change set adds makes `creator` a user's key
    assert flagged[("person_name", "creator")] == "account.id"
    line = next(c.location.line for c in schema.columns if c.name == "given_name")
    assert CHANGELOG.splitlines()[line - 1].strip().startswith('<column name="given_name"')


def test_liquibase_yaml_changelog_is_read(tmp_path):
    (tmp_path / "db.changelog-master.yaml").write_text("""\
databaseChangeLog:
  - changeSet:
      id: 1
      author: dev
      changes:
        - createTable:
            tableName: customer
            columns:
              - column:
                  name: id
                  type: BIGINT
                  constraints:
                    primaryKey: true
              - column:
                  name: email
                  type: VARCHAR(255)
              - column:
                  name: last_login_ip
                  type: VARCHAR(45)
""")
    schema = read_static([tmp_path], "postgres")
    assert not schema.errors, schema.errors
    flagged = static_flagged(schema)
    assert flagged[("customer", "email")] == "contact.email"
    assert flagged[("customer", "last_login_ip")] == "device.ip_address"


@pytest.mark.parametrize("text, reason", [
    ("<databaseChangeLog><changeSet><createTable tableName='t'>", "not a well-formed Liquibase XML changelog"),
    ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><databaseChangeLog/>', "DOCTYPE declaring entities"),
])
def test_a_changelog_that_cannot_be_read_is_an_error(tmp_path, text, reason):
    schema = read_static([_changelog(tmp_path, text)], "mysql")
    assert any(reason in e.reason and e.path.endswith("changelog.xml") for e in schema.errors), schema.errors


# RuoYi-Vue-Pro's sql/sqlserver/ruoyi-vue-pro.sql and macrozheng/mall's document/sql/mall.sql
RUOYI = """\
CREATE TABLE infra_api_access_log (
    id bigint NOT NULL PRIMARY KEY IDENTITY,
    trace_id nvarchar(64) DEFAULT '' NOT NULL,
    user_id bigint DEFAULT 0 NOT NULL,
    user_type tinyint DEFAULT 0 NOT NULL,
    request_url nvarchar(255) DEFAULT '' NOT NULL,
    user_ip nvarchar(50)  NOT NULL
)
GO
"""


def test_a_user_id_beside_its_user_type_is_still_a_person():
    # `user_type` says which kind of user (a member or an admin): not a polymorphic key to things
    flagged = static_flagged(columns_from_sql(RUOYI, "tsql", "ruoyi-vue-pro.sql"))
    assert flagged[("infra_api_access_log", "user_id")] == "account.id"


def test_an_owner_id_or_a_customer_id_beside_its_type_stays_polymorphic():
    sql = "CREATE TABLE metafields (id bigint, owner_id bigint, owner_type varchar(40), value text);"
    assert ("metafields", "owner_id") not in static_flagged(columns_from_sql(sql, "postgres", "m.sql"))
    # Stack Auth: a purchase's customer is a user, a team or a custom customer
    sql = ('CREATE TABLE "Subscription" ("id" UUID NOT NULL, "customerId" TEXT NOT NULL, '
           '"customerType" "CustomerType" NOT NULL, "quantity" INTEGER NOT NULL);')
    flagged = static_flagged(columns_from_sql(sql, "postgres", "m.sql"))
    assert ("Subscription", "customerType") not in flagged


MALL = """\
CREATE TABLE `ums_member_level` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(100) DEFAULT NULL,
  `growth_point` int(11) DEFAULT NULL,
  `free_freight_point` decimal(10,2) DEFAULT NULL COMMENT '免运费标准',
  `comment_growth_point` int(11) DEFAULT NULL COMMENT '每次评价获取的成长值',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
CREATE TABLE `store_visit` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `member_id` bigint(20) DEFAULT NULL,
  `visit_point` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
"""


def test_points_in_one_number_are_no_place():
    flagged = static_flagged(columns_from_sql(MALL, "mysql", "mall.sql"))
    for column in ("growth_point", "free_freight_point", "comment_growth_point"):
        assert ("ums_member_level", column) not in flagged
    assert flagged[("store_visit", "visit_point")] == "location.precise"  # text: a point as written


PUBS = """\
CREATE TABLE authors
(
   au_id          varchar(11) PRIMARY KEY CLUSTERED,
   au_lname       varchar(40)       NOT NULL,
   au_fname       varchar(20)       NOT NULL
)
GO
insert authors
   values('409-56-7008', 'Bennet', 'Abraham')
insert authors
   values('213-46-8915', 'Green', 'Marjorie')
GO
raiserror('Now at the create index section ....',0,1)
GO
execute sp_addtype empid, 'char(9)', 'NOT NULL'
GO
"""


def test_rows_an_install_script_inserts_are_no_statement_left_unread():
    # lead25 reported every T-SQL `insert t values (…)` (INTO left out) as a statement it could not
    # parse: rows, which define no column
    schema = columns_from_sql(PUBS, "tsql", "instpubs.sql")
    assert not schema.errors, schema.errors
    assert static_flagged(schema)[("authors", "au_lname")] == "identity.person_name"


def test_a_crlf_script_s_go_lines_end_its_batches(tmp_path):
    # SQL Server Management Studio writes CRLF: lead25 missed `GO\r`, so without --dialect the
    # MySQL reading took pubs' whole script for one `SET NOCOUNT ON …` statement, read "every
    # statement" of it and checked no column at all
    script = "SET NOCOUNT ON\nGO\nset nocount    on\nUSE master\ndeclare @dttm varchar(55)\nGO\n" + PUBS.replace(
        "GO\ninsert", "GO\nSET NOCOUNT ON\ninsert")
    (tmp_path / "instpubs.sql").write_bytes(script.replace("\n", "\r\n").encode())
    schema = read_static([tmp_path])
    flagged = static_flagged(schema)
    assert flagged[("authors", "au_lname")] == "identity.person_name"
    assert flagged[("authors", "au_fname")] == "identity.person_name"


def test_a_dialect_that_swallows_the_tables_is_not_detected():
    # no semicolon, no GO, no hint: PostgreSQL and MySQL read it as one `SET NOCOUNT ON …`
    # statement without an error and find no column; T-SQL opens a statement at each CREATE
    script = ("SET NOCOUNT ON\nCREATE TABLE authors (au_id varchar(11) PRIMARY KEY, au_lname varchar(40), "
              "au_fname varchar(20))\nCREATE TABLE titles (title_id varchar(6), title varchar(80))\n")
    assert detect_dialect(script, "instpubs.sql") == "tsql"
    flagged = static_flagged(columns_from_sql(script, None, "instpubs.sql"))
    assert flagged[("authors", "au_lname")] == "identity.person_name"
