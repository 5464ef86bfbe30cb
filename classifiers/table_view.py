"""The table as a whole: what its rows are about, and what that says of single fields.

No field shows these alone:

- **Rows that are people.** A table that holds a person's name, e-mail, phone, birth date or
  age, government id or street address — two kinds of these, or one beside a `sex`/`gender`
  column, or a people table's name (`patients`, `players`) — is about people, so its key
  column (`id`, `ID`, `key`: unique in the sample, id-shaped) is their account id.
- **Rows that are places or things.** A table named after what it lists (`airports`,
  `world_cities`, `zipcodes`, `countries`, `stations`, `cars`) that holds nothing about a
  person is reference data: its coordinates, cities, countries and time zones describe those
  places and things, not where a user is. Those detections stay as candidates, below the
  threshold, with a `table` signal that says why.

Both views run after every field is classified, over its detections (a second look at values
only for a key's uniqueness, a date column's years and a place table's `name`), and both say
what they did in the evidence (`table` signals, shown by `datamap explain`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import chinese, rx
from classifiers.evidence import Detection, Signal
from classifiers.masking import mask_examples
from classifiers.document_columns import cpf_column, document_column, ssn_column
from classifiers.name_columns import CountedColumns, honorifics, name_column, name_run
from classifiers.names import NameTokens, dataset_base_name, expand, tokenize
from classifiers.vocab import in_vocabulary
from classifiers.recognizer import as_text, informative
from classifiers.sex_values import sexes
from classifiers.recognizers.account_id import (BODY_MEASURES, KEY_NAMES, KEY_REPEAT_MIN_ROWS, KEY_REPEAT_SHARE,
                                                PEOPLE_TABLES, RECORD_WRAPPERS, people_table_words)
from classifiers.recognizers.device_model import DEVICE_IN_NAME

if TYPE_CHECKING:
    from classifiers.engine import FieldResult
    from datamap.model import DatasetSample, FieldSample

#: entities whose presence says the rows are people
PERSON_ENTITIES = frozenset({"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "AGE", "GOVERNMENT_ID",
                             "US_SSN", "PASSPORT", "STREET_ADDRESS", "CREDIT_CARD"})
#: entities that say the rows are things people did, each row pointing at its person: the
#: table's own key is then the record's (an event's uuid), not a person's
RECORD_ENTITIES = frozenset({"ACCOUNT_ID", "BEHAVIORAL_EVENT", "COOKIE_ID", "ADVERTISING_ID", "DEVICE_ID",
                             "USER_AGENT", "IP_ADDRESS"})
#: column-name words that say the rows are people, though the policy has no category for them
PERSON_WORDS = frozenset({"sex", "gender"})
#: person evidence that describes who someone is, kept in a table of people and seldom in a table
#: of what people did: beside it, an IP address, user agent or device id is the person's own
#: (registered from, last logged in with), not the mark of a table of records
IDENTITY_EVIDENCE = frozenset({"government id", "us ssn", "passport", "date of birth", "age", "sex or gender"})
#: record entities that a table of people also keeps about each person
PERSON_RECORDS = frozenset({"IP_ADDRESS", "USER_AGENT", "DEVICE_ID"})
#: table-name words (singular, English) whose rows are places or things, not people
THING_TABLES = frozenset({"airport", "city", "country", "zipcode", "zip", "postcode", "zone",
                          "timezone", "station", "school", "district", "county", "state", "region", "province",
                          "place", "venue", "store", "warehouse", "office", "branch", "facility", "building",
                          "landmark", "port", "harbour", "harbor", "element", "car", "vehicle", "product", "item",
                          "movie", "film", "weather", "gazetteer", "geoname", "route", "airline",
                          "stop", "hotel", "restaurant", "park", "mountain", "river", "lake", "island"})
#: table-name head nouns whose rows are records of something people did, not the people
RECORD_TABLES = frozenset({"order", "event", "transaction", "txn", "log", "message", "session", "invoice", "payment",
                           "ticket", "visit", "review", "post", "comment", "click", "view", "request", "call",
                           "shipment", "booking", "reservation", "trip", "ride", "upload", "download", "item", "line",
                           "detail", "history", "audit", "activity", "metric", "sample", "reading", "measurement",
                           # a person's track: one row a position fix (骑手轨迹, `gps_trail`)
                           "trajectory", "trail"})
#: entities that locate something: in a table of places, they describe the places
PLACE_ENTITIES = frozenset({"GPS_COORDINATE", "GEOHASH", "COUNTRY", "CITY", "REGION", "LOCATION", "TIME_ZONE"})
#: table-name words whose rows are vehicles: someone drives each, so its position fix is where
#: its driver is (a connected car's state, a fleet's tracker), though its country of origin,
#: its maker's city or its dealer's region locate no one
VEHICLE_TABLES = frozenset({"car", "vehicle", "truck", "van", "motorcycle", "scooter", "bike", "fleet"})
#: the entities of a position fix
POSITION_ENTITIES = frozenset({"GPS_COORDINATE", "GEOHASH"})
#: nouns whose rows record a state or status (`vehicle_states`, `order_status`, `device_state`)
STATUS_HOLDERS = (VEHICLE_TABLES | RECORD_TABLES | frozenset({"device", "terminal", "machine", "job", "task", "node",
                                                              "service", "server", "account", "user", "battery",
                                                              "charging", "charge", "door", "engine", "sensor"}))
#: table-name head nouns of the grades people are sorted into (`user_level`, `member_grade`,
#: `customer_tier`): a table of levels, though its name names people
PEOPLE_GRADES = frozenset({"level", "grade", "tier", "rank"})
#: what a withdrawn detection keeps of its confidence (below the 0.5 threshold)
WITHDRAWN_FACTOR = 0.45
KEY_SCORE = 0.7
#: the tokens of generated column names
OPAQUE_NAME = re.compile(r"^(?:c|col|column|f|field|attr|attribute|var|v|val|value|x|\d+)\d*$")
#: the index pandas writes beside a DataFrame's columns (`Unnamed: 0`): a row position, no id
PANDAS_INDEX = re.compile(r"^Unnamed: \d+$")
#: what an id looks like as text: one token (digits, a UUID, `usr_8KJ2`)
ID_SHAPE = r"^[A-Za-z0-9][A-Za-z0-9_:-]{2,63}$"
#: whole numbers written as text (a seed script's values, an export that quotes every cell):
#: a key counting from 1 as a whole-number column would, however short
NUMBER_TEXT = r"^[1-9]\d{0,17}$"
#: birth dates: enough of them, spread over this many years, the median person this old
BIRTH_MIN_VALUES = 10
#: ... but in a table already known to be about people, four dates spread over a decade, the median
#: person of working age, are their birth dates: a clinic's or an API example's few patients
#: (a sign-up or visit date of four people spans months, and lies years, not decades, back)
BIRTH_MIN_DATES = 4
BIRTH_MIN_SPREAD = 10
#: share of a timestamp column's values that must lie at one hour on the hour (a day's midnight)
BIRTH_ONE_HOUR_SHARE = 0.6
BIRTH_MIN_AGE = 12
#: (a register of pensioners written years ago ages from today: Medicare's beneficiaries of 2008,
#: median 74 then, are past 90 now)
BIRTH_MAX_AGE = 95
BIRTH_SCORE = 0.6
#: three in four births (at least) lie within BIRTH_OLDEST years of the table's present
BIRTH_EARLY_SHARE = 0.25
BIRTH_OLDEST = 125
#: share of a `name` column's values that are known places before it names places, not people
PLACE_NAME_SHARE = 0.5
#: a key must be this unique over the sample (a table's key repeats only where rows do)
KEY_UNIQUE = 0.95


def apply(dataset: DatasetSample, results: Sequence[FieldResult], threshold: float) -> None:
    """Adjust the field results of one dataset in place by what the whole table is about."""
    table = table_words(dataset.name)
    head = head_noun(table)
    people_table = people_table_words(dataset, table)
    if head in PEOPLE_GRADES and head not in people_table:
        # `sys_user_level`, `member_grade`: each row one level people are sorted into (`VIP.1`,
        # the growth it takes), none of the people; its key numbers the levels
        people_table = set()
    _withdraw_shared_logins(results, threshold)
    if not people_table:
        _withdraw_unconfirmed_names(results, threshold)
    if head in RECORD_TABLES and not people_table:
        _withdraw_external_ids(results, head, threshold)
    if BODY_MEASURES.intersection(table) and not people_table:
        _wearer(results, sorted(BODY_MEASURES.intersection(table))[0], threshold)
    if _carried_devices(results, threshold):
        _device_names(results)
    if head in DEVICE_TABLES and not people_table:
        _device_keys(results, threshold)
    if not people_table and _person_evidence(results, threshold) <= OFFICE_EVIDENCE:
        # (an address or a phone may be an office's: a library's, a shop's)
        _withdraw_row_handles(results, head, threshold)
    if head in THING_TABLES:
        _withdraw_place_names(results, head, threshold)
    if not people_table and not _person_evidence(results, threshold):
        _withdraw_book_accounts(results, threshold)
    if transport := sorted(set(table) & TRANSPORT_TABLES):
        _withdraw_transport_carriers(results, transport[0], threshold)
    if not people_table and ORGANISATION_TABLES.intersection(table):
        _organisation_own_fields(results, head, threshold)
    people = _person_evidence(results, threshold)
    if people <= OFFICE_EVIDENCE and not people_table \
            and (organisation := _organisations(table, results, threshold)) is not None:
        if _withdraw_addresses(results, organisation, threshold) and not _records(results, threshold):
            # the offices' places too: their cities and coordinates locate no one
            _withdraw_places(results, f"names organisations ({organisation})", threshold)
        people = _person_evidence(results, threshold)
    if people or people_table:
        _people_columns(results, sorted(people) or sorted(people_table), threshold)
    if people and not people_table and not people & IDENTITY_EVIDENCE and _contacts_of_things(table, head, results, threshold):
        return  # a clinic's responsible person, a shop's boss, a building's manager: the rows are the places
    if not people and not people_table:
        if head in THING_TABLES and not _owned_devices(results, threshold):
            _withdraw_places(results, f"lists {head} records", threshold,
                             keep=POSITION_ENTITIES if head in VEHICLE_TABLES else frozenset())
        elif not _records(results, threshold) and not _carried_devices(results, threshold) \
                and (named := _named_places(results, threshold)) is not None:
            _withdraw_places(results, f"names each located row in '{named}'", threshold)
        return
    # a table named for its people (yudao's `member_user`, `users`) keeps each one's last login IP
    # and user agent as a table with identity evidence does: the rows are still people
    kept = PERSON_RECORDS if people & IDENTITY_EVIDENCE or people_table else ()
    if head in RECORD_TABLES or _records(results, threshold, ignore=kept):
        return  # `orders` with a buyer's e-mail, events with their user's id: the key is the record's
    # a birth date or an age some recognizer found: the table's other dates are no birth dates
    born = bool(people & {"date of birth", "age"})
    age = _age_column(results, threshold) if "AGE" not in {b.entity for r in results if (b := r.best(threshold))} \
        else None
    if age is not None and people:
        # ages beside another sign of people are a second sign: the rows are people
        age.detections.insert(0, _age(age.sample, sorted(people)))
        people.add("age")
    if len(people) >= 2 or people_table:
        evidence = sorted(people) or sorted(people_table)
        births = []
        # `person_name`, `patient_identifier`: each row one part of a person, keyed by its own
        # number; the person is the id column after that key
        part = head if people_table and head in PERSON_PARTS and head not in people_table else None
        if part is not None:
            _part_owner(results, part, sorted(people_table), threshold)
        # the key comes first but for columns that are the same on every row (CDISC's `STUDYID`
        # and `DOMAIN` before `USUBJID`, a tenant's id before its users')
        lead = _first_varying(results)
        for index, result in enumerate(results):
            if result.best(threshold) is not None:
                continue
            if part is not None and index == 0:
                continue
            if _is_key(result.sample, first=index == lead):
                result.detections.insert(0, _account_key(result.sample, evidence))
            elif index > 0 and (_other_key(results, index, threshold) or _named_other_key(result.sample)):
                result.detections.insert(0, _account_key(result.sample, evidence, other=True))
            elif _is_key(result.sample, first=index == 0, serials=True):
                result.detections.append(_serial_key(result.sample))  # explain says why it is no key
            elif not born and (birth := _birth_dates(result.sample)) is not None:
                births.append((birth, result))
        births = _born_before(births)
        if age is not None:
            # ages found beside dates: dates whose oldest plus the youngest age lies in the
            # future are no births (a trial's diagnosis dates beside its patients' ages)
            youngest = _numbers(pc.drop_null(age.sample.values))
            least = pc.min(youngest).as_py() if youngest is not None else None
            births = [found for found in births if least is None or found[0][0] + least <= date.today().year]
        if births:
            # a person has one birth date: the table's other spread dates of days come later
            # (a death, a hire, a first visit)
            birth, result = min(births, key=lambda found: found[0])
            result.detections.insert(0, _birth_date(result.sample, birth, evidence))
            _birth_month_and_day(results, results.index(result), evidence, threshold)


#: the ranges of the columns that may follow a column of birth years: the month, then the day
BIRTH_PARTS = ((1, 12, "month"), (1, 31, "day"))


def _birth_month_and_day(results: Sequence[FieldResult], index: int, evidence: list[str], threshold: float) -> None:
    """Birth years written apart (the OMOP CDM's `year_of_birth`, `month_of_birth`,
    `day_of_birth`): the undecided whole numbers of 1-12 right after the years, and of 1-31 after
    those, are the rest of each person's birth date."""
    if not pa.types.is_integer(results[index].sample.values.type) or not _years(results[index].sample.values):
        return
    for (low, high, part), result in zip(BIRTH_PARTS, results[index + 1:]):
        values = result.sample.values.drop_null()
        if result.best(threshold) is not None or not pa.types.is_integer(values.type) or not len(values):
            return
        least, most = (v.as_py() for v in pc.min_max(values).values())
        if least < low or most > high:
            return
        signal = Signal("table", f"whole numbers of {low}-{high} right after the birth years of a table of people: "
                                 f"the birth's {part} (it holds {', '.join(evidence)})", BIRTH_SCORE)
        result.detections.insert(0, Detection(path=result.sample.path, entity="DATE_OF_BIRTH", confidence=BIRTH_SCORE,
                                              signals=[signal], examples=mask_examples(_examples(result.sample),
                                                                                      "DATE_OF_BIRTH"),
                                              recognizer="table_view"))


