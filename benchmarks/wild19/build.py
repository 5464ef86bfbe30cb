"""Build the nineteenth wild benchmark: public data nobody on the team wrote, none of it in
wild..wild18, logs2 or realdata (Loghub's raw OpenSSH and Android logs are in realdata; here
are Loghub's parsed tables, another form and four other systems).

    # once per machine, with the tool library's fetch tool: github:Shopify/shopify_python_api,
    #   github:stripe/openapi, github:matrix-org/matrix-spec, github:logpai/loghub
    bash benchmarks/wild19/install.sh          # the androidtv sdist into a cache folder
    python benchmarks/wild19/build.py OUT_DIR

Every value comes from a pinned commit of a public repository or a PyPI archive; nothing is
generated here. Kinds of source (SOURCES.md says where each comes from and under what licence):

- e-commerce API JSON: the Shopify Admin API's customers, orders, draft orders, checkouts and
  staff users as shopify_python_api's test fixtures hold them;
- payment API objects: Stripe's example objects (customer, charge, payment method, card,
  source, issuing cardholder and card, invoice, terminal location) from stripe/openapi;
- chat events: the Matrix client-server spec's event examples (room membership, messages of
  every kind, presence, reactions, stickers, room state);
- parsed system logs: Loghub's `*_2k.log_structured.csv` of Android, OpenSSH, Linux, Mac,
  HealthApp and Proxifier (each line's fields, its free-text message and its template);
- device data: Android TV devices' properties and the app package names androidtv 0.0.75
  knows, the processes a Fire TV's `ps` lists in its tests.

No data file is committed; this script writes every file into OUT_DIR.
"""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from public_data import Archives, build_main, flatten, write_csv
from public_data import write_ndjson as write_all_keys

CACHE = Path(os.environ.get("WILD19_CACHE", Path.home() / ".cache/datamap-wild19"))
MIRROR = Path(os.environ.get("WILD19_MIRROR", "/work/.mirror"))
INSTALL = "benchmarks/wild19/install.sh"
ARCHIVES = Archives(CACHE, {"androidtv": "androidtv-0.0.75.tar.gz"}, INSTALL)

#: repository -> the commit every file of it is read at
COMMITS = {
    "Shopify/shopify_python_api": "307fa92c92e08036f379bc039abc937fc20a1ebf",
    "stripe/openapi": "f6c2a48fbac2819d1feba8143d942ffc65e1c0d2",
    "matrix-org/matrix-spec": "d0ba2aaef801e0134a4e5c6054a2c2f41bb55531",
    "logpai/loghub": "dd61d0952749ee7963bde24220d1be5ede023033",
}


def git_dir(repo: str) -> Path:
    path = MIRROR / repo.replace("/", "+") / "repo"
    if not path.exists():
        raise SystemExit(f"{path} is missing: bring github:{repo} with the fetch tool")
    return path


def git_show(repo: str, path: str) -> bytes:
    """One file of `repo` at its pinned commit."""
    return subprocess.run(["git", "--git-dir", str(git_dir(repo)), "show",
                           f"{COMMITS[repo]}:{path}"], check=True, capture_output=True).stdout


def git_ls(repo: str, folder: str) -> list[str]:
    """The paths of the files under `folder` at the pinned commit, sorted."""
    out = subprocess.run(["git", "--git-dir", str(git_dir(repo)), "ls-tree", "-r", "--name-only",
                          COMMITS[repo], folder], check=True, capture_output=True, text=True)
    return sorted(out.stdout.split())


def write_ndjson(path: Path, rows: list[dict]) -> None:
    """`rows` as NDJSON without the keys that hold an empty string in every row (a field of
    nothing is no field to label)."""
    empty = {k for row in rows for k in row} - {k for row in rows for k, v in row.items()
                                                if v != ""}
    write_all_keys(path, [{k: v for k, v in row.items() if k not in empty} for row in rows])


# -- Shopify Admin API fixtures ----------------------------------------------------------------

SHOPIFY = "Shopify/shopify_python_api"


def shopify_records(files: list[tuple[str, str]]) -> list[dict]:
    """The records under `key` (one object or a list of them) of each fixture file. The money
    sets (`total_price_set.shop_money.amount`…: each price again in the shop's and the buyer's
    currency) are left out, twenty-four copies of prices that are there already."""
    rows = []
    for name, key in files:
        value = json.loads(git_show(SHOPIFY, f"test/fixtures/{name}"))[key]
        for record in value if isinstance(value, list) else [value]:
            rows.append({k: v for k, v in flatten(record).items() if "_set." not in k})
    return rows


