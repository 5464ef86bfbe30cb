"""Chinese field names read in English: Han words segmented, pinyin in full and as initials.

Chinese teams name fields in Han characters (`手机号`, `设备型号`), in pinyin (`shebei_xinghao`,
`jingdu`) or in pinyin initials (`sjh`, `yhid`, `shdz`). All three are read through one word
list, vocab/zh_words.tsv, which maps a Chinese word to the English words the recognizers
already know (手机号 -> mobile number): Han names are segmented with jieba (its own offline
dictionary plus these words), and the pinyin spellings of every listed word are pypinyin's
(shipped in vocab/zh_spellings.tsv, built by vocab/build_zh_spellings.py), so a word listed once is understood in all three forms. A bilingual policy
adds its own pairs (`terms` of a category: 电池状态 -> battery state) through `add_terms`.

Traditional characters (Taiwan and Hong Kong apps: `會員帳號`, `暱稱`, `裝置型號`) are read through
the same list after conversion to the mainland's simplified forms and words (zhconv's MediaWiki
tables, offline: 網路 -> 网络, 解析度 -> 分辨率); Taiwan's own words (使用者, 装置, 电信业者) are
listed beside their mainland synonyms.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pyarrow as pa
import pyarrow.compute as pc

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: a pinyin-initials token has no vowels (`sjh`, `shdz`); these English parts may sit beside
#: the initials in one token (`yhid`, `dlip`)
_LATIN_PARTS = ("id", "ip", "no", "app", "url")
#: two-letter tokens that are common English abbreviations, never read as pinyin initials
_ENGLISH_PAIRS = frozenset({"ms", "ts", "dt", "db", "px", "pc", "hd", "sd", "gb", "mb", "kb", "tv", "ok", "id", "ip",
                            "os", "ui", "ux", "qa", "hr", "pm", "am", "cc", "fr", "de", "en", "zh", "us", "uk", "js",
                            "py", "gc", "ct", "ns", "sn", "ln", "st", "nd", "rd", "th", "md", "dc", "lb", "mm", "cm",
                            "km", "kg", "gh", "bt", "br", "tz", "sr", "vp", "pp", "ga", "dl", "nm", "ks", "cb", "fb",
                            "tx", "rx", "bg", "fg", "lt", "gt", "sh", "ch", "zs", "xy", "hw", "sw", "fw", "qq"})
#: English tokens of field names that would otherwise read as pinyin initials (`ssid`: 岁数 + id;
#: Cacti's `requires_sync` is no 声 + 昵称; an `order_slip_id`, a packing or deposit slip, is no
#: 数量 + IP address: English words of consonants and `ip`; Salesforce's record id `sfid`, the key
#: Heroku Connect gives every synced table, is no 省份 + id)
_ENGLISH = frozenset({"ssid", "bssid", "sync", "async", "fsync", "rsync", "sysctl",
                      "slip", "clip", "flip", "grip", "snip", "whip", "blip", "strip", "trip", "chip", "ship", "skip",
                      "sfid"})
_CONSONANTS = re.compile(r"^[bcdfghjklmnpqrstwxyz]+$")
#: initials of syllables without an initial consonant begin with their vowel (耳机 `ej`, 按键
#: `aj`): a vowel may lead a part, never sit inside one (`ejlx` 耳机类型, not an English word)
_INITIALS_CORE = re.compile(r"^(?:[aeo]?[bcdfghjklmnpqrstwxyz]+)+$")


@dataclass(frozen=True)
class Reading:
    """How one piece of a name was read: the piece, its form and the English words."""

    piece: str
    form: str  # "han", "pinyin", "initials", "policy"
    english: tuple[str, ...]


_policy_terms: dict[str, tuple[str, ...]] = {}


def add_terms(pairs: dict[str, str]) -> None:
    """A policy's own bilingual terms (Chinese term -> English term), read like listed words."""
    _use(_with_terms(_policy_terms, pairs))


def use_terms(pairs: dict[str, str]) -> None:
    """One policy's terms in place of any earlier policy's (a scan under that policy). The
    tables already built are kept when the terms are the same (a worker process forked with
    them built, see inventory/preload.py)."""
    _use(_with_terms({}, pairs))


