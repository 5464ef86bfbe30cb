"""Hostile configuration files: read automatically from the working folder (`datamap.yaml`),
so they must cost bounded time and memory and fail with one line naming the file."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from catalog.yamlfile import MAX_CONFIG_BYTES, ConfigError, load_validated
from inventory.cli import EXIT_USAGE, cli

# ~600 bytes that a naive loader expands to 9^9 strings
ALIAS_BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(8)]
    + ["version: 1", "datasets: *i"]) + "\n"

CONFIGS = {
    "alias-bomb": ALIAS_BOMB.encode(),
    "deep-nesting": b"version: 1\ndatasets: " + b"[" * 50_000 + b"]" * 50_000 + b"\n",
    "deep-mapping": b"version: 1\nx: " + b"{a: " * 20_000 + b"1" + b"}" * 20_000 + b"\n",
    "binary": bytes(range(256)) * 8,
    "oversized": b"version: 1\n# " + b"x" * (MAX_CONFIG_BYTES + 10) + b"\n",
    "top-level-list": b"- 1\n- 2\n",
    "unknown-tag": b"version: 1\nx: !!python/object/apply:os.system ['echo pwned']\n",
    "tab-indent": b"version: 1\ndatasets:\n\t- dataset: x\n",
    "duplicate-anchor-merge": b"base: &b {category: none}\ndatasets:\n  - <<: *b\n    dataset: x\n",
}


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_a_hostile_data_map_fails_in_one_line(tmp_path, name):
    path = tmp_path / "datamap.yaml"
    path.write_bytes(CONFIGS[name])
    with pytest.raises(ConfigError) as err:
        load_validated(path, "datamap.schema.json")
    message = str(err.value)
    assert message.startswith(str(path)) and "\n" not in message and len(message) < 500


@pytest.mark.parametrize("name", ["alias-bomb", "deep-nesting", "oversized"])
def test_check_in_a_folder_with_a_hostile_data_map_exits_2(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "datamap.yaml").write_bytes(CONFIGS[name])
    (tmp_path / "x.csv").write_text("a\n1\n")
    result = CliRunner().invoke(cli, ["check", "x.csv"])
    assert result.exit_code == EXIT_USAGE, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert len(result.stderr.splitlines()) == 1 and "datamap.yaml" in result.stderr
