"""Bring the projects of the twenty-eighth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:beyondessential/tamanu,
    #   github:mitreid-connect/OpenID-Connect-Java-Spring-Server, github:travis-ci/travis-migrations,
    #   github:coppermine-gallery/cpg1.6.x, github:bcgov/GDX-Analytics
    python benchmarks/static28/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static28 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))
from local_projects import Projects, main  # noqa: E402  (the shared copier, beside score.py)

_TAMANU_PUBLIC = ("patients", "patient_additional_data", "patient_contacts", "patient_secondary_ids",
                  "patient_communications", "patient_death_data", "users", "user_login_attempts",
                  "one_time_logins", "portal_users", "refresh_tokens", "devices", "appointments",
                  "notes", "document_metadata", "encounters", "facilities", "generic")
_MITREID = "openid-connect-server-webapp/src/main/resources/db/psql/"
_GDX = "microservices/"

PROJECTS: Projects = {
    # A production dbt project's source YAML with doc blocks (Tamanu, an electronic health record
    # used by Pacific health ministries): patients with names, birth date, sex, village, e-mail;
    # their additional data (phones, addresses, passport, national ids, parents' names); contacts;
    # secondary ids; messages sent to patients; users (clinicians) with e-mail, name, phone; login
    # attempts, one-time logins, portal users, refresh tokens, devices; appointments, notes,
    # documents, encounters; an access log. Each table's `.md` doc blocks beside it.
    "tamanu_dbt": ("beyondessential/tamanu", "dd80ca4dfb82b4bdb309c80333677a3c2288a824",
                   [(f"database/model/public/{t}.{x}", f"models/public/{t}.{x}")
                    for t in _TAMANU_PUBLIC for x in ("yml", "md")]
                   + [(f"database/model/logs/{t}.{x}", f"models/logs/{t}.{x}")
                      for t in ("accesses", "generic") for x in ("yml", "md")],
                   (".yml", ".md")),
    # MITREid Connect's PostgreSQL tables (an OpenID Connect server): user info with every OIDC
    # claim (names, e-mail, phone, address, birthdate, gender, locale), approved sites, access
    # and refresh tokens, authorization codes, clients, whitelists, Spring Security users.
    "mitreid_oidc_postgres": ("mitreid-connect/OpenID-Connect-Java-Spring-Server",
                              "d074573de0c8b8e339add89a17a2bd000a1c6378",
                              [(f"{_MITREID}psql_database_tables.sql", "psql_database_tables.sql"),
                               (f"{_MITREID}security-schema.sql", "security-schema.sql")],
                              (".sql",)),
    # Travis CI's pg_dump schema (db/main/structure.sql, 2017): users with login, name, e-mail and
    # GitHub tokens; commits with author and committer names and e-mails; builds, jobs, requests;
    # organizations, memberships, permissions, e-mails, stars, broadcasts, abuses.
    "travis_pgdump": ("travis-ci/travis-migrations", "92116bd6510afe88cf314db9ac50032e24ee09f8",
                      [("db/main/structure.sql", "structure.sql")], (".sql",)),
    # Coppermine Photo Gallery's MySQL install script: users with name, e-mail, IPs and profile
    # fields; pictures with the uploader's IP and keywords; comments with author and IP; votes,
    # banned users and IPs, ecards sent with sender and recipient names, e-mails and IP; hits.
    "coppermine_mysql": ("coppermine-gallery/cpg1.6.x", "45e4f2aed774dc2123cb333844a76cbbfde8bcee",
                         [("sql/schema.sql", "schema.sql")], (".sql",)),
    # The British Columbia government's GDX Analytics Redshift DDL (an analytics warehouse): CMS
    # users' activity and groups, asset downloads with the visitor's IP, user agent and referrer,
    # Service BC call centre records, survey responses, office information.
    "gdx_redshift": ("bcgov/GDX-Analytics", "3f9269f7aefe1f4c436a5d390033ee864644858d",
                     [(f"{_GDX}s3_to_redshift/ddl/", "ddl/"),
                      (f"{_GDX}cmslitemetadata_to_redshift/ddl/", "ddl/")],
                     (".sql",)),
}


if __name__ == "__main__":
    main(PROJECTS, HERE, __doc__)
