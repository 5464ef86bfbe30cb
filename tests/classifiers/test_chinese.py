"""Chinese field names: Han words segmented, pinyin in full and as initials, policy terms."""
from __future__ import annotations

import pytest

from classifiers import chinese
from classifiers.names import NameTokens, chinese_table, phrase, tokenize
from classifiers.registry import default_recognizers
from tests.classifiers.support import best_entity


@pytest.mark.parametrize(("name", "own"), [
    ("手机号", ("mobile", "number")),
    ("身份证号码", ("id", "card", "number")),
    ("最后登录IP", ("last", "login", "ip")),      # Han and Latin runs are separate words
    ("客户的用户ID", ("customer", "user", "id")),  # function words drop out
    ("击键间隔", ("keystroke", "intervals")),
    ("app版本", ("app", "version")),
])
def test_han_names_are_segmented_and_read(name, own):
    assert NameTokens.of(name).own == own


def test_han_paths_keep_their_parent():
    name = NameTokens.of("位置.经度")
    assert name.own == ("longitude",) and name.parent == ("location",)


@pytest.mark.parametrize(("name", "own"), [
    ("shoujihao", ("mobile", "number")),            # full pinyin of one word
    ("shebei_xinghao", ("device", "model")),       # a word per token
    ("caozuo_xitong", ("operating", "system")),     # one word spelled over two tokens
    ("sjh", ("mobile", "number")),                  # initials
    ("yhid", ("user", "id")),                       # initials beside an English part
    ("shrsjh", ("recipient", "mobile", "number")),  # two words' initials run together
    ("xdsj", ("ordered", "time")),
])
def test_pinyin_in_full_and_initials(name, own):
    assert NameTokens.of(name).own == own


@pytest.mark.parametrize("name", ["ssid", "session", "change", "menu", "shopping", "ms", "ts_ms", "html", "long",
                                  "requires_sync", "rsync_path", "sysctl"])
def test_english_is_not_read_as_pinyin(name):
    assert NameTokens.of(name).own == tokenize(name)


def test_no_recognizer_lists_pinyin_that_names_py_reads():
    # a listed pinyin phrase could never match: names.py reads the token in English first
    listed = {token for r in default_recognizers() for p in (*r.names, *r.weak_names, *r.negative_names)
              for token in phrase(p)}
    assert sorted(t for t in listed if chinese.read_latin(t)) == []


def test_policy_terms_are_read_like_listed_words():
    assert NameTokens.of("漫游标记").own != ("roaming", "flag")
    chinese.add_terms({"漫游标记": "roaming flag"})
    try:
        assert NameTokens.of("漫游标记").own == ("roaming", "flag")
        assert NameTokens.of("mybj").own == ("roaming", "flag")  # and so are its initials
    finally:
        chinese.reset_terms()
    assert NameTokens.of("漫游标记").own != ("roaming", "flag")


def test_describe_shows_the_segmented_words():
    lines = chinese.describe("收货人手机号")
    assert lines and "收货人 (han) -> recipient" in lines[0] and "手机号 (han) -> mobile number" in lines[0]
    assert chinese.describe("user_id") == []
    # traditional characters: the simplified reading is what explain shows
    assert "身份证 (han) -> id card" in chinese.describe("身分證字號")[0]


MOBILES = ["13812345678", "15901234567", "18688889999", "17712345678", "19912345678", "13600001111"]


@pytest.mark.parametrize(("path", "values", "entity"), [
    ("手机号", MOBILES, "PHONE_NUMBER"),
    ("联系电话", ["0755-86013388", "010-62345678", "021-5432 1098", "0571-88886666", "020-38765432"], "PHONE_NUMBER"),
    ("姓名", ["王伟", "李娜", "张敏", "刘洋", "陈静", "欧阳娜娜"], "PERSON"),
    ("收货地址", ["广东省深圳市南山区科技园路18号", "北京市海淀区中关村大街1号", "浙江省杭州市西湖区文三路90号",
              "上海市浦东新区世纪大道100号", "四川省成都市武侯区人民南路4段"], "STREET_ADDRESS"),
    ("oaid", ["a1b2c3d4e5f60718", "0f1e2d3c4b5a6978", "ffeeddccbbaa0011", "1234abcd5678ef90", "0a0b0c0d0e0f1011"],
     "ADVERTISING_ID"),
    ("chongdian_zhuangtai", ["充电中", "未充电", "已充满", "放电中", "充电中"], "BATTERY_STATE"),
    ("事件名称", ["点击", "浏览", "点赞", "分享", "点击", "浏览", "加入购物车"], "BEHAVIORAL_EVENT"),
    # stock replies repeat in a sample: the name decides, the sentences support it
    ("评论内容", ["这个视频太有用了,收藏了", "主播讲得很清楚,已下单", "价格有点贵,等活动再买", "物流太慢了,等了一周",
              "颜色和图片不太一样啊"] * 3, "USER_CONTENT"),
    ("网络", ["WIFI", "移动数据", "5G", "无网络", "4G"], "NETWORK_TYPE"),
    ("铃声模式", ["静音", "震动", "响铃", "勿扰模式", "静音"], "AUDIO_SETTING"),
    ("耳机", ["有线耳机", "蓝牙耳机", "扬声器", "听筒", "蓝牙耳机"], "AUDIO_DEVICE"),
    ("系统版本", ["HarmonyOS 4.0.0", "MIUI 14.0.5", "ColorOS 14.0", "OriginOS 4", "MagicOS 8.0"], "OPERATING_SYSTEM"),
])
def test_mainland_formats_under_chinese_names(path, values, entity):
    assert best_entity(path, values) == entity


