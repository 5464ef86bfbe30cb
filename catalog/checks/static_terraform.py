"""BigQuery tables declared in Terraform: `resource "google_bigquery_table"` blocks.

A warehouse kept as infrastructure code declares each table's columns in the block's `schema`:
a JSON heredoc (`schema = <<EOF [...] EOF`), an HCL value wrapped in `jsonencode(...)`, a JSON
string (what `terraform import` writes) or a schema file (`file("${path.module}/users.json")`).
This module finds those schemas and hands back their JSON text with the line it starts on; the
static check reads the fields as it reads any BigQuery table schema.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

#: the files Terraform reads
TERRAFORM_SUFFIXES = frozenset({".tf"})
#: a BigQuery table resource opens its block: `resource "google_bigquery_table" "users" {`
_RESOURCE = re.compile(r'^[ \t]*resource\s+"google_bigquery_table"\s+"([\w-]+)"\s*\{', re.M)
#: how much of a `.tf` file is read to tell whether it declares a BigQuery table
_PEEK = 1 << 20


@dataclass(frozen=True)
class TerraformTable:
    """One `google_bigquery_table`: its table id, its schema as JSON text (None when the schema
    could not be read, with `problem` saying why) and the line the schema starts on."""
    table: str
    schema: str | None
    line: int
    problem: str = ""


def declares_tables(file: Path) -> bool:
    """Whether a `.tf` file found in a folder declares a BigQuery table (provider settings,
    variables and other resources hold no columns, and are no schema left unread)."""
    try:
        with file.open("rb") as handle:
            return b"google_bigquery_table" in handle.read(_PEEK)
    except OSError:
        return True  # let it through, to be reported as unreadable


#: a string literal, escapes and all
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
#: a heredoc's opening (`<<EOF`, `<<-EOT`)
_HEREDOC = re.compile(r"<<-?\s*([A-Za-z_]\w*)[ \t]*\n")


def _enclosed(text: str, start: int, pair: str = "{}") -> str:
    """What stands between the opening bracket before `start` and the bracket that closes it
    (`pair`: `{}` for a block, `()` for a call), strings and heredocs skipped: a JSON schema is
    full of brackets."""
    depth, index = 1, start
    while index < len(text) and depth:
        heredoc = _HEREDOC.match(text, index)
        if heredoc:
            end = re.compile(rf"^[ \t]*{heredoc.group(1)}[ \t]*$", re.M).search(text, heredoc.end())
            index = end.end() if end else len(text)
            continue
        if text[index] == '"':
            closing = _STRING.match(text, index)
            index = closing.end() if closing else index + 1
            continue
        depth += {pair[0]: 1, pair[1]: -1}.get(text[index], 0)
        index += 1
    return text[start:index - 1]


def hcl_to_json(value: str) -> str:
    """An HCL list of objects as JSON: `{ name = "id", type = "STRING" }` entries, keys bare or
    quoted, `=` or `:` between key and value, commas or new lines between entries, trailing
    commas and comments allowed. What is not plain data (a function call, a reference) is left
    for `json.loads` to refuse."""
    text = re.sub(r'("(?:[^"\\\n]|\\.)*")|(?:#|//)[^\n]*', lambda m: m.group(1) or "", value)
    text = re.sub(r'("(?:[^"\\\n]|\\.)*")\s*=(?!=)', r"\1:", text)
    text = re.sub(r'(?<=[{,\s])([A-Za-z_][\w-]*)\s*=(?!=)', r'"\1":', text)
    text = re.sub(r'("|\d|\]|\}|\btrue|\bfalse|\bnull)[ \t]*\n(\s*["{\[])', r"\1,\n\2", text)
    return re.sub(r",(\s*[\]}])", r"\1", text)


def _schema(body: str, folder: Path) -> tuple[str | None, int, str]:
    """The schema of a table block as JSON text, the offset in `body` where it starts, and why
    it could not be read when it could not."""
    found = re.search(r"^[ \t]*schema\s*=\s*", body, re.M)
    if not found:
        return None, 0, "no `schema` (the table's columns are not declared here)"
    rest = body[found.end():]
    heredoc = _HEREDOC.match(rest)
    if heredoc:
        end = re.compile(rf"^[ \t]*{heredoc.group(1)}[ \t]*$", re.M).search(rest, heredoc.end())
        return rest[heredoc.end():end.start() if end else len(rest)], found.end() + heredoc.end(), ""
    call = re.match(r"jsonencode\s*\(", rest)
    if call:
        return hcl_to_json(_enclosed(rest, call.end(), "()")), found.end() + call.end(), ""
    string = re.match(r'"((?:[^"\\\n]|\\.)*)"', rest)
    if string:
        try:
            return json.loads(f'"{string.group(1)}"'), found.end(), ""
        except json.JSONDecodeError:
            return None, found.end(), "its `schema` string is not valid JSON"
    schema_file = re.match(r'file\(\s*"([^"]+)"\s*\)', rest)
    if schema_file:
        name = re.sub(r"\$\{path\.(module|root|cwd)\}/?", "", schema_file.group(1))
        try:
            return (folder / name).read_text(encoding="utf-8", errors="replace"), found.end(), ""
        except OSError as exc:
            return None, found.end(), f"its schema file {name!r} cannot be read: {exc.strerror or exc}"
    return None, found.end(), "its `schema` is an expression the check cannot evaluate"


def bigquery_tables(text: str, path: Path) -> list[TerraformTable]:
    """Every `google_bigquery_table` of a Terraform file: its `table_id` (the resource's own
    name when the id is an expression) and its schema."""
    tables: list[TerraformTable] = []
    for resource in _RESOURCE.finditer(text):
        body = _enclosed(text, resource.end())
        named = re.search(r'^[ \t]*table_id\s*=\s*"([^"$]+)"', body, re.M)
        schema, offset, problem = _schema(body, path.parent)
        line = text.count("\n", 0, resource.end() + offset) + 1
        tables.append(TerraformTable(named.group(1) if named else resource.group(1), schema, line, problem))
    return tables
