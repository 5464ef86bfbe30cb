"""Back-office operators: who created or changed a record when that is the system's own staff.

A record's `create_by` / `update_by` is a person's account in general (an API's `createdBy`, a
user who adds their own bank card), and the engine reads it so. A back office built on RuoYi,
FastBee or Jeecg fills it with the operator that keyed the row in: `admin` on every user it
seeded, the tenant (`admin`, `fastbee`) on every device. A handful of accounts, the
administrator among them, over many rows: those operators run the system, they are not the
people the rows are about, and the column is no one's data.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc

from classifiers.evidence import Detection, Signal
from classifiers.names import NameTokens
from classifiers.table_view import WITHDRAWN_FACTOR

if TYPE_CHECKING:
    from classifiers.engine import FieldResult

#: the verbs of an audit column, before `by` (`create_by`, `last_modified_by`) ...
AUDIT_VERBS = frozenset({"create", "created", "update", "updated", "modify", "modified", "change", "changed",
                         "edit", "edited", "delete", "deleted", "operated", "operate"})
#: ... and the audit columns named by their role alone
AUDIT_ROLES = frozenset({("creator",), ("updater",), ("modifier",)})
#: the accounts a system keeps for its administrators (RuoYi's and Jeecg's `admin`, `root`)
ADMIN_ACCOUNTS = frozenset({"admin", "administrator", "root", "system", "sys", "superadmin", "super_admin", "sysadmin",
                            "管理员", "超级管理员", "系统", "系统管理员"})
#: at most this many distinct operators ...
OPERATORS_FEW = 3
#: ... over at least this many filled rows
OPERATOR_MIN_ROWS = 5
#: the people entities an audit column is read as (the account, or the name it copies)
PEOPLE_ENTITIES = frozenset({"ACCOUNT_ID", "PERSON"})


def is_audit_name(own: tuple[str, ...]) -> bool:
    """`create_by`, `updatedBy`, `last_modified_by`, `creator`: who keyed a record in or changed it."""
    return own in AUDIT_ROLES or (len(own) >= 2 and own[-1] == "by" and own[-2] in AUDIT_VERBS)


def operators(values: pa.Array) -> list[str] | None:
    """The distinct operators of an audit column when they are a handful, an administrator among
    them, over enough rows; else None."""
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return None
    trimmed = pc.utf8_trim_whitespace(values.drop_null())
    filled = trimmed.filter(pc.greater(pc.utf8_length(trimmed), 0))
    distinct = pc.unique(filled)
    if len(distinct) == 0 or len(distinct) > OPERATORS_FEW:
        return None
    found = sorted(distinct.to_pylist())
    admins = ADMIN_ACCOUNTS.intersection(v.lower() for v in found)
    if not admins:
        return None
    # the administrator alone says so in any number of rows; beside other accounts, the few
    # must repeat over enough rows to be the staff rather than a few people of the rows
    return found if len(admins) == len(found) or len(filled) >= OPERATOR_MIN_ROWS else None


def apply(results: Sequence[FieldResult], threshold: float) -> None:
    """Withdraw the account or name read in an audit column that holds the back office's operators."""
    for result in results:
        best: Detection | None = result.best(threshold)
        if best is None or best.entity not in PEOPLE_ENTITIES or result.sample.origin not in ("column", "json"):
            continue
        if not is_audit_name(NameTokens.of(result.sample.path).own):
            continue
        found = operators(result.sample.values)
        if found is None:
            continue
        why = (f"{len(found)} operator account(s) over every row, the administrator among them "
               f"({', '.join(found)}): the back office's staff, not the people of the rows")
        best.signals.append(Signal("table", why, WITHDRAWN_FACTOR - 1.0))
        best.confidence = round(best.confidence * WITHDRAWN_FACTOR, 4)
        result.detections.sort(key=lambda d: d.confidence, reverse=True)