@pytest.mark.parametrize(("values", "entity"), [
    (MOBILES, "PHONE_NUMBER"),                                        # bare mainland mobiles decide alone
    (["广东省", "北京市", "南山区", "浙江省", "内蒙古自治区"], "REGION"),  # the administrative level says place
])
def test_mainland_values_without_a_name(values, entity):
    assert best_entity("c7", values) == entity


def test_han_words_that_are_not_places_or_numbers_that_are_not_mobiles():
    assert best_entity("c7", ["高级会员", "金卡会员", "普通会员", "钻石会员", "银卡会员"]) is None
    assert best_entity("c7", ["10293847123", "12345678901", "10000000001", "11111111111", "10101010101"]) is None


@pytest.mark.parametrize(("name", "own"), [
    ("NL", ("age",)),        # 年龄: a whole name of two initials, upper case as Oracle schemas write it
    ("xb", ("gender",)),     # 性别
    ("NC", ("nickname",)),   # 昵称
])
def test_two_initials_are_read_only_as_a_whole_name_in_a_chinese_table(name, own):
    assert NameTokens.of(name, chinese_table=True).own == own
    assert NameTokens.of(name).own == (name.lower(),)  # elsewhere `cs`, `hr`, `bb` are English
    assert NameTokens.of(f"{name}_ms", chinese_table=True).own[0] == name.lower()  # beside other words too


def test_a_table_is_chinese_by_its_other_names():
    assert chinese_table(("YHID", "XM", "SJH", "SFZH", "NL"))
    assert chinese_table(("用户ID", "手机号", "nl")) and not chinese_table(("用户ID", "nl", "created_at"))
    # baseball statistics and a plain English table
    assert not chinese_table(("player", "team", "league", "ab", "cs", "sb", "bb", "hr", "so"))
    assert not chinese_table(("user_id", "session", "name", "email", "change", "menu", "long"))


def test_a_policy_term_decides_two_shared_initials():
    # `hy` is 会员 (member, listed first) and 行业 (industry): the policy's term wins a whole name
    assert NameTokens.of("HY", chinese_table=True).own != ("industry",)
    chinese.add_terms({"行业": "industry"})
    try:
        assert NameTokens.of("HY", chinese_table=True).own == ("industry",)
        assert NameTokens.of("hyid").own == ("member", "id")  # inside a longer name the list's order
    finally:
        chinese.reset_terms()


def _classify(columns: dict[str, tuple[list, str | None]]) -> dict[str, str | None]:
    import pyarrow as pa

    from classifiers.engine import classify_dataset
    from datamap.model import DatasetSample, FieldSample

    fields = [FieldSample(path=p, values=pa.array(v), comment=c) for p, (v, c) in columns.items()]
    results = classify_dataset(DatasetSample(name="t", source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_two_letter_names_of_a_chinese_table_unless_a_comment_explains_them():
    ages = [str(20 + i % 45) for i in range(60)]
    temperatures = [f"{24 + i % 20}.{i % 10}" for i in range(60)]
    table = {"SJH": ([f"138{i:08d}" for i in range(60)], None), "SFZH": (["x"] * 60, None)}
    found = _classify({**table, "NL": (ages, None), "wd": (temperatures, "机身温度(℃)")})
    assert found["NL"] == "AGE"  # 年龄 beside 手机号 and 身份证号
    assert found["wd"] is None  # the comment says 机身温度, whatever 纬度 `wd` could be
    assert _classify({"player": (["a"] * 60, None), "NL": (ages, None)})["NL"] is None  # no Chinese table


@pytest.mark.parametrize(("name", "own"), [
    ("暱稱", ("nickname",)),                          # traditional characters, read in simplified form
    ("身分證字號", ("id", "card", "number")),          # Taiwan's 身分 is the mainland's 身份
    ("電信業者", ("carrier",)),                         # Taiwan's word for a carrier
    ("裝置型號", ("device", "model")),
    ("網路類型", ("network", "type")),                  # 網路 -> 网络: regional words converted too
])
def test_traditional_names_are_read_like_simplified_ones(name, own):
    assert NameTokens.of(name).own == own


@pytest.mark.parametrize(("path", "values", "entity"), [
    ("個人簡介", ["貓奴一枚", "喜歡旅行和攝影", "咖啡成癮者", "努力工作認真玩", "每天都要開心"] * 60, "USER_CONTENT"),
    ("使用者身分", ["一般會員", "賣家", "直播主", "團購主", "企業帳號"] * 40, "USER_ROLE"),
])
def test_traditional_names_decide_with_their_values(path, values, entity):
    assert best_entity(path, values) == entity


def test_member_points_are_no_member_id():
    assert best_entity("会员积分", [1200, 87, 15000, 430, 9] * 40) is None


def test_traditional_han_names_by_their_values():
    names = ["沈文欽", "林玉美", "朱宗憲", "陳志明", "黃淑芬", "張雅婷", "劉冠宇", "楊怡君", "吳家豪", "蔡佩珊"] * 2
    assert best_entity("c7", names) == "PERSON"


@pytest.mark.parametrize(("name", "words"), [
    ("手机型号", ("phone", "model")), ("出生年月", ("birth", "date")), ("推送ID", ("push", "id")),
    ("设备指纹", ("device", "fingerprint")), ("常住地", ("home", "city")), ("屏幕尺寸", ("screen", "size")),
])
def test_more_chinese_field_words(name, words):
    from classifiers.names import NameTokens

    assert NameTokens.of(name).own == words
