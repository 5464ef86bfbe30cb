"""Classes of error a blind benchmark of public data showed (benchmarks/wild24), each with values
written here: XML attributes flattened to columns read by their element's name (`addr@use` as a
place), telephone URIs (`tel:+1-…`) missed, a security log's run-together `srcuser`/`dstuser`,
other languages' numbered and `code`-keyed names (`apellido2`, `codigo_empleado`), and the key
of a table of offices taken for a person's."""
from __future__ import annotations

import pyarrow as pa

from classifiers import references
from classifiers.engine import DEFAULT_THRESHOLD, classify_dataset
from classifiers.names import NameTokens, markup_attribute
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.support import best_entity, classify_table

USE_CODES = ["H", "HP", "H", "WP", "HP", "H", "WP", "H"]
PHONE_URIS = ["tel:+1-(617)555-0134", "tel:+1-(919)555-0171", "tel:(781)555-0102", "tel:+1-(503)555-0190",
              "tel:+44 20 7946 0958", "tel:+1-(212)555-0147"]


def test_an_xml_attribute_column_is_named_by_its_attribute_not_its_element():
    # an export of XML (C-CDA, HL7 v3, any `elem@attr` flattening): `addr@use` holds the
    # address's use code (home, work), no part of the address; `name@qualifier` no name
    assert NameTokens.of("patientRole.addr.0@use").own == ("use",)
    assert NameTokens.of("patientRole.addr.0@use").parent == ()
    assert best_entity("patientRole.addr.0@use", USE_CODES) is None
    assert best_entity("assignedPerson@classCode", ["PSN"] * 6) is None
    # a coded element's display text is a label of the thing coded (`raceCode@displayName`)
    assert best_entity("patient.raceCode@displayName",
                       ["White", "Asian", "White", "Black or African American", "White", "Other Race"]) is None
    # a code system's name is no operating system
    assert best_entity("code@codeSystemName", ["NUCC", "Provider Codes", "NUCC"]) is None
    # the attribute that holds the element's value is the element (`telecom@value`,
    # `birthTime@value`, HL7's `id@extension`)
    assert not markup_attribute("telecom.0@value")
    assert NameTokens.of("patientRole.telecom.0@value").own == ("telecom",)
    assert NameTokens.of("patientRole.id.0@extension").own == ("id",)
    assert best_entity("patient.birthTime@value", ["19621022", "19470501", "19811130", "19550714"]) \
        == "DATE_OF_BIRTH"
    # an address's own parts inside the same export stay what they are
    assert best_entity("patientRole.addr.0.city", ["Beaverton", "Chicago", "Cary", "Portland", "Boston"]) \
        == "CITY"


def test_a_telephone_uri_is_its_number():
    assert best_entity("patientRole.telecom.0@value", PHONE_URIS) == "PHONE_NUMBER"
    assert best_entity("c07", PHONE_URIS) == "PHONE_NUMBER"
    # a `tel:` without a number is not one
    assert best_entity("c07", ["tel:", "tel:12", "tel:x", "tel:"]) != "PHONE_NUMBER"


def test_a_security_logs_source_and_destination_users_are_accounts():
    # OSSEC's and FortiGate's decoded fields run the side into the word
    assert NameTokens.of("srcuser").own == ("src", "user")
    assert NameTokens.of("dstip").own == ("dst", "ip")
    assert NameTokens.of("destination").own == ("destination",)
    logins = ["root", "dcid", "jones_b", "root", "mkowalski", "ericx"]
    assert best_entity("dstuser", logins) == "ACCOUNT_ID"
    assert best_entity("srcuser", logins) == "ACCOUNT_ID"
    assert best_entity("srcip", ["203.0.113.7", "198.51.100.23", "192.0.2.44"]) == "IP_ADDRESS"


def test_the_rule_text_of_a_log_about_a_user_is_no_text_the_user_wrote():
    # a decoded alert's rule description beside the user it is about: the program wrote it
    table = classify_table("alerts", {
        "srcuser": ["ericx", "root", "dcid", "ericx", "jones_b", "root"],
        "Description": ["User authentication failure.", "First time user executed sudo.",
                        "Successful sudo to ROOT executed.", "User missed the password more than one time",
                        "Three failed attempts to run sudo", "Login session closed."]})
    assert table["srcuser"] == "ACCOUNT_ID"
    assert table["Description"] is None


def test_other_languages_numbered_and_code_keyed_names():
    # a Spanish person's two surnames (`apellido1`, `apellido2`), an employee's `codigo_empleado`
    assert NameTokens.of("apellido2").own == ("last", "name")
    assert NameTokens.of("codigo_empleado").own == ("employee", "code")
    surnames = ["Magaña", "López", "Soria", "Solís", "Rosas", "Ortiz", "Carrasco", "Jerez"]
    assert best_entity("apellido2", surnames) == "PERSON"
    assert best_entity("codigo_empleado", list(range(1, 31))) == "ACCOUNT_ID"
    assert best_entity("employee_code", ["E0101", "E0102", "E0187", "E0203", "E0211"]) == "ACCOUNT_ID"
    # an English name ending in a number is left as it was written
    assert NameTokens.of("address2").own == ("address2",)


def _about_people(name: str, columns: dict[str, list]) -> bool:
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    dataset = DatasetSample(name=name, source="test", kind="test", fields=fields)
    return references._about_people(dataset, classify_dataset(dataset, embedded=False), DEFAULT_THRESHOLD)


def test_the_key_of_a_table_of_offices_is_an_offices():
    # offices have phones and street addresses as people do; a column elsewhere holding their
    # key (an employee's `codigo_oficina`) points at a place, not a person
    offices = {
        "codigo_oficina": ["BCN-ES", "BOS-USA", "LON-UK", "MAD-ES", "PAR-FR", "SYD-AU"],
        "ciudad": ["Barcelona", "Boston", "Londres", "Madrid", "Paris", "Sydney"],
        "telefono": ["+34 93 3561182", "+1 215 837 0825", "+44 20 78772041", "+34 91 7514487",
                     "+33 14 723 4404", "+61 2 9264 2451"],
        "linea_direccion1": ["Avenida Diagonal, 38", "1550 Court Place", "52 Old Broad Street",
                             "Bulevar Indalecio Prieto, 32", "29 Rue Jouffroy d'abbans", "5-11 Wentworth Avenue"]}
    assert not _about_people("oficina", offices)
    assert not _about_people("branch_offices", offices)
    # the same columns in a table that names no place are a table of people
    assert _about_people("contacts", offices)
    people = {"codigo_empleado": list(range(1, 7)),
              "nombre": ["Marcos", "Ruben", "Alberto", "Maria", "Felipe", "Lucio"],
              "codigo_oficina": ["BCN-ES", "BOS-USA", "LON-UK", "MAD-ES", "PAR-FR", "SYD-AU"]}
    assert classify_table("empleado", people)["codigo_empleado"] == "ACCOUNT_ID"


def test_a_radios_extended_unique_identifier_is_its_hardware_address():
    # SmartThings' `zigbee.eui`: a Zigbee radio's EUI-64, as a MAC is a network card's
    euis = ["286D9700011415D1", "0015BC001A028E5C", "286D9700011419D7", "00124B0021C8E6F3", "90FD9FFFFE6B1A22"]
    assert best_entity("zigbee.eui", euis) == "MAC_ADDRESS"
    assert best_entity("ieeeAddress", ["00:12:4b:00:21:c8:e6:f3", "90:fd:9f:ff:fe:6b:1a:22"]) == "MAC_ADDRESS"
    # sixteen hex digits under another name stay what that name says
    assert best_entity("sha_prefix", euis) is None
