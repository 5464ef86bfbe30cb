"""Personal data inside Chinese sentences: names, places, addresses, phones' models, battery.

Chinese is written without spaces, so spaCy's English NER (the Presidio pass of
`classifiers/secondary.py`) finds nothing in `司机王建国已接单,乘客李娜在杭州市西湖区等待上车`.
Here the text is segmented with jieba's part-of-speech tagger (its offline dictionary plus the
words of vocab/zh_words.tsv) and read by the shapes Chinese text gives these things:

- a person: a word tagged `nr` (person name) that starts with a family name and has two to four
  characters, or a family name followed by a given name right after a role word (`司机`, `乘客`,
  `用户`...), or a family name with `先生`/`女士`;
- a place: a word tagged `ns` that ends in an administrative suffix (`省`, `市`, `区`, `县`...);
- an address: administrative levels followed by a road and a number (`西湖区文三路90号`);
- a phone's model: a Chinese or global maker followed by a model name (`华为 Mate 60 Pro`);
- a battery level: `电量` followed by a percentage.

Han person names as whole values (a column of `张伟`, `王先生`) are told apart by `is_han_name`,
which the value recognizer of classifiers/recognizers/han_name.py uses too.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache

from classifiers import chinese

#: the most common family names (together they cover the great majority of the population)
SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                     "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
                     "覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚"
                     "符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆"
                     "农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋"
                     "商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
                     # rarer family names of the Hundred Family Surnames (百家姓, public domain) still
                     # borne today, without those that mostly start everyday words (`强`, `满`, `别`)
                     "洪赖萧鞠檀相谈劳楼盖勾伏茅危支昝裘宣贲郁杭诸钮嵇滑荀羊於惠芮羿储汲邴糜弓牧隗宓蓬郗"
                     "钭厉戎韶郜蓟邰鄂索咸籍蔺屠阴胥苍闻莘贡逄扶堵宰郦雍郤璩濮寿扈冀郏浦茹宦戈庾暨弘匡禄阙"
                     "殳沃蔚夔厍晁訾阚毋乜巢蒯竺逯桓计燕伊权丰荆")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯", "尉迟", "长孙", "宇文",
                     # the Hundred Family Surnames' other compound names still in use
                     "端木", "公孙", "闻人", "赫连", "公羊", "澹台", "公冶", "宗政", "濮阳", "淳于", "太叔", "申屠", "仲孙",
                     "轩辕", "钟离", "鲜于", "闾丘", "司空", "亓官", "司寇", "颛孙", "巫马", "公西", "漆雕", "壤驷", "公良",
                     "拓跋", "宰父", "谷梁", "呼延", "羊舌", "微生", "梁丘", "左丘", "南宫", "万俟", "东郭")
#: forms of address after a family name (`王先生`, `李女士`)
ADDRESS_TERMS = ("先生", "女士", "小姐", "老师", "师傅", "同学", "阿姨", "大爷", "总")
#: words after which a person is named (`司机王建国`, `乘客李娜`, `用户张伟`)
ROLE_WORDS = frozenset({"司机", "乘客", "用户", "客户", "会员", "顾客", "买家", "卖家", "商家", "收货人", "联系人", "寄件人",
                        "收件人", "患者", "病人", "医生", "学生", "老师", "员工", "骑手", "快递员", "主播", "作者", "持卡人",
                        "投诉人", "申请人", "经办人", "负责人", "姓名", "name", "乘车人", "下单人", "房东", "租客"})
#: last characters that make a place, a company or a thing of a word that starts like a name
_NOT_NAME_ENDS = frozenset("省市区县州镇乡村路街道巷弄号楼栋室园城站场馆院校店厂司行局所部队团组科处厅会社台网器机表单码费款额率量")
#: administrative suffixes of place words (`杭州市`, `西湖区`, `余杭县`)
_PLACE_ENDS = ("省", "市", "区", "县", "州", "镇", "乡", "自治区", "特别行政区", "新区")
_HAN = "\u4e00-\u9fff"
#: administrative levels (at least one), then a road, street or lane and its number; traditional forms too
ADDRESS = re.compile(rf"(?:[{_HAN}]{{2,8}}?(?:省|市|區|区|县|縣|州|镇|鎮)){{1,3}}[{_HAN}0-9]{{0,12}}?"
                     rf"(?:路|街|道|大道|巷|弄|胡同|里)[0-9０-９一二三四五六七八九十段]*[0-9０-９]+[号號]")
#: makers of the phones sold in China, in Chinese and in Latin script, then a model name
_MAKERS = ("华为", "荣耀", "小米", "红米", "一加", "魅族", "真我", "中兴", "努比亚", "联想", "摩托罗拉", "三星", "苹果", "酷派",
           "HUAWEI", "Huawei", "HONOR", "Honor", "Xiaomi", "Redmi", "OPPO", "vivo", "iQOO", "OnePlus", "realme",
           "Meizu", "ZTE", "nubia", "Samsung", "Galaxy", "iPhone", "Pixel", "Nokia", "Motorola", "Lenovo")
DEVICE_MODEL = re.compile(rf"(?:{'|'.join(_MAKERS)})\s?(?:[A-Za-z]{{1,8}}\s?)?[0-9]{{1,3}}(?:\s?(?:Pro\+?|Ultra|Max|Plus|"
                          rf"Lite|mini|SE|[A-Z]))*")
BATTERY = re.compile(r"(?:电量|电池电量|剩余电量|电池)(?:仅剩|剩余|还剩|只剩|低于|为|是|:|：|=)?\s*[0-9]{1,3}\s?[%％]")


@lru_cache(maxsize=1)
def _tagger():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.POSTokenizer(chinese._tokenizer())


def surname_of(word: str) -> str:
    for compound in COMPOUND_SURNAMES:
        if word.startswith(compound):
            return compound
    return word[0] if word and word[0] in SURNAMES else ""


def is_han_name(value: str) -> bool:
    """A whole value that reads as a Han person's name: a family name and one to three more
    characters (`张伟`, `欧阳娜娜`), or a family name and a form of address (`王先生`); traditional
    characters are read in their simplified form (`沈文欽` is 沈文钦)."""
    value = chinese.simplified(value.strip())
    if _DOTTED_NAME.fullmatch(value):
        return _dotted_name(value)
    value = _BRACKETED_ADDRESS.sub(r"\1\2", value)  # `王(先生)`, `李（女士）`: as `王先生`
    surname = surname_of(value)
    if not surname or not chinese.HAN_RUN.fullmatch(value):
        return False
    rest = value[len(surname):]
    if rest in ADDRESS_TERMS:
        return len(surname) + len(rest) > 2  # `师傅` is a word, `王师傅` a person
    return 1 <= len(rest) <= 2 and value[-1] not in _NOT_NAME_ENDS and not _common_word(value)


#: a name written in Han characters with a middle dot between its parts: Uyghur, Kazakh and
#: other minority names (`买买提·艾力`, own name · father's name) and transliterated foreign ones
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8}){1,3}")
#: a form of address in brackets after the family name, as delivery platforms show customers
_BRACKETED_ADDRESS = re.compile(r"^([\u4e00-\u9fff]{1,2})[(（](先生|女士|小姐)[)）]$")


def _dotted_name(value: str) -> bool:
    """Parts of a name, not words or places (`中国·杭州`, `2024·春` are no names)."""
    parts = re.split("[·•・‧]", value)
    return all(part[-1] not in _NOT_NAME_ENDS and not _common_word(part) for part in parts) \
        and any(len(part) >= 2 for part in parts)


#: a word jieba's dictionary counts this often is an everyday word (`金融`, `师傅`, `黄石`),
#: even when it starts with a family name; the few famous names above it are no loss
_COMMON = 500


def _common_word(word: str) -> bool:
    tokenizer = chinese._tokenizer()
    tokenizer.check_initialized()
    return tokenizer.FREQ.get(word, 0) > _COMMON or word in _MAKERS


def _people(words: list[tuple[str, str]]) -> Iterable[str]:
    for i, (word, flag) in enumerate(words):
        before = words[i - 1][0] if i else ""
        if flag.startswith("nr") and 2 <= len(word) <= 4 and is_han_name(word):
            yield word
        elif len(word) == 1 and word in SURNAMES and i + 1 < len(words):
            # jieba cut a known word off the surname (`沈` + `建国`): joined again after a role word
            # or when the tagger calls either part a name
            given = words[i + 1][0]
            if 1 <= len(given) <= 2 and chinese.HAN_RUN.fullmatch(given) and (
                    before in ROLE_WORDS or flag.startswith("nr") or given in ADDRESS_TERMS) and is_han_name(word + given):
                yield word + given


def _places(words: list[tuple[str, str]]) -> Iterable[str]:
    for word, flag in words:
        if flag == "ns" and len(word) >= 2 and word.endswith(_PLACE_ENDS):
            yield word


def entities(text: str) -> dict[str, list[str]]:
    """The entities found in one text: entity type -> the spans (PERSON, CITY, STREET_ADDRESS,
    DEVICE_MODEL, BATTERY_STATE). Empty for text without Han characters."""
    if not chinese.has_han(text):
        return {}
    found: dict[str, list[str]] = {}
    words = [(w, f) for w, f in _tagger().lcut(text)]
    for entity, spans in (("PERSON", _people(words)), ("CITY", _places(words)),
                          ("STREET_ADDRESS", (m.group(0) for m in ADDRESS.finditer(text))),
                          ("DEVICE_MODEL", (m.group(0) for m in DEVICE_MODEL.finditer(text))),
                          ("BATTERY_STATE", (m.group(0) for m in BATTERY.finditer(text)))):
        spans = list(spans)
        if spans:
            found[entity] = spans
    return found
