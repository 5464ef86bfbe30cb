"""Bring the projects of the twenty-sixth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:mitodl/ol-data-platform,
    #   github:XOOPS/XoopsCore25, github:artoj/meta.sr.ht, github:AgileVentures/IMMI-projekt,
    #   github:jerry-s-cheng/RFM
    python benchmarks/static26/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static26 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))
from local_projects import Projects, main  # noqa: E402  (the shared copier, beside score.py)

PROJECTS: Projects = {
    # A production dbt warehouse's YAML: MIT Open Learning's ol-data-platform, the staging
    # layer of two applications (sources and models with descriptions): the Bootcamps app
    # (users, legal addresses with names, profiles with birth year, gender, company and job,
    # applications with LinkedIn URL and resume, orders, enrollments, certificates) and MIT Learn
    # (users with SCIM ids, profiles with bio, headline, location, goals and pictures, lists).
    "ol_dbt": ("mitodl/ol-data-platform", "49d7ee606c383e44cc36e832f2343fb02b01cebb",
               [("src/ol_dbt/dbt_project.yml", "dbt_project.yml"),
                ("src/ol_dbt/models/staging/bootcamps/", "models/staging/bootcamps/"),
                ("src/ol_dbt/models/staging/mitlearn/", "models/staging/mitlearn/")],
               (".yml", ".yaml")),
    # XOOPS 2.5's MySQL install schema (a CMS with a forum-like user base): users with name,
    # login, e-mail, website, instant-messenger handles, signature, occupation and interests;
    # comments with the commenter's name, e-mail and IP; private messages; who is online;
    # sessions; banner clients; the private-message and protector modules (attack log, access
    # log by IP).
    "xoops_mysql": ("XOOPS/XoopsCore25", "26e96eedea1f7bf45ad0d98db8f3adaf267506f1",
                    [("htdocs/install/sql/mysql.structure.sql", "mysql.structure.sql"),
                     ("htdocs/modules/pm/sql/mysql.sql", "modules/pm.sql"),
                     ("htdocs/modules/profile/sql/mysql.sql", "modules/profile.sql"),
                     ("htdocs/xoops_lib/modules/protector/sql/mysql.sql", "modules/protector.sql")],
                    (".sql",)),
    # The PostgreSQL schema of sourcehut's account and identity service (meta.sr.ht): users
    # with e-mail, location, bio and billing state, an audit log with IPs, PGP and SSH keys,
    # second factors, admin notes, OAuth 1/2 clients, grants and tokens, webhooks.
    "srht_meta_postgres": ("artoj/meta.sr.ht", "8c90d8eedfd70e998bc584373f69f9de47eb2128",
                           [("schema.sql", "schema.sql")], (".sql",)),
    # A membership association's Rails app (Sveriges Hundföretagare, AgileVentures'
    # IMMI-projekt) as pg_dump writes db/structure.sql: users with names, e-mail, sign-in IPs
    # and membership numbers, membership applications with phone and contact e-mail, archived
    # memberships, payments, uploaded files, member companies and their addresses.
    "shf_pgdump": ("AgileVentures/IMMI-projekt", "aab001da7923b7f9022b9b47abd1c51bcaf72a36",
                   [("db/structure.sql", "structure.sql")], (".sql",)),
    # A web shop's Segment warehouse (Redshift-style DDL, one table per tracked event): page
    # views and events with the visitor's anonymous id, user and customer ids, IP, user agent,
    # page URL, referrer and search; identifies/users with names and e-mail; orders with the
    # buyer's IP; customer-service actions with the agent and notes. The file was deleted from
    # the repository later; it is read at the commit that last changed it.
    "segment_redshift": ("jerry-s-cheng/RFM", "ccfd0b154620a2ea540342c9966c17011dd07194",
                         [("segment_production.sql", "segment_production.sql")], (".sql",)),
}


if __name__ == "__main__":
    main(PROJECTS, HERE, __doc__)