def _with_terms(terms: dict[str, tuple[str, ...]], pairs: dict[str, str]) -> dict[str, tuple[str, ...]]:
    merged = dict(terms)
    merged.update({zh: tuple(en.lower().split()) for zh, en in pairs.items() if HAN_RUN.fullmatch(zh)})
    return merged


def reset_terms() -> None:
    """Forget every policy's terms (the word list alone)."""
    _use({})


def _use(terms: dict[str, tuple[str, ...]]) -> None:
    global _policy_terms
    if terms != _policy_terms:
        _policy_terms = terms
        _tables.cache_clear()
        _tokenizer.cache_clear()
        _mixed_words.cache_clear()
        read_han.cache_clear()
        read_latin.cache_clear()
        from classifiers import names  # the name caches hold readings made without these terms

        names.tokenize.cache_clear()
        names.clear_readings()


@lru_cache(maxsize=1)
def listed_words() -> dict[str, tuple[str, ...]]:
    """vocab/zh_words.tsv: Chinese word -> English words (empty for function words)."""
    words: dict[str, tuple[str, ...]] = {}
    text = resources.files("classifiers.vocab").joinpath("zh_words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, _, english = line.partition("\t")
            words.setdefault(word.strip(), tuple(english.split()))
    return words


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, ...]], ...]:
    """(Han word, full pinyin, initials, initials of a whole name) -> English words; earlier
    words win a shared spelling (see `_by_initials`)."""
    han = dict(listed_words())
    for zh, en in _policy_terms.items():
        han.setdefault(zh, en)
    full: dict[str, tuple[str, ...]] = {}
    single: dict[str, list[tuple[str, ...]]] = {}
    # initials -> {meaning: is a policy term}, in listed order; `hy` is 会员 (member) and 行业 (industry)
    spellings: dict[str, dict[tuple[str, ...], bool]] = {}
    for word, english in han.items():
        if not english or not HAN.fullmatch(word[0]):
            continue
        spelled, letters = _spelling(word)
        if not spelled:
            continue
        if len(word) == 1:
            single.setdefault(spelled, []).append(english)  # `shi` is 市 and 时: only unique ones count
            continue
        full.setdefault(spelled, english)
        if len(letters) >= 2 and letters not in _ENGLISH_PAIRS:
            meanings = spellings.setdefault(letters, {})
            meanings[english] = meanings.get(english, False) or word in _policy_terms
    for spelled, meanings in single.items():
        if len(set(meanings)) == 1:
            full.setdefault(spelled, meanings[0])
    return han, full, _by_initials(spellings, policy_decides=False), _by_initials(spellings, policy_decides=True)


