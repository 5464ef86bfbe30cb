"""Metadata platforms: the DataHub export ingested by DataHub's own file source and validated
by the acryl-datahub models; the plain JSON export valid against its JSON Schema."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from catalog.writer import write_scan
from inventory.cli import cli
from inventory.scan import scan


@pytest.fixture(scope="module")
def catalog(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("meta")
    (folder / "data").mkdir()
    (folder / "data" / "people.csv").write_text("email,client_ip,n\n" + "\n".join(
        f"u{i}@example.org,203.0.113.{i + 1},{i}" for i in range(40)) + "\n")
    (folder / "data" / "events.ndjson").write_text("\n".join(
        json.dumps({"context": {"ip": f"198.51.100.{i + 1}", "locale": "en-US"}, "event": "view"})
        for i in range(30)) + "\n")
    path = folder / "c.duckdb"
    write_scan(path, scan([str(folder / "data")]))
    return path


def export(catalog: Path, kind: str, out: Path) -> Path:
    result = CliRunner().invoke(cli, ["export", kind, "--catalog", str(catalog), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_datahub_file_source_ingests_the_export(catalog: Path, tmp_path: Path, monkeypatch, request) -> None:
    # DataHub phones home (telemetry, a PyPI version check after a pipeline run): both off, as
    # a user without network would set them; neither is read by the export under test
    monkeypatch.setenv("DATAHUB_TELEMETRY_ENABLED", "false")
    # `import datahub` appends a finder to sys.meta_path that answers `import pkg_resources`
    # with a partial shim for the rest of the process; jieba (Chinese tests) then breaks on it.
    # Both are restored when this test ends.
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    had_pkg_resources = "pkg_resources" in sys.modules
    request.addfinalizer(lambda: had_pkg_resources or sys.modules.pop("pkg_resources", None))
    try:
        import datahub  # noqa: F401
    except ImportError:
        # in the test extra: a failure in CI, a skip only on a machine without it
        (pytest.fail if os.environ.get("CI") else pytest.skip)("acryl-datahub (test extra) is not installed")
    from datahub.emitter.mcp import MetadataChangeProposalWrapper
    from datahub.ingestion.run.pipeline import Pipeline
    from datahub.ingestion.source.file import read_metadata_file
    from datahub.metadata.schema_classes import GlossaryTermInfoClass, SchemaMetadataClass
    from datahub.ingestion.run import pipeline as datahub_pipeline
    from datahub.upgrade import upgrade

    monkeypatch.setattr(upgrade, "check_upgrade_post", lambda **_: None)
    monkeypatch.setattr(datahub_pipeline, "retrieve_version_stats", lambda **_: None)

    path = export(catalog, "datahub", tmp_path / "datamap.datahub.json")
    items = list(read_metadata_file(path))  # the models deserialise and check every aspect
    assert all(isinstance(i, MetadataChangeProposalWrapper) and i.validate() for i in items)
    terms = {i.entityUrn for i in items if isinstance(i.aspect, GlossaryTermInfoClass)}
    assert {"urn:li:glossaryTerm:datamap.contact.email", "urn:li:glossaryTerm:datamap.device.ip_address"} <= terms
    schemas = {i.entityUrn: i.aspect for i in items if isinstance(i.aspect, SchemaMetadataClass)}
    people = schemas["urn:li:dataset:(urn:li:dataPlatform:file,people.csv,PROD)"]
    fields = {f.fieldPath: f for f in people.fields}
    assert [t.urn for t in fields["email"].glossaryTerms.terms] == ["urn:li:glossaryTerm:datamap.contact.email"]
    assert [t.tag for t in fields["client_ip"].globalTags.tags] == ["urn:li:tag:pii"]
    assert fields["n"].glossaryTerms is None
    events = {f.fieldPath for f in schemas["urn:li:dataset:(urn:li:dataPlatform:file,events.ndjson,PROD)"].fields}
    assert "context.ip" in events
    # DataHub's own ingestion pipeline: the file source, into a file sink, without errors
    pipeline = Pipeline.create({"source": {"type": "file", "config": {"path": str(path)}},
                                "sink": {"type": "file", "config": {"filename": str(tmp_path / "sink.json")}},
                                "reporting": []})
    pipeline.run()
    pipeline.raise_from_status()
    assert len(json.loads((tmp_path / "sink.json").read_text())) == len(items)


def test_plain_json_export_matches_its_schema(catalog: Path, tmp_path: Path) -> None:
    document = json.loads(export(catalog, "json", tmp_path / "datamap.json").read_text())
    schema = json.loads((Path(__file__).resolve().parents[2] / "catalog" / "schemas" / "catalog.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(document)
    fields = {(d["dataset"], f["field"]): f for d in document["datasets"] for f in d["fields"]}
    assert fields[("people.csv", "email")]["category"] == "contact.email"
    assert fields[("people.csv", "client_ip")]["clause"] == "5.3"
    assert fields[("people.csv", "n")]["category"] is None
    broken = {**document, "datasets": [{"dataset": "x"}]}
    with pytest.raises(jsonschema.ValidationError):  # the schema does constrain
        jsonschema.Draft202012Validator(schema).validate(broken)
