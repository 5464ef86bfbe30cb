"""Bring the projects of the twenty-seventh static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:tuva-health/tuva, github:e107inc/e107,
    #   github:elemental-zcash/sso, github:philomena-dev/philomena,
    #   github:dotcomrow/terraform-google-ecomm
    python benchmarks/static27/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static27 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))
from local_projects import Projects, main  # noqa: E402  (the shared copier, beside score.py)

_TUVA_INPUT = ("appointment", "eligibility", "encounter", "location", "patient", "pharmacy_claim",
               "practitioner", "provider_attribution")

PROJECTS: Projects = {
    # A production-size dbt project's schema YAML with long descriptions: the Tuva Project's
    # healthcare input layer (eligibility with the member's name, birth and death dates, sex,
    # race, address, phone, e-mail and SSN; patients; practitioners; pharmacy claims; encounters;
    # appointments; provider attribution).
    "tuva_dbt": ("tuva-health/tuva", "6be34c7add402a897dd020fa51c6be586847eb41",
                 [("dbt_project.yml", "dbt_project.yml")]
                 + [(f"models/input_layer/input_layer__{m}.yml", f"models/input_layer/input_layer__{m}.yml")
                    for m in _TUVA_INPUT],
                 (".yml",)),
    # e107's MySQL install script (a CMS with forum-like members): users with login and display
    # names, e-mail, IPs, signatures and custom fields; comments with the commenter's name, IP
    # and text; news submitted by visitors; who is online; admin and audit logs; banners.
    "e107_mysql": ("e107inc/e107", "6b909d84926c991617bab057afcd27b6b7827128",
                   [("e107_core/sql/core_sql.php", "core_sql.sql")], (".php",)),
    # The PostgreSQL tables of Elemental Zcash's SSO service (an OAuth 2 server): users with
    # username, e-mail, names and verification tokens, OAuth clients, codes and tokens, scopes.
    "zcash_sso_postgres": ("elemental-zcash/sso", "84fed2e1328cd4b8201b0ed865a077f9fdb7d014",
                           [(f"packages/api/src/data/pg/sql/{t}/create.sql", f"{t.rsplit('/', 1)[-1]}.sql")
                            for t in ("user", "oauth/oauth_clients", "oauth/oauth_authorization_codes",
                                      "oauth/oauth_tokens", "oauth/oauth_scopes")],
                           (".sql",)),
    # Philomena's pg_dump schema (an image board, Derpibooru's software): users with e-mail,
    # names, sign-in IPs, descriptions; images, comments and posts with the poster's IP,
    # fingerprint, user agent and referrer; bans by IP and fingerprint; reports; messages.
    "philomena_pgdump": ("philomena-dev/philomena", "e84f22a15458f40a002805f14c1e8d9fc0b64cc6",
                         [("priv/repo/structure.sql", "structure.sql")], (".sql",)),
    # A web shop's BigQuery dataset as Terraform (`google_bigquery_table` with JSON schemas):
    # customers and their addresses, carts and orders with the buyer's e-mail, names, phone and
    # addresses, admin users, password reset tokens, payments.
    "ecomm_bigquery_tf": ("dotcomrow/terraform-google-ecomm", "49a38b9a992d1444d96ad722b115e85d05fb75eb",
                          [("tables/", "tables/")], (".tf",)),
}


if __name__ == "__main__":
    main(PROJECTS, HERE, __doc__)