def _people_columns(results: Sequence[FieldResult], evidence: list[str], threshold: float) -> None:
    """Undecided columns of single given names or surnames (`Iago`, `Pedro`) in a table that holds
    something about a person: that person's names (see name_columns); SSN-shaped numbers of the
    test ranges: their SSNs; bare numbers with a CPF's check digits: their CPFs; passport, licence
    and RG numbers after the key: their documents (see document_columns)."""
    lead = _first_varying(results)
    # a text column's distinct values are counted once for every reading (the first that finds
    # something is kept: the others are never asked), and for the runs of names after them
    count = CountedColumns()
    for index, result in enumerate(results):
        if result.best(threshold) is not None:
            continue
        values = result.sample.values
        counted = count(values) if pa.types.is_string(values.type) else None
        if (names := name_column(result.sample, evidence, counted)) is not None:
            result.detections.insert(0, names)
        elif (ssns := ssn_column(result.sample, evidence, counted)) is not None:
            result.detections.insert(0, ssns)  # `999-26-9016`: a test range's SSNs stand for the people's
        elif (cpfs := cpf_column(result.sample, evidence, counted)) is not None:
            result.detections.insert(0, cpfs)  # `86730543540`: Brazil's CPF, check digits and all
        elif index > lead and (documents := document_column(result.sample, evidence, count)) is not None:
            result.detections.insert(0, documents)  # `X12345678X`, `16.602.818-6`: passports, licences, RGs
    _name_runs(results, evidence, threshold, count)


def _name_runs(results: Sequence[FieldResult], evidence: list[str], threshold: float,
               count: CountedColumns) -> None:
    """Undecided columns next to a column of names or honorifics, in either direction, whose
    single words are half known names: the rest of each row's name (see name_columns.name_run);
    a found one reaches on to its own neighbour (given | middle | family)."""
    found = True
    while found:
        found = False
        for index, result in enumerate(results):
            if result.best(threshold) is not None:
                continue
            for near in (index - 1, index + 1):
                if not 0 <= near < len(results) or not _names_or_titles(results[near], threshold, count):
                    continue
                if (run := name_run(result.sample, evidence, results[near].sample.name, count)) is not None:
                    result.detections.insert(0, run)
                    found = True
                    break


def _names_or_titles(result: FieldResult, threshold: float, count: CountedColumns) -> bool:
    best = result.best(threshold)
    return (best.entity == "PERSON") if best is not None else honorifics(result.sample, count)


#: the engine's word for a named column whose values have a name's shape but no name's words
UNCONFIRMED = "fail validation"
#: columns a table needs before what the others hold says anything of it
UNCONFIRMED_MIN_COLUMNS = 3
#: words that name a part of a person's name, which no thing has (`firstName`, `surname`)
NAME_PART_WORDS = frozenset({"first", "last", "given", "family", "middle", "maiden", "surname", "forename",
                             "firstname", "lastname", "fname", "lname", "givenname", "familyname"})


def _withdraw_unconfirmed_names(results: Sequence[FieldResult], threshold: float) -> None:
    """A person's name that only the column's name says (`display_name` of `wow_fashion_now`,
    `cats`: the values have a name's shape, few a name's words), in a table not named for people
    where no other column is about a person or what one did (no account, contact, birth date,
    device, event): the name of the table's own things (a subreddit's, a channel's), no one's."""
    if len(results) < UNCONFIRMED_MIN_COLUMNS:
        return  # a column alone says nothing of its table
    named = [r for r in results if (b := r.best(threshold)) is not None and b.entity == "PERSON"
             and not any(s.kind == "value" and s.score > 0 for s in b.signals)
             and any(s.kind == "validator" and UNCONFIRMED in s.detail for s in b.signals)
             and NAME_PART_WORDS.isdisjoint(tokenize(r.sample.name))]
    if not named:
        return
    for result in named:
        others = [r for r in results if r is not result and (b := r.best(threshold)) is not None
                  and b.entity in PERSON_ENTITIES | RECORD_ENTITIES]
        if others or PERSON_WORDS.intersection(w for r in results for w in NameTokens.of(r.sample.path).own):
            continue
        best = result.best(threshold)
        _withdraw(result, best, "only the column's name says person, the values hold few names' words, and no "
                                "other column of the table is about a person: the names of the table's things")


#: words that make a person column the contact of the row's thing or organisation (负责人
#: `responsible_person`, a shop's `bossname`, a building's `security_manager` and `landlord_name`),
#: not the row's own person
CONTACT_ROLES = frozenset({"responsible", "manager", "boss", "owner", "owners", "landlord", "contact", "principal",
                           "director", "legal", "leader", "keeper", "committee", "liaison", "representative", "agent",
                           "secretary", "supervisor", "chief", "proprietor", "founder", "chairman", "president",
                           "operator", "charge", "incharge"})