def shopify(out: Path) -> None:
    write_ndjson(out / "shopify_customers.ndjson", shopify_records([
        ("customer.json", "customer"), ("customers_search.json", "customers"),
        ("customer_saved_search_customers.json", "customers")]))
    write_ndjson(out / "shopify_orders.ndjson", shopify_records([
        ("order.json", "order"), ("orders.json", "orders")]))
    write_ndjson(out / "shopify_draft_orders.ndjson", shopify_records([
        ("draft_order.json", "draft_order"), ("draft_orders.json", "draft_orders")]))
    write_ndjson(out / "shopify_checkouts.ndjson", shopify_records([
        ("checkouts.json", "checkouts")]))
    write_ndjson(out / "shopify_users.ndjson", shopify_records([
        ("user.json", "user"), ("users.json", "users")]))


# -- Stripe's example objects ------------------------------------------------------------------

STRIPE_OBJECTS = ["customer", "charge", "payment_method", "card", "source",
                  "issuing.cardholder", "issuing.card", "invoice", "terminal.location"]


def stripe(out: Path) -> None:
    resources = json.loads(git_show("stripe/openapi", "openapi/fixtures3.json"))["resources"]
    for name in STRIPE_OBJECTS:
        write_ndjson(out / f"stripe_{name.replace('.', '_')}.ndjson", [flatten(resources[name])])


# -- Matrix client-server spec: event examples -------------------------------------------------

MATRIX = "matrix-org/matrix-spec"
EXAMPLES = "data/event-schemas/examples/"
#: room state whose content is keyed by user ids or carries keys and image packs, left out
MATRIX_SKIP = ("m.room.encrypted", "m.room.power_levels", "m.room.image_pack",
               "m.room.server_acl")


def matrix_event(path: str) -> dict:
    """An example with its `$ref` chain (core/room_event.json, core/event.json) merged under
    it, as the spec's renderer does."""
    event = json.loads(git_show(MATRIX, path))
    ref = event.pop("$ref", None)
    if ref is None:
        return event
    base = matrix_event(os.path.normpath(os.path.join(os.path.dirname(path), ref)))
    return {**base, **event}


def matrix(out: Path) -> None:
    rows = []
    for path in git_ls(MATRIX, EXAMPLES):
        name = Path(path).name
        if not (name.startswith(("m.room.", "m.presence", "m.reaction", "m.sticker"))
                and not name.startswith(MATRIX_SKIP)):
            continue
        rows.append(flatten(matrix_event(path)))
    write_ndjson(out / "matrix_events.ndjson", rows)


# -- Loghub: parsed system logs ----------------------------------------------------------------

LOGHUB_SYSTEMS = ["Android", "OpenSSH", "Linux", "Mac", "HealthApp", "Proxifier"]


def loghub(out: Path) -> None:
    for system in LOGHUB_SYSTEMS:
        blob = git_show("logpai/loghub", f"{system}/{system}_2k.log_structured.csv")
        (out / f"loghub_{system.lower()}.csv").write_bytes(blob)


# -- androidtv: device properties, known apps, a Fire TV's processes ---------------------------

def module_constants(blob: bytes) -> dict[str, object]:
    """The module-level `NAME = literal` assignments of a Python file, read with `ast` (never
    imported); names bound to other names are resolved against earlier constants."""
    found: dict[str, object] = {}
    for node in ast.parse(blob.decode("utf-8")).body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)):
            continue
        if isinstance(node.value, ast.Dict):
            keys = [found.get(k.id) if isinstance(k, ast.Name) else
                    getattr(k, "value", None) for k in node.value.keys]
            try:
                values = [ast.literal_eval(v) for v in node.value.values]
            except ValueError:
                continue
            found[node.targets[0].id] = dict(zip(keys, values))
            continue
        try:
            found[node.targets[0].id] = ast.literal_eval(node.value)
        except ValueError:
            continue
    return found


def androidtv(out: Path) -> None:
    devices, seen = [], set()
    for _name, blob in ARCHIVES.tar_members("androidtv", r"/tests/test_\w+\.py$"):
        for name, value in module_constants(blob).items():
            if name.startswith("DEVICE_PROPERTIES_DICT") and isinstance(value, dict):
                key = json.dumps(value, sort_keys=True)
                if key not in seen:
                    seen.add(key)
                    devices.append(value)
    header = sorted({k for d in devices for k in d})
    write_csv(out / "androidtv_devices.csv", header,
              [["" if d.get(k) is None else d[k] for k in header] for d in devices])

    constants = module_constants(ARCHIVES.one_member("androidtv", r"androidtv/constants\.py$"))
    write_csv(out / "androidtv_apps.csv", ["package", "app_name"],
              sorted(constants["APPS"].items()))

    firetv = module_constants(ARCHIVES.one_member("androidtv", r"/tests/test_firetv_sync\.py$"))
    lines = [line.split() for line in firetv["RUNNING_APPS_OUTPUT"].splitlines() if line.strip()]
    write_csv(out / "firetv_processes.csv",
              ["USER", "PID", "PPID", "VSIZE", "RSS", "WCHAN", "PC", "S", "NAME"], lines)


def main() -> None:
    build_main(__doc__, __file__, (shopify, stripe, matrix, loghub, androidtv))


if __name__ == "__main__":
    main()
