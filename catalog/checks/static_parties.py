"""The people a schema names in its own words: the key of a person's master record.

A warehouse fed by a CRM or a master-data hub keeps one golden record per person and points
every other row at it (`cnst_mstr_id`, a constituent's master id; Salesforce's
`contact.master_record_id`, the contact a duplicate was merged into). The word before
`master` says whose record it is: a kind of person (`customer_master_id`), or a word the schema
itself uses for its people, recognised from the columns it prefixes (`cnst_prsn_f_nm`, the
constituent's person first name). A master record of a thing (`material_master_id`) or of a
company names no one.
"""
from __future__ import annotations

from collections.abc import Iterable

from classifiers.names import NameTokens

from catalog.checks.static_names import PEOPLE_ROWS

#: the golden record words (`mstr` in a warehouse's abbreviated names)
_MASTER_WORDS = frozenset({"master", "mstr"})
#: what may stand between `master` and the key word (`master_record_id`)
_RECORD_WORDS = frozenset({"record", "rec"})
#: the key word a master record's reference ends with
_KEY_WORDS = frozenset({"id", "key", "sk", "no", "num", "nbr"})
#: a person's own columns name their owner first and then the person (`cnst_prsn_f_nm`)
_PERSON_WORDS = frozenset({"person", "prsn", "persn"})
#: owners whose person is someone else (`company_person_name`: the company's contact person)
_NOT_PEOPLE = frozenset({"company", "organisation", "organization", "org", "business", "firm", "vendor", "supplier",
                         "account", "merchant", "tenant", "contact"})


def people_words(names: Iterable[NameTokens]) -> frozenset[str]:
    """The words a schema uses for its people: the owner named before a person's own columns
    (`cnst_prsn_f_nm`, `cnst_prsn_full_nm`: `cnst` is a kind of person there)."""
    return frozenset(n.own[0] for n in names if len(n.own) >= 3 and n.own[1] in _PERSON_WORDS
                     and n.own[0] not in _NOT_PEOPLE | _PERSON_WORDS)


def master_record_key(name: NameTokens, rows_are_people: bool, people: frozenset[str]) -> bool:
    """`cnst_mstr_id`, `orig_cnst_mstr_id`, `customer_master_id`: the key of a person's master
    record; a bare `master_record_id` is one in a table of people (Salesforce's `contact`,
    `lead`: the person a duplicate was merged into), a record of its own kind."""
    own = name.own
    if len(own) < 2 or own[-1] not in _KEY_WORDS:
        return False
    at = next((i for i, word in enumerate(own[:-1]) if word in _MASTER_WORDS), None)
    if at is None or not set(own[at + 1:-1]) <= _RECORD_WORDS:
        return False
    if at == 0:
        return rows_are_people
    kind = own[at - 1]
    return kind in PEOPLE_ROWS or kind in people