#: what a glued role column ends in (`bossname`, `leaderphone`)
ROLE_TAILS = ("name", "person")


def _contacts_of_things(table: list[str], head: str, results: Sequence[FieldResult], threshold: float) -> bool:
    """Whether the person evidence of a table that is no table of people by its name is only
    the contacts of what each row is: every name is a role's (`responsible_person`, `bossname`,
    `owner_name`), and the table is named for places or organisations (`clinic`, `building`) or
    its own `name` (`serviceplaceName`) holds no person's. Its key then numbers the places, and
    its years (`build_year`) are no one's birth; the contacts' names and phones stay theirs."""
    names = {id(r): r for r in results if (b := r.best(threshold)) is not None and b.entity == "PERSON"}
    if not names or not all(_role_column(r.sample.path) for r in names.values()):
        return False
    if head in THING_TABLES or ORGANISATION_TABLES.intersection(table):
        return True
    own = {(*table, "name"), ("".join(table), "name"), ("name",)}
    return any(NameTokens.of(r.sample.path).own in own and pa.types.is_string(r.sample.values.type)
               and len(r.sample.values) - r.sample.values.null_count >= 2 for r in results if id(r) not in names)


def _role_column(path: str) -> bool:
    own = NameTokens.of(path).own
    words = set(own) | set(expand(own))
    words |= {t[:-len(tail)] for t in own for tail in ROLE_TAILS if t.endswith(tail) and len(t) > len(tail)}
    return bool(words & CONTACT_ROLES)


def _person_evidence(results: Sequence[FieldResult], threshold: float) -> set[str]:
    found: set[str] = set()
    for result in results:
        best = result.best(threshold)
        if best is not None and best.entity in PERSON_ENTITIES:
            found.add(best.entity.lower().replace("_", " "))
        elif PERSON_WORDS.intersection(NameTokens.of(result.sample.path).own) or sexes(result.sample):
            found.add("sex or gender")
    return found


#: ages of people: years (whole or a fraction), this many distinct, within 0-100 and spread over this many
#: years, the median person a student or an adult of working age
AGE_MIN_DISTINCT = 8  # survey ages come binned (17.5, 22, 27, ... 57)
AGE_MIN_SPREAD = 15
AGE_MEDIAN = (18, 65)  # students and working adults
AGE_SCORE = 0.6
#: people share ages: at most this share of an age column is distinct (a row number is not)
AGE_REPEAT = 0.8
#: few people are past 90: a column of 0-100 with more above 90 is percentages (a battery level)
AGE_OLD_SHARE = 0.05
#: a table with an adult median holds few children under 12: counts from 0 (`referral_count`) hold many
AGE_CHILD_SHARE = 0.15
#: people spread over 15 years around an adult median include someone past this age; scales that
#: stop at 31 (a modem's CSQ signal 0-31, a month's days) do not
AGE_OLDEST_MIN = 35


def _age_column(results: Sequence[FieldResult], threshold: float) -> FieldResult | None:
    """The first unclaimed column whose name says nothing and whose values read as people's
    ages (years 0-100, whole or with a short fraction, that repeat, spread, an adult median): only the first, because the other
    small numbers of a table of people (scores, counts, weights) read the same."""
    for index, result in enumerate(results):
        if result.best(threshold) is not None or not says_nothing(NameTokens.of(result.sample.path).own):
            continue
        values = _numbers(pc.drop_null(result.sample.values))
        if values is None or len(values) < BIRTH_MIN_VALUES:
            continue
        if pa.types.is_floating(values.type) and not _year_fractions(values):
            continue
        low, high = (v.as_py() for v in pc.min_max(values).values())
        median = pc.approximate_median(values).as_py()
        distinct = pc.count_distinct(values).as_py()
        # a trial's or a care home's people are older: their ages are told by the unit or the
        # age group written beside them (CDISC's `AGE`, `AGEU`, `AGEGR1`: `77`, `YEARS`, `65-80`)
        oldest = AGE_MEDIAN[1]
        if index + 1 < len(results) and _age_unit_or_group(results[index + 1].sample, values):
            oldest = AGE_ELDERLY_MEDIAN
        if (low < 0 or high > 100 or high < AGE_OLDEST_MIN or high - low < AGE_MIN_SPREAD or distinct < AGE_MIN_DISTINCT
                or distinct > AGE_REPEAT * len(values) or not AGE_MEDIAN[0] <= median <= oldest
                or pc.sum(pc.greater(values, 90)).as_py() > AGE_OLD_SHARE * len(values)
                or pc.sum(pc.less(values, 12)).as_py() > AGE_CHILD_SHARE * len(values)):
            continue
        return result
    return None


#: the median age of older people (a trial's patients, a care home's residents), beside an age's
#: unit or group
AGE_ELDERLY_MEDIAN = 85
#: units of an age in years, as a column beside the number writes them
AGE_UNITS = pa.array(["years", "year", "yrs", "yr", "y", "岁", "歲", "ans", "jahre", "años", "anos"])
#: an age group: `<65`, `65-80`, `>80`, `65+`, `18 to 24`
AGE_GROUP = r"^(?:[<>≤≥]=?\s*(?P<edge>\d{1,3})|(?P<low>\d{1,3})\s*(?:-|–|to)\s*(?P<high>\d{1,3})|(?P<plus>\d{1,3})\+)$"


def _age_unit_or_group(sample: FieldSample, ages: pa.Array) -> bool:
    """Whether a column beside numbers says they are ages: one unit of years in every value
    (`YEARS`), or, row by row, the age group each number falls in (`<65` beside 63)."""
    values = sample.values
    if not pa.types.is_string(values.type) or not len(values):
        return False
    lowered = pc.utf8_lower(pc.utf8_trim_whitespace(values))
    if pc.all(pc.is_in(lowered, value_set=AGE_UNITS)).as_py():
        return True
    if len(values) != len(ages) or sample.null_ratio:  # rows are aligned only where neither has gaps
        return False
    groups = rx.extract(lowered, AGE_GROUP)
    if groups.null_count:
        return False
    bounds = {key: pc.cast(pc.if_else(pc.equal(groups.field(key), ""), None, groups.field(key)), pa.float64())
              for key in ("edge", "low", "high", "plus")}
    number = pc.cast(ages, pa.float64())
    below, above = pc.starts_with(lowered, "<"), pc.starts_with(lowered, ">")
    inside = pc.coalesce(
        pc.if_else(below, pc.less_equal(number, bounds["edge"]), None),
        pc.if_else(above, pc.greater_equal(number, bounds["edge"]), None),
        pc.and_(pc.greater_equal(number, bounds["low"]), pc.less_equal(number, pc.add(bounds["high"], 1))),
        pc.greater_equal(number, bounds["plus"]))
    return bool(pc.all(pc.fill_null(inside, False)).as_py())


#: ages written with a fraction of a year (a survey's `17.5`, `16.917` for 16 years 11 months)
#: have at most this many decimals; measurements (`72.4381`) have more
AGE_DECIMALS = 3


#: a fraction of a year is a number of months: twelfths (`.5`, `.25`, `.917`), to this much
AGE_MONTHS_TOLERANCE = 0.06


def _year_fractions(values: pa.Array) -> bool:
    """Whole years, or years with a short fraction that is a number of months (a survey's
    `17.5`, `16.917`); measurements in tenths (a bill's `39.1` mm) have other fractions."""
    scaled = pc.multiply(values, 10 ** AGE_DECIMALS)
    if not pc.all(pc.less(pc.abs(pc.subtract(scaled, pc.round(scaled))), 1e-6)).as_py():
        return False
    months = pc.multiply(pc.subtract(values, pc.floor(values)), 12)
    return pc.all(pc.less(pc.abs(pc.subtract(months, pc.round(months))), AGE_MONTHS_TOLERANCE)).as_py()


def _numbers(values: pa.Array) -> pa.Array | None:
    """A numeric column's values; a text column's too when every value but the placeholders of
    a missing one (R's `NA`, `null`, `-`) is a whole number (one `NA` makes a CSV column text)."""
    if pa.types.is_integer(values.type) or pa.types.is_floating(values.type):
        return values
    if not pa.types.is_string(values.type):
        return None
    present = pc.utf8_trim_whitespace(informative(values))
    plain = rx.match(present, r"^\d{1,3}$")
    if len(present) == 0:
        return None
    if not pc.all(plain).as_py():
        # ages over a limit written as the limit (`> 89`, `90+`: HIPAA's de-identified ages,
        # eICU's): one limit, above every other value, on a few rows (`65+` everywhere is a code)
        coded = pc.filter(present, pc.invert(plain))
        if not pc.all(rx.match(coded, TOP_CODED)).as_py() or len(coded) > TOP_CODED_SHARE * len(present):
            return None
        limits = rx.extract(coded, TOP_CODED).field("limit")
        if pc.count_distinct(limits).as_py() != 1:
            return None
        numbers = pc.cast(pc.filter(present, plain), pa.int64())
        limit = int(limits[0].as_py())
        if len(numbers) and pc.max(numbers).as_py() > limit:
            return None
        return pa.concat_arrays([numbers, pa.array([limit] * len(coded), pa.int64())])
    return pc.cast(present, pa.int64())


#: a top-coded number, `> 89`, `>=90`, `90+`, among values that are no plain numbers
TOP_CODED = r"^(?:>=?\s*)?(?P<limit>\d{2,3})(?:\s*\+)?$"
#: the share of rows a limit may stand for
TOP_CODED_SHARE = 0.2


