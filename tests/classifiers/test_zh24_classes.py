"""Classes of Chinese data the zh24 blind run showed (benchmarks/zh24/README.md), each on its own."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample

RNG = random.Random(24)
# (Build.BRAND, Build.MODEL, SDK_INT, screen width, screen height) as an app reads them
PHONES = [("HUAWEI", "ALN-AL00", 31, 1260, 2720), ("vivo", "V2309A", 34, 1260, 2800), ("Xiaomi", "23127PN0CC", 34, 1200, 2670),
          ("OPPO", "PHZ110", 34, 1264, 2780), ("HONOR", "BVL-AN00", 33, 1200, 2664), ("OnePlus", "PJD110", 34, 1440, 3168)]


def _entities(name: str, **columns: list) -> dict[str, str | None]:
    # typed as SQLite declares them (INTEGER, TEXT)
    fields = [FieldSample(path=p, values=pa.array(v), declared_type="INTEGER" if isinstance(v[0], int) else "TEXT")
              for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def _device_table(name: str, n: int = 80) -> dict[str, str | None]:
    phones = [RNG.choice(PHONES) for _ in range(n)]
    return _entities(name, d_id=list(range(1, n + 1)), width=[p[3] for p in phones], height=[p[4] for p in phones],
                     android_version=[p[2] for p in phones], device_id=[f"{RNG.getrandbits(64):016x}" for _ in phones],
                     mobile_model=[p[1] for p in phones], mobile_type=[p[0] for p in phones])


def test_an_event_collector_s_device_table_without_comments():
    """EventCollect's SQLite `device_data` (no comments: SQLite keeps none): a bare `width` and
    `height` in a table of devices are its screen, `android_version` (Build.VERSION.SDK_INT, an
    integer) the system, `mobile_type` (Build.BRAND) the maker beside `mobile_model`."""
    found = _device_table("event_collect.db/device_data")
    assert found["width"] == found["height"] == "SCREEN_RESOLUTION"
    assert found["android_version"] == "OPERATING_SYSTEM"
    assert found["mobile_type"] == "DEVICE_MODEL"


def test_a_width_and_height_elsewhere_are_no_screen():
    """An image's or a product's width and height, beside a device id or not, are sizes of those."""
    n = 80
    sizes = [(RNG.choice([640, 1080, 1280, 1920]), RNG.choice([480, 720, 960, 1440])) for _ in range(n)]
    for table in ("media_files", "goods_image"):
        found = _entities(table, id=list(range(n)), width=[s[0] for s in sizes], height=[s[1] for s in sizes],
                          device_id=[f"{RNG.getrandbits(64):016x}" for _ in range(n)])
        assert found["width"] != "SCREEN_RESOLUTION" and found["height"] != "SCREEN_RESOLUTION"


def test_a_login_log_s_user_agent_parsed_into_browser_and_platform():
    """zero-admin's `sys_login_log` keeps the user agent parsed (Go's user-agent parser):
    `browser` 浏览器类型 (`Chrome`, `Edge`, `QQ浏览器`) is the agent reduced to its browser, and
    `platform` 平台信息 (`Windows`, `Macintosh`) the system; a browser's name alone, or under a
    product's name, is no agent."""
    n = 120
    found = _entities("sys_login_log", id=list(range(n)),
                      platform=[RNG.choice(["Windows", "Windows", "Macintosh", "X11"]) for _ in range(n)],
                      browser=[RNG.choice(["Chrome", "Edge", "Safari", "Firefox", "QQ浏览器"]) for _ in range(n)])
    assert found["browser"] == "USER_AGENT"
    assert found["platform"] == "OPERATING_SYSTEM"
    goods = _entities("t", product=[RNG.choice(["Chrome", "Edge", "Safari"]) for _ in range(n)],
                      c07=[RNG.choice(["Chrome", "Edge", "Safari"]) for _ in range(n)])
    assert goods["product"] != "USER_AGENT" and goods["c07"] != "USER_AGENT"
