"""References between a schema's tables: a foreign key means what the key it points to means.

A schema names its references after the table they point to: `application_id` points to
`applications`, `feed_id` to `ttrss_feeds`, MediaWiki's `rev_actor` to `actor`. The gate
has the whole schema, so it can read the reference the way a reviewer does: `application_id`
beside an `applications` table is the key of an application row (not an app package on
someone's phone), `organization_id` the key of an organization; `rc_actor` is a person
exactly when `actor.actor_id` is. A reference takes the entity of the key it points to when
that key is a person's or a device's, and loses what its words alone suggested when the key
is of a thing.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from catalog.checks.model import Detected

#: what a referenced key can pass on to the columns that point to it
PASSED_ON = frozenset({"ACCOUNT_ID", "DEVICE_ID"})
#: a session's cookie is passed on only to a column named after the session: a refresh token's,
#: a vote's or a play log's `session_id` (Ampache's `sid`, Piwigo's `session_idx`) holds the
#: value the browser's cookie carries; the session's other keys and auth steps carry none
SESSION_PASSED_ON = frozenset({"COOKIE_ID"})
#: (not `session_key`: as often the name of a datum kept for a session, Umami's `session_data`)
_SESSION_REFERENCES = frozenset({"session_id", "sessionid", "sid", "session", "session_idx", "sess_id"})


def names_a_session(column: str) -> bool:
    """`session_id`, `sid`, `session`, `current_session_id`: a column named after the session it
    belongs to."""
    return column in _SESSION_REFERENCES or column.endswith("_session_id")
#: a reference's confidence: as sure as a name, since the schema itself says where it points
REFERENCE_SCORE = 0.75
_KEY_SUFFIXES = ("_id", "_uid", "_key", "_fk", "_sk")
#: words that put a key in another system (`provider_account_id`: the account's id at the OAuth
#: provider, not a row of the schema's own `accounts`, whatever that table holds)
_ELSEWHERE = frozenset({"provider", "external", "remote", "upstream", "legacy", "idp", "sso", "ldap", "foreign"})
#: what a column names that is no person even where its key points to a table of principals
_GROUP_WORDS = frozenset({"group", "groups", "team", "role", "parent", "org", "organization", "organisation", "tenant"})


@dataclass(frozen=True)
class Ref:
    table: str  # as written
    column: str  # its own name, lower case, without a table-prefix abbreviation
    target: str = ""  # the table a declared foreign key points it to, lower case without schema


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ses") or word.endswith("xes"):
        return word[:-2]
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _base(table: str) -> str:
    return table.rsplit(".", 1)[-1].strip('"`[]').lower()


def rows_named(base: str) -> str:
    """`prod_ring_history_by_account` -> `prod_ring_history`: a table `X_by_Y` holds Xs grouped or
    keyed by Y (Redshift's and Cassandra's query tables), never Ys, so it is no table of Y that a
    reference named after Y points to, and its `Y_id` is no key of its own."""
    rows, by, _ = base.partition("_by_")
    return rows if by and rows else base


def _stem(column: str) -> str | None:
    """`application_id` -> `application`; `organization_role_id` -> `organization_role`."""
    return next((column[: -len(s)] for s in _KEY_SUFFIXES if column.endswith(s) and len(column) > len(s)), None)


def referenced_tables(tables: Sequence[str]) -> dict[str, str]:
    """Each name a reference may use for a table: `applications` -> application; with a
    project prefix (`ttrss_feeds`) also the name without it (feed)."""
    names: dict[str, str] = {}
    for table in tables:
        names.setdefault(_singular(_base(table)), table)
    for table in tables:  # `ttrss_feed` -> `feed`, `stg_zendesk__user` -> `user`; exact names win
        parts = _singular(rows_named(_base(table))).split("_")
        for cut in range(1, len(parts)):
            if parts[cut]:
                names.setdefault("_".join(parts[cut:]), table)
    return names


def same_layer(names: dict[str, str], table: str, stem: str) -> str | None:
    """The table a reference named `stem` means in its own table's layer or project
    (`silver_orders.customer_id` -> `silver_customers`, not `bronze_customers`), if there is one."""
    own = _base(table)
    return names.get(f"{own.split('_', 1)[0]}_{stem}") if "_" in own and stem else None


def is_key(table: str, column: str) -> bool:
    """`id`, or `<table>_id` (`actor.actor_id`, `stg_zendesk__user.user_id`): the table's own key."""
    if column in {"id", "uuid", "guid", "pk"}:
        return True
    base = rows_named(_base(table))
    if column.endswith("id") and column[:-2] and column[:-2].replace("_", "") in {
            base.replace("_", ""), _singular(base).replace("_", "")}:
        return True  # Zabbix's `profiles.profileid`, `dashboard_user.dashboard_userid`
    stem = _stem(column)
    return bool(stem) and (base.endswith(stem) or _singular(base).endswith(stem))


