"""Classes of Chinese data the zh21 blind run showed (benchmarks/zh21/README.md), each on its own."""
from __future__ import annotations

import random

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample
from inventory.logformats import detect, parse_lines
from tests.classifiers.support import classify_table

RNG = random.Random(21)
N = 150


def _entities(name: str = "t", comments: dict[str, str] | None = None, types: dict[str, str] | None = None,
              **columns: list) -> dict[str, str | None]:
    return classify_table(name, columns, comments, types)


def _log_entities(lines: list[str]) -> tuple[str, dict[str, str | None]]:
    parsed = parse_lines(lines, detect(lines))
    results = classify_dataset(DatasetSample(name="log_info.log", source="x", kind="log", fields=parsed.fields), embedded=False)
    return parsed.format, {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def _phone() -> str:
    return RNG.choice(["138", "159", "186", "199"]) + f"{RNG.randint(0, 10 ** 8 - 1):08d}"


def _crmeb_record(message: str) -> list[str]:
    """One event as CRMEB's logback pattern prints it: a JSON-looking block over seven lines."""
    pad = " " * 20
    return ["{"] + [pad + line for line in ['"app": "Crmeb",', '"timestamp":"2025-06-16 08:00:21.073",', '"level": "INFO",',
                                           '"thread": "http-nio-8081-exec-8",', '"class": "c.z.f.c.AppReportController",',
                                           f'"message": "{message}" }}']] + [pad]


def test_a_record_printed_over_several_lines_gives_its_members_and_message():
    """CRMEB's `log_info.log`: each event a `{` line, then `"app": "Crmeb",` … `"message": "…" }`
    lines, sampled one by one. Each line is a member: the message's `用户ID=` `设备型号=` `OAID=`
    pairs are fields as on a one-line log, though the message, unescaped, breaks the JSON."""
    lines: list[str] = []
    for uid in range(40):
        lines += _crmeb_record(f"APP启动上报 用户ID={uid} 设备型号={RNG.choice(['PHZ110', 'ALN-AL00', 'V2309A'])} "
                               f"系统版本={RNG.choice(['HarmonyOS 4.2.0', 'ColorOS 14.0'])} 网络={RNG.choice(['4G', '5G', 'WIFI'])} "
                               f"运营商={RNG.choice(['中国移动', '中国联通', '中国电信'])}")
    form, found = _log_entities(lines)
    assert form == "members"
    assert found["app"] is None and found["level"] is None
    assert found["用户ID"] == "ACCOUNT_ID"
    assert found["设备型号"] == "DEVICE_MODEL"
    assert found["系统版本"] == "OPERATING_SYSTEM"
    assert found["网络"] == "NETWORK_TYPE"
    assert found["运营商"] == "MOBILE_CARRIER"


def test_an_object_straight_after_a_colon_is_the_lines_fields():
    """CRMEB's `一号通-商家寄件-物流地址 :{"收件人": …, "详细地址": …}` (`log.info("… :{}", json)`):
    the object after a colon or an equals sign is the line's fields, as one after a space is."""
    lines = []
    for _ in range(30):
        shipment = (f'{{"收件人": "{RNG.choice(["王芳", "李娜", "张伟"])}", "电话": "{_phone()}", '
                    f'"详细地址": "{RNG.choice(["珞喻路", "文三路", "春熙路"])}{RNG.randint(1, 500)}号"}}')
        lines.append(f"2025-06-16 08:00:21.073  INFO 21544 --- [nio-8081-exec-8] c.z.s.s.impl.OnePassServiceImpl : "
                     f"一号通-商家寄件-物流地址 :{shipment}")
    _, found = _log_entities(lines)
    assert found["fields.详细地址"] == "STREET_ADDRESS"
    assert found["fields.电话"] == "PHONE_NUMBER"


def test_a_clickhouse_tables_comments_are_read_with_its_rows(tmp_path):
    """kuzetech/study's `event_log_local`: ClickHouse DDL (`LowCardinality(String)`, `COMMENT '游戏用户ID'`,
    a MATERIALIZED column, `ENGINE = ReplacingMergeTree`) that MySQL's grammar cannot read, then its
    rows as `FORMAT SQLInsert` writes them (backquoted names, backslash escapes). The comments are
    evidence: `pid` 游戏用户ID is the player's account."""
    from inventory.connectors import SampleOptions
    from inventory.connectors.sqldump import SqlDumpConnector

    rows = ", ".join(f"('10086', {RNG.randint(1000, 99999)}, 'O\\'Brien', 'PHZ110')" for _ in range(40))
    path = tmp_path / "event_log.sql"
    path.write_text("CREATE TABLE IF NOT EXISTS event_log_local\n(\n"
                    "    app_id LowCardinality(String) COMMENT '游戏ID',\n    pid UInt32 COMMENT '游戏用户ID',\n"
                    "    dt DateTime MATERIALIZED toDateTime(0) COMMENT '事件详细时间',\n    nick String COMMENT '昵称',\n"
                    "    model LowCardinality(String) COMMENT '手机型号'\n)\nENGINE = ReplacingMergeTree\nORDER BY (pid);\n\n"
                    f"INSERT INTO event_log_local (`app_id`, `pid`, `nick`, `model`) VALUES {rows};\n", encoding="utf-8")
    connector = SqlDumpConnector(str(path))
    sample = connector.sample(next(iter(connector.datasets())), SampleOptions())
    fields = {f.path: f for f in sample.fields}
    assert fields["pid"].comment == "游戏用户ID" and fields["model"].comment == "手机型号"
    assert all(isinstance(v, int) for v in fields["pid"].values.to_pylist())
    assert set(fields["nick"].values.to_pylist()) == {"O'Brien"}
    found = _entities("event_log_local", comments={"pid": "游戏用户ID"}, pid=fields["pid"].values.to_pylist())
    assert found["pid"] == "ACCOUNT_ID"


def test_a_users_count_or_experience_is_no_account():
    """CRMEB's `eb_user.pay_count` 用户购买次数 (how often the user bought) and `experience` 用户剩余经验
    (the user's points of experience): numbers about a user, whose comment starts with 用户, are
    counts and points, not the user's id; `uid` 用户id beside them stays the account."""
    found = _entities("eb_user", comments={"pay_count": "用户购买次数", "experience": "用户剩余经验", "uid": "用户id"},
                      pay_count=[RNG.randint(0, 60) for _ in range(N)], experience=[RNG.randint(0, 20000) for _ in range(N)],
                      uid=list(range(1, N + 1)))
    assert found["pay_count"] is None and found["experience"] is None
    assert found["uid"] == "ACCOUNT_ID"


def test_a_province_city_or_district_held_as_its_code_is_a_place():
    """likeshop's `ls_order.province` 省份, `city` 城市, `district` 县区: its region table's ids, which
    are the GB/T 2260 codes (`420000`, `420100`, `420111`), a handful of each. The name says which
    division; the values are codes the standard lists. Six digits named nothing stay nothing."""
    places = [RNG.choice([(420000, 420100, 420111), (330000, 330100, 330106), (440000, 440300, 440305),
                          (510000, 510100, 510104)]) for _ in range(N)]
    found = _entities("ls_order", comments={"province": "省份", "city": "城市", "district": "县区"},
                      province=[p[0] for p in places], city=[p[1] for p in places], district=[p[2] for p in places],
                      goods_id=[p[2] for p in places])
    assert found["province"] == found["city"] == found["district"] == "LOCATION"
    assert found["goods_id"] is None


def _uuid() -> str:
    return "-".join(f"{RNG.getrandbits(4 * n):0{n}x}" for n in (8, 4, 4, 4, 12)).upper()


def _imei() -> str:
    body = "86" + "".join(RNG.choice("0123456789") for _ in range(12))
    total = sum(int(d) if i % 2 == 0 else sum(divmod(int(d) * 2, 10)) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def test_an_ad_clicks_muid_is_the_device_and_its_postback_url_no_page():
    """Kuaishou ad clicks (`clicks`): `muid` 安卓为IMEI, IOS为IDFA (Chinese ad platforms' device of a
    click, either id or none) is the device; `callback` 效果数据回传URL (where the server posts the
    conversion back) is no page the person opened."""
    muids = [RNG.choice([_imei(), _uuid(), "", ""]) for _ in range(N)]
    callbacks = [f"http://ad.partner.kuaishou.com/track/activate?callback={RNG.getrandbits(192):048x}" for _ in range(N)]
    found = _entities("clicks", comments={"muid": "安卓为IMEI, IOS为IDFA", "callback": "效果数据回传URL"},
                      muid=muids, callback=callbacks)
    assert found["muid"] in ("DEVICE_ID", "IMEI", "ADVERTISING_ID")
    assert found["callback"] is None


def test_a_chain_of_ids_between_slashes_is_no_page():
    """CRMEB's `eb_user.path` 推广等级记录 (`/0/`, `/0/12/`: the promoters above a user, a tree's
    materialized path): ids between slashes are no page visited; `/goods/12` stays a page."""
    chains = [RNG.choice(["/0/", f"/0/{RNG.randint(1, 300)}/", f"/0/{RNG.randint(1, 30)}/{RNG.randint(31, 300)}/"]) for _ in range(N)]
    found = _entities("eb_user", comments={"path": "推广等级记录"}, path=chains,
                      page_path=[f"/goods/{RNG.randint(1, 300)}" for _ in range(N)])
    assert found["path"] != "VISITED_URL"
    assert found["page_path"] == "VISITED_URL"


def test_addresses_as_detailed_as_each_person_gave_them_are_addresses():
    """CRMEB's `eb_user.addres` 详细地址 (its own misspelling): `四川成都`, `北京` as its sample row
    has it, or a whole `浙江省杭州市西湖区文三路12号`. Address lines beside places alone are
    addresses given at each person's detail; places alone stay places (an IP's 归属地)."""
    def address() -> str:
        if RNG.random() < 0.6:
            return RNG.choice(["四川成都", "陕西西安", "北京", "浙江杭州", "湖北武汉"])
        return f"{RNG.choice(['浙江省杭州市西湖区', '湖北省武汉市洪山区', '北京市海淀区'])}{RNG.choice(['文三路', '珞喻路', '学院路'])}{RNG.randint(1, 300)}号"

    found = _entities("eb_user", comments={"addres": "详细地址"}, addres=[address() for _ in range(N)],
                      ip_place=[RNG.choice(["四川成都", "陕西西安", "北京", "浙江杭州"]) for _ in range(N)])
    assert found["addres"] == "STREET_ADDRESS"
    assert found["ip_place"] != "STREET_ADDRESS"


def test_the_client_an_account_came_from_is_no_role():
    """CRMEB's `eb_user.user_type` 用户类型 (`routine` a WeChat mini-program, `wechat` the official
    account, `h5`, `iosWx`, `androidWx`): the client the user signed up in, no identity they
    registered as; a `user_type` of roles (`buyer`, `seller`, `creator`) stays one."""
    found = _entities("eb_user", comments={"user_type": "用户类型"},
                      user_type=[RNG.choice(["routine", "routine", "wechat", "h5", "iosWx", "androidWx"]) for _ in range(N)])
    assert found["user_type"] != "USER_ROLE"
    assert _entities("users", user_type=[RNG.choice(["buyer", "seller", "creator"]) for _ in range(N)])["user_type"] == "USER_ROLE"


def test_coordinates_with_zeros_for_no_fix_are_a_pair_by_their_values():
    """Values alone, a game SDK's `longitude`/`latitude` (Float32) and CRMEB's address coordinates
    (text): `0` where the phone had no fix or the user picked no point, a third of the rows. A
    zero is no position, so the rest decide the pair as they would alone."""
    located = [RNG.random() < 0.7 for _ in range(N)]
    lng = [round(114.3 + RNG.uniform(-0.05, 0.05), 6) if ok else 0.0 for ok in located]
    lat = [round(30.5 + RNG.uniform(-0.05, 0.05), 6) if ok else 0.0 for ok in located]
    found = _entities("event_log_local", c21=[RNG.choice(["4G", "5G", "WIFI"]) for _ in range(N)], c22=lng, c23=lat,
                      c24=[RNG.choice(["huawei", "xiaomi"]) for _ in range(N)])
    assert found["c22"] == found["c23"] == "GPS_COORDINATE"
