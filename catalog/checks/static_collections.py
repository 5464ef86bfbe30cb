"""The owner of a collection table: the entity a list of values belongs to, not a person.

An ORM keeps a list-valued attribute of an entity in a table of its own, named after the entity
and the attribute, with the entity's key as `owner_id` (JPA's `@ElementCollection`: MITREid
Connect's `client_scope(owner_id, scope)`, `authentication_holder_request_parameter(owner_id,
param, val)`, `saved_user_auth_authority(owner_id, authority)`). Its `owner_id` is the key of a
client, a token, an authentication record; a person only when the entity named before the
attribute is one (`user_authority(owner_id, authority)`: a user's).
"""
from __future__ import annotations

from collections.abc import Sequence

from classifiers.names import NameTokens, tokenize

from catalog.checks.static_names import PEOPLE_HEADS, singular

#: the keys an element-collection table names its entity with
_OWNER_KEYS = frozenset({("owner", "id"), ("owner",)})
#: what only an application has a list of: an OAuth client's scopes, grant and response types,
#: redirect and request URIs, resources, ACR values (a `client` is as often a customer: its
#: `client_phone(owner_id, phone)` list stays a person's)
_APP_ATTRIBUTES = frozenset({"scope", "grant", "redirect", "uri", "response", "acr", "resource", "jwk", "jwks"})
#: the columns such a table holds: the owner's key, the value, now and then a second value
_MOST_COLUMNS = 3


def _attribute_tail(table_words: list[str], value: tuple[str, ...]) -> int:
    """How many of the table's last words the value column names, with or without a trailing
    `id` (`client_resource(owner_id, resource_id)`, `authentication_holder_resource_id`)."""
    return _tail(table_words, value) or (_tail(table_words, value[:-1]) if value[-1:] == ("id",) else 0)


def _tail(table_words: list[str], value: tuple[str, ...]) -> int:
    """How many of the table's last words the value column names (`client_grant_type` and
    `grant_type`: 2; `device_code_request_parameter` and `param`: 1, a shortened word); 0 if none."""
    n = len(value)
    if not value or n > len(table_words):
        return 0
    if n == len(table_words):  # `claim_token_format(owner_id, claim_token_format)`: a claim's
        return n - 1 if table_words == list(value) and n > 1 else 0
    tail = table_words[-n:]
    # `client_claims_redirect_uri(owner_id, redirect_uri)`: the value ends the table's name
    if tail == list(value) or (n == 1 and len(value[0]) >= 3 and tail[0].startswith(value[0])):
        return n
    return 0


def collection_owner(entity: str, name: NameTokens, table: str, siblings: Sequence[NameTokens]) -> bool:
    """`client_scope.owner_id` beside `scope` alone: the key of the client whose list this is
    (the table's name is its entity and the value column's name), no one's account."""
    if entity != "ACCOUNT_ID" or name.own not in _OWNER_KEYS or not table or len(siblings) + 1 > _MOST_COLUMNS:
        return False
    if any(s.own in {("id",), ("uuid",)} for s in siblings):
        return False  # a table with its own rows, not a list
    words = [w.lower() for w in tokenize(table.rsplit(".", 1)[-1].strip('"`[]'))]
    for sibling in siblings:
        matched = _attribute_tail(words, sibling.own)
        if matched:
            entity_words = words[:-matched]
            if not entity_words:
                return False
            owner = singular(entity_words[-1])
            return owner not in PEOPLE_HEADS or (owner == "client" and bool(set(words[-matched:]) & _APP_ATTRIBUTES))
    return False
