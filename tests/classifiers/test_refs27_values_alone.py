"""Values alone (issue 10): the rules that decide name-silent columns (`c01…`) from what a
table of people holds: second keys, births at midnight and shifted, names an e-mail spells,
names in capitals, user-agent platform tokens, browser families beside a system."""
from __future__ import annotations

from datetime import datetime

import pyarrow as pa

from classifiers import email_names, references
from classifiers.engine import classify_dataset
from classifiers.recognizers.operating_system import OperatingSystemRecognizer
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.support import value_score

PEOPLE = ["Jeremy Bicha", "Simon McVittie", "Matthias Klose", "Laurent Bigonville", "Jordi Mallach",
          "Iain Lane", "Sébastien Villemot", "Maria Garcia", "Dawn Howard", "Loïc Minier"]


def _results(table: str, columns: dict[str, list]):
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    return classify_dataset(DatasetSample(name=table, source="test", kind="csv", fields=fields), embedded=False)


def classify(table: str, /, **columns: list) -> dict[str, str | None]:
    return {r.sample.path: (r.best().entity if r.best() else None) for r in _results(table, columns)}


def _signals(table: str, path: str, columns: dict[str, list]) -> str:
    result = next(r for r in _results(table, columns) if r.sample.path == path)
    return " | ".join(s.detail for d in result.detections for s in d.signals)


# --- a second unique number of a table of people is its key too


def test_a_second_unique_number_of_a_people_table_is_an_account_id():
    rows = 20
    patients = {"c01": list(range(9467, 9467 + rows)), "c02": [10006 + 373 * i for i in range(rows)],
                "c03": ["F", "M"] * 10, "c04": PEOPLE * 2}
    found = classify("export.csv", **patients)
    assert found["c01"] == "ACCOUNT_ID" and found["c02"] == "ACCOUNT_ID"
    assert "a second key" in _signals("export.csv", "c02", patients)