def same_family(table: str, target: str, stem: str) -> bool:
    """Whether a reference of `table` named `stem` surely means `target`: by its own name
    (`session_id` -> `sessions`), or by its name past a prefix the two tables share
    (`ttrss_entries.feed_id` -> `ttrss_feeds`, `stg_zendesk__ticket.user_id` -> `stg_zendesk__user`).
    Otherwise it may, when no other table ends with the same name: a download log's `session_id`
    beside `agent_session` and `grid_session` means neither."""
    target_base = _singular(_base(target))
    if target_base == stem or "_" not in target_base or not target_base.endswith("_" + stem):
        return True
    prefix = target_base[: -len(stem)]
    own = _base(table)
    return own.startswith(prefix) or own.split("_", 1)[0] == prefix.split("_", 1)[0]


def resolve(refs: Sequence[Ref], detections: list[list[Detected]], key_of: Callable[[str], int | None],
            category_of: Callable[[str], str | None], numeric: Callable[[int], bool],
            prefixed: dict[str, str] | None = None, thing: Callable[[str], bool] = lambda table: False,
            uuid: Callable[[int], bool] = lambda index: False,
            holds_people: Callable[[str], bool] | None = None) -> None:
    """Rewrite, in place, what each reference column was detected as, from its key's detection.
    `key_of(table)` is the index of a table's key column, `numeric(i)` whether column i is of
    a numeric type (a bare `rc_actor` is a reference only then), `uuid(i)` whether it is of a
    UUID type, `prefixed` the tables known by their columns' prefix, `thing(table)` whether a
    table's rows are things, `holds_people(table)` whether anything says a table is about people
    (None: not known)."""
    names = referenced_tables(sorted({r.table for r in refs}))
    for prefix, table in (prefixed or {}).items():
        names.setdefault(prefix, table)  # `gu_id` -> `g_user`, whose own columns are `gu_…`
    declared = {_base(r.table): r.table for r in refs}
    for index, ref in enumerate(refs):
        stem = _stem(ref.column)
        # a declared foreign key says where it points, whatever the column's name
        target = declared.get(ref.target) if ref.target else None
        named = stem if target is None else None
        if target is None:
            target = (same_layer(names, ref.table, stem) or names.get(stem)) if stem else None
            if target is not None and not same_family(ref.table, target, stem or "") and sum(
                    _singular(_base(t)).endswith("_" + (stem or "")) for t in {r.table for r in refs}) > 1:
                target = None  # `filedownload.session_id`: `agent_session` or `grid_session`? neither
        if target is None and stem and "_" in stem and "bank" not in stem.split("_") and not ref.target:
            # `manager_staff_id` -> staff: a role, then a table of people (a bank account is no one's login)
            parts = stem.split("_")
            named = next((t for t in ("_".join(parts[cut:]) for cut in range(1, len(parts))) if t in names), None)
            target = names[named] if named is not None else None
            role_key = key_of(target) if target is not None and target != ref.table else None
            if role_key is not None and not detections[role_key] and thing(target) \
                    and stem.split("_", 1)[0] not in _ELSEWHERE:
                # `asset_account_id` -> a ledger's `account`: a role of a thing, no one's account
                detections[index] = [d for d in detections[index] if d.entity != "ACCOUNT_ID"]
            if role_key is None or not any(d.entity in PASSED_ON for d in detections[role_key]):
                target = None
        if target is None and numeric(index) and not ref.target and ref.column.rsplit("_", 2)[-2:-1] != ["per"]:
            # (Zen Cart's `coupons.uses_per_user`: a limit per person, no one's key)
            named = ref.column.rsplit("_", 1)[-1]
            target = names.get(named)  # `rev_actor` -> actor
        if target is None and not ref.target and stem is None and names_a_session(ref.column):
            # Ampache's `user_vote.sid` -> `session`: a table of sessions by that name alone (not
            # Hydra's `…_authentication_session`, beside which a JWK's `sid` is a key set's id)
            target = next((t for t in sorted(declared.values()) if _singular(_base(t)) == "session"), None)
        if target is None or target == ref.table:
            continue
        key = key_of(target)
        if key is None or key == index:
            continue
        if not ref.target and ((uuid(index) and numeric(key)) or (numeric(index) and uuid(key))):
            continue  # Danbooru's `user_events.session_id uuid` holds no `user_sessions.id bigint`
        if ref.target and stem and set(stem.split("_")) & _GROUP_WORDS:
            continue  # DAViCal's `group_member.group_id` to `principal`: a group's key, not a person's
        passed = [d for d in detections[key] if d.entity in PASSED_ON
                  or (d.entity in SESSION_PASSED_ON and names_a_session(ref.column))]
        if passed:
            category = category_of(passed[0].entity)
            if category and not any(d.entity == passed[0].entity for d in detections[index]):
                detections[index] = [Detected(category=category, confidence=REFERENCE_SCORE, entity=passed[0].entity)]
        elif not detections[key]:
            # the key of a thing: keep only what says a person outright, and not even that when
            # the words that said it are the thing's name (`data_source_profile_id` points to
            # `data_source_profiles`, settings, not a person's profile)
            if ref.target and declared.get(ref.target) == target and stem is None:
                # a declared key to a row that is no one's (`ar.entity_credit_account`); a name that
                # says a key of its own (`identity_id`, part of a key of several columns) keeps its words
                detections[index] = []
                continue
            # `manager_id` named after `snmpagent_managers`; a declared key to a thing (`asset_account_id`
            # to a ledger's `account`)
            named_after = (bool(named) and _singular(_base(target)).endswith(named)) or (
                bool(ref.target) and declared.get(ref.target) == target)
            # a declared foreign key to a table nothing says is about people (an ORM's
            # `ForeignKey(Check)`: healthchecks' `api_ping.owner_id` is the check's key)
            of_a_thing = bool(ref.target) and declared.get(ref.target) == target and holds_people is not None \
                and not holds_people(target)
            # the key of a table of people's devices is a device's id, as the column's name says
            # (Tamanu's `encounters.device_id` -> `devices(id, registered_by_id)`: the tablet the
            # record was made on); not of a catalogue of models (Safecast's `devices(manufacturer,
            # model)`) nor of a wallet app's registrations (`passbook_devices(device_id, push_token)`)
            device_key = _singular(_base(target)).rsplit("_", 1)[-1] == "device" and any(
                d.entity == "ACCOUNT_ID" for i, other in enumerate(refs) if other.table == target and i != key
                for d in detections[i])
            detections[index] = [d for d in detections[index] if (d.entity == "DEVICE_ID" and device_key) or (
                d.entity == "ACCOUNT_ID" and not (named_after and thing(target)) and not of_a_thing)]
