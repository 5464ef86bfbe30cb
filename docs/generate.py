"""Regenerate the reference pages that are derived from the code.

    python docs/generate.py          # rewrite docs/cli.md and docs/recognizers.md
    python docs/generate.py --check  # exit 1 if either is out of date (the tests run this)
    python docs/generate.py --datamap datamap.yaml  # print the reference of a data map's recognizers

docs/cli.md is every command's `--help`; docs/recognizers.md lists every registered recognizer
with its entity type, the category the default policy maps it to, its name phrases, value
patterns and validator. Both fail a test when a command or recognizer is added undocumented.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import click

DOCS = Path(__file__).parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))


def _commands(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []
    for name in sorted(group.commands):
        command = group.commands[name]
        out.append((f"{prefix} {name}", command))
        if isinstance(command, click.Group):
            out.extend(_commands(command, f"{prefix} {name}"))
    return out


def cli_reference() -> str:
    from inventory.cli import cli

    lines = ["# Command reference", "",
             "Generated from `--help` by `python docs/generate.py`; do not edit by hand.", ""]
    root_ctx = click.Context(cli, info_name="datamap", terminal_width=100, max_content_width=100)
    lines += ["## datamap", "", "```", cli.get_help(root_ctx), "```", ""]
    for path, command in _commands(cli, "datamap"):
        ctx = click.Context(command, info_name=path, terminal_width=100, max_content_width=100)
        lines += [f"## {path}", "", "```", command.get_help(ctx), "```", ""]
    return "\n".join(lines)


def recognizer_reference() -> str:
    from catalog.policy import load_policy
    from classifiers.registry import default_recognizers

    policy = load_policy()
    lines = ["# Recognizers", "",
             "Generated from the registry by `python docs/generate.py`; do not edit by hand. Each",
             "recognizer is one module of `classifiers/recognizers/`; the category is what the default",
             "policy calls its entity type. Your own recognizers, as data: [custom-recognizers.md](custom-recognizers.md).",
             ""]
    for recognizer in sorted(default_recognizers(), key=lambda r: (r.entity, type(r).__name__)):
        lines += describe(recognizer, policy)
    return "\n".join(lines)


def custom_reference(datamap_path: str) -> str:
    """The same reference for the recognizers a data map defines (`--datamap`)."""
    from catalog.datamap import load_datamap
    from catalog.policy import load_policy

    policy = load_policy(load_datamap(datamap_path).policy_path)
    datamap = load_datamap(datamap_path, policy)
    lines = ["# Custom recognizers", "", f"Generated from `{datamap_path}` by `python docs/generate.py --datamap`.", ""]
    for recognizer in sorted(datamap.recognizers, key=lambda r: (r.entity, type(r).__name__)):
        lines += describe(recognizer, policy)
    return "\n".join(lines)


def describe(recognizer, policy) -> list[str]:  # type: ignore[no-untyped-def]
    """One recognizer's section: entity, category, names, patterns, vocabularies, validator."""
    from classifiers.custom import CustomRecognizer
    from classifiers.recognizer import FieldRecognizer

    cls = type(recognizer)
    doc = (cls.__doc__ or sys.modules[cls.__module__].__doc__ or "").strip().splitlines()
    custom = isinstance(recognizer, CustomRecognizer)
    lines = [f"## {cls.__name__}", "",
             f"- entity: `{recognizer.entity}` → category `{policy.category_of(recognizer.entity) or '-'}`",
             f"- defined at: `{recognizer.defined_at}`" if custom else f"- module: `{cls.__module__}`"]
    if doc:
        lines.append(f"- about: {doc[0]}")
    if recognizer.names:
        lines.append("- names: " + ", ".join(f"`{n}`" for n in recognizer.names))
    if recognizer.weak_names:
        lines.append("- weak names: " + ", ".join(f"`{n}`" for n in recognizer.weak_names))
    for pattern in recognizer.patterns:
        lines.append(f"- pattern `{pattern.name}` (score {pattern.score}): `{pattern.regex}`")
    for vocabulary in recognizer.vocabularies:
        where = "the data map" if custom else "`classifiers/vocab`"
        lines.append(f"- vocabulary `{vocabulary.name}` (score {vocabulary.score}): {where} `{vocabulary.vocabulary}`")
    if custom and recognizer.spec_validator:
        lines.append(f"- validator: `{recognizer.spec_validator}`")
    elif cls.validate is not FieldRecognizer.validate or recognizer.rejects_whole is not None:
        lines.append("- validator: yes")
    lines.append("")
    return lines


PAGES = {"cli.md": cli_reference, "recognizers.md": recognizer_reference}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a page is out of date")
    parser.add_argument("--datamap", help="print the reference of this data map's own recognizers instead")
    args = parser.parse_args()
    if args.datamap:
        print(custom_reference(args.datamap))
        return 0
    stale = []
    for name, build in PAGES.items():
        text = build()
        path = DOCS / name
        if args.check:
            if not path.exists() or path.read_text() != text:
                stale.append(name)
        else:
            path.write_text(text)
    if stale:
        print(f"out of date: {', '.join(stale)} (run python docs/generate.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