def _age(sample: FieldSample, evidence: list[str]) -> Detection:
    signal = Signal("table", f"years from 0 to 100, spread, an adult median: the first such column of a table "
                             f"of people (it holds {', '.join(evidence)})", AGE_SCORE)
    return Detection(path=sample.path, entity="AGE", confidence=AGE_SCORE, signals=[signal],
                     examples=mask_examples(_examples(sample), "AGE"), recognizer="table_view")


def _records(results: Sequence[FieldResult], threshold: float, ignore: frozenset[str] | tuple = ()) -> bool:
    # (the table's own bare key, found to be an account, is the people's key: no pointer to a person)
    return any((best := r.best(threshold)) is not None and best.entity in RECORD_ENTITIES and best.entity not in ignore
               and not (best.entity == "ACCOUNT_ID" and (_platform_account(r.sample.path)
                                                         or best.recognizer == "PlatformAccountIdRecognizer"
                                                         or (not r.sample.parent
                                                             and NameTokens.of(r.sample.path).own in KEY_NAMES)))
               for r in results)


#: other platforms whose accounts a person's record lists beside its own key (`QQ号`, `微信号`,
#: `weibo_id`, a WeChat openid told by its value): the person's accounts elsewhere, no sign that
#: the rows record someone else
PLATFORM_WORDS = frozenset({"qq", "wechat", "weixin", "weibo", "douyin", "alipay", "taobao", "dingtalk", "telegram",
                            "whatsapp", "skype", "facebook", "twitter", "instagram", "linkedin", "oschina", "gitee"})


def _platform_account(path: str) -> bool:
    return not PLATFORM_WORDS.isdisjoint(NameTokens.of(path.rsplit(".", 1)[-1]).own)


def table_words(dataset: str) -> list[str]:
    """The words of a table's name, singular and without trailing numbers (`zone1970` -> zone);
    the last is the head noun of an English compound (`world_cities` lists cities)."""
    words = [w.rstrip("0123456789") for w in expand(tokenize(dataset_base_name(dataset).rsplit(".", 1)[-1]))]
    return [_singular(w) for w in _in_english(_unglued(words)) if w]


#: head nouns of what people write that app schemas glue to an abbreviation of what it is about
#: (`slcomment`: comments on the confession wall 表白墙, `xzcomment` on second-hand goods 闲置)
GLUED_HEADS = ("comment", "comments", "reply", "replies", "review", "reviews", "message", "messages")
#: the longest abbreviation before such a head (`sl`, `wd`, `xz`; `comment` itself has none)
GLUED_PREFIX = 3


def _unglued(words: list[str]) -> list[str]:
    """`slcomment` read as `sl comment`: a short abbreviation glued to a head noun of writing."""
    out = []
    for word in words:
        head = next((h for h in GLUED_HEADS if word.endswith(h) and 0 < len(word) - len(h) <= GLUED_PREFIX), None)
        out += [word[:-len(head)], head] if head else [word]
    return out


#: head words that say what state or status the rows record of the noun before them
#: (`vehicle_states`, `job_status`): that noun is what the table is about
STATUS_HEADS = frozenset({"state", "status"})


def head_noun(table: list[str]) -> str:
    """The noun a table's rows are about: the head of its name (`world_cities` lists cities),
    or the noun before a status head (`vehicle_states` lists vehicles, each in some state, not
    the states of a country, which `us_states` and a bare `states` list)."""
    if not table:
        return ""
    if table[-1] in STATUS_HEADS and len(table) > 1 and (table[-2] in STATUS_HOLDERS or not _country_word(table[-2])):
        return table[-2]  # (`tile_states`: a tracker's states; only a country's name or code has states)
    return table[-1]


#: words before `states` that make the table a country's states (`us_states`, `country_states`)
_STATES_OF = frozenset({"country", "countries", "world", "federal", "national", "all", "geo", "list", "us", "usa"})


def _country_word(word: str) -> bool:
    """Whether a table-name word before `states` names the country whose states the rows are:
    a country's name or its code (two or three letters), or a word for countries."""
    if word in _STATES_OF or (len(word) <= 3 and word.isalpha()):
        return True
    return bool(in_vocabulary(pa.array([word]), "countries")[0].as_py())


def _in_english(words: list[str]) -> list[str]:
    """Han words of a table's name read as the English words the sets above hold (`骑手轨迹`:
    rider trajectory, `會員資料`: member …); a word the vocabulary does not list stays itself,
    a function word goes."""
    out: list[str] = []
    listed = chinese.listed_words()
    for word in words:
        english = listed.get(chinese.simplified(word)) if chinese.has_han(word) else None
        out.extend(english if english is not None else (word,))
    return out


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    # (`status`, `census`, `campus`: a Latin `-us` is no plural)
    return word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith(("ss", "us")) else word


def _withdraw_places(results: Sequence[FieldResult], what: str, threshold: float,
                     keep: frozenset[str] = frozenset()) -> None:
    for result in results:
        for detection in list(result.detections):
            if not (detection.primary and detection.confidence >= threshold):
                continue
            if detection.entity in PLACE_ENTITIES and detection.entity not in keep:
                _withdraw(result, detection, f"the table {what} and holds nothing about a person: "
                                             "its places describe them")
            elif detection.entity == "USER_CONTENT":
                # the notes of a reference table (`comments` of the tz database's zones) describe its rows
                _withdraw(result, detection, f"the table {what} and holds nothing about a person: "
                                             "its notes describe them")


#: names under which stores and APIs key a record (Gramps' `_a5af0eb6…`, a shop product's slug)
HANDLE_NAMES = frozenset({("handle",)})


def _withdraw_row_handles(results: Sequence[FieldResult], head: str, threshold: float) -> None:
    """A `handle` unique over the rows of a table that is not about people (events, places,
    products, a library's addresses, a chat's user groups) keys those rows: the record's handle,
    no person's account. Where the rows repeat (an API listing a group twice), it is unique over
    the records the table's own key tells apart."""
    keys = [r.sample for r in results if not r.sample.parent and NameTokens.of(r.sample.path).own in KEY_NAMES]
    for result in results:
        best = result.best(threshold)
        sample = result.sample
        if (best is None or best.entity != "ACCOUNT_ID" or sample.parent
                or NameTokens.of(sample.path).own not in HANDLE_NAMES):
            continue
        values = sample.values
        present = len(values) - values.null_count
        records = min([present] + [pc.count_distinct(k.values).as_py() for k in keys if k.values.null_count == 0])
        if present >= 2 and records >= 2 and pc.count_distinct(values).as_py() >= KEY_UNIQUE * records:
            _withdraw(result, best, f"'{sample.path}' is unique over the rows of a table of "
                                    f"{head or 'records'} that holds nothing about a person: the row's own "
                                    "handle, no person's account")


#: what a phone, tablet or laptop reports of itself: a table with both is of devices people carry
BATTERY_ENTITIES = frozenset({"BATTERY_STATE"})
CARRIED_ENTITIES = frozenset({"DEVICE_MODEL", "OPERATING_SYSTEM", "IMEI", "MAC_ADDRESS"})


def _carried_devices(results: Sequence[FieldResult], threshold: float) -> bool:
    """Whether the rows are devices someone carries (a battery's state beside a phone's or a
    laptop's model or system): their coordinates locate their owners, not the devices' sites."""
    found = {best.entity for r in results if (best := r.best(threshold)) is not None}
    return bool(found & BATTERY_ENTITIES) and bool(found & CARRIED_ENTITIES)


#: a device's own identifiers: rows that carry one are someone's devices
OWNED_DEVICE_ENTITIES = frozenset({"DEVICE_ID", "MAC_ADDRESS", "IMEI"})


def _owned_devices(results: Sequence[FieldResult], threshold: float) -> bool:
    """Whether the rows are devices, each keyed by its MAC, serial or IMEI (a home weather
    station, a connected car): a device is someone's, and its place is its owner's home or
    whereabouts, where a table of stations or cars without one lists places and things."""
    return any((best := r.best(threshold)) is not None and best.entity in OWNED_DEVICE_ENTITIES for r in results)


#: a record's id in the system it came from (`external_id` of an activity a watch uploaded)
EXTERNAL_ID_NAMES = frozenset({("external", "id"), ("externalid",), ("ext", "id")})


def _withdraw_external_ids(results: Sequence[FieldResult], head: str, threshold: float) -> None:
    """A bare `external_id` of a table of records (activities, orders, events) is the record's id
    in the system it came from, not its person's: a person's is named after them (`external_user_id`)."""
    for result in results:
        best = result.best(threshold)
        if (best is not None and best.entity == "ACCOUNT_ID" and not result.sample.parent
                and NameTokens.of(result.sample.path).own in EXTERNAL_ID_NAMES and best.recognizer != "table_view"):
            _withdraw(result, best, f"'{result.sample.path}' of a table of {head} records is the record's id "
                                    "in the system it came from, no person's")


#: a bare `account` beside amounts, with at most this many distinct values over at least
#: BOOK_ROWS_PER_ACCOUNT times as many rows, is one of a book's few accounts (cheque, savings)
BOOK_ACCOUNTS = 5
BOOK_ROWS_PER_ACCOUNT = 4
#: words of a column of money moved
AMOUNT_WORDS = frozenset({"amount", "amt"})


