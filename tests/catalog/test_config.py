"""Policy and data map files: validated, with errors naming file and line."""
from __future__ import annotations

import pytest

from catalog.datamap import load_datamap, parse_datamap
from catalog.durations import parse_duration
from catalog.policy import load_policy
from catalog.yamlfile import ConfigError


def test_default_policy_maps_entities_to_categories():
    policy = load_policy()
    assert policy.category_of("IP_ADDRESS") == "device.ip_address"
    assert policy.category_of("GPS_COORDINATE") == "location.precise"
    assert policy.category_of("NO_SUCH_ENTITY") is None
    assert policy.categories["location.precise"].consent == "location_permission"
    assert not policy.categories["contact.email"].disclosed
    assert policy.categories["profile.phone_number"].names["zh"] == "电话号码"


def test_the_bundled_policy_meets_the_schema(tmp_path):
    """The bundled policy is not checked against the schema when it is loaded (start-up time):
    it is checked here, by the same path a user's policy takes (a copy of it elsewhere)."""
    from catalog.policy import DEFAULT_POLICY

    copy = tmp_path / "default.yaml"
    copy.write_text(DEFAULT_POLICY.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_policy(copy).categories.keys() == load_policy().categories.keys()


def test_a_users_policy_is_still_checked_against_the_schema(tmp_path):
    from catalog.policy import DEFAULT_POLICY

    path = tmp_path / "mine.yaml"
    path.write_text(DEFAULT_POLICY.read_text(encoding="utf-8").replace("version: 1", "version: 1\nunknown_key: 2", 1),
                    encoding="utf-8")
    with pytest.raises(ConfigError, match=r"mine\.yaml:\d+: .*unknown_key"):
        load_policy(path)


def test_another_policy_is_a_yaml_file(tmp_path):
    path = tmp_path / "acme.yaml"
    path.write_text("""
version: 1
policy: {name: ACME}
purposes: {support: {clause: "1", name: {en: Support}}}
retention_bases: {contract: {clause: "2", name: {en: Contract}, max_duration: P1Y}}
categories:
  net.ip: {clause: "3", name: {en: IP}, entities: [IP_ADDRESS]}
""")
    policy = load_policy(path)
    assert policy.category_of("IP_ADDRESS") == "net.ip"
    assert policy.allowed_purposes("net.ip") == ("support",)


def test_a_broken_policy_names_file_and_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("version: 1\npolicy: {name: X}\npurposes: {}\nretention_bases:\n  a: {clause: 1}\ncategories: {}\n")
    with pytest.raises(ConfigError, match=r"bad\.yaml:\d+:"):
        load_policy(path)


def test_datamap_errors_point_at_the_line(tmp_path):
    path = tmp_path / "datamap.yaml"
    path.write_text("version: 1\ndatasets:\n  - dataset: a.csv\n    fields:\n      - field: x\n        retention: 90 days\n")
    with pytest.raises(ConfigError, match=r"datamap\.yaml:6: .*retention"):
        load_datamap(path)


def test_datamap_unknown_ids_are_rejected_with_a_line():
    text = "version: 1\ndatasets:\n  - dataset: a.csv\n    fields:\n      - {field: x, category: device.ipaddress}\n"
    with pytest.raises(ConfigError, match=r"<datamap>:5: unknown category 'device.ipaddress'"):
        parse_datamap(text, policy=load_policy())


def test_most_specific_declaration_wins():
    datamap = parse_datamap("""
version: 1
datasets:
  - dataset: "events/*"
    fields: [{field: "*", category: behavioral}, {field: "context.ip", category: device.ip_address}]
  - dataset: app.ndjson
    fields: [{field: "user.*", category: account.id}]
""")
    assert datamap.declaration_for("events/app.ndjson", "context.ip").category == "device.ip_address"
    assert datamap.declaration_for("events/app.ndjson", "event").category == "behavioral"
    assert datamap.declaration_for("events/app.ndjson", "user.id").category == "account.id"
    assert datamap.declaration_for("other.csv", "x") is None


def test_a_column_declaration_covers_the_paths_inside_it():
    datamap = parse_datamap("""
version: 1
datasets:
  - dataset: "*"
    fields:
      - {field: context, category: behavioral}
      - {field: "context.device.*", category: device.model}
      - {field: context.device.id, category: device.device_id}
      - {field: "*", category: none}
""")
    def category(path: str) -> str:
        return datamap.declaration_for("app/main.events", path).category

    assert category("context.screen") == "behavioral"  # inside the column: its declaration
    assert category("context") == "behavioral"
    assert category("context.device.id") == "device.device_id"  # a path named exactly wins
    assert category("context.device.model") == "device.model"  # a glob inside the column beats the column
    assert category("contextual") == "none"  # a name that merely starts alike is another field


def test_sources_expand_environment_variables(monkeypatch):
    monkeypatch.setenv("PG_URL", "postgresql://u:secret@localhost/db")
    datamap = parse_datamap("version: 1\nsources:\n  - {name: pg, url: '${PG_URL}'}\n")
    assert datamap.sources[0].location == "postgresql://u:secret@localhost/db"
    monkeypatch.delenv("PG_URL")
    with pytest.raises(ConfigError, match="PG_URL is not set"):
        parse_datamap("version: 1\nsources:\n  - {name: pg, url: '${PG_URL}'}\n")


@pytest.mark.parametrize(("text", "days"), [("P90D", 90), ("P2W", 14), ("PT36H", 1.5), ("P1Y", 365.2425)])
def test_durations(text, days):
    assert parse_duration(text) == pytest.approx(days)


@pytest.mark.parametrize("text", ["90D", "P", "P1.5Y", "forever"])
def test_bad_durations(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_configs_compose_as_pure_python_yaml_would() -> None:
    """Configurations are read with libyaml where PyYAML has it: the node tree (tags, values,
    styles, lines) is the one PyYAML's own composer gives, on the bundled policy and on a
    data map with quoted, plain and block scalars."""
    import yaml

    from catalog.policy import DEFAULT_POLICY
    from catalog.yamlfile import compose_bounded

    def tree(node):
        if isinstance(node, yaml.ScalarNode):
            return node.tag, node.value, node.style, node.start_mark.line, node.start_mark.column
        if isinstance(node, yaml.SequenceNode):
            return node.tag, node.start_mark.line, [tree(child) for child in node.value]
        return node.tag, node.start_mark.line, [(tree(key), tree(value)) for key, value in node.value]

    datamap = 'declarations:\n  - dataset: "shop/*"\n    fields: [{field: email, category: TODO}]\n    note: |\n      kept\n'
    for text in (DEFAULT_POLICY.read_text(encoding="utf-8"), datamap):
        assert tree(compose_bounded(text, "x.yaml")) == tree(yaml.compose(text, Loader=yaml.SafeLoader))
