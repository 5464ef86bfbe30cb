"""Classes of Chinese data the zh9 blind run showed (benchmarks/zh9/README.md), each on its own."""
from __future__ import annotations

import random

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.names import expand, tokenize
from classifiers.recognizers.payment_card import is_card_number
from datamap.flatten import fields_from_table
from datamap.model import DatasetSample, FieldSample

RNG = random.Random(9)


def _entities(name: str = "t", **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source=name, kind="table", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def _mobile() -> str:
    return f"1{RNG.choice('3589')}{RNG.randrange(10**8, 10**9)}"


def test_excel_text_formula_cells_are_read_as_the_text_inside():
    phones = [f'="{_mobile()}"' for _ in range(30)] + [""] * 5
    fields = fields_from_table(pa.table({"顾客电话": phones}))
    assert fields[0].values.to_pylist()[0] == phones[0][2:-1]
    found = classify_dataset(DatasetSample(name="t", source="t", kind="table", fields=fields), embedded=False)
    assert found[0].best().entity == "PHONE_NUMBER"
    # a column where only some cells are formulas, or formulas that compute, stays as written
    mixed = ['="1"', "2"] * 10
    assert fields_from_table(pa.table({"x": mixed}))[0].values.to_pylist() == mixed
    sums = ["=SUM(A1:A3)"] * 10
    assert fields_from_table(pa.table({"x": sums}))[0].values.to_pylist() == sums


def test_a_qq_number_is_an_account_and_the_table_keeps_its_own_key():
    assert expand(tokenize("QQ号")) == ("qq", "id")
    assert expand(tokenize("QQ号码")) == ("qq", "id")
    n = 40
    qq = [str(RNG.randrange(10**5, 10**10)) for _ in range(n)]
    found = _entities("ods_yh_jbxx_df", yh_id=list(range(100000000, 100000000 + n)), xingming=["张伟", "欧阳娜", "王芳", "李强"] * 10,
                      shoujihao=[_mobile() for _ in range(n)], qq=qq, youxiang=[f"u{i}@qq.com" for i in range(n)])
    assert found["qq"] == "ACCOUNT_ID"
    # the person's QQ account is no sign the rows record someone else: `yh_id` is still their key
    assert found["yh_id"] == "ACCOUNT_ID"
    assert _entities(**{"QQ号": qq})["QQ号"] == "ACCOUNT_ID"


def test_the_name_on_an_identity_card_is_a_persons_name():
    names = ["张伟", "欧阳娜", "买买提·艾力", "王芳", "李强", "司马光明", "刘洋", "陈静"] * 5
    assert _entities(身份证姓名=names)["身份证姓名"] == "PERSON"
    assert _entities(id_card_name=names)["id_card_name"] == "PERSON"


def test_a_customer_by_the_word_shops_use():
    assert expand(tokenize("顾客ID")) == ("customer", "id")
    assert _entities(顾客ID=[str(RNG.randrange(10**9, 10**10)) for _ in range(30)])["顾客ID"] == "ACCOUNT_ID"
    # what the customer paid is money
    assert _entities(**{"顾客实际支付(元)": [round(RNG.uniform(5, 99), 2) for _ in range(30)]})["顾客实际支付(元)"] is None


def test_push_service_ids_of_an_install_are_device_ids():
    tokens = [f"0{RNG.randrange(10**13, 10**14)}{RNG.getrandbits(160):040X}CN01" for _ in range(30)]
    found = _entities(regId=[f"{RNG.getrandbits(256):064x}" for _ in range(30)], hmsToken=tokens,
                      gio_id=[f"{RNG.getrandbits(128):032x}" for _ in range(30)])
    assert found == {"regId": "DEVICE_ID", "hmsToken": "DEVICE_ID", "gio_id": "DEVICE_ID"}


def test_installed_pkgs_are_installed_packages():
    assert expand(tokenize("installedPkgs")) == ("installed", "packages")


def test_a_negative_word_inside_a_listed_phrase_does_not_veto_it():
    from classifiers.names import NameTokens
    from classifiers.recognizers.operating_system import OperatingSystemRecognizer

    os = OperatingSystemRecognizer()
    assert os.named(NameTokens.of("api_level")) is not None
    assert os.named(NameTokens.of("androidSdk")) is not None
    # the word alone, or beside other words, still vetoes (`sdk_version` is the SDK's version)
    assert os.named(NameTokens.of("sdk_version")) is None


def test_a_resident_id_is_no_payment_card_even_with_a_cards_prefix_and_luhn():
    # 35… (Fujian) has JCB's prefix and an 18-digit length; this one passes Luhn too
    assert not is_card_number("350121198508096482")
    assert is_card_number("4111111111111111")


def test_names_with_a_middle_dot_or_a_bracketed_form_of_address_are_names_by_their_values():
    from classifiers.chinese_text import is_han_name

    assert is_han_name("买买提·艾力") and is_han_name("阿依古丽•吐尔逊") and is_han_name("王(先生)")
    assert is_han_name("欧阳（女士）")
    assert not is_han_name("中国·杭州") and not is_han_name("新品·上市") and not is_han_name("杭州市·西湖区")
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
    customers = [f"{s}({t})" for s in surnames for t in ("先生", "女士")] + ["买买提·艾力", "热依拉·阿不都拉"]
    assert _entities(c08=customers)["c08"] == "PERSON"


def test_a_python_repr_of_installed_packages_is_app_names():
    apps = ["com.tencent.mm", "com.eg.android.AlipayGphone", "com.ss.android.ugc.aweme", "com.taobao.taobao"]
    lists = [str(RNG.sample(apps, 3)) for _ in range(30)]
    assert _entities(c14=lists)["c14"] == "APP_PACKAGE"


def test_an_api_level_stored_as_a_number_is_the_systems_version():
    levels = [RNG.choice([29, 31, 33, 34]) for _ in range(40)]
    for name in ("androidSdk", "os_api_level", "sdk_int"):
        fields = [FieldSample(path=name, values=pa.array(levels), declared_type="int64")]
        found = classify_dataset(DatasetSample(name="t", source="t", kind="table", fields=fields), embedded=False)
        assert found[0].best().entity == "OPERATING_SYSTEM", name
    # an integer under another OS name is still no system
    fields = [FieldSample(path="os", values=pa.array(levels), declared_type="int64")]
    found = classify_dataset(DatasetSample(name="t", source="t", kind="table", fields=fields), embedded=False)
    assert found[0].best() is None or found[0].best().entity != "OPERATING_SYSTEM"


def test_spreadsheet_marks_of_text_are_read_as_the_text_they_keep():
    phones = [_mobile() for _ in range(30)]
    for marked in (["\t" + p for p in phones], [p + "\t" for p in phones], ["'" + p for p in phones],
                   [f'="{p}"\t' for p in phones]):
        assert fields_from_table(pa.table({"x": marked}))[0].values.to_pylist() == phones
    # a tab inside a value, or an apostrophe before words, is the value's own
    for kept in (["a\tb", "c"] * 10, ["'hello", "'x"] * 10):
        assert fields_from_table(pa.table({"x": kept}))[0].values.to_pylist() == kept


def test_an_event_id_of_event_keys_is_behaviour_and_a_rows_event_id_is_not():
    import uuid

    keys = [RNG.choice(["search_submit", "goods_click", "add_cart", "page_view"]) for _ in range(60)]
    assert _entities(事件ID=keys)["事件ID"] == "BEHAVIORAL_EVENT"
    assert _entities(event_id=[str(uuid.UUID(int=RNG.getrandbits(128))) for _ in range(60)])["event_id"] is None
    assert _entities(event_id=[RNG.randrange(1, 50) for _ in range(60)])["event_id"] is None


# -- classes the zh10 blind run showed (benchmarks/zh10/README.md) --------------------------------

def test_a_wechat_pay_bills_backtick_marks_and_summary_rows_are_read(tmp_path):
    from inventory.connectors.files import FileConnector
    from inventory.connectors.base import SampleOptions
    header = "交易时间,公众账号ID,用户标识,订单金额"
    rows = [f"`2024-12-15 10:00:{i % 60:02d},`wx8888888888888888,`o{RNG.getrandbits(130):027x}"[:70] + f",`{i}.50"
            for i in range(120)]
    (tmp_path / "bill.csv").write_text("\r\n".join([header, *rows, "总交易单数,应结订单总金额", "`120,`60.00"]) + "\r\n",
                                       encoding="utf-8")
    connector = FileConnector(str(tmp_path / "bill.csv"))
    ref = next(iter(connector.datasets()))
    sample = connector.sample(ref, SampleOptions(rows=1000, seed=1))
    by = {f.path: f for f in sample.fields}
    assert list(by) == ["交易时间", "公众账号ID", "用户标识", "订单金额"]
    openids = [v for v in by["用户标识"].values.to_pylist() if v and v.startswith("o")]
    assert len(openids) == 120 and not any(v.startswith("`") for v in by["交易时间"].values.to_pylist() if v)
    found = classify_dataset(sample, embedded=False)
    best = {r.sample.path: (r.best().entity if r.best() else None) for r in found}
    assert best["用户标识"] == "ACCOUNT_ID"
    assert best["公众账号ID"] is None  # a WeChat official account's app id is the business's


def test_a_column_of_one_backtick_too_few_stays_as_written():
    marked = ["`12"] * 30 + ["x"] * 3
    assert fields_from_table(pa.table({"x": marked}))[0].values.to_pylist() == marked


def test_a_manager_or_leader_by_user_id_is_an_account():
    ids = [f"01{RNG.randrange(10**14, 10**15)}" for _ in range(30)]
    assert _entities(manager_userid=ids)["manager_userid"] == "ACCOUNT_ID"
    assert _entities(direct_leader=ids)["direct_leader"] == "ACCOUNT_ID"
    assert expand(tokenize("直属上级ID")) == ("direct", "leader", "id")
    assert _entities(直属上级ID=ids)["直属上级ID"] == "ACCOUNT_ID"
    # an account manager's name or a manager's headcount is no user id
    assert _entities(account_manager=["Ann Lee", "Bo Chen"] * 15)["account_manager"] != "ACCOUNT_ID"


def test_a_json_text_of_han_keys_beside_blank_cells_is_read():
    docs = [f'{{"紧急联系人": "王芳", "紧急联系电话": "{_mobile()}"}}' if i % 2 else "" for i in range(40)]
    from classifiers.embedded_json import documents
    assert documents(FieldSample(path="extension", values=pa.array(docs))) is not None
    assert documents(FieldSample(path="x", values=pa.array(["", "", "a b c"] * 10))) is None


def test_rom_names_a_cell_tower_and_short_device_words():
    assert _entities(rom_ver=["V14.0.10.0.TNRCNXM", "1.0.24.0.UNCCNXM", "4.0"] * 10)["rom_ver"] == "OPERATING_SYSTEM"
    cells = [f"460:{RNG.choice(['00', '01', '11'])}:{RNG.randrange(10000, 65000)}:{RNG.randrange(10**6, 10**9)}" for _ in range(30)]
    users = [f"YH{RNG.randrange(10**7, 10**8)}" for _ in range(30)]  # a trail of people's phones, not a list of cells
    assert _entities(user_id=users, cell_id=cells)["cell_id"] == "LOCATION"
    assert expand(tokenize("C_JZXX"))[1:3] == ("base", "station")
    assert _entities(C_YHBH=users, C_JZXX=cells)["C_JZXX"] == "LOCATION"
    assert _entities(bat=[RNG.randrange(1, 101) for _ in range(30)])["bat"] == "BATTERY_STATE"
    assert expand(tokenize("key_itv")) == ("key", "interval")
    assert expand(tokenize("C_XZQHDM"))[1:] == ("division", "code")
    assert expand(tokenize("地点名称")) == ("place", "name")


def test_a_device_or_push_services_token_is_the_installs():
    tokens = [f"{RNG.getrandbits(256):064x}" for _ in range(30)]
    for path in ("device.token", "c.y.o.service.impl.DeviceServiceImpl.token", "app.push.register.token"):
        assert _entities(**{path: tokens})[path] == "DEVICE_ID", path
    assert _entities(**{"auth.token": tokens})["auth.token"] != "DEVICE_ID"


def test_resident_ids_are_found_in_free_text_with_their_province_and_birth_date_checked():
    from classifiers import secondary
    from classifiers.checksums import cn_resident_id
    assert cn_resident_id("360121196010122295")
    assert not cn_resident_id("017261697434718792")  # no province 01: a DingTalk user id
    text = ["实名认证失败，姓名与身份证号不一致：长孙鑫，360121196010122295", "==> Parameters: 522635196603157562(String)"]
    found = secondary.detect(FieldSample(path="message", values=pa.array(text), origin="message"))
    assert "GOVERNMENT_ID" in {d.entity for d in found}


def test_an_alias_is_a_name_or_the_account_a_push_install_is_bound_to():
    assert _entities(alias=[str(100000000 + RNG.randrange(18000)) for _ in range(60)])["alias"] == "ACCOUNT_ID"
    assert _entities(alias=[RNG.choice(["", "Kevin", "Lily", "Tony", "Jack", "Amy"]) for _ in range(60)])["alias"] == "PERSON"
    # a protocol's or a host's aliases are neither
    assert _entities(alias=[RNG.choice(["tcp", "udp", "http", "ssh"]) for _ in range(60)])["alias"] is None


def test_xiaomi_rom_builds_are_systems_and_chinese_earbuds_are_audio_devices_by_their_values():
    builds = ["V14.0.10.0.TNRCNXM", "OS1.0.24.0.UNCCNXM", "1.0.42.0.UNCCNXM", "V14.0.6.0.TMCCNXM"] * 10
    assert _entities(c01=builds)["c01"] == "OPERATING_SYSTEM"
    buds = ["小米 Buds 4 Pro", "华为 FreeBuds Pro 3", "OPPO Enco X2", "AirPods Pro 2"] * 10
    assert _entities(c01=buds)["c01"] == "AUDIO_DEVICE"