def _withdraw_book_accounts(results: Sequence[FieldResult], threshold: float) -> None:
    """The `account` of a book's transactions (HomeBank's operations, a bank export's lines):
    beside the amounts, in a table that holds nothing of a person, a handful of accounts that
    recur over the rows are the book's own (its cheque and savings accounts), no users'."""
    if not any(AMOUNT_WORDS.intersection(NameTokens.of(r.sample.path).own) for r in results if not r.sample.parent):
        return
    for result in results:
        best = result.best(threshold)
        sample = result.sample
        if (best is None or best.entity != "ACCOUNT_ID" or sample.parent or best.recognizer == "table_view"
                or NameTokens.of(sample.path).own != ("account",)):
            continue
        values = sample.values.drop_null()
        distinct = len(pc.unique(values))
        if 0 < distinct <= BOOK_ACCOUNTS and len(values) >= BOOK_ROWS_PER_ACCOUNT * distinct:
            _withdraw(result, best, f"'{sample.path}' beside amounts holds {distinct} accounts over {len(values)} "
                                    "rows that name no person: a book's own accounts, no one's login")


#: names of a login's secret, beside which a login that equals it is a shared default
PASSWORD_NAMES = frozenset({("password",), ("passwd",), ("pwd",), ("pass",), ("secret",), ("passphrase",)})
#: share of the rows holding both whose login is the password itself
SHARED_LOGIN_SHARE = 0.5


def _withdraw_shared_logins(results: Sequence[FieldResult], threshold: float) -> None:
    """A login whose values are, most of them, the table's passwords too (`guest`/`guest`, a
    carrier's `wap`/`wap`) is a default anyone types (an access point's, a device's factory
    login), no person's account. (Samples keep no row alignment, only the values.)"""
    passwords = [r.sample for r in results
                 if NameTokens.of(r.sample.path).own in PASSWORD_NAMES and pa.types.is_string(r.sample.values.type)]
    if not passwords:
        return
    for result in results:
        best = result.best(threshold)
        sample = result.sample
        if best is None or best.entity != "ACCOUNT_ID" or not pa.types.is_string(sample.values.type):
            continue
        logins = sample.values.drop_null()
        for password in passwords:
            if password.parent != sample.parent or len(logins) < 2:
                continue
            secrets = pc.unique(password.values.drop_null())
            same = pc.sum(pc.is_in(logins, value_set=secrets)).as_py() or 0
            if same >= SHARED_LOGIN_SHARE * len(logins):
                _withdraw(result, best, f"{same} of {len(logins)} values of '{sample.path}' are also "
                                        f"'{password.path}' values: a shared default login, no person's account")
                break


#: a device's own name: its model named in it (`iPhone de Quentin`, `John's Pixel 8`)
DEVICE_NAME_SHARE = 0.5
DEVICE_NAME_SCORE = 0.6


def _device_names(results: Sequence[FieldResult]) -> None:
    """The unclaimed `name` of a table of carried devices is each device's name, which its owner
    gave it or the maker made of the model and the owner's name: the device's model."""
    for result in results:
        sample = result.sample
        if (result.best() is not None or NameTokens.of(sample.path).own != ("name",)
                or not pa.types.is_string(sample.values.type)):
            continue
        values = sample.values.drop_null()
        if len(values) == 0:
            continue
        named = pc.sum(rx.match(values, DEVICE_IN_NAME)).as_py() or 0
        if named >= DEVICE_NAME_SHARE * len(values):
            signal = Signal("table", f"'{sample.path}' names devices that report their battery and model: "
                                     f"{named / len(values):.0%} of the names hold a model", DEVICE_NAME_SCORE,
                            round(named / len(values), 4))
            result.detections.insert(0, Detection(path=sample.path, entity="DEVICE_MODEL",
                                                  confidence=DEVICE_NAME_SCORE, signals=[signal],
                                                  examples=mask_examples(_examples(sample), "DEVICE_MODEL"),
                                                  recognizer="table_view"))


#: a row's name: words with a capital, no digits-only ids, no e-mail or URL
ROW_NAME = r"^\pL[^@/]{1,119}$"
#: a record's number behind a letter prefix (`QX202412253192513440`, `SO-00012345`): a key, no name
PREFIXED_NUMBER = r"^\pL{1,6}[-_]?\d{6,}$"
#: a mainland licence plate (`粤B12345`, a new-energy car's `京AD12345`, `粤BF23T8`): the row is a
#: vehicle, whose positions are where it was driven (jt808-server's `device_status`), no named place
LICENCE_PLATE = r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[挂学警港澳]?$"


def _named_places(results: Sequence[FieldResult], threshold: float) -> str | None:
    """The column that names each row of a table of located things (stations, towns, shops):
    coordinates beside a text column unique over the sample that no recognizer claims (a
    person's name would be claimed). A person's GPS track has coordinates and times, no names;
    None when the table is not of this kind."""
    if not any((best := r.best(threshold)) is not None and best.entity == "GPS_COORDINATE" for r in results):
        return None
    for result in results:
        values = result.sample.values
        if result.best(threshold) is not None or len(values) < BIRTH_MIN_VALUES or not pa.types.is_string(values.type):
            continue
        if (pc.sum(pc.fill_null(rx.match(values, LICENCE_PLATE), False)).as_py() or 0) * 2 >= len(values):
            return None  # vehicles' plates: a fleet's positions, which its drivers made
        named = pc.sum(pc.and_(rx.match(values, ROW_NAME), pc.invert(rx.match(values, PREFIXED_NUMBER)))).as_py() or 0
        if min(named, pc.count_distinct(values).as_py()) >= KEY_UNIQUE * len(values):
            return result.sample.path
    return None


#: table-name words of transport, whose `carrier` is an airline, a shipper or a courier
TRANSPORT_TABLES = frozenset({"airline", "flight", "shipment", "freight", "parcel", "cargo", "courier", "shipping",
                              "delivery", "tracking", "consignment"})


def _withdraw_transport_carriers(results: Sequence[FieldResult], what: str, threshold: float) -> None:
    """In a table of flights or shipments, a `carrier` is the airline or the shipper (`AA`,
    `UPS`), not the SIM's network: a carrier told by its name only is withdrawn (one whose
    values are known mobile networks stands)."""
    for result in results:
        best = result.best(threshold)
        if best is None or best.entity != "MOBILE_CARRIER" \
                or any(s.kind == "value" and s.score > 0 for s in best.signals):
            continue
        _withdraw(result, best, f"the table lists {what} records: its carrier is a transport company, no mobile network")


def _withdraw_place_names(results: Sequence[FieldResult], thing: str, threshold: float) -> None:
    """In a table of places, a `name` of known places (`Paris`, `Madrid`) names the place, though
    many places are named after people; so does a geocoder's `display_name` that runs from the
    place up its hierarchy (`Moscow, Latah County, Idaho, United States`, `Bonneville, Haute-Savoie,
    France`): a known place before the first comma, or two commas and more, which no person's
    name has (`Doe, Jane` has one)."""
    for result in results:
        best = result.best(threshold)
        if best is None or best.entity != "PERSON" or len(result.sample.values) == 0:
            continue
        text = as_text(result.sample.values)
        first = pc.utf8_trim_whitespace(rx.extract(text, r"^(?P<first>[^,]+),").field("first"))
        place = pc.or_(pc.fill_null(in_vocabulary(text, "cities+countries"), False),
                       pc.fill_null(in_vocabulary(first, "cities+countries"), False))
        place = pc.or_(place, pc.fill_null(pc.greater_equal(pc.count_substring(text, ","), 2), False))
        places = pc.sum(place).as_py() or 0
        if places >= PLACE_NAME_SHARE * len(text):
            _withdraw(result, best, f"the table lists {thing} records and these are the names of places")


#: column-name words that say a table's rows are organisations (a registry of companies, a
#: vendor list): their addresses are the organisations' offices, no one's home
ORGANISATION_WORDS = frozenset({"organization", "organisation", "org", "company", "companies", "vendor", "manufacturer",
                                "supplier", "business", "corporation", "registrant", "assignee", "merchant"})


#: table-name words whose rows are organisations, beside ORGANISATION_WORDS
ORGANISATION_TABLES = ORGANISATION_WORDS | {"clinic", "hospital", "institution", "agency", "employer", "insurer",
                                            "firm", "enterprise", "practice", "pharmacy",
                                            # health care's payers (a Synthea export's `payers`:
                                            # Medicare, Medicaid, with a head office and a phone);
                                            # a table of paying people names them, beyond an office
                                            "payer"}
#: person evidence an organisation's row has too: its office's address and switchboard
OFFICE_EVIDENCE = frozenset({"street address", "phone number"})
#: the last word of an organisation's name (`HALL AND SONS CLINIC`, `Acme Corp.`, `Möller GmbH`)
ORGANISATION_NAME = (r"(?i)\b(?:inc|llc|llp|ltd|limited|corp|corporation|company|co|gmbh|ag|sa|sarl|bv|plc|pty|"
                     r"clinic|hospital|center|centre|group|bank|university|college|school|foundation|associates|"
                     r"partners|institute|agency|pharmacy|laboratories|labs|systems|solutions|services)\.?$")
#: share of a column's values that must be organisations' names
ORGANISATION_NAME_SHARE = 0.6


#: what an organisation's own row names of itself: its `name`, its keys in other systems
#: (`external_id`) and the numbers an authority gave it (`license_number`, `registration_number`)
ORGANISATION_OWN = {("name",): "PERSON", ("external", "id"): "ACCOUNT_ID", ("license", "number"): "GOVERNMENT_ID",
                    ("licence", "number"): "GOVERNMENT_ID", ("registration", "number"): "GOVERNMENT_ID"}


