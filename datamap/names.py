"""Dataset names as older datamap versions spelled them, so what users wrote then still matches.

Up to session 20 a table of a SQLite or DuckDB file kept its default schema in its name
(`chinook.db/main.Artist`); it is now `chinook.db/Artist` (inventory/connectors/sql.py). A data
map declaration or an include/exclude glob written for the old names (`chinook.db/main.Artist`,
`*/main.*`, `main.*`) matches a dataset under either spelling.
"""
from __future__ import annotations

#: the default schema of SQLite and DuckDB files, once part of their tables' dataset names
FORMER_SCHEMA = "main"


def former_name(dataset: str) -> str | None:
    """The name a default-schema table of a database file had before (`app.db/users` was
    `app.db/main.users`, `app.db/"v1.users"` was `app.db/main.v1.users`). None for a name that
    cannot be one: without a folder, or whose last segment holds a dot (a file's extension, a
    schema). An extensionless file in a folder gets one too, which only a glob naming `main.`
    reaches: the name alone cannot tell it from a table."""
    folder, slash, last = dataset.rpartition("/")
    if not slash:
        return None
    if len(last) > 1 and last.startswith('"') and last.endswith('"'):
        table = last[1:-1].replace('""', '"')
        return f"{folder}/{FORMER_SCHEMA}.{table}"
    return None if "." in last else f"{folder}/{FORMER_SCHEMA}.{last}"


def spellings(dataset: str) -> tuple[str, ...]:
    """The dataset's name, and its former name when it has one."""
    former = former_name(dataset)
    return (dataset,) if former is None else (dataset, former)
