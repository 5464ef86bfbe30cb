"""Classes of Chinese data the zh29 blind run showed (benchmarks/zh29/README.md), each on its own:
a residential property office (PropertiesManager), a campus WeChat mini program (ssm_test's
huidayz), a battery-swapping app's server (BatteryServer) and an eye clinic (fffc)."""
from __future__ import annotations

import random
from pathlib import Path

from inventory.scan import ScanOptions, scan
from tests.classifiers.fields import sql_column as _column, han_name, table_entities as _entities

RNG = random.Random(29)
PLACES = ["图书馆", "二食堂", "东操场", "南门", "实验楼", "梅园", "体育馆", "逸夫楼", "三教", "西区超市"]
OPENERS = ["", "哈哈哈", "楼主", "说真的，", "救命，", "偷偷说一句，", "同学你好，"]
CLOSERS = ["", "！", "～", "😂", "🙏", "。", "哈哈", "❤️"]


def _openid() -> str:
    return "o" + "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(27))


def _typed(template: str) -> str:
    """A sentence as people type it: an opener, the words, a closer."""
    return RNG.choice(OPENERS) + template.format(RNG.choice(PLACES)) + RNG.choice(CLOSERS)


def _result_of(folder: Path, table: str, column: str) -> str | None:
    result = scan([str(folder)], ScanOptions(workers=1))
    assert not result.errors
    results = next(r for name, r in result.classified.items() if name.endswith(f"/{table}"))
    best = next(r for r in results if r.sample.path == column).best()
    return best.entity if best is not None else None


def _dump(table: str, columns: str, rows: list[str]) -> str:
    return f"CREATE TABLE `{table}` ({columns});\nINSERT INTO `{table}` VALUES {', '.join(rows)};\n"


def test_a_column_of_one_database_file_points_at_no_key_of_another(tmp_path: Path):
    """A folder of two applications' dumps (a property office's owners, a campus app's comment
    replies): both count their ids from 1, and a reply's `commentid` falls inside the owners'
    keys, but one database's column points at no other database's people. Within one dump the
    same column still reads as the owners' id."""
    people = sorted(RNG.sample(range(100000, 1000000), 80))
    owners = _dump("owner", "`id` int, `name` varchar(50), `phone` varchar(20)",
                   [f"({i}, '{han_name(RNG)}', '1{RNG.choice('3589')}{RNG.randint(100000000, 999999999)}')" for i in people])
    replies = _dump("slreply", "`showloveID` int, `c02` int, `issueTime` datetime",
                    [f"({RNG.randint(1, 50)}, {RNG.choice(people)}, '2026-05-{RNG.randint(10, 28)} 12:00:00')" for _ in range(300)])
    apart, together = tmp_path / "apart", tmp_path / "together"
    apart.mkdir()
    together.mkdir()
    (apart / "property.sql").write_text(owners, encoding="utf-8")
    (apart / "campus.sql").write_text(replies, encoding="utf-8")
    (together / "app.sql").write_text(owners + replies, encoding="utf-8")
    assert _result_of(apart, "slreply", "c02") != "ACCOUNT_ID"
    assert _result_of(together, "slreply", "c02") == "ACCOUNT_ID"


def test_an_amount_is_no_account_id():
    """The property office's owners: `account` 余额 (a DOUBLE balance, 120.5 beside 0.0) is money,
    no id, by its name or its comment. A column of whole account numbers stays an account id."""
    n = 200
    balances = [RNG.choice([0.0, 50.0, 120.5, 300.0, 888.0, 1000.0, 2450.8]) for _ in range(n)]
    for comment in ("余额", None):
        found = _entities("property_manager.sql/user", _column("id", list(range(1, n + 1)), "主键ID"),
                          _column("name", [han_name(RNG) for _ in range(n)], "姓名"), _column("account", balances, comment))
        assert found["account"] != "ACCOUNT_ID"
    found = _entities("ledger.csv", _column("account", [float(RNG.randint(10 ** 7, 10 ** 8)) for _ in range(n)]),
                      _column("amount", balances))
    assert found["account"] == "ACCOUNT_ID"