def _organisation_own_fields(results: Sequence[FieldResult], head: str, threshold: float) -> None:
    """In a table named for organisations (`hospitals`, `clinics`, `companies`), the bare `name`
    is the organisation's (`Green Valley Center`), its `external_id` the organisation's key
    elsewhere, its licence and registration numbers the ones its regulator gave it: none is a
    person's, though the same names in a table of people would be."""
    for result in results:
        entity = ORGANISATION_OWN.get(NameTokens.of(result.sample.path).own)
        best = result.best(threshold)
        if entity is not None and best is not None and best.entity == entity:
            _withdraw(result, best, f"the table is of {head}s: its '{result.sample.path}' is the organisation's own")


def _organisations(table: list[str], results: Sequence[FieldResult], threshold: float) -> str | None:
    """What says the rows are organisations: a column named for them (`company`, `vendor`), the
    table's name (`organizations`, `clinics`), or an unclaimed column of organisations' names."""
    if (column := _organisation_column(results)) is not None:
        return f"'{column}'"
    if (words := ORGANISATION_TABLES.intersection(table)):
        return f"the table is of {sorted(words)[0]}s"
    for result in results:
        values = result.sample.values
        if result.best(threshold) is not None or len(values) < BIRTH_MIN_VALUES or not pa.types.is_string(values.type):
            continue
        named = pc.sum(rx.match(values, ORGANISATION_NAME)).as_py() or 0
        if named >= ORGANISATION_NAME_SHARE * len(values):
            return f"'{result.sample.path}' holds organisations' names"
    return None


#: share of a column's sample a place recognizer must read for its values to be places
PLACE_VALUES_SHARE = 0.8


def _organisation_column(results: Sequence[FieldResult]) -> str | None:
    """A column named for organisations (`company`, `vendor`), unless its values are places:
    a map API's `business` is the business district around a point (`西溪湿地,文新`), no firm."""
    for result in results:
        if ORGANISATION_WORDS.intersection(NameTokens.of(result.sample.path).own) and not _place_values(result):
            return result.sample.path
    return None


def _place_values(result: FieldResult) -> bool:
    """Some place recognizer read most of the column's sample by its values (below the
    threshold or not: a district's name is a weak sign alone, but it is no organisation's)."""
    return any(d.entity in PLACE_ENTITIES and (d.match_ratio or 0) >= PLACE_VALUES_SHARE
               and any(s.kind == "value" for s in d.signals) for d in result.detections)


def _withdraw_addresses(results: Sequence[FieldResult], organisation: str, threshold: float) -> int:
    """Withdraw the offices' addresses and phones; how many fields were withdrawn."""
    withdrawn = 0
    for result in results:
        best = result.best(threshold)
        if best is None or best.entity not in ("STREET_ADDRESS", "PHONE_NUMBER"):
            continue
        withdrawn += 1
        # the address text is no one's writing either, once it is no one's address
        for detection in [d for d in result.detections if d.primary and d.confidence >= threshold
                          and d.entity in ("STREET_ADDRESS", "PHONE_NUMBER", "USER_CONTENT")]:
            _withdraw(result, detection, f"the table names organisations ({organisation}) and holds nothing "
                                         "about a person: their addresses and phones are offices'")
    return withdrawn


def _withdraw(result: FieldResult, detection: Detection, why: str) -> None:
    detection.signals.append(Signal("table", why, WITHDRAWN_FACTOR - 1.0))
    detection.confidence = round(detection.confidence * WITHDRAWN_FACTOR, 4)
    result.detections.sort(key=lambda d: d.confidence, reverse=True)


#: leading columns of one value on every row a table's key may follow: more say the rows are
#: no people's records of one kind (a log's constant host and program, then its fields)
MAX_CONSTANT_LEAD = 2


def _first_varying(results: Sequence[FieldResult]) -> int:
    """The index of the first column of more than one value, if only one or two constant
    columns come before it (else 0)."""
    for index, result in enumerate(results[:MAX_CONSTANT_LEAD + 1]):
        if len(result.sample.values) > 1 and pc.count_distinct(result.sample.values).as_py() > 1:
            return index
    return 0


def _is_key(sample: FieldSample, first: bool, serials: bool = False) -> bool:
    """A bare `id` (or, where names say nothing, the first column) that is unique and id-shaped
    (`serials`: a date-stamped serial number counts too)."""
    own = NameTokens.of(sample.path).own
    if PANDAS_INDEX.match(sample.name):
        return False
    if own not in KEY_NAMES and not (first and (says_nothing(own) or _id_suffixed(own))):
        return False
    if sample.parent and not set(tokenize(sample.parent)) <= RECORD_WRAPPERS:
        return False
    values = sample.values
    if len(values) < 2:
        return False
    if pa.types.is_string(values.type):
        if not pc.all(rx.match(values, ID_SHAPE)).as_py() and not pc.all(rx.match(values, NUMBER_TEXT)).as_py():
            return False
    elif not pa.types.is_integer(values.type):
        return False
    if _date_stamped(values) and not serials:
        return False  # `2024102360669668`: an order's or a payment's serial number, no person's
    return pc.count_distinct(values).as_py() >= KEY_UNIQUE * len(values)


#: serials stamped with their day (`yyyyMMdd` + a sequence) are at least this long
STAMPED_DIGITS = 14


def _date_stamped(values: pa.Array) -> bool:
    """Whether (nearly) every value is a long digit string that opens with a date of this
    century: the order, payment and waybill numbers of Chinese back ends (and many others)
    number a day's records under the day's date, as no account id does."""
    text = pc.cast(values, pa.string()) if not pa.types.is_string(values.type) else values
    text = text.drop_null()
    if len(text) == 0 or not pc.all(rx.match(text, rf"^\d{{{STAMPED_DIGITS},}}$")).as_py():
        return False
    days = pc.strptime(pc.utf8_slice_codeunits(text, 0, 8), format="%Y%m%d", unit="s", error_is_null=True)
    recent = pc.greater_equal(days, pa.scalar(datetime(2000, 1, 1), pa.timestamp("s")))
    return pc.sum(pc.fill_null(recent, False)).as_py() >= KEY_UNIQUE * len(text)


#: how the name of a table's first column says it numbers the rows (`pidnum`, `cust_no`, `patid`)
ID_SUFFIXES = ("id", "num", "no", "nr", "number", "key")


def _id_suffixed(tokens: tuple[str, ...]) -> bool:
    """A name that ends in an id word, glued or not (`pidnum`, `subject_no`), of no more than two words."""
    joined = "".join(tokens)
    return 0 < len(tokens) <= 2 and joined.endswith(ID_SUFFIXES) and not joined.startswith(ROW_NUMBERS) \
        and not (len(tokens) == 2 and tokens[0] in OTHER_THINGS)


#: things whose key a `<thing>_id` is, never a person's (a geocoder's `place_id` in a table of
#: places that a place's name made look like people; an `order_id` first in a table of buyers)
OTHER_THINGS = frozenset({"place", "osm", "venue", "poi", "location", "geo", "order", "product", "item",
                          "invoice", "transaction", "ticket", "event", "message", "file"})


#: a row's position, no person's id (`row_no`, `rownum`, `line_no`, `obs_num`, `seq_no`)
ROW_NUMBERS = ("row", "line", "seq", "idx", "index", "obs", "rec", "entry", "item", "sort", "position")


def says_nothing(tokens: tuple[str, ...]) -> bool:
    """A generated column name (`c01`, `col_3`, `field7`, `attr_2`): the name tells
    nothing, so position may (`row_no` does tell: a row number is no person's id)."""
    return all(OPAQUE_NAME.match(token) for token in tokens)


def _birth_dates(sample: FieldSample) -> tuple[int, int] | None:
    """(oldest, youngest) birth year when a date column reads as the birth dates of people: whole
    days, spread over years, the people of working and school age rather than last week's sign-ups."""
    values = sample.values
    if len(values) < BIRTH_MIN_DATES:
        return None
    if pa.types.is_integer(values.type) and _years(values):
        # years alone (the OMOP CDM's `year_of_birth`, a survey's `birth_year`): each one's first day
        values = pc.cast(pc.strptime(pc.cast(values.drop_null(), pa.string()), format="%Y", unit="s"), pa.date32())
    elif pa.types.is_integer(values.type) and (days := _epoch_midnights(values)) is not None:
        values = days  # Unix times of one zone's midnight (ShopXO's `birthday` int: 631123200)
    elif pa.types.is_integer(values.type):
        values = pc.cast(values, pa.string())  # 19900503, as exports from Chinese systems write dates
    if pa.types.is_string(values.type):
        values = _whole_days(values)
        if values is None:
            return None
    elif pa.types.is_timestamp(values.type):
        # a timestamp has a time of day, an event's, not a birth's; unless every one is the same
        # hour on the hour: midnight (a CSV reader's guess for a column of days written in two
        # formats, a database's DATETIME of a day), or a zone's midnight written in UTC (05:00)
        values = values.drop_null()
        if not len(values):
            return None
        on_hour = pc.equal(pc.floor_temporal(values, unit="hour"), values)
        hours = pc.value_counts(pc.hour(pc.filter(values, on_hour)))
        common = max(hours.field("counts").to_pylist(), default=0)
        # (a test fixture's odd row or two, `1965-09-30 12:34:56.7` among the midnights, aside)
        if common < BIRTH_ONE_HOUR_SHARE * len(values) or common < BIRTH_MIN_DATES:
            return None
        values = pc.cast(pc.floor_temporal(values, unit="day"), pa.date32())
    elif not pa.types.is_date(values.type):
        return None
    years = pc.year(values)
    oldest, youngest = pc.min_max(years).values()
    median = pc.approximate_median(years).as_py()
    if youngest.as_py() - oldest.as_py() < BIRTH_MIN_SPREAD:
        return None
    # (the oldest few may be placeholders: MIMIC writes the births of its over-89s 300 years back)
    early = pc.quantile(years, q=BIRTH_EARLY_SHARE, interpolation="lower")[0].as_py()
    return oldest.as_py(), youngest.as_py(), median, early


