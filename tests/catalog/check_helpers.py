"""Building `CheckInput`s for the rule and format tests: real policies and data maps, parsed."""
from __future__ import annotations

from datetime import datetime, timezone

import yaml

from catalog.checks import check
from catalog.checks.model import CheckInput, DatasetRecord, Detected, FieldRecord
from catalog.checks.static import StaticSchema, columns_from_dbt, columns_from_sql, static_check_input
from catalog.datamap import empty_datamap, parse_datamap
from catalog.policy import DEFAULT_POLICY, Policy, load_policy, policy_from_dict

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def strict_policy() -> Policy:
    """The default policy with limits the default leaves open: purposes and retention capped."""
    data = yaml.safe_load(DEFAULT_POLICY.read_text(encoding="utf-8"))
    data["categories"]["device.ip_address"]["purposes"] = ["improve", "legal"]
    data["categories"]["device.ip_address"]["max_retention"] = "P90D"
    data["retention_bases"]["service"]["max_duration"] = "P2Y"
    return policy_from_dict(data, "strict.yaml")


def make_input(datamap_text: str, fields: dict[tuple[str, str], list[tuple[str, float] | tuple[str, float, bool]]],
               policy: Policy | None = None, oldest: dict[str, datetime] | None = None,
               complete: bool = True) -> CheckInput:
    """Fields as {(dataset, field): [(category, confidence[, primary]), ...]} with a data map."""
    policy = policy or load_policy()
    datamap = parse_datamap(datamap_text, "datamap.yaml", policy)
    records = []
    for (dataset, field), detections in fields.items():
        detected = [Detected(category=d[0], confidence=d[1], primary=d[2] if len(d) > 2 else True)
                    for d in detections]
        records.append(FieldRecord(dataset=dataset, field=field, detected=detected,
                                   declaration=datamap.declaration_for(dataset, field)))
    datasets = {d: DatasetRecord(d, (oldest or {}).get(d)) for d, _ in fields}
    return CheckInput(policy=policy, declarations=datamap.declarations, fields=records, datasets=datasets,
                      checked_at=NOW, datamap_path="datamap.yaml", complete=complete)


def static_flagged(schema: StaticSchema) -> dict[tuple[str, str], str]:
    """What `datamap check --static` flags in a read schema with no data map: {(table, column): category}."""
    report = check(static_check_input(schema, empty_datamap(), load_policy()), rules=["DM001"])
    return {(f.dataset.rsplit(".", 1)[-1], f.field): f.category for f in report.findings}


def flagged_in_sql(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    """What the static gate flags in one SQL file that must parse without an error."""
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    return static_flagged(schema)


def flagged_in_dbt(text: str) -> dict[tuple[str, str], str]:
    """What the static gate flags in one dbt schema YAML that must read without an error."""
    schema = columns_from_dbt(text, "models/schema.yml")
    assert not schema.errors, schema.errors
    return static_flagged(schema)
