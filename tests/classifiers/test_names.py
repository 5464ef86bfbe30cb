"""Field names as tokens: conventions, abbreviations, paths."""
from __future__ import annotations

import pytest

from classifiers.names import ABBREVIATIONS, NameTokens, contains_phrase, phrase, tokenize
from classifiers.registry import default_recognizers
from tests.classifiers.support import best_entity


@pytest.mark.parametrize(("name", "tokens"), [
    ("client_ip", ("client", "ip")),
    ("clientIp", ("client", "ip")),
    ("client-ip", ("client", "ip")),
    ("HTTPUserAgent", ("http", "user", "agent")),
    ("IPv4Address", ("ipv4", "address")),
    ("$os_version", ("os", "version")),
    ("Date of Birth", ("date", "of", "birth")),
])
def test_tokenize(name, tokens):
    assert tokenize(name) == tokens


def test_own_name_and_parent_path():
    name = NameTokens.of("context.device.advertisingId")
    assert name.own == ("advertising", "id") and name.parent == ("context", "device")


@pytest.mark.parametrize(("name", "own"), [
    ("usr_id", ("user", "id")),
    ("dev_mfr", ("device", "manufacturer")),
    ("bat_lvl", ("bat", "level")),
    ("rngr_md", ("ringer", "mode")),
    ("utc_ofs", ("utc", "offset")),
])
def test_abbreviations_are_expanded(name, own):
    assert NameTokens.of(name).own == own


def test_phrases_match_contiguously():
    assert contains_phrase(("x", "forwarded", "for"), phrase("forwarded for"))
    assert not contains_phrase(("forwarded", "x", "for"), phrase("forwarded for"))


def test_no_recognizer_lists_an_abbreviation_that_names_py_expands():
    # otherwise the recognizer's phrase could never match: names.py rewrites the token first
    listed = {token for r in default_recognizers() for p in (*r.names, *r.weak_names, *r.negative_names)
              for token in phrase(p)}
    assert sorted(listed & set(ABBREVIATIONS)) == []


@pytest.mark.parametrize(("name", "own"), [
    ("Vorname", ("first", "name")),
    ("Geburtsdatum", ("birth", "date")),
    ("Straße", ("street",)),
    ("Steuer-ID", ("tax", "id")),
    ("Telefonnummer", ("phone", "number")),
    ("id_usuario", ("user", "id")),
    ("nivel_bateria", ("battery", "level")),
    ("fecha_nacimiento", ("birth", "date")),
    ("version_so", ("os", "version")),
    ("zona_horaria", ("time", "zone")),
    ("date_naissance", ("birth", "date")),
    ("geboortedatum", ("birth", "date")),
])
def test_other_languages_are_read_in_english(name, own):
    assert NameTokens.of(name).own == own


@pytest.mark.parametrize("name", ["user_id", "battery_level", "data_source", "version", "id_card"])
def test_english_names_are_left_alone(name):
    assert NameTokens.of(name).own == tokenize(name)


def test_no_recognizer_lists_a_word_that_names_py_translates():
    from classifiers.names import foreign_words

    listed = {token for r in default_recognizers() for p in (*r.names, *r.weak_names, *r.negative_names)
              for token in phrase(p)}
    rewritten = {word for word, foreign in foreign_words().items() if foreign.english != (word,)}
    assert sorted(listed & rewritten) == []


@pytest.mark.parametrize("path", ["device_info.model", "deviceDetails.model", "设备信息.型号", "device.model"])
def test_an_object_named_as_a_bundle_of_facts_is_its_thing(path):
    # `device_info` holds facts about a device: its `model` is the device's model, as under
    # `device`, and strongly so (model codes like V2309A are too short to decide alone)
    assert NameTokens.of(path).enclosing() == ("device",)
    codes = ["PHZ110"] * 14 + ["V2309A"] * 12 + ["ALN-AL00"] * 4
    assert best_entity(path, codes) == "DEVICE_MODEL"


def test_a_bundle_word_alone_is_the_object():
    # `info.model`: nothing before the bundle word, so `info` stays the enclosing word
    assert NameTokens.of("info.model").enclosing() == ("info",)
    assert NameTokens.of("model").enclosing() == ()
