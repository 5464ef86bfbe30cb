"""The table writers the Chinese benchmark generators share: CSV (any encoding and dialect) and
NDJSON, so that each generator says only what its rows hold and how its vendor writes them."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def csv_text(header: list[str], rows: Iterable[list[Any]], **dialect: Any) -> str:
    """`header` and `rows` as CSV text; `dialect` as `csv.writer` takes it (`delimiter`, `lineterminator`)."""
    buf = io.StringIO()
    writer = csv.writer(buf, **dialect)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def write_csv(path: Path, header: list[str], rows: Iterable[list[Any]], encoding: str = "utf-8", **dialect: Any) -> None:
    """A CSV file in `encoding` (`utf-8-sig` writes Excel's byte-order mark, `gbk` and `big5hkscs`
    what Chinese Windows and Hong Kong systems write)."""
    path.write_bytes(csv_text(header, rows, **dialect).encode(encoding))


def write_ndjson(path: Path, records: Iterable[Any]) -> None:
    """One JSON document a line, non-ASCII characters as they are."""
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