#: the years a column of years may hold
FIRST_YEAR = 1850
#: Unix times this large or more are in milliseconds; a day of seconds
EPOCH_MILLIS, DAY_SECONDS = 10 ** 11, 86400


def _epoch_midnights(values: pa.Array) -> pa.Array | None:
    """The days of an integer column of Unix times (seconds) that are all one hour on the hour of
    the day (a zone's midnight: a PHP app's `birthday int` of 00:00 Beijing time, 16:00 UTC), zeros
    (no day given) aside; else None. An event's times have their minutes and seconds."""
    numbers = values.drop_null()
    numbers = pc.filter(numbers, pc.not_equal(numbers, 0)).to_numpy(zero_copy_only=False).astype("int64")
    if len(numbers) < BIRTH_MIN_DATES or np.abs(numbers).max() >= EPOCH_MILLIS:
        return None
    if len(np.unique(numbers % DAY_SECONDS)) != 1 or numbers[0] % 3600:
        return None
    return pc.cast(pa.array(numbers * 1_000_000, pa.int64()).cast(pa.timestamp("us")), pa.date32())


def _years(values: pa.Array) -> bool:
    """Whether every value of an integer column is a year from FIRST_YEAR to this one."""
    values = values.drop_null()
    if not len(values):
        return False
    low, high = (v.as_py() for v in pc.min_max(values).values())
    return FIRST_YEAR <= low and high <= date.today().year


def _born_before(found: list[tuple[tuple[int, int, float, int], FieldResult]]) -> list[tuple[tuple[int, int], FieldResult]]:
    """The date columns whose median person is of working or school age: measured from today,
    or from the table's other dates where those lie later (de-identified records shift every date
    of a patient by the same decades: MIMIC's births in 2075 beside deaths in 2150)."""
    kept = []
    for index, ((oldest, youngest, median, early), result) in enumerate(found):
        later = [other[0][2] for i, other in enumerate(found) if i != index]
        now = max([date.today().year] + later)
        if BIRTH_MIN_AGE <= now - median <= BIRTH_MAX_AGE and now - early <= BIRTH_OLDEST:
            kept.append(((oldest, youngest), result))
    return kept


_TWO_DIGIT_YEAR = r"^\d{1,2}-[A-Za-z]{3}-\d{2}$"
#: `25/01/1969` (Hong Kong, Britain, most of the world) or `01/25/1969` (the US): the column says which
_DAY_MONTH_YEAR = r"^\d{1,2}[/.]\d{1,2}[/.]\d{4}$"
#: (shape, strptime format) of whole-day dates written as text: ISO, compact, with slashes, Chinese
DAY_FORMATS = ((r"^\d{4}-\d{2}-\d{2}$", "%Y-%m-%d"), (r"^\d{8}$", "%Y%m%d"), (r"^\d{4}/\d{1,2}/\d{1,2}$", "%Y/%m/%d"),
               (r"^\d{4}年\d{1,2}月\d{1,2}日$", "%Y年%m月%d日"),
               # Oracle's default `DD-MON-YY` (`22-NOV-95`) and its four-digit form
               (r"^\d{1,2}-[A-Za-z]{3}-\d{4}$", "%d-%b-%Y"), (_TWO_DIGIT_YEAR, "%d-%b-%y"),
               # GEDCOM's and many English registers' `1 JAN 1980`, `25 Oct 1950`
               (r"^\d{1,2} [A-Za-z]{3} \d{4}$", "%d %b %Y"),
               (_DAY_MONTH_YEAR, "%d/%m/%Y"))


def _day_or_month_first(values: pa.Array, shaped: pa.Array) -> tuple[pa.Array, str]:
    """Slashed or dotted day-month-year text, and the order that reads every such value of the
    column (day first, unless only month first does: `12/31/1990` is American)."""
    text = pc.replace_substring_regex(values, r"\.", "/")
    counts = []
    for form in ("%d/%m/%Y", "%m/%d/%Y"):
        parsed = pc.strptime(pc.filter(text, shaped), format=form, unit="s", error_is_null=True)
        counts.append((parsed.null_count, form))
    return text, min(counts)[1] if counts[0][0] else "%d/%m/%Y"


#: an ISO day followed by its midnight, as text (the day kept in group 1)
MIDNIGHT = r"^(\d{4}-\d{2}-\d{2})[ T]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?$"

#: HL7's compact moment on the hour, with fractions and a zone (the day kept in group 1)
HL7_HOUR = r"^(\d{8})(?:[01]\d|2[0-3])0000(?:\.0+)?(?:[+-]\d{4})?$"


def _whole_days(values: pa.Array) -> pa.Array | None:
    """Text dates as dates (None unless every value is a real day in one of `DAY_FORMATS`: an
    export may write `1965-08-13` in one row and `1971/04/03` in the next)."""
    values = values.drop_null()
    if not len(values):
        return None
    # a day written as its midnight (`2094-03-05 00:00:00`: a DATETIME column exported as text)
    values = pc.replace_substring_regex(values, MIDNIGHT, r"\1")
    # ... or HL7's compact moment on the hour (`19540323000000.000-0600`, `19400805120000`: C-CDA's
    # birthTime, a day its vendor wrote with some hour)
    values = pc.replace_substring_regex(values, HL7_HOUR, r"\1")
    days = _roc_days(values)
    for shape, form in DAY_FORMATS:
        shaped = rx.match(values, shape)
        if not pc.any(shaped).as_py():
            continue
        text = values
        if shape == _TWO_DIGIT_YEAR:
            text, form = _four_digit_years(values), "%d-%b-%Y"
        if shape == _DAY_MONTH_YEAR:
            text, form = _day_or_month_first(values, shaped)
        parsed = pc.if_else(shaped, pc.strptime(text, format=form, unit="s", error_is_null=True), None)
        if shape == _DAY_MONTH_YEAR:
            # a contact list merged from several countries writes `31/10/1999` in one row and
            # `10/13/1999` in the next: a day the column's order cannot read, the other order may
            other = "%m/%d/%Y" if form == "%d/%m/%Y" else "%d/%m/%Y"
            parsed = pc.coalesce(parsed, pc.if_else(shaped, pc.strptime(text, format=other, unit="s",
                                                                          error_is_null=True), None))
        days = parsed if days is None else pc.coalesce(days, parsed)
    if days is None or days.null_count:
        return None
    return pc.cast(days, pa.date32())


#: a date in Taiwan's 民國 calendar (year 1 = 1912): `79/05/03`, `民國79年5月3日`
ROC_DATE = r"^(?:民國|民国)?(?P<year>\d{2,3})(?:/|年)(?P<month>\d{1,2})(?:/|月)(?P<day>\d{1,2})日?$"
ROC_OFFSET = 1911


def _roc_days(values: pa.Array) -> pa.Array | None:
    """Taiwanese forms' 民國 dates as timestamps (null where a value is not one), or None when
    no value is written so."""
    shaped = rx.match(values, ROC_DATE)
    if not pc.any(shaped).as_py():
        return None
    parts = rx.extract(pc.if_else(shaped, values, None), ROC_DATE)
    year = pc.cast(pc.add(pc.cast(pc.struct_field(parts, "year"), pa.int32()), ROC_OFFSET), pa.string())
    iso = pc.binary_join_element_wise(year, pc.struct_field(parts, "month"), pc.struct_field(parts, "day"), "-")
    return pc.strptime(iso, format="%Y-%m-%d", unit="s", error_is_null=True)


def _four_digit_years(values: pa.Array) -> pa.Array:
    """`22-NOV-95` -> `22-NOV-1995`: a two-digit year past this year's is of the last century
    (birth dates are in the past; strptime's rule would put `12-MAR-50` in 2050)."""
    parts = rx.extract(values, r"^(?P<day>.*-)(?P<yy>\d{2})$")
    yy = parts.field("yy")
    century = pc.if_else(pc.greater(pc.cast(yy, pa.int32()), date.today().year % 100), "19", "20")
    return pc.binary_join_element_wise(parts.field("day"), century, yy, "")


def _birth_date(sample: FieldSample, years: tuple[int, int], evidence: list[str]) -> Detection:
    signal = Signal("table", f"dates of whole days from {years[0]} to {years[1]} in a table of people (it holds "
                             f"{', '.join(evidence)})", BIRTH_SCORE)
    return Detection(path=sample.path, entity="DATE_OF_BIRTH", confidence=BIRTH_SCORE, signals=[signal],
                     examples=mask_examples(_examples(sample), "DATE_OF_BIRTH"), recognizer="table_view")


#: table-name head words (singular, English after names.expand: 设备, `shebei`) whose rows are devices
DEVICE_TABLES = frozenset({"device", "terminal"})
#: the objects an API's list response wraps its rows in (Tuya's `result[]`, `data.list[]`)
LIST_WRAPPERS = RECORD_WRAPPERS | {"result", "results", "list", "items", "records", "rows"}
#: a device's key as its platform issues it: a token of letters and digits (hex, base-36), not a
#: row number
DEVICE_KEY_SHAPE = r"^[A-Za-z0-9_-]{12,64}$"
DEVICE_KEY_SCORE = 0.6


