"""Bring the projects of the twenty-fourth static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:opencart/opencart, github:usememos/memos,
    #   github:fivetran/dbt_recharge_source,
    #   github:lucasgoveia/auth-service-net
    python benchmarks/static24/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static24 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))
from local_projects import Projects, main  # noqa: E402  (the shared copier, beside score.py)

PROJECTS: Projects = {
    # OpenCart 3.0's MySQL install script (an e-commerce shop: customers with names, e-mail,
    # telephone, fax and IP, addresses, orders with payment and shipping names and addresses, the
    # buyer's IP, forwarded IP, user agent and comment, returns, reviews, gift vouchers with
    # sender and recipient, customers online with the page and referrer, searches, affiliates with
    # PayPal and bank details, admin users; `oc_` prefix, backquotes, `ENGINE=MyISAM`).
    "opencart_mysql": ("opencart/opencart", "e2a1bd6f4d33d80175792e015fe107201a921723",
                       [("upload/install/opencart.sql", "opencart.sql")], (".sql",)),
    # A note-taking service's PostgreSQL schema (memos: users with username, role, e-mail,
    # nickname, avatar and bio; memos with their text, attachments with file names and bytes,
    # inbox messages between users, reactions, shares, identity-provider links).
    "memos_postgres": ("usememos/memos", "76a762924306e782871204f131f4033be5e8e41a",
                       [("store/migration/postgres/LATEST.sql", "LATEST.sql")], (".sql",)),
    # Production dbt package: Fivetran's Recharge source (a subscription-billing platform:
    # customers with names, e-mail, billing city and country, addresses with street, city,
    # province, zip and phone, charges with the buyer's IP and user agent, checkouts with e-mail
    # and phone, subscriptions with cancellation comments; descriptions through `doc()` blocks).
    "recharge_dbt": ("fivetran/dbt_recharge_source", "8e9f3bdb9339055d227e307a3b56f4dbece9f289",
                     [("dbt_project.yml", "dbt_project.yml"), ("models/", "models/")],
                     (".yml", ".yaml", ".sql", ".md")),
    # An auth service's PostgreSQL migrations, written by Atlas (users with name, avatar link,
    # e-mail and phone; login identities with username and password hash; sessions with IP, user
    # agent and device fingerprint; later migrations move columns between tables, resize and
    # re-add them).
    "auth_migrations_postgres": ("lucasgoveia/auth-service-net", "4e2a980a2323e2c77c7a75f43088ce6c875c84a6",
                                 [("src/AuthService.WebApi/atlas/migrations/", "migrations/")], (".sql",)),
}


if __name__ == "__main__":
    main(PROJECTS, HERE, __doc__)