def test_a_comment_table_glued_to_an_abbreviation_holds_people_s_writing():
    """The mini program's `slcomment` (comments on the confession wall 表白墙) and `xzcomment` (on
    second-hand goods 闲置): the table's name is a comment's, so its `commentContent` is someone's
    writing though no column says whose. A table named for no writing (`pkgs`) still withdraws it."""
    n = 200
    texts = [_typed(RNG.choice(["在{}看到过你，真的很有缘分，祝你们幸福", "我也在{}遇到过这个人，好巧啊，加油冲鸭",
                                "支持楼主，下次在{}见到一定要勇敢一点说出来", "这是我今年在{}看到最甜的一条了"])) for _ in range(n)]
    for table in ("huidayz.sql/slcomment", "huidayz.sql/xzcomment"):
        found = _entities(table, _column("showloveID", [RNG.randint(1, 80) for _ in range(n)]),
                          _column("commentid", list(range(1, n + 1))), _column("commentContent", texts),
                          _column("issueTime", [f"2026-05-{RNG.randint(10, 28)} 12:00:00" for _ in range(n)], kind="DATETIME"))
        assert found["commentContent"] == "USER_CONTENT"


def test_chinese_sentences_count_their_words_by_characters():
    """The confession wall's `reason` and the second-hand goods' `introduce`: sentences of fifteen
    to thirty Han characters, no content name. Counted by spaces each was one word, a short reply
    needing a name; counted by characters (about 1.6 a word) they are long varied prose. A column
    of two- and three-character categories stays no one's writing."""
    n = 150
    confessions = [_typed(RNG.choice(["那天在{}借我伞的你，能认识一下吗", "每次在{}遇到你都会心跳加速，想每天都看到你",
                                      "希望你考研顺利，我会一直在{}等你的好消息", "毕业前想告诉你，那年在{}第一次见到你就喜欢上你了"]))
                   for _ in range(n)]
    found = _entities("huidayz.sql/showlove", _column("showloveID", list(range(1, n + 1))),
                      _column("openID", [_openid() for _ in range(n)]), _column("reason", confessions))
    assert found["reason"] == "USER_CONTENT"
    kinds = [RNG.choice(["快递帮拿", "快递帮寄", "打印", "代买", "其他"]) for _ in range(n)]
    found = _entities("huidayz.sql/paotui", _column("paotuiID", list(range(1, n + 1))),
                      _column("openID", [_openid() for _ in range(n)]), _column("classify", kinds))
    assert found["classify"] != "USER_CONTENT"


def test_how_many_times_is_no_time_spent():
    """The mini program's `watchTimes` (浏览次数: how many times a question or an item was viewed)
    is a count, no watch time; a video's `watch_time` in milliseconds stays one."""
    n = 150
    found = _entities("huidayz.sql/wenda", _column("wendaID", list(range(1, n + 1))),
                      _column("openID", [_openid() for _ in range(n)]),
                      _column("watchTimes", [RNG.randint(0, 500) for _ in range(n)]))
    assert found["watchTimes"] != "ENGAGEMENT_METRIC"
    found = _entities("video_plays.csv", _column("user_id", [RNG.randint(1000, 9999) for _ in range(n)]),
                      _column("watch_time", [RNG.randint(1000, 900000) for _ in range(n)]))
    assert found["watch_time"] == "ENGAGEMENT_METRIC"


def test_a_diagnosis_s_keywords_are_no_search():
    """The eye clinic's `left_diag` 左眼诊断结果关键字 (the keywords of a diagnosis result: 青光眼,
    白内障) are a doctor's findings, no one's search; a shop's `keyword` 搜索关键字 stays a search."""
    n = 300
    findings = [RNG.choice(["正常", "糖尿病视网膜病变", "青光眼", "白内障", "黄斑变性", "高度近视", "视网膜出血"]) for _ in range(n)]
    found = _entities("clinic.sql/patient", _column("id", list(range(1, n + 1)), "id"),
                      _column("name", [han_name(RNG) for _ in range(n)], "姓名"),
                      _column("left_diag", findings, "左眼诊断结果关键字"))
    assert found["left_diag"] != "SEARCH_QUERY"
    searched = [RNG.choice(["连衣裙", "蓝牙耳机", "iPhone 15 手机壳", "儿童书包", "无线鼠标", "运动鞋 男"]) for _ in range(n)]
    found = _entities("mall.sql/search_history", _column("id", list(range(1, n + 1)), "id"),
                      _column("user_id", [RNG.randint(1, 90) for _ in range(n)], "用户ID"),
                      _column("keyword", searched, "搜索关键字"))
    assert found["keyword"] == "SEARCH_QUERY"


