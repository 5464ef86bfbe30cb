"""The generated reference pages are current: every command and recognizer is documented."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_cli_and_recognizer_references_are_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "docs" / "generate.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_every_command_has_an_example_in_its_help():
    from inventory.cli import cli

    def walk(group, prefix):
        for name, command in group.commands.items():
            if hasattr(command, "commands"):
                yield from walk(command, f"{prefix} {name}")
            else:
                yield f"{prefix} {name}", command

    missing = [path for path, command in walk(cli, "datamap") if "datamap" not in (command.help or "")]
    assert missing == []