@lru_cache(maxsize=1)
def _shipped_spellings() -> dict[str, tuple[str, str]]:
    """vocab/zh_spellings.tsv: word -> (full pinyin, initials), pypinyin's spellings written
    once (vocab/build_zh_spellings.py): importing pypinyin's dictionaries cost every scan
    about half a second."""
    spellings: dict[str, tuple[str, str]] = {}
    text = resources.files("classifiers.vocab").joinpath("zh_spellings.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, full, initials = line.split("\t")
            spellings[word] = (full, initials)
    return spellings


def _spelling(word: str) -> tuple[str, str]:
    """(full pinyin, initials) of a word: shipped for the listed words and the bundled policy's
    terms, spelled by pypinyin for another policy's."""
    shipped = _shipped_spellings().get(word)
    return shipped if shipped is not None else spell(word)


def spell(word: str) -> tuple[str, str]:
    """(full pinyin, initials) of `word` by pypinyin (errors ignored: non-Han characters drop)."""
    from pypinyin import Style, lazy_pinyin

    full = "".join(lazy_pinyin(word, errors="ignore"))
    initials = "".join(lazy_pinyin(word, style=Style.FIRST_LETTER, errors="ignore"))
    return full, initials


@lru_cache(maxsize=1)
def _mixed_words() -> dict[str, tuple[str, ...]]:
    """Listed words written in Latin letters then Han (`QQ号`), lower-cased as names tokenize."""
    return {word.lower(): english for word, english in _tables()[0].items()
            if english and word[:1].isascii() and has_han(word)}


def build_tables() -> None:
    """Build the word tables now rather than when the first name is read: a process that
    forks workers (inventory/preload.py) builds them once for all of them."""
    _tables()


def _by_initials(spellings: dict[str, dict[tuple[str, ...], bool]], policy_decides: bool) -> dict[str, tuple[str, ...]]:
    """Initials -> English words. A shared spelling goes to the word listed first (vocab/
    zh_words.tsv is ordered so: `sj` is 时间 before 手机), or, when `policy_decides` (a whole
    field name of two letters, `HY`), to the policy's own term if exactly one shares it: the
    policy names what the data is checked for, so `HY` is 行业 (the industry) under a policy
    whose categories say 行业, while inside `hyid` it stays 会员 (member)."""
    out: dict[str, tuple[str, ...]] = {}
    for letters, meanings in spellings.items():
        policy = [english for english, is_term in meanings.items() if is_term]
        out[letters] = policy[0] if policy_decides and len(policy) == 1 else next(iter(meanings))
    return out


@lru_cache(maxsize=1)
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    for word in _tables()[0]:
        if HAN.search(word):
            tokenizer.add_word(word, freq=100000)
    return tokenizer


def segment(text: str) -> list[str]:
    """Free Chinese text as words (jieba with its HMM, which finds names it has never seen)."""
    return [word for word in _tokenizer().lcut(text) if word.strip()]


def has_han(text: str) -> bool:
    return HAN.search(text) is not None


def all_ascii(values: pa.Array) -> bool:
    """Whether every value of a string array is ASCII (nulls aside), so that none holds a Han
    character: one vectorised pass rules out a Python loop over values that cannot be Chinese
    (the patterns of Chinese words admit Latin letters too, so English columns reach them)."""
    return values.null_count == len(values) or bool(pc.all(pc.string_is_ascii(values)).as_py())


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """`text` in mainland simplified characters and words (traditional `身分證字號` -> 身份证字号);
    text without Han characters is returned as it is."""
    if not has_han(text):
        return text
    import zhconv

    return zhconv.convert(text, "zh-cn")


@lru_cache(maxsize=65536)
def read_han(run: str) -> tuple[Reading, ...]:
    """A run of Han characters, segmented and read word by word (unknown words kept as they are);
    traditional characters are read in their simplified form."""
    han = _tables()[0]
    run = simplified(run)
    if run in han:
        return (Reading(run, "han", han[run]),)
    readings: list[Reading] = []
    for word in _tokenizer().lcut(run, HMM=False):
        if word in han:
            readings.append(Reading(word, "han", han[word]))
        elif len(word) > 1 and all(ch in han for ch in word):
            readings.extend(Reading(ch, "han", han[ch]) for ch in word)
        else:
            readings.append(Reading(word, "han", (word,)))
    return tuple(readings)


@lru_cache(maxsize=65536)
def read_latin(token: str, whole: bool = False) -> tuple[Reading, ...] | None:
    """A lower-case Latin token read as pinyin (`shoujihao`, `shouhuodizhi`) or pinyin initials
    (`sjh`, `yhid`, `shrsjh`); None when it is neither. Two letters are read as initials only
    when they are the `whole` name (`NL` 年龄, `XB` 性别): inside a longer name they are too
    often an English abbreviation."""
    _, full, initials, whole_initials = _tables()
    if token in _ENGLISH:
        return None
    if token in full:
        return (Reading(token, "pinyin", full[token]),)
    if whole and token in whole_initials:
        return (Reading(token, "initials", whole_initials[token]),)
    if len(token) >= 3 and token in initials:
        return (Reading(token, "initials", initials[token]),)
    if len(token) >= 4 and not _CONSONANTS.match(token):
        parts = _split(token, full, min_part=2)
        if parts:
            return tuple(Reading(p, "pinyin", full[p]) for p in parts)
    return _read_initials(token, initials) or _read_mixed(token, full, initials)


#: a word in full pinyin beside initials in one token is at least this long (`xinghao` 型号)
MIXED_FULL_MIN = 4


def _read_mixed(token: str, full: dict[str, tuple[str, ...]], initials: dict[str, tuple[str, ...]]) -> tuple[Reading, ...] | None:
    """`sbxinghao` -> 设备 (initials) + 型号 (in full): one word in initials and one in full
    pinyin glued together, in either order; None for any other token."""
    for cut in range(2, len(token) - MIXED_FULL_MIN + 1):
        head, tail = token[:cut], token[cut:]
        if _CONSONANTS.match(head) and head in initials and tail in full:
            return Reading(head, "initials", initials[head]), Reading(tail, "pinyin", full[tail])
    for cut in range(MIXED_FULL_MIN, len(token) - 1):
        head, tail = token[:cut], token[cut:]
        if head in full and _CONSONANTS.match(tail) and tail in initials:
            return Reading(head, "pinyin", full[head]), Reading(tail, "initials", initials[tail])
    return None


def read_joined(tokens: tuple[str, ...]) -> tuple[tuple[Reading, ...], int] | None:
    """Pinyin written a word per syllable group (`caozuo_xitong`): the longest run of leading
    tokens whose joined spelling is one listed word (操作系统, not 操作 + 系统), and its length.
    A Latin word and the Han word after it that are one listed word (`QQ号`, split at the
    change of script into `qq` + `号`) are read as that word: `QQ号` is a QQ account, not a
    `number` of something."""
    if len(tokens) > 1 and tokens[0].isascii() and has_han(tokens[1]):
        mixed = _mixed_words()
        joined = tokens[0] + simplified(tokens[1])
        if joined in mixed:
            return (Reading(joined, "han", mixed[joined]),), 2
    full = _tables()[1]
    for n in range(min(3, len(tokens)), 1, -1):
        joined = "".join(tokens[:n])
        if joined.isalpha() and joined.isascii() and joined in full:
            return (Reading(joined, "pinyin", full[joined]),), n
    return None


def _read_initials(token: str, initials: dict[str, tuple[str, ...]]) -> tuple[Reading, ...] | None:
    """`yhid` -> 用户 + id, `shrsjh` -> 收货人 + 手机号: consonant runs of known initials."""
    prefix = next((p for p in _LATIN_PARTS if token.startswith(p) and _CONSONANTS.match(token[len(p):] or "a")), "")
    suffix = next((p for p in _LATIN_PARTS if token.endswith(p) and _CONSONANTS.match(token[:-len(p)] or "a")), "")
    core = token[len(prefix):len(token) - len(suffix)] if not (prefix and suffix and len(token) < 5) else token
    if len(core) < 2 or not _INITIALS_CORE.match(core) or (not (prefix or suffix) and len(core) < 3):
        return None
    parts = _split(core, initials, min_part=2)
    if not parts:
        return None
    readings = [Reading(p, "initials", initials[p]) for p in parts]
    head = [Reading(prefix, "latin", (prefix,))] if prefix else []
    tail = [Reading(suffix, "latin", (suffix,))] if suffix else []
    return tuple(head + readings + tail)


def _split(token: str, known: dict[str, tuple[str, ...]], min_part: int) -> list[str] | None:
    """The split of `token` into the fewest known parts (each at least `min_part` long)."""
    best: dict[int, list[str]] = {0: []}
    for end in range(min_part, len(token) + 1):
        for start in range(max(0, end - 24), end - min_part + 1):
            if start in best and token[start:end] in known and (end not in best or len(best[start]) + 1 < len(best[end])):
                best[end] = best[start] + [token[start:end]]
    parts = best.get(len(token))
    return parts if parts else None


def english(readings: tuple[Reading, ...]) -> tuple[str, ...]:
    return tuple(word for reading in readings for word in reading.english)


def describe(name: str) -> list[str]:
    """For `datamap explain`: how each Chinese or pinyin piece of a field name was read."""
    from classifiers.names import tokenize

    lines: list[str] = []
    tokens = tokenize(name)
    for token in tokens:
        readings = read_han(token) if has_han(token) else read_latin(token, whole=len(tokens) == 1)
        if readings and any(r.english != (r.piece,) for r in readings):
            # two letters count only in a table of Chinese names (classifiers/names.py)
            form = (lambda r: f"{r.form}, in a table of Chinese names" if len(r.piece) == 2 and len(readings) == 1
                    and r.form == "initials" else r.form)
            words = " | ".join(f"{r.piece} ({form(r)}) -> {' '.join(r.english) or '-'}" for r in readings)
            lines.append(f"{token}: {words}")
    return lines
