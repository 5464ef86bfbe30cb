"""Bring the projects of the twenty-third static benchmark onto this machine, from GitHub snapshots.

The snapshots are brought by the tool library's `fetch` tool (in this workplace only: it
leaves a bare git directory under /work/.mirror/<owner>+<name>/repo); this script copies the
files each project reads out of the pinned commit into `projects/` (git-ignored: none of these
repositories' code is committed here, only our labels). SOURCES.md lists each repository,
commit, files and licence.

    # once per machine, with the fetch tool: github:healthchecks/healthchecks,
    #   github:babybuddy/babybuddy, github:CTFd/CTFd, github:lukevella/rallly,
    #   github:alphagov/e-petitions
    python benchmarks/static23/fetch_local.py [--mirror /work/.mirror]
    python benchmarks/static/score.py --bench benchmarks/static23 --verbose
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "static"))
from local_projects import Projects, main  # noqa: E402  (the shared copier, beside score.py)

PROJECTS: Projects = {
    # A cron-job monitor's Django models (healthchecks.io: profiles with a time zone, projects
    # with an owner, members, WebAuthn credentials; checks, pings with the caller's IP address
    # and user agent, notification channels whose value is an e-mail, phone number or URL;
    # subscriptions with an invoice e-mail).
    "healthchecks_django": ("healthchecks/healthchecks", "29b5ec251059034b79e0120e2ff0c3e35d7bd9f8",
                            [(f"hc/{app}/models.py", f"hc/{app}/models.py")
                             for app in ("api", "logs", "payments", "accounts")], (".py",)),
    # A baby tracker's Django models (Baby Buddy: children with names, birth date and time and a
    # picture; feedings, sleeps, diaper changes, measurements, medications and notes about each
    # child; user settings with a time zone; `verbose_name` on every field).
    "babybuddy_django": ("babybuddy/babybuddy", "fa8bf4cd66ed149e23c215763a49a2f76dbcd2b7",
                         [("babybuddy/models.py", "babybuddy/models.py"), ("core/models.py", "core/models.py")],
                         (".py",)),
    # A capture-the-flag platform's Flask-SQLAlchemy models (CTFd: users with name, e-mail,
    # country, affiliation and website, teams with a captain, submissions and tracking with IP
    # addresses, comments, ratings with reviews, custom field entries; single-table inheritance:
    # subclasses add columns to their parent's table).
    "ctfd_sqlalchemy": ("CTFd/CTFd", "91ced62d44d3ec3142a0948ee96ed19947cfc979",
                        [("CTFd/models/__init__.py", "CTFd/models/__init__.py")], (".py",)),
    # A scheduling app's Prisma schema split over model files (Rallly: users with name, e-mail,
    # time zone and image, sessions with IP address and user agent, OAuth accounts, polls,
    # participants with name, e-mail and note, comments with the author's name, invites,
    # scheduled events and their invitees, licences with the licensee's name and e-mail;
    # `@map`/`@@map` names, `///` doc comments).
    "rallly_prisma": ("lukevella/rallly", "c629b3148024e40a115a731d3660d725c9329b0e",
                      [("packages/database/prisma/", "prisma/")], (".prisma",)),
    # The UK Parliament petitions site's Rails schema (e-petitions' db/schema.rb: signatures with
    # the signer's name, e-mail, postcode, IP address and constituency, archived signatures,
    # admin users with sign-in IPs, feedback with e-mail, user agent and IP, trending IPs,
    # invalidation rules, petitions' texts).
    "epetitions_rails": ("alphagov/e-petitions", "c87c8b6037429f8feb9180f7306e6a21399c1659",
                         [("db/schema.rb", "db/schema.rb")], (".rb",)),
}


if __name__ == "__main__":
    main(PROJECTS, HERE, __doc__)
