"""Identity numbers a table of people keeps without a name that says so.

Social security numbers of the test ranges, in a table of people, are its people's SSNs.

`123-45-6789` grouped three, two, four is how the United States writes a social security
number and nothing else; the validator rules out the ranges the SSA never issues (area 000,
666 and 900-999), and so test data (Synthea's `999-26-9016`, the SSA's own examples) reads as
no SSN when no column name says so. Sample data is full of them, and a table whose other
columns already hold a person's name, contacts or birth date keeps such a column for what it
stands for: the person's SSN. Without that table the numbers stay unclaimed (a grouped
number of a table of things may be anything).

Brazil's CPF written bare (`86730543540`, or an integer that lost its leading zeros) is eleven
digits whose last two are mod-11 check digits: a column of numbers that all pass, in a table of
people, is their CPFs (random numbers pass one time in a hundred; phone numbers as often).
Poland's PESEL (`94121579534`) is eleven digits too: a birth date (its month coded with the
century), a serial and a weighted mod-10 check digit; random numbers pass one time in ten, and
a real day in the first six digits one time in six more, so a column of them that all pass, in
a table of people, is their PESELs.

Passports and driving licences are numbered as a letter or two, six to nine digits and
sometimes a closing letter (`AB1234567`, a state's `S12345678`, `X12345678X`); Brazil's RG is
grouped two, three, three and a check digit (`16.602.818-6`). A column of such numbers, one
person each (nearly all distinct), beside the key of a table of people, is their documents'
numbers. A people table's own codes have the same letters and digits (`AW00000001`,
`C0001234`): those count up from one, dense in their range, and they are the table's key;
document numbers are scattered over theirs.

`table_view.apply` asks `ssn_column`, `cpf_column` and `document_column` of the undecided
columns of a table of people (`document_column` of those after its key); the shapes are matched
vectorised over the column's distinct values, the check digits computed for those distinct
values alone.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.checksums import brazil_cpf, poland_pesel
from classifiers.evidence import Detection, Signal
from classifiers.masking import mask_examples
from classifiers.name_columns import distinct_informative
from datamap.model import FieldSample

SSN_SHAPE = r"^\d{3}-\d{2}-\d{4}$"
#: share of the informative values (repeats counted) that must have the shape
SHARE = 0.9
#: distinct values needed: one or two are a placeholder (`000-00-0000`)
MIN_DISTINCT = 3
SCORE = 0.6


def ssn_column(sample: FieldSample, evidence: list[str],
               counted: tuple[pa.Array, np.ndarray] | None = None) -> Detection | None:
    """A US_SSN detection for a column of SSN-shaped numbers in a table of people (what
    `evidence` says it holds), or None. `counted`: the text column's `distinct_informative`,
    when the caller has it."""
    if not pa.types.is_string(sample.values.type) and not pa.types.is_large_string(sample.values.type):
        return None
    distinct, counts = counted if counted is not None else distinct_informative(sample.values)
    if len(distinct) < MIN_DISTINCT:
        return None
    shaped = rx.match(distinct, SSN_SHAPE, distinct=True).to_numpy(zero_copy_only=False)
    share = int(counts[shaped.astype(bool)].sum()) / int(counts.sum())
    if share < SHARE:
        return None
    why = (f"{share:.0%} of the values are grouped as social security numbers are (test ranges too), in a table "
           f"of people (it holds {', '.join(evidence)})")
    examples = [str(v) for v in pc.filter(distinct, pa.array(shaped)).slice(0, 3).to_pylist()]
    return Detection(path=sample.path, entity="US_SSN", confidence=SCORE, signals=[Signal("table", why, SCORE)],
                     examples=mask_examples(examples, "US_SSN"), recognizer="table_view")


#: a CPF as digits alone: eleven, or fewer where an integer column dropped leading zeros
CPF_DIGITS = r"^\d{9,11}$"
CPF_LENGTH = 11
#: share of the distinct values whose check digits must hold
CPF_SHARE = 0.9
#: national numbers of eleven bare digits with check digits, and whose they are
NATIONAL_CHECKS = ((brazil_cpf, "Brazil's CPF"), (poland_pesel, "Poland's PESEL"))


def cpf_column(sample: FieldSample, evidence: list[str],
               counted: tuple[pa.Array, np.ndarray] | None = None) -> Detection | None:
    """A GOVERNMENT_ID detection for a column of bare CPF or PESEL numbers in a table of people, or None.
    `counted`: a text column's `distinct_informative`, when the caller has it."""
    values = sample.values
    if not (pa.types.is_integer(values.type) or pa.types.is_string(values.type)):
        return None
    if counted is None or not pa.types.is_string(values.type):
        counted = distinct_informative(pc.cast(values, pa.string()))
    distinct, _ = counted
    if len(distinct) < MIN_DISTINCT or not pc.all(rx.match(distinct, CPF_DIGITS, distinct=True)).as_py():
        return None
    texts = distinct.to_pylist()
    for check, kind in NATIONAL_CHECKS:
        checked = sum(check(text.zfill(CPF_LENGTH)) for text in texts)
        if checked >= CPF_SHARE * len(distinct):
            break
    else:
        return None
    why = (f"{checked} of {len(distinct)} distinct numbers carry {kind} check digits, in a table of people "
           f"(it holds {', '.join(evidence)})")
    examples = [str(v) for v in distinct.slice(0, 3).to_pylist()]
    return Detection(path=sample.path, entity="GOVERNMENT_ID", confidence=SCORE, signals=[Signal("table", why, SCORE)],
                     examples=mask_examples(examples, "GOVERNMENT_ID"), recognizer="table_view")


