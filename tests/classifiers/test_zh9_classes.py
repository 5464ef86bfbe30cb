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
