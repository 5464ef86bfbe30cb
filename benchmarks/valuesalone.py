"""What the Chinese benchmarks' `values_alone.py` scripts share: writing a table as UTF-8 CSV and
the labels under the new file names (log labels `*` left out, as `opaque_names.py` leaves logs)."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable


def write_csv(path: Path, rows: Iterable[Iterable]) -> None:
    """`rows` (the header first) as a UTF-8 CSV; None becomes an empty cell."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(["" if v is None else v for v in row] for row in rows)


def write_labels(labels: Path, out: Path, rename: dict[str, str]) -> None:
    """`labels` copied to `out/labels.csv`, datasets renamed by `rename`, the logs' `*` rows dropped."""
    with labels.open(encoding="utf-8") as fh, (out / "labels.csv").open("w", encoding="utf-8", newline="") as w:
        writer = csv.writer(w)
        for row in csv.reader(fh):
            if row[1] != "*":
                writer.writerow([rename.get(row[0], row[0]), *row[1:]])