def test_the_operator_s_announcements_are_no_user_s_writing():
    """The property office's `notice` 公告信息表 (停水通知, 电梯年检公告, signed by the staff who wrote it):
    the office's words to every owner, no user's content. The answers owners post under them
    (`notice_reply`) are theirs."""
    n = 40
    bodies = [f"因管道检修，{RNG.randint(1, 12)}月{RNG.randint(1, 28)}日9:00-17:00 {RNG.randint(1, 18)}号楼停水，请各位业主提前储水，给您带来不便敬请谅解。"
              for _ in range(n)]
    staff = [han_name(RNG) for _ in range(n)]
    found = _entities("property_manager.sql/notice", _column("id", list(range(1, n + 1)), "ID"),
                      _column("title", [RNG.choice(["停水通知", "电梯年检公告", "消防演练通知"]) for _ in range(n)], "标题"),
                      _column("content", bodies, "内容"), _column("user", staff, "创建人"))
    assert found["content"] != "USER_CONTENT"
    replies = [_typed(RNG.choice(["{}那边也停水了吗，什么时候能恢复啊", "收到，谢谢物业提醒，{}的水压一直不太够",
                                  "能不能提前一天通知，{}这边老人多"])) for _ in range(n)]
    found = _entities("property_manager.sql/notice_reply", _column("id", list(range(1, n + 1)), "ID"),
                      _column("user_id", [RNG.randint(1, 200) for _ in range(n)], "业主ID"),
                      _column("content", replies, "内容"))
    assert found["content"] == "USER_CONTENT"


def test_salesforce_s_record_id_is_no_province():
    """Heroku Connect's `sfid` (Salesforce's record id of every synced row, Mattermost's
    `contact_sfid`) is no pinyin initials of 省份 (province) before `id`; `sfzh` 身份证号 and
    `shengfen` 省份 are still read as Chinese."""
    from classifiers.names import expand, tokenize

    for name in ("sfid", "contact_sfid", "account__sfid"):
        assert "province" not in expand(tokenize(name)), name
    assert "province" in expand(tokenize("shengfen"))
    assert expand(tokenize("sfzh")) == ("id", "card", "number")


def test_items_told_apart_by_their_month_are_no_one_s_writing():
    """The property office's `charges.content` 收费说明: `2026年03月物业费`, `2026年04月水费` (a month
    filled into seven items' names, repeated over 400 bills): a program's label, no owner's text,
    though the name is `content`. Stock replies people repeat (`请尽快发货`) still back a content name."""
    n = 400
    items = ["物业费", "水费", "电费", "停车管理费", "燃气费", "公摊电费", "垃圾清运费"]
    labels = [f"{RNG.choice([2025, 2026])}年{RNG.randint(1, 12):02d}月{RNG.choice(items)}" for _ in range(n)]
    found = _entities("property_manager.sql/charges", _column("id", list(range(1, n + 1)), "主键ID"),
                      _column("user_id", [RNG.randint(1, 200) for _ in range(n)], "业主ID"),
                      _column("content", labels, "收费说明"))
    assert found["content"] != "USER_CONTENT"
    replies = [RNG.choice(["请尽快发货谢谢", "麻烦帮忙包装好一点", "不要放快递柜，放门口", "周末送货，工作日不在家", "发顺丰快递可以吗",
                           "请不要打电话，发短信就好", "帮我开发票谢谢"]) for _ in range(n)]
    found = _entities("mall.sql/order_info", _column("id", list(range(1, n + 1)), "主键ID"),
                      _column("user_id", [RNG.randint(1, 200) for _ in range(n)], "用户ID"),
                      _column("buyer_comment", replies, "买家留言"))
    assert found["buyer_comment"] == "USER_CONTENT"


def test_a_few_values_of_a_name_s_length_that_no_name_validates_leave_a_weak_word_unbacked():
    """zh28's leftover: a lookup table's four majors (`subject_name` 专业名称: 计算机科学与技术, 软件工程)
    have the shape of Han names but none validates as one: too few values to contradict a name that
    says a person outright, enough to leave the weak `name` unbacked. Four real names under the same
    weak word still read as names."""
    majors = ["计算机科学与技术", "软件工程", "网络工程", "数字媒体技术"]
    found = _entities("student.sql/subject", _column("subject_id", ["1", "2", "3", "4"], "专业主键"),
                      _column("subject_name", majors, "专业名称"), _column("subject_info", ["计算机", "软工", "网络", "数媒"], "专业信息"))
    assert found["subject_name"] != "PERSON"
    found = _entities("school.sql/teacher", _column("id", ["1", "2", "3", "4"], "主键"),
                      _column("name", ["王秀英", "陈志强", "欧阳娜娜", "李静"], "姓名"))
    assert found["name"] == "PERSON"
