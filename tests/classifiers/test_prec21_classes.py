"""Classes of false claim that blind public data (benchmarks/wild16, wild18, wild20) showed, each
in its general shape with values written here: an ordinal `position` read as a coordinate, a
program's name read as a person's, a coded concept's display text read as someone's words."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample
from inventory.connectors.base import SampleOptions
from inventory.connectors.files import FileConnector
from tests.classifiers.support import classify_table as classify


def test_a_position_of_whole_numbers_is_an_order_not_a_coordinate():
    # a chat channel's or a playlist item's place in its list: whole numbers, whatever the name
    found = classify("channels.json", {"id": ["9001", "9002", "9003"], "name": ["lobby", "music", "help"],
                                       "position": [0, 3, 7]})
    assert found["position"] is None
    # a position of fine degrees is still a point on earth
    found = classify("fixes.json", {"position": ["48.85837,2.29448", "40.68925,-74.04450"]})
    assert found["position"] == "GPS_COORDINATE"


def test_a_programs_name_is_no_persons_name():
    # an OAuth application's or a webhook's record: its `name` is what its maker called the program
    app = classify("apps.json", {"id": ["5501"], "name": ["Marvin Pike"], "bot_public": [True],
                                 "redirect_uris": ["https://example.org/cb"]})
    assert app["name"] is None
    hook = classify("hooks.json", {"id": ["7702"], "name": ["Doris"], "application_id": ["5501"]})
    assert hook["name"] is None
    # a person's record keeps its name
    people = classify("people.json", {"id": ["11"], "name": ["Marvin Pike"], "email": ["marvin.pike@example.org"]})
    assert people["name"] == "PERSON"


def _sampled(path: Path, records: list[dict]) -> DatasetSample:
    """The dataset the file connector samples from `records` written as NDJSON at `path`."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    connector = FileConnector(str(path))
    [ref] = list(connector.datasets())
    return connector.sample(ref, SampleOptions())


def _best(dataset: DatasetSample) -> dict[str, str | None]:
    return {r.sample.path: (r.best().entity if r.best() else None) for r in classify_dataset(dataset, embedded=False)}


def test_a_coded_concepts_display_text_is_no_users_content(tmp_path):
    # HL7 FHIR's CodeableConcept: `text` beside `coding[]` labels the codes
    # (an API's answer of two resources: the few texts that read as prose beside a `text` name)
    labels = ["Insulin pump, implantable (physical object)", "Heart valve prosthesis, device (physical object)"]
    devices = [{"resourceType": "Device", "id": f"dev-{i}", "status": "active",
                "type": {"coding": [{"system": "http://snomed.info/sct", "code": str(69805005 + i), "display": t}],
                         "text": t},
                "lotNumber": str(4410982 + i), "patient": {"reference": f"Patient/p-{i}"}} for i, t in enumerate(labels)]
    assert _best(_sampled(tmp_path / "devices.ndjson", devices))["type.text"] is None
    # a note's text with no codes beside it is still someone's words
    notes = [{"id": f"n-{i}", "note": {"author": "Ann", "text": t}} for i, t in enumerate(
        ["Patient says the pump alarm woke her twice last night", "Asked to call back about the new valve next week"])]
    assert _best(_sampled(tmp_path / "notes.ndjson", notes))["note.text"] == "USER_CONTENT"


def test_a_letter_and_then_digits_is_a_prefixed_number_not_a_geohash():
    # an employee table's phone extensions with every column renamed: values alone beside a
    # person's name and e-mail
    first = ["Mary", "James", "Linda", "Robert", "Susan", "Thomas", "Karen", "Daniel", "Nancy", "Paul",
             "Laura", "Mark", "Helen", "George", "Sandra", "Steven", "Donna", "Kevin", "Carol", "Brian"]
    last = ["Walsh", "Fischer", "Moreno", "Keller", "Hughes", "Brandt", "Ortega", "Lindqvist", "Novak", "Duarte",
            "Bishop", "Okafor", "Yamada", "Petrov", "Castillo", "Byrne", "Hansen", "Rossi", "Silva", "Meyer"]
    columns = {"c01": [str(1002 + 17 * i) for i in range(20)], "c02": last, "c03": first,
               "c04": [f"x{4312 + 97 * i}" for i in range(20)],
               "c05": [f"{f[0].lower()}{n.lower()}@example.org" for f, n in zip(first, last)]}
    staff = _best(DatasetSample(name="c.csv", source="test", kind="csv",
                                fields=[FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]))
    assert staff["c03"] == "PERSON"
    assert staff["c04"] is None
    # under its name a coarse cell is still a geohash
    assert classify("c.csv", {"geohash": ["u4pr", "9q8y", "dr5r", "u33d"]})["geohash"] == "GEOHASH"


def test_a_held_things_title_and_description_are_its_label_not_its_owners_words():
    # a chat server's and a CMS page's records: the thing beside its `owner_id`
    servers = classify("servers.json", {
        "id": ["3101", "3102", "3103"], "name": ["Pottery Corner", "Night Owls Astronomy", "Retro Console Club"],
        "owner_id": ["7001", "7002", "7003"],
        "description": ["A friendly place to share glazes, kilns and wheel throwing tips",
                        "Stargazers swapping telescope advice and clear-sky forecasts",
                        "Collectors trading cartridges, repairs and speedrun routes"]})
    assert servers["description"] is None
    # a post beside its author is still the author's words
    posts = classify("posts.json", {
        "id": ["51", "52", "53"], "author_id": ["7001", "7002", "7003"],
        "title": ["My first kiln firing went wrong", "Saw Saturn's rings last night", "Fixed a dead cartridge"],
        "body": ["The glaze crawled everywhere and I have no idea why, any tips?",
                 "Borrowed a friend's scope and could not stop staring at it for an hour",
                 "Cleaned the contacts with alcohol and it boots again, so happy"]})
    assert posts["title"] == "USER_CONTENT"
    assert posts["body"] == "USER_CONTENT"
