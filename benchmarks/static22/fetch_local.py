"""Bring the projects of the twenty-second static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:oracle-samples/db-sample-schemas,
    #   github:openmrs/openmrs-core, github:YunaiV/ruoyi-vue-pro, github:macrozheng/mall,
#   github:fatihadas/db-northwind-pubs
    python benchmarks/static22/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static22 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))
from local_projects import Projects, main  # noqa: E402  (the shared copier, beside score.py)

PROJECTS: Projects = {
    # Oracle's own sample schemas in Oracle SQL (Human Resources: employees with names, e-mail,
    # phone, hire date, salary and manager; Customer Orders: customers with e-mail and full name,
    # stores with addresses and coordinates, orders, shipments with delivery addresses; Sales
    # History: customers with names, gender, birth year, marital status, street address, postal
    # code, city, phone, e-mail, income level and credit limit). `VARCHAR2`, `NUMBER`, identity
    # columns, `ALTER TABLE … ADD CONSTRAINT`, `COMMENT ON COLUMN`.
    "oracle_samples": ("oracle-samples/db-sample-schemas", "6660bad68c07bd143430ace58565b3f727e17263",
                       [("human_resources/hr_create.sql", "hr_create.sql"),
                        ("customer_orders/co_create.sql", "co_create.sql"),
                        ("sales_history/sh_create.sql", "sh_create.sql")], (".sql",)),
    # A medical record system's Liquibase XML changelog (OpenMRS 2.9's schema-only snapshot:
    # persons with names, addresses, birth dates and attributes, patients and their identifiers,
    # users, providers, encounters, visits, observations, orders, relationships, locations;
    # `creator`, `changed_by`, `voided_by`, `retired_by` on every table).
    "openmrs_liquibase": ("openmrs/openmrs-core", "4d92b490aaa25fbd255be0d08a04da4772a03e3b",
                          [("api/src/main/resources/org/openmrs/liquibase/snapshots/schema-only/"
                            "liquibase-schema-only-2.9.x.xml", "liquibase-schema-only-2.9.x.xml")],
                          (".xml",)),
    # A Chinese admin and commerce platform's SQL Server script (RuoYi-Vue-Pro: admin users with
    # nickname, e-mail, mobile, sex, avatar and login IP, login and operation logs with IP and
    # user agent, members, OAuth2 tokens, social users, notifications, mails and SMS logs with the
    # recipient's address and number; `[dbo]` names, `GO` batches, `sp_addextendedproperty`
    # comments in Chinese, thousands of INSERTs).
    "ruoyi_sqlserver": ("YunaiV/ruoyi-vue-pro", "e4e460d563a3b6f0b5255f9b061b258128ffd822",
                        [("sql/sqlserver/ruoyi-vue-pro.sql", "ruoyi-vue-pro.sql")], (".sql",)),
    # A Chinese e-commerce system's MySQL script (mall: members with username, nickname, phone,
    # gender, birthday, city, job and signature, login logs with IP and city, receiving addresses,
    # orders with the receiver's name, phone, province, city and street, returns with the
    # returner's name and phone, admins with e-mail and login logs, comments; Chinese `COMMENT`s).
    "mall_mysql": ("macrozheng/mall", "74eebe067d4f17b2d0b61691bef2748e3a7daf80",
                   [("document/sql/mall.sql", "mall.sql")], (".sql",)),
    # Microsoft's pubs sample database as its T-SQL install script (authors with last and first
    # name, phone, street address, city, state and ZIP, keyed by an SSN-shaped id; employees with
    # names and hire dates; publishers, stores, titles, sales, a view, procedures; user-defined
    # types `id`, `tid`, `empid`, `GO` batches, CRLF line ends).
    "pubs_tsql": ("fatihadas/db-northwind-pubs", "d5929c90385311337699c40380adc4fba8354ddb",
                  [("instpubs.sql", "instpubs.sql")], (".sql",)),
}


if __name__ == "__main__":
    main(PROJECTS, HERE, __doc__)
