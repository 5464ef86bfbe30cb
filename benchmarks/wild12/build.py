"""Build the twelfth wild benchmark: public data nobody on the team wrote, none of it in wild..wild11,
logs2 or realdata.

    bash benchmarks/wild12/install.sh          # the packages' archives into a cache folder
    python benchmarks/wild12/build.py OUT_DIR

Every value comes from a package archive (PyPI); nothing is generated here. Kinds of source
(SOURCES.md says where each comes from and under what licence):

- device tables: the SMART data of 34 real disks (smartctl through pySMART's test suite), the
  kernel's ARP table of four machines, `arp -a` and `ifconfig` outputs of a dozen operating
  systems (getmac's test samples; the last two kept as free-form logs);
- medical-record CSVs: the PhysioNet/CinC Challenge 2012 ICU stays, the right heart
  catheterisation (SUPPORT) study and the Mayo Clinic PBC trial, as tableone ships them;
- a sample database: the Django fixtures of Wagtail's test and demo sites (users, pages, people,
  event speakers, form submissions, images, documents, groups, view restrictions);
- an address book: khard's test vCards;
- mail: the headers of the real (mostly spam) messages of mail-parser's test suite.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import email
import email.policy
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import Archives, build_main, write_csv, write_ndjson

CACHE = Path(os.environ.get("WILD12_CACHE", Path.home() / ".cache/datamap-wild12"))
ARCHIVES = Archives(
    CACHE,
    {
        "pysmart": "pysmart-1.4.3.tar.gz",
        "getmac": "getmac-0.9.6.tar.gz",
        "tableone": "tableone-0.9.6.tar.gz",
        "wagtail": "wagtail-8.0.1.tar.gz",
        "khard": "khard-0.21.0.tar.gz",
        "mailparser": "mail_parser-4.8.0.tar.gz",
    },
    "benchmarks/wild12/install.sh")


# -- pySMART: one row per disk ------------------------------------------------------------------

def smart_devices(out: Path) -> None:
    rows = []
    for _name, blob in ARCHIVES.tar_members("pysmart", r"tests/dataset/singletests/[^/]+/device\.json$"):
        device = json.loads(blob)
        values = device.get("values") or {}
        row = {key: value for key, value in values.items()
               if not isinstance(value, (dict, list))}
        rows.append(row)
    write_ndjson(out / "smart_devices.ndjson", rows)


# -- getmac: the kernel's ARP table, arp -a and ifconfig outputs ----------------------------------

def arp_tables(out: Path) -> None:
    header, rows = None, []
    for _name, blob in ARCHIVES.tar_members("getmac", r"tests/samples/.*(cat_proc-net-arp|proc_net_arp)\.out$"):
        lines = [line for line in blob.decode("utf-8", "replace").splitlines() if line.strip()]
        header = ["IP address", "HW type", "Flags", "HW address", "Mask", "Device"]
        for line in lines[1:]:
            parts = line.split()
            if len(parts) == 6:
                rows.append(parts)
    write_csv(out / "proc_net_arp.csv", header, rows)


def command_logs(out: Path) -> None:
    for pattern, target in ((r"tests/samples/.*/arp_-?an?\.out$", "arp_a.log"),
                            (r"tests/samples/.*ifconfig\.out$", "ifconfig.log")):
        text = "".join(blob.decode("utf-8", "replace").rstrip("\n") + "\n"
                       for _name, blob in ARCHIVES.tar_members("getmac", pattern))
        (out / target).write_text(text, encoding="utf-8")


# -- tableone's medical datasets ----------------------------------------------------------------

def medical_csvs(out: Path) -> None:
    for pattern, target in ((r"/data/pn2012_demo\.csv$", "pn2012_demo.csv"),
                            (r"/datasets/rhc\.csv$", "rhc.csv"),
                            (r"/datasets/pbc\.csv$", "pbc.csv")):
        text = ARCHIVES.one_member("tableone", pattern).decode("utf-8")
        lines = text.splitlines(keepends=True)
        (out / target).write_text("".join(lines[:3001]), encoding="utf-8")


# -- Wagtail's Django fixtures: one NDJSON file per model -----------------------------------------

WAGTAIL_MODELS = {
    # model in the fixture -> file written
    "customuser.customuser": "wagtail_customuser.ndjson",
    "emailuser.emailuser": "wagtail_emailuser.ndjson",
    "wagtailcore.page": "wagtail_page.ndjson",
    "demosite.personpage": "wagtail_personpage.ndjson",
    "demosite.eventpagespeaker": "wagtail_eventpagespeaker.ndjson",
    "tests.eventpagespeaker": "wagtail_eventpagespeaker.ndjson",
    "tests.eventpage": "wagtail_eventpage.ndjson",
    "wagtailforms.formsubmission": "wagtail_formsubmission.ndjson",
    "tests.customformpagesubmission": "wagtail_customformpagesubmission.ndjson",
    "tests.formpage": "wagtail_formpage.ndjson",
    "wagtailimages.image": "wagtail_image.ndjson",
    "wagtaildocs.document": "wagtail_document.ndjson",
    "wagtaildocs.Document": "wagtail_document.ndjson",
    "auth.group": "wagtail_group.ndjson",
    "wagtailcore.pageviewrestriction": "wagtail_pageviewrestriction.ndjson",
    "wagtailcore.site": "wagtail_site.ndjson",
    "demosite.homepagecarouselitem": "wagtail_carouselitem.ndjson",
    "demosite.standardpagecarouselitem": "wagtail_carouselitem.ndjson",
    "demosite.blogentrypagecarouselitem": "wagtail_carouselitem.ndjson",
}


def wagtail(out: Path) -> None:
    tables: dict[str, list[dict]] = {}
    pattern = r"wagtail/test/(testapp|demosite|customuser|emailuser)/fixtures/(test|demosite)\.json$"
    for _name, blob in ARCHIVES.tar_members("wagtail", pattern):
        for record in json.loads(blob):
            target = WAGTAIL_MODELS.get(record["model"])
            if target:
                tables.setdefault(target, []).append({"pk": record["pk"], **record["fields"]})
    for target, rows in tables.items():
        write_ndjson(out / target, rows)


# -- khard's test vCards ------------------------------------------------------------------------

VCARD_PROPERTIES = ["UID", "KIND", "FN", "N", "NICKNAME", "BDAY", "EMAIL", "TEL", "ADR", "ORG",
                    "CATEGORIES", "NOTE"]


def vcards(out: Path) -> None:
    rows, seen = [], set()
    for name, blob in ARCHIVES.tar_members("khard", r"test/fixture/.*\.vcf$"):
        text = blob.decode("utf-8", "replace").replace("\r\n", "\n")
        text = re.sub(r"\n[ \t]", "", text)  # unfold continuation lines
        if "BEGIN:VCARD" not in text or text in seen:
            continue
        seen.add(text)
        card: dict[str, str] = {}
        for line in text.splitlines():
            if ":" not in line:
                continue
            key, value = line.split(":", 1)
            prop = key.split(";")[0].split(".")[-1].upper()
            if prop in VCARD_PROPERTIES and prop not in card:
                card[prop] = value
        rows.append([card.get(prop, "") for prop in VCARD_PROPERTIES])
    write_csv(out / "vcards.csv", VCARD_PROPERTIES, rows)


# -- mail-parser's test messages: their headers ---------------------------------------------------

MAIL_HEADERS = ["From", "To", "Cc", "Reply-To", "Return-Path", "Delivered-To", "Subject", "Date",
                "Message-ID", "X-Mailer", "Received",
                "Received-SPF", "Authentication-Results", "Content-Type", "X-Priority"]


def mail_headers(out: Path) -> None:
    rows = []
    for _name, blob in ARCHIVES.tar_members("mailparser", r"tests/mails/mail_[^/]+$"):
        message = email.message_from_bytes(blob, policy=email.policy.compat32)
        row = []
        for header in MAIL_HEADERS:
            value = message.get(header)
            row.append(re.sub(r"\s+", " ", str(value)).strip() if value is not None else "")
        rows.append(row)
    write_csv(out / "mail_headers.csv", MAIL_HEADERS, rows)


def main() -> None:
    build_main(__doc__, __file__, (
        smart_devices, arp_tables, command_logs, medical_csvs, wagtail, vcards, mail_headers))


if __name__ == "__main__":
    main()