def _device_keys(results: Sequence[FieldResult], threshold: float) -> None:
    """In a table of devices (`devices`, `tuya_devices`, `设备表`) that claims no device id
    otherwise, its unclaimed keys (`id`, `uuid`, under the row or a list response's `result`),
    unique and token-shaped, are the devices' ids: a smart-home platform's `id`, a fleet's uuid."""
    if any((best := r.best(threshold)) is not None and best.entity == "DEVICE_ID" for r in results):
        return
    for result in results:
        sample = result.sample
        if result.best(threshold) is not None or NameTokens.of(sample.path).own not in KEY_NAMES:
            continue
        if sample.parent and not set(tokenize(sample.parent)) <= LIST_WRAPPERS:
            continue
        values = sample.values.drop_null()
        if len(values) < BIRTH_MIN_VALUES or not pa.types.is_string(values.type) \
                or not pc.all(rx.match(values, DEVICE_KEY_SHAPE)).as_py() \
                or not pc.any(rx.match(values, "[A-Za-z]")).as_py() \
                or pc.count_distinct(values).as_py() < KEY_UNIQUE * len(values):
            continue
        signal = Signal("table", f"'{sample.path}' is the unique key of a table of devices", DEVICE_KEY_SCORE)
        result.detections.insert(0, Detection(path=sample.path, entity="DEVICE_ID", confidence=DEVICE_KEY_SCORE,
                                              signals=[signal], examples=mask_examples(_examples(sample), "DEVICE_ID"),
                                              recognizer="table_view"))


def _examples(sample: FieldSample) -> list[str]:
    return [str(v) for v in pc.unique(sample.values.slice(0, 50)).slice(0, 3).to_pylist()]


def _serial_key(sample: FieldSample) -> Detection:
    """The record's key that no person's key is: a zero-confidence candidate, so that explain
    shows why the table of people's key rule passed it by."""
    signal = Signal("table", f"'{sample.path}' is the unique key of a table of people, but its values open with "
                             "the day they were issued: a record's serial number (an order's, a payment's), "
                             "no person's account id", 0.0)
    return Detection(path=sample.path, entity="ACCOUNT_ID", confidence=0.0, signals=[signal],
                     examples=mask_examples(_examples(sample), "ACCOUNT_ID"), recognizer="table_view")


#: a second key needs this many values, none below OTHER_KEY_MIN (a unique count of a few
#: rows, a rank 1..N, is as unique), and no more than this share of round numbers (salaries,
#: credit limits are unique too in a small table; ids end in any digit)
OTHER_KEY_MIN_VALUES = 10
OTHER_KEY_MIN = 1000
OTHER_KEY_ROUND_SHARE = 0.5
#: ... and opens the table: an export puts its ids among its first columns (MIMIC's `row_id`,
#: `subject_id`; CDISC's `USUBJID`, `SUBJID`), where unique numbers far into a row are measures
#: (a ride's metres, a patient's income)
OTHER_KEY_MAX_INDEX = 4
#: places whose neighbour column may be a postal code (unique numbers too, in a few rows)
ADDRESS_ENTITIES = frozenset({"STREET_ADDRESS", "CITY", "REGION", "COUNTRY", "LOCATION"})


def _other_key(results: Sequence[FieldResult], index: int, threshold: float) -> bool:
    """A column after the first, where names say nothing, of unique whole numbers of an id's
    size: a table of people numbers them more than once (MIMIC's `row_id` then `subject_id`,
    an internal key then the account number an export adds), and every unique number of it is
    one of the people's keys, not only the first."""
    sample = results[index].sample
    if index > OTHER_KEY_MAX_INDEX or sample.parent or not says_nothing(NameTokens.of(sample.path).own):
        return False
    values = sample.values.drop_null()
    if not pa.types.is_integer(values.type) or len(values) < OTHER_KEY_MIN_VALUES:
        return False
    if pc.min(values).as_py() < OTHER_KEY_MIN or _date_stamped(values) \
            or pc.count_distinct(values).as_py() < KEY_UNIQUE * len(values):
        return False
    if pc.sum(pc.equal(pc.remainder(values, 10), 0)).as_py() > OTHER_KEY_ROUND_SHARE * len(values):
        return False
    from classifiers.neighbours import EPOCH_RANGES, compact_days  # (neighbours reads this module's rules)
    low, high = (v.as_py() for v in pc.min_max(values).values())
    if any(start <= low and high <= end for start, end in EPOCH_RANGES):
        return False  # moments in seconds (or ms) since 1970 are unique too
    if len(str(low)) == len(str(high)) == 8 and compact_days(values) or _years(values):
        return False  # days or years written as numbers (`19650813`, `1940`): births, perhaps; no key
    for near in results[max(0, index - 2):index + 3]:
        if (best := near.best(threshold)) is not None and best.entity in ADDRESS_ENTITIES:
            return False  # a postal code beside its street or city
    return True


def _named_other_key(sample: FieldSample) -> bool:
    """A column after the first whose one-word name ends in an id word (a clinic's `pid`
    beside its rows' `id`, a `patid`, a `mrn_no`) and whose values are unique ids: the people's
    other number (a patient's clinic number), as the key is. A number of something else is
    named for that thing (`orderid`: see `OTHER_THINGS`)."""
    own = NameTokens.of(sample.path).own
    if sample.parent or len(own) != 1 or not _id_suffixed(own) or own[0].startswith(tuple(OTHER_THINGS)):
        return False
    values = pc.drop_null(sample.values)
    if len(values) < OTHER_KEY_MIN_VALUES or _date_stamped(values):
        return False
    if pa.types.is_string(values.type):
        # letters and digits both (`100100100AB`), or digits: no words
        if not pc.all(rx.match(values, ID_SHAPE)).as_py() or not pc.all(rx.match(values, r"\d")).as_py():
            return False
    elif not pa.types.is_integer(values.type):
        return False
    return pc.count_distinct(values).as_py() >= KEY_UNIQUE * len(values)


#: head nouns of a table of one part of each person (`person_name`, `patient_identifier`,
#: `user_groups`): a row is that part, not the person, so its first column numbers the parts
PERSON_PARTS = frozenset({"name", "address", "attribute", "identifier", "group", "role", "permission", "phone",
                          "email", "emailaddress", "document", "preference", "setting", "language", "tag"})
#: a person's id read from its place in a table of parts: as telling as a people table's key
PART_OWNER_SCORE = 0.6


def _part_owner(results: Sequence[FieldResult], part: str, people: list[str], threshold: float) -> None:
    """In a table of people's parts (see PERSON_PARTS) whose names say nothing, the first
    integer column after the parts' own key that is no flag (more than two values, all above
    zero) is the person each part belongs to."""
    for result in results[1:]:
        sample = result.sample
        if result.best(threshold) is not None or sample.parent:
            continue
        if not says_nothing(NameTokens.of(sample.path).own):
            return  # a named column first (`person_id`): its name decides
        values = sample.values
        if not pa.types.is_integer(values.type) or len(values) < 2:
            continue
        if pc.count_distinct(values).as_py() <= 2 or pc.min(values).as_py() <= 0:
            continue
        why = (f"the first id after the key of a table of {', '.join(people)} {part}s: "
               "the person each row belongs to")
        result.detections.insert(0, Detection(path=sample.path, entity="ACCOUNT_ID", confidence=PART_OWNER_SCORE,
                                              signals=[Signal("table", why, PART_OWNER_SCORE)],
                                              examples=mask_examples(_examples(sample), "ACCOUNT_ID"),
                                              recognizer="table_view"))
        return


#: a wearer's id in a fitness export is a large number (Fitbit's ten digits): at least this
WEARER_MIN = 100_000
#: a wearer's id read from its place in a table of a body's measures
WEARER_SCORE = 0.6


def _wearer(results: Sequence[FieldResult], measured: str, threshold: float) -> None:
    """In a table of a body's measures (a fitness export's daily activity, sleep, weight) whose
    names say nothing, a first column of large whole numbers that repeat over the rows is whose
    measures they are (the export's `Id`, one wearer's many days): a row's own key is unique."""
    if not results or results[0].best(threshold) is not None:
        return
    sample = results[0].sample
    values = sample.values
    if sample.parent or not says_nothing(NameTokens.of(sample.path).own) or len(values) < KEY_REPEAT_MIN_ROWS:
        return
    if pa.types.is_string(values.type):
        if not pc.all(rx.match(values, NUMBER_TEXT)).as_py():
            return
        values = pc.cast(values, pa.int64())
    elif not pa.types.is_integer(values.type):
        return
    if pc.min(values).as_py() < WEARER_MIN \
            or pc.count_distinct(values).as_py() > KEY_REPEAT_SHARE * (len(values) - values.null_count):
        return
    why = f"large numbers repeated down the first column of a table of {measured}: whose measures they are"
    results[0].detections.insert(0, Detection(path=sample.path, entity="ACCOUNT_ID", confidence=WEARER_SCORE,
                                              signals=[Signal("table", why, WEARER_SCORE)],
                                              examples=mask_examples(_examples(sample), "ACCOUNT_ID"),
                                              recognizer="table_view"))


def _account_key(sample: FieldSample, evidence: list[str], other: bool = False) -> Detection:
    what = "a unique number (a second key) of" if other else "the unique key of"
    signal = Signal("table", f"'{sample.path}' is {what} a table of people (it holds "
                             f"{', '.join(evidence)})", KEY_SCORE)
    return Detection(path=sample.path, entity="ACCOUNT_ID", confidence=KEY_SCORE, signals=[signal],
                     examples=mask_examples(_examples(sample), "ACCOUNT_ID"), recognizer="table_view")
