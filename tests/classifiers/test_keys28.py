"""A table of people's keys from values alone (issue 10): a second unique number counts as a key
only among the table's first columns, and it does not take the first column's place as the key
other tables reference."""
from __future__ import annotations

import csv
import random
from pathlib import Path

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample
from inventory.scan import ScanOptions, scan

PEOPLE = ["Jeremy Bicha", "Simon McVittie", "Matthias Klose", "Laurent Bigonville", "Jordi Mallach",
          "Iain Lane", "Sébastien Villemot", "Maria Garcia", "Dawn Howard", "Loïc Minier"]


def _best(table: str, columns: dict[str, list]) -> dict[str, str | None]:
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=table, source="test", kind="csv", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_a_unique_number_far_into_a_row_of_people_is_a_measure_not_a_key():
    rng = random.Random(7)
    rows = 40
    metres = rng.sample(range(1500, 30000), rows)  # a ride's distance: unique, no round numbers
    ids = list(range(9467, 9467 + rows))
    names = [f"{given.split()[0]} {family.split()[-1]}" for given in PEOPLE for family in PEOPLE[:4]]
    rest = [[f"rider{i}@example.org" for i in range(rows)], names, [rng.choice(["card", "cash"]) for _ in range(rows)],
            [rng.randint(1, 5) for _ in range(rows)], [rng.choice(["ok", "late"]) for _ in range(rows)]]

    def columns(*values: list) -> dict[str, list]:
        return {f"c{i:02d}": column for i, column in enumerate(values, 1)}

    far = _best("export.csv", columns(ids, *rest, metres))
    assert far["c07"] is None
    near = _best("export.csv", columns(ids, metres, *rest))
    assert near["c02"] == "ACCOUNT_ID"  # the same numbers opening the table are a second key


def _write(path: Path, rows: list[list[object]]) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([f"c{i:02d}" for i in range(1, len(rows[0]) + 1)])
        writer.writerows(rows)


def test_the_first_key_of_people_stays_the_one_referenced_beside_a_second_key(tmp_path: Path):
    rng = random.Random(3)
    subjects = [1015 + 8 * i for i in range(60)]
    # a clinical export: study, domain, the subject's id in the study, the site's number for them
    _write(tmp_path / "dm.csv", [["PILOT01", "DM", f"01-701-{s}", s, 701, rng.randint(50, 89), "YEARS", rng.choice("FM"),
                                  rng.choice(["WHITE", "BLACK OR AFRICAN AMERICAN", "ASIAN"]),
                                  rng.choice(["HISPANIC OR LATINO", "NOT HISPANIC OR LATINO"])] for s in subjects])
    _write(tmp_path / "ae.csv", [["PILOT01", "AE", f"01-701-{rng.choice(subjects)}", n,
                                  rng.choice(["HEADACHE", "NAUSEA", "RASH", "FATIGUE"])] for n in range(1, 201)])
    result = scan([str(tmp_path)], ScanOptions(workers=1))
    assert not result.errors
    found = {(name.rsplit("/", 1)[-1], r.sample.path): (r.best().entity if r.best() else None)
             for name, results in result.classified.items() for r in results}
    assert found[("dm.csv", "c03")] == "ACCOUNT_ID"  # the key the adverse events point at
    assert found[("dm.csv", "c04")] == "ACCOUNT_ID"  # the second key
    assert found[("ae.csv", "c03")] == "ACCOUNT_ID"  # references the people's key