def test_round_small_or_repeated_numbers_beside_people_are_no_second_key():
    rows = 20
    base = {"c01": list(range(9467, 9467 + rows)), "c03": ["F", "M"] * 10, "c04": PEOPLE * 2}
    assert classify("export.csv", **base, c02=[40000 + 1000 * i for i in range(rows)])["c02"] is None  # salaries
    assert classify("export.csv", **base, c02=list(range(1, rows + 1)))["c02"] is None  # a rank 1..N
    assert classify("export.csv", **base, c02=[10006 + 373 * (i // 2) for i in range(rows)])["c02"] is None
    # seconds since 1970 are unique too
    assert classify("export.csv", **base, c02=[1_700_000_001 + 3_613 * i for i in range(rows)])["c02"] is None


# --- references to a sparse key: a chance bound, not a fixed count


class _Key:
    """What `_contained` reads of a key: its values and the share of its table they cover."""

    def __init__(self, numbers: list[int]) -> None:
        self.values = references._values(pa.array(numbers))
        self.coverage = 1.0


def test_few_numbers_of_a_sparse_key_are_references_and_of_a_dense_key_are_not():
    sparse = _Key([10006 + 341 * i for i in range(100)])  # 100 ids over 34,000 numbers
    few = references._values(pa.array([10006 + 341 * i for i in (3, 17, 40, 61, 88)]))
    assert few.distinct < references.MIN_DISTINCT_NUMBERS
    assert references._contained(few, sparse, 5, 1.0)
    dense = _Key([1 + 5 * i for i in range(100)])  # 100 ids over 500 numbers: density 0.2
    few_dense = references._values(pa.array([1 + 5 * i for i in (3, 17, 40, 61, 88)]))
    assert not references._contained(few_dense, dense, 5, 1.0)  # 0.2 ** 5 is luck often enough


# --- births at midnight, written as text, and in shifted de-identified dates


def test_birth_dates_written_as_midnight_text_are_days():
    rows = 20
    users = {"c01": [70717355 + 7 * i for i in range(rows)], "c02": PEOPLE * 2,
             "c03": [f"user{i}@example.com" for i in range(rows)],
             "c04": [f"{1950 + 3 * i}-0{1 + i % 9}-1{i % 9} 00:00:00.0" for i in range(rows)]}
    assert classify("export.csv", **users)["c04"] == "DATE_OF_BIRTH"
    users["c04"] = [f"{1950 + 3 * i}-0{1 + i % 9}-1{i % 9} 14:05:00" for i in range(rows)]
    assert classify("export.csv", **users)["c04"] is None  # a time of day: an event's


def test_births_at_one_hour_on_the_hour_are_a_zone_s_midnight():
    rows = 20
    users = {"c01": [70717355 + 7 * i for i in range(rows)], "c02": PEOPLE * 2,
             "c03": [f"user{i}@example.com" for i in range(rows)],
             "c04": [datetime(1950 + 3 * i, 1 + i % 12, 1 + i % 28, 5) for i in range(rows)]}
    assert classify("export.csv", **users)["c04"] == "DATE_OF_BIRTH"
    users["c04"] = [datetime(1950 + 3 * i, 1 + i % 12, 1 + i % 28, 5 + i % 3) for i in range(rows)]
    assert classify("export.csv", **users)["c04"] is None  # hours that vary: times of events


def test_births_shifted_into_the_future_are_measured_from_the_table_s_other_dates():
    rows = 20
    births = [datetime(2060 + 3 * i, 1 + i % 12, 1 + i % 28) for i in range(rows)]
    deaths = [datetime(2140 + 2 * i, 1 + i % 12, 1 + i % 28) for i in range(rows)]
    patients = {"c01": list(range(9467, 9467 + rows)), "c02": ["F", "M"] * 10, "c03": births, "c04": deaths}
    found = classify("patients.csv", **patients)
    assert found["c03"] == "DATE_OF_BIRTH" and found["c04"] is None
    # alone, the same future dates are no one's births
    assert classify("patients.csv", c01=patients["c01"], c02=patients["c02"], c03=births)["c03"] is None


# --- given names and surnames the row's e-mail address spells


def test_name_parts_an_email_spells_are_a_person_s_name():
    given = ["Diane", "Mary", "Jeff", "William", "Gerard", "Anthony"]
    family = ["Murphy", "Patterson", "Firrelli", "Patterson", "Bondur", "Bow"]
    emails = [f"{g[0].lower()}{f.lower()}@classicmodelcars.com" for g, f in zip(given, family)]
    share, rows, _ = email_names.spelled_share(pa.array(family), pa.array(emails))
    assert rows == 6 and share == 1.0
    assert email_names.spelled_share(pa.array(given), pa.array(emails))[0] < email_names.NAME_SHARE
    # a login that is the whole local part is no name part
    assert email_names.spelled_share(pa.array(["jsmith", "mjones", "akhan"]),
                                     pa.array(["jsmith@x.org", "mjones@x.org", "akhan@x.org"]))[1] == 0
    # accents aside
    assert email_names.spelled_share(pa.array(["López", "Soria", "Gómez"]),
                                     pa.array(["rlopez@j.es", "asoria@j.es", "lgomez@j.es"]))[0] == 1.0


def test_a_staff_table_of_two_rows_whose_addresses_spell_the_names():
    staff = {"c01": [1, 2], "c02": ["Mike", "Jon"], "c03": ["Hillyer", "Stephens"], "c04": [3, 4],
             "c05": ["Mike.Hillyer@sakilastaff.com", "Jon.Stephens@sakilastaff.com"], "c06": ["t", "t"]}
    found = classify("export.csv", **staff)
    assert found["c02"] == "PERSON" and found["c03"] == "PERSON" and found["c06"] is None
    assert "e-mail address in 'c05' spells" in _signals("export.csv", "c03", staff)


def test_a_department_beside_role_addresses_is_no_name():
    rows = {"c01": ["Sales", "Sales", "Sales", "Sales"],
            "c02": ["sales.team@acme.com", "sales.eu@acme.com", "sales.us@acme.com", "sales.team@acme.com"]}
    assert classify("export.csv", **rows)["c01"] is None


# --- names written in capitals


def test_given_names_and_surnames_in_capitals_are_name_parts():
    given = ["SCARLETT", "ANGELA", "RUSSELL", "PENELOPE", "NICK", "ED", "JENNIFER", "JOHNNY", "BETTE", "GRACE"]
    family = ["DAMON", "WITHERSPOON", "TEMPLE", "GUINESS", "WAHLBERG", "CHASE", "DAVIS", "LOLLOBRIGIDA",
              "NICHOLSON", "MOSTEL"]
    found = classify("export.csv", c01=list(range(1, 11)), c02=given, c03=family)
    assert found["c02"] == "PERSON" and found["c03"] == "PERSON"
    # codes in capitals are no names
    assert classify("export.csv", c01=list(range(1, 11)), c02=["USA", "GBR", "FRA", "DEU", "ITA"] * 2,
                    c03=["NEW", "OPEN", "CLOSED", "PAID", "SHIPPED"] * 2)["c02"] is None


# --- what a user-agent parser gives: the platform's token, the browser's family


def test_user_agent_platform_tokens_are_systems():
    system = OperatingSystemRecognizer()
    for token in ("Intel Mac OS X 10_15_7", "Linux x86_64", "Windows NT 10.0; Win64; x64", "X11; Linux x86_64",
                  "Android 13", "Linux armv8l"):
        assert value_score(system, [token] * 5) >= 0.8, token
    assert value_score(system, ["x86_64"] * 5) < 0.5  # an architecture alone is no system


def test_browser_families_beside_a_system_are_the_user_agent_parsed():
    rows = 12
    browsers = ["Chrome", "Edge", "Firefox", "Safari"] * 3
    systems = ["Windows 10", "Windows 10", "Windows 7", "Intel Mac OS X 10_15_7"] * 3
    found = classify("export.csv", c01=list(range(rows)), c02=browsers, c03=systems)
    assert found["c03"] == "OPERATING_SYSTEM" and found["c02"] == "USER_AGENT"
    # browser names alone (a support matrix of products) stay undecided
    assert classify("export.csv", c01=list(range(rows)), c02=browsers,
                    c03=[f"{i}.0" for i in range(rows)])["c02"] is None


# --- ages top-coded for de-identification


def test_top_coded_ages_beside_a_sex_are_ages_and_places_beside_them_no_trade():
    rows = 40
    ages = [str(40 + (i * 7) % 23) for i in range(rows - 3)] + ["> 89"] * 3
    patients = {"c01": [141764 + 11 * i for i in range(rows)], "c02": ["Female", "Male"] * (rows // 2),
                "c03": ages,
                "c04": (["Home"] * 5 + ["Skilled Nursing Facility", "Rehabilitation", "Other Hospital"]) * 5}
    found = classify("export.csv", **patients)
    assert found["c03"] == "AGE"
    assert found["c04"] is None  # an age makes no one's trade of a clinical record's places
    patients["c03"] = [str(40 + (i * 7) % 23) for i in range(rows - 3)] + ["ninety"] * 3
    assert classify("export.csv", **patients)["c03"] is None  # words are no top-coded number


def test_years_of_birth_beside_people_are_births_and_no_key():
    rows = 20
    persons = {"c01": [1780 + 1409 * i for i in range(rows)], "c02": ["F", "M"] * 10,
               "c03": [1913 + (i * 7) % 60 for i in range(rows)], "c04": PEOPLE * 2}
    found = classify("person.csv", **persons)
    assert found["c03"] == "DATE_OF_BIRTH"
    # the years of a recent decade are no births (sign-up years, model years)
    persons["c03"] = [2016 + i % 9 for i in range(rows)]
    assert classify("person.csv", **persons)["c03"] is None


def test_country_and_state_codes_in_capitals_beside_surnames_are_no_given_names():
    found = classify("export.csv", c01=["IL", "OR", "OR", "NC", "OR", "OR", "OR", "IL", "OR", "NC"],
                     c02=["US"] * 10, c03=["Everyman", "Jones", "Williams", "Kidd", "Smith", "Grant", "Jones",
                                           "Kidd", "Smith", "Grant"],
                     c04=["Adam", "Isabella", "John", "Adam", "Kari", "James", "Eve", "Karl", "Mary", "Mary"])
    assert found["c02"] is None


def test_hl7_birth_times_on_the_hour_are_days():
    rows = 20
    users = {"c01": [70717355 + 7 * i for i in range(rows)], "c02": PEOPLE * 2,
             "c03": [f"user{i}@example.com" for i in range(rows)],
             "c04": [f"{1950 + 3 * i}0{1 + i % 9}1{i % 9}{('12', '01', '00')[i % 3]}0000" for i in range(rows)]}
    users["c04"][0] = "19540323000000.000-0600"
    assert classify("export.csv", **users)["c04"] == "DATE_OF_BIRTH"
    users["c04"] = [f"{1950 + 3 * i}0{1 + i % 9}1{i % 9}1{i % 10}3{i % 10}15" for i in range(rows)]
    assert classify("export.csv", **users)["c04"] is None  # minutes and seconds: an event's moment


# --- logins and intranet mailboxes that spell the row's surname


def test_logins_and_mailboxes_spelled_from_the_row_s_surname():
    given = ["Steven", "Neena", "Lex", "Alexander", "Bruce", "David", "Valli", "Diana", "Nancy", "Daniel"]
    family = ["King", "Yang", "Garcia", "James", "Miller", "Williams", "Jackson", "Nguyen", "Gruenberg", "Faviet"]
    logins = [(g[0] + f).upper() for g, f in zip(given, family)]
    staff = {"c01": list(range(100, 110)), "c02": given, "c03": family, "c04": logins}
    found = classify("export.csv", **staff)
    assert found["c04"] == "ACCOUNT_ID"
    assert "spell the surname of the person named in 'c03'" in _signals("export.csv", "c04", staff)
    customers = {"c01": list(range(1, 11)), "c02": [f"{g.lower()}.{f.lower()}@internalmail" for g, f in zip(given, family)],
                 "c03": [f"{g} {f}" for g, f in zip(given, family)]}
    assert classify("export.csv", **customers)["c02"] == "EMAIL_ADDRESS"
    # job codes beside the same people spell no one's name
    staff["c04"] = ["AD_PRES", "AD_VP", "AD_VP", "IT_PROG", "IT_PROG", "IT_PROG", "FI_MGR", "FI_ACCOUNT",
                    "FI_ACCOUNT", "SA_REP"]
    assert classify("export.csv", **staff)["c04"] is None