#: a passport's or a driving licence's number: one or two letters, six to nine digits, and a
#: closing letter some issuers add
LETTERED_DOCUMENT = r"^[A-Z]{1,2}\d{6,9}[A-Z]?$"
#: Brazil's RG (registro geral), grouped with its check digit (`X` for ten)
BRAZIL_RG = r"^\d{1,2}\.\d{3}\.\d{3}-[\dXx]$"
DOCUMENT_SHAPES = {"passport or driving licence numbers": LETTERED_DOCUMENT, "Brazil's RG numbers": BRAZIL_RG}
#: document numbers are one person's each: the share of the informative values that are distinct
DOCUMENT_DISTINCT = 0.9
#: distinct values needed (a handful of rows repeat a test document)
DOCUMENT_MIN_DISTINCT = 5
#: a lettered number's digits spread over at least this many numbers a value (a register's own
#: codes count up: `C0000001`, `C0000002`)
DOCUMENT_SPREAD = 20


def document_column(sample: FieldSample, evidence: list[str],
                    count: Callable[[pa.Array], tuple[pa.Array, np.ndarray]] = distinct_informative) -> Detection | None:
    """A GOVERNMENT_ID detection for a column of passport, driving licence or RG numbers in a
    table of people (what `evidence` says it holds), or None. `count`: what gives a column's
    `distinct_informative` (a table's `CountedColumns`)."""
    if not pa.types.is_string(sample.values.type) and not pa.types.is_large_string(sample.values.type):
        return None
    if sample.parent:
        return None  # an item of a nested record (`identifier.1.value`) is what its sibling declares
    distinct, counts = count(sample.values)
    if len(distinct) < DOCUMENT_MIN_DISTINCT or len(distinct) < DOCUMENT_DISTINCT * int(counts.sum()):
        return None
    for kind, shape in DOCUMENT_SHAPES.items():
        shaped = rx.match(distinct, shape, distinct=True)
        if (pc.sum(shaped).as_py() or 0) < SHARE * len(distinct):
            continue
        if shape == LETTERED_DOCUMENT and not _scattered(pc.filter(distinct, shaped)):
            return None
        why = f"{len(distinct)} distinct values, one person each, are {kind}, in a table of people " \
              f"(it holds {', '.join(evidence)})"
        examples = [str(v) for v in pc.filter(distinct, shaped).slice(0, 3).to_pylist()]
        return Detection(path=sample.path, entity="GOVERNMENT_ID", confidence=SCORE,
                         signals=[Signal("table", why, SCORE)], examples=mask_examples(examples, "GOVERNMENT_ID"),
                         recognizer="table_view")
    return None


def _scattered(numbers: pa.Array) -> bool:
    """Whether lettered numbers' digits spread over their range as issued numbers do, not
    counting up as a register's codes do."""
    digits = pc.cast(pc.replace_substring_regex(numbers, r"\D", ""), pa.int64())
    span = (pc.max(digits).as_py() or 0) - (pc.min(digits).as_py() or 0) + 1
    return span >= DOCUMENT_SPREAD * len(numbers)
