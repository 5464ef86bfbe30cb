"""Person names: named columns, and values with a known given name or surname."""
from __future__ import annotations

import pytest

from classifiers.recognizers.person_name import PersonNameRecognizer, is_person_name
from tests.classifiers.support import best_entity, name_score, real_column, value_score


@pytest.fixture(scope="module")
def recognizer():
    return PersonNameRecognizer()


@pytest.mark.parametrize("name", ["full_name", "firstName", "last name", "surname", "nickname", "maiden name",
                                  "display_name", "xingming", "customer.full_name"])
def test_person_names(recognizer, name):
    assert name_score(recognizer, name) >= 0.7


@pytest.mark.parametrize("name", ["file_name", "app_name", "product_name", "company_name", "event_name", "bt_name",
                                  "hostname", "br_name", "os_name", "ti_name", "city_name"])
def test_not_person_names(recognizer, name):
    assert name_score(recognizer, name) == 0.0


@pytest.mark.parametrize("value", ["Jane Doe", "Hazel Robinson", "Saanvi Lee", "Dr. Maria Garcia", "WANG Wei",
                                   "Vincent van Gogh", "Mary-Jane Watson", "Smith", "O'Connor"])
def test_person_values(value):
    assert is_person_name(value)


@pytest.mark.parametrize("value", ["Tote Bag", "iPhone 15 Pro", "rate limit exceeded", "us-east-1",
                                   "Beauty & Personal Care", "Water Bottle", "Frankfurt am Main", ""])
def test_not_person_values(value):
    assert not is_person_name(value)


def test_real_name_columns(recognizer):
    assert value_score(recognizer, real_column("Age2_address1_credit_card3.csv", "Person")) > 0.5
    assert best_entity("Person", real_column("Age2_address1_credit_card3.csv", "Person")) == "PERSON"
    assert best_entity("Full_Name", real_column("sample-data.csv", "Full_Name")) == "PERSON"


def test_a_bare_name_column_needs_person_values():
    # a few product names end in a surname (Air Fryer, Desk Lamp): the column's ratio decides
    assert best_entity("name", ["Air Fryer", "Tote Bag", "Lip Gloss Set", "Water Bottle", "Face Serum"]) is None
    assert best_entity("name", ["Jane Doe", "John Smith", "Maria Garcia", "Wei Wang", "Aisha Khan"]) == "PERSON"


@pytest.mark.parametrize("value", ["王伟", "李秀英", "欧阳娜娜"])
def test_chinese_names(value):
    assert is_person_name(value)


@pytest.mark.parametrize("value", ["北京市", "手机号码", "数据"])
def test_chinese_words_that_are_not_names(value):
    assert not is_person_name(value)


def test_a_named_column_of_names_no_list_knows():
    # given names no census list holds: the name decides when the values have a name's shape
    values = ["Everlee", "Katalina", "Ryland", "Romina", "Keanu", "Poppy", "Riya", "Anahi", "Cayden", "Yadiel"]
    assert best_entity("firstName", values) == "PERSON"
    assert best_entity("firstName", [str(i) for i in range(10)]) is None


@pytest.mark.parametrize("path", ["company.name", "app.name", "product.name", "device.name"])
def test_the_name_of_an_enclosing_thing_is_not_a_person(recognizer, path):
    assert name_score(recognizer, path) == 0.0


@pytest.mark.parametrize("path", ["traits.name", "user.name", "customer.name", "contact.full_name"])
def test_the_name_of_a_person_object(recognizer, path):
    assert name_score(recognizer, path) > 0.0


def test_surnames_in_capitals_with_initials_are_names_and_codes_are_not():
    from tests.classifiers.support import best_entity

    judges = ["AARONSON,L.H.", "ALEXANDER,J.M.", "ARMENTANO,A.J.", "BERDON,R.I.", "BRACKEN,J.J.", "COHEN, S."]
    assert best_entity("c01", judges) == "PERSON"
    assert best_entity("c01", ["US,CA", "ID,NY", "AB,CD", "OK,TX", "UK,FR", "DE,AT"]) is None


def test_names_with_a_test_data_generator_s_digits_are_names():
    from tests.classifiers.support import best_entity

    first = ["Kellie749", "Julie485", "Ashley12", "Ian253", "Maria7", "John88", "Robert301", "Linda5"]
    last = ["Walton550", "Smith313", "Brown411", "Garcia9", "Miller72", "Davis18", "Lopez640", "Wilson3"]
    assert best_entity("FIRST", first, {"LAST": last}) == "PERSON"
    assert best_entity("MAIDEN", last) == "PERSON"
    assert best_entity("NAME", [f"{a} {b}" for a, b in zip(first, last)]) == "PERSON"
    # digits standing apart from the words are no generator's: a model, a product
    assert best_entity("name", ["Model 3", "Galaxy S 23", "Pixel 7", "Series 9", "Note 10", "Mate 40"]) != "PERSON"


def test_dicom_family_caret_given_names_are_names_by_their_format():
    from tests.classifiers.support import best_entity

    names = ["Lestrade^G", "Moriarty^James", "Holmes^Sherlock", "Watson^John^H", "Hudson^Martha", "Adler^Irene"] * 3
    assert best_entity("PatientName", names) == "PERSON"
    assert best_entity("c02", names) == "PERSON"


def test_composers_credits_are_names_and_bands_are_not():
    from tests.classifiers.support import best_entity

    credits = ["Angus Young, Malcolm Young, Brian Johnson", "Steven Tyler, Joe Perry", "Billy Corgan",
               "Chris Cornell & Tom Morello", "Paul Stanley, Gene Simmons", "Alanis Morissette"] * 3
    assert best_entity("Composer", credits) == "PERSON"
    assert best_entity("Composer", ["AC/DC", "Accept", "Aerosmith", "Audioslave", "Apocalyptica", "Alice In Chains"] * 3) != "PERSON"


def test_an_oauth_client_s_or_a_carrier_s_name_is_no_person_s():
    from tests.classifiers.support import best_entity

    apps = ["Shopify Web", "Slack App", "Acme iOS", "Support Portal", "Shop Android", "Admin Console"] * 3
    assert best_entity("client_name", apps) != "PERSON"
    assert best_entity("operator_name", ["Verizon", "T-Mobile", "Vodafone", "Orange", "AT&T", "O2"] * 3) != "PERSON"
