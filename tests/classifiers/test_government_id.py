"""Government ids: SSNs by the SSA's rules, Chinese resident ids by checksum, named national ids."""
from __future__ import annotations

import random

import pytest
from stdnum.cn import ric

from classifiers.recognizers.government_id import (
    GovernmentIdRecognizer,
    PassportRecognizer,
    UsSsnRecognizer,
    is_ssn,
)
from tests.classifiers.support import best_entity, name_score, real_column


@pytest.mark.parametrize(("recognizer", "name"), [
    (UsSsnRecognizer(), "SSN"), (UsSsnRecognizer(), "social_security_number"), (PassportRecognizer(), "passport_no"),
    (GovernmentIdRecognizer(), "national_id"), (GovernmentIdRecognizer(), "id_card"),
    (GovernmentIdRecognizer(), "shenfenzheng"), (GovernmentIdRecognizer(), "drivers_license"),
])
def test_government_names(recognizer, name):
    assert name_score(recognizer, name) >= 0.7


@pytest.mark.parametrize(("recognizer", "name"), [
    (UsSsnRecognizer(), "ssn_last4"), (PassportRecognizer(), "passport_country"), (GovernmentIdRecognizer(), "identity"),
    (GovernmentIdRecognizer(), "id_card_type"), (GovernmentIdRecognizer(), "user_id"),
])
def test_not_government_names(recognizer, name):
    assert name_score(recognizer, name) == 0.0


@pytest.mark.parametrize("value", ["078-05-1120", "172-32-1176", "514-14-8905", "123456789"])
def test_ssn_values(value):
    assert is_ssn(value)


@pytest.mark.parametrize("value", ["000-12-3456", "666-12-3456", "900-12-3456", "123-00-4567", "123-45-0000",
                                   "12-345-6789"])
def test_not_ssn_values(value):
    assert not is_ssn(value)


def test_real_ssn_column():
    assert best_entity("SSN", real_column("sample-data.csv", "SSN")) == "US_SSN"


def _resident_id(body: str) -> str:
    return body + ric.calc_check_digit(body + "0")  # the function wants a placeholder check digit


def test_chinese_resident_ids_decide_alone():
    ids = [_resident_id(f"110101{1950 + i}0{1 + i % 9}1{i % 10}{100 + i:03d}") for i in range(20)]
    assert best_entity("c1", ids) == "GOVERNMENT_ID"


def test_eighteen_digit_numbers_without_the_checksum_are_not_resident_ids():
    ids = [_resident_id(f"110101{1950 + i}0{1 + i % 9}1{i % 10}{100 + i:03d}") for i in range(20)]
    broken = [i[:-1] + ("0" if i[-1] != "0" else "1") for i in ids]
    assert best_entity("c1", broken) is None


def test_phone_numbers_are_not_ssns():
    assert best_entity("phone", real_column("sample-data.csv", "phone")) == "PHONE_NUMBER"


def test_documents_named_by_the_document_in_abbreviated_names():
    rng = random.Random(3)
    passports = [f"{chr(65 + rng.randrange(26))}{rng.randrange(10**7, 10**8)}" for _ in range(20)]
    licences = [f"{chr(65 + rng.randrange(26))}{rng.randrange(10**6, 10**7)}" for _ in range(20)]
    for name in ("ppt_no", "passport_nbr", "travelDocNo"):
        assert best_entity(name, passports) == "PASSPORT", name
    for name in ("drvLicNo", "driver_lic", "dl_num", "lic_no", "natl_id", "citizenship_no", "residence_permit_no",
                 "visa_number", "medicare_no"):
        assert best_entity(name, licences) == "GOVERNMENT_ID", name
    # a software licence is no document of a person
    for name in ("software_license", "license_key", "license_type"):
        assert best_entity(name, licences) is None, name


def test_test_range_ssns_keep_the_names_verdict():
    never_issued = ["987-65-4320", "987-65-4321", "078-05-1120", "000-12-3456", "987-65-4329"] * 4
    assert best_entity("ssn", never_issued) == "US_SSN"
    assert best_entity("c1", never_issued) is None  # without the name, invalid numbers decide nothing


def test_the_id_number_pattern_matches_what_its_short_form_does():
    import random

    import pyarrow as pa
    import pyarrow.compute as pc

    from classifiers.recognizers.government_id import _ID_NUMBER

    rng = random.Random(7)
    values = pa.array(["".join(rng.choice("0123456789ab -X" if rng.random() < 0.5 else "ab -1")
                               for _ in range(rng.randint(0, 45))) for _ in range(20000)])
    short = pc.match_substring_regex(values, r"^(?:[A-Za-z0-9 -]{0,20}\d[A-Za-z0-9 -]{0,20})$")
    written_out = pc.match_substring_regex(values, f"^(?:{_ID_NUMBER})$")
    assert short.to_pylist() == written_out.to_pylist()
    assert 0 < pc.sum(short).as_py() < len(values)


def test_taiwan_and_hong_kong_identity_numbers_by_their_checks():
    from classifiers.checksums import hong_kong_id, taiwan_id

    assert taiwan_id("A123456789") and not taiwan_id("A123456788")
    assert hong_kong_id("A123456(3)") and hong_kong_id("G123456(A)") and not hong_kong_id("A123456(4)")
    taiwan = ["A123456789", "F131104093", "P245046905", "R123982466", "D141586836"] * 8
    assert best_entity("c7", taiwan) == "GOVERNMENT_ID"
    assert best_entity("c7", [v[:-1] + str((int(v[-1]) + 1) % 10) for v in taiwan]) is None


def test_padded_passports_and_a_bare_drivers_column_of_licence_numbers():
    from tests.classifiers.support import best_entity

    assert best_entity("PASSPORT", [f"X{10000000 + i * 7919}X" for i in range(30)]) in ("PASSPORT", "GOVERNMENT_ID")
    assert best_entity("DRIVERS", [f"S999{10000 + i * 37}" for i in range(30)]) == "GOVERNMENT_ID"
    # race drivers are people, not documents
    assert best_entity("drivers", ["Lewis Hamilton", "Max Verstappen", "Charles Leclerc", "Lando Norris",
                                   "Carlos Sainz", "George Russell"]) != "GOVERNMENT_ID"
