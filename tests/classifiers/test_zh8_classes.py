"""Classes of Chinese data the zh8 blind run showed (benchmarks/zh8/README.md), each on its own."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample

RNG = random.Random(8)


def _entities(**columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name="t", source="t", kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_a_birth_month_written_in_han_is_a_birth_date():
    months = [f"{RNG.randrange(1950, 2010)}年{RNG.randrange(1, 13):02d}月" for _ in range(40)]
    assert _entities(出生年月=months)["出生年月"] == "DATE_OF_BIRTH"
    # the same month of an order is no birth
    assert _entities(下单月份=[f"2024年{m:02d}月" for m in range(1, 13)] * 3)["下单月份"] != "DATE_OF_BIRTH"


def test_a_wechat_id_is_an_account():
    ids = [f"wxid_{RNG.getrandbits(56):014x}" for _ in range(30)]
    assert _entities(微信号=ids)["微信号"] == "ACCOUNT_ID"
    assert _entities(wechat_id=ids)["wechat_id"] == "ACCOUNT_ID"


def test_what_a_user_paid_is_money_not_the_user():
    amounts = [round(RNG.uniform(5, 500), 2) for _ in range(30)]
    assert _entities(**{"用户实付金额(元)": amounts})["用户实付金额(元)"] is None
    assert _entities(user_paid_amount=amounts)["user_paid_amount"] is None


def test_tencent_f_before_every_column_is_no_part_of_the_name():
    n = 30
    found = _entities(Fid=list(range(n)), Fuin=[RNG.randrange(10**7, 10**10) for _ in range(n)],
                      Fdevice_id=[f"{RNG.getrandbits(64):016x}" for _ in range(n)],
                      Flng=[round(120 + RNG.random(), 6) for _ in range(n)],
                      Flat=[round(30 + RNG.random(), 6) for _ in range(n)])
    assert found["Fuin"] == "ACCOUNT_ID" and found["Fdevice_id"] == "DEVICE_ID"
    assert found["Flng"] == "GPS_COORDINATE" and found["Flat"] == "GPS_COORDINATE"
    # one `F` word among others is a word (`Fax`), not a mark
    assert _entities(Fuin=[RNG.randrange(10**7, 10**10) for _ in range(n)], note=["x"] * n)["Fuin"] is None


def test_a_douyin_weibo_or_alipay_id_is_the_users_account_on_that_platform():
    handles = [f"dy{RNG.randrange(10**7, 10**8)}" for _ in range(40)]
    found = _entities(抖音号=handles, 微博号=[str(RNG.randrange(10**9, 10**10)) for _ in range(40)],
                      支付宝账号=[f"u{RNG.randrange(10**6, 10**7)}@example.cn" for _ in range(40)])
    assert found["抖音号"] == "ACCOUNT_ID" and found["微博号"] == "ACCOUNT_ID"
    assert found["支付宝账号"] in ("ACCOUNT_ID", "EMAIL_ADDRESS")
