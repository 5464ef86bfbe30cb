"""How a schema's column names are read when there are no values to lean on.

A data scan weighs a name against the values under it; a schema has only the name, its type
and the table around it. So the static check reads names more carefully than a scan needs to:

- run-together lower-case names (`callingstationid`, `fromip`, `nasipaddress`) are split into
  the words the recognizers know (a dynamic programme over their vocabulary, the same one that
  splits other languages' compounds: `classifiers.names.split_words`);
- a list of keys is named like one key (`user_ids`);
- the head word of a name says what the column is: `to_user`, `traced_user` and a bare
  `account` name an account; `market_manager` or `reviewer` in a text column names a person;
  `watcher_uri` is the address of a person, not a page someone visited;
- the table says what its generic names mean: a `url` or an `event` is a visited page or an
  action of a user only in a table that records what people did (page views, clicks, events),
  a `display_name` in a table of devices names the device, a `state` beside street and city
  columns is a region, the `content` of a table of messages is what someone wrote and the
  `name` of a table of accounts is the login.
"""
from __future__ import annotations

import re

from collections.abc import Sequence
from functools import lru_cache

from catalog.checks.static_refs import is_key
from classifiers.names import ABBREVIATIONS, NameTokens, expand, split_words, tokenize
from classifiers.recognizer import FieldRecognizer

#: words that join the recognizers' words in real names (`from_ip`, `called_by`, `to_user`)
_JOINING_WORDS = frozenset({"from", "to", "by", "of", "for", "at", "on", "in", "src", "dst", "last", "first"})
#: a run-together name is split only when it is at least this long (`fromip`, `toip`: 4)
_MIN_RUN = 4


@lru_cache(maxsize=4)
def _vocabulary(recognizers: tuple[FieldRecognizer, ...]) -> frozenset[str]:
    words: set[str] = set(_JOINING_WORDS)
    for recognizer in recognizers:
        for phrase in (*recognizer.names, *recognizer.weak_names):
            words.update(tokenize(phrase))
    for expansion in ABBREVIATIONS.values():
        words.update(expansion)
    # two-letter parts only when they are words of their own (`from|ip`, `to|user`), not
    # fragments (`sess` is no `se|ss`)
    return frozenset(word for word in words if word.isalpha() and (len(word) >= 3 or word in _SHORT_WORDS))


_SHORT_WORDS = frozenset({"id", "ip", "to", "by", "of", "at", "on", "in", "os", "tz"})


def _singular_id(word: str) -> str:
    """`user_ids`, `device_uuids`: a list of keys is named like one key. (Other plurals stay:
    `actions`, `joined_members` and `messages_json` are counts and payloads more often than not.)"""
    return {"ids": "id", "uuids": "uuid", "guids": "guid", "uids": "uid"}.get(word, word)


def _split_run(token: str, known: frozenset[str]) -> list[str] | None:
    """Known words run together, after at most one unknown leading modifier (`nas|ip|address`,
    `framed|ip|address`: the modifier says which address, the words what it is)."""
    if _COMPOUND_WORD.match(token):
        return None
    parts = split_words(token, known)
    if parts:
        return parts
    if _DERIVED_WORD.search(token):
        return None  # `explanation` is a word of its own, not `expla|nation`
    for cut in range(_MIN_MODIFIER, len(token) - _MIN_PREFIXED_REST + 1):
        rest = token[cut:]
        parts = [rest] if rest in known else split_words(rest, known)
        if parts:
            return [token[:cut], *parts]
    return None


#: a word with an ordinal glued to it (`ip2`, `email2`): one more of the same field
_NUMBERED = re.compile(r"^([a-z]{2,})\d{1,2}$")
#: words whose number says which part (`line1`, `line2` of an address), not one more of the same
_NUMBERED_PARTS = frozenset({"line"})
#: English derivational endings: a token ending so is one word (`explanation`, `settlement`)
_DERIVED_WORD = re.compile(r"(ation|ition|ution|sion|ment|ness|ance|ence|ship|hood)$")
#: compounds that are words of their own (`entrypoint`, `endpoint`, `checkpoint`: no `entry|point` on a map)
_COMPOUND_WORD = re.compile(r".{3,}points?$")
#: the known words after an unknown modifier spell at least this many letters (`ipaddress`)
_MIN_PREFIXED_REST = 5
#: an unknown modifier has at least three letters (`nas`): two are a prefix of a word that is no
#: name (`re|source`, `un|subscribe`)
_MIN_MODIFIER = 3


def schema_name(name: str, recognizers: Sequence[FieldRecognizer]) -> NameTokens:
    """The tokens of a column's own name, run-together words split and `ids` read as `id`."""
    known = _vocabulary(tuple(recognizers))
    words: list[str] = []
    for token in tokenize(name):
        numbered = _NUMBERED.match(token)
        if numbered and token not in known and numbered.group(1) in known and numbered.group(1) not in _NUMBERED_PARTS:
            token = numbered.group(1)  # SMF's `member_ip2`, `address2`: the second of the same field
        parts = None if token in known or token in ABBREVIATIONS or len(token) < _MIN_RUN else _split_run(token, known)
        words.extend(_singular_id(p) for p in (parts or [token]))
    if len(words) > 2 and words[-2] == "object" and words[-1] in KEY_WORDS:
        del words[-2]  # Icinga's `contact_object_id`: the key of a contact (an object of its config)
    if len(words) >= 2 and words[-1] in KEY_WORDS and tuple(tokenize(name))[-1:] == (words[-1],) \
            and words[-2] not in known and singular(words[-2]) in known:
        # (not a list of keys: Synapse's `subjects_ids` are ids of several subjects, no one's key)
        words[-2] = singular(words[-2])  # osCommerce's `customers_id`: the key of a row of `customers`
    return NameTokens(own=expand(tuple(words)), parent=(), raw=name)


def singular(word: str) -> str:
    """`views` -> `view`, `identities` -> `identity`, `addresses` -> `address`, `boxes` -> `box`."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def table_words(table: str) -> set[str]:
    """Words of a table's own name, singular: `public.page_views` -> {page, view}."""
    words = expand(tokenize(table.rsplit(".", 1)[-1].strip('"`[]')))
    return {singular(w) for w in words}


# -- the head word -------------------------------------------------------------------------
#: head words that name an account on their own (`to_user`, `traced_user`, `account`,
#: `orders.customer`): the ACCOUNT_ID recognizer's weak names, when they end the name
ACCOUNT_HEAD_SCORE = 0.75
#: people by the part they play in a record: a text column so named holds who it was
PERSON_ROLES = frozenset({
    "manager", "supervisor", "reviewer", "approver", "assignee", "reporter", "requester", "inviter", "invitee",
    "sender", "recipient", "receiver", "author", "creator", "signer", "signatory", "witness", "sponsor", "guardian",
    "spouse", "physician", "doctor", "nurse", "teacher",
    # a health record's clinicians (FHIR's and NHS OLIDS' `practitioner_id`)
    "practitioner", "clinician", "dentist", "pharmacist", "therapist", "surgeon", "midwife", "instructor", "tutor", "coach", "employee", "attendee",
    "organizer", "organiser", "host", "caller", "callee", "beneficiary", "referee", "landlord", "tenant",
    "salesperson", "salesman", "rep", "representative", "underwriter", "adjuster", "dispatcher", "technician",
    # who owes a direct debit (a SEPA mandate's `debtor_name`)
    "debtor",
    # who holds a licence (a self-hosted product's `licensee_name`, `licensee_email`)
    "licensee",
    # a machine's or a site's point of contact (Zabbix's `host_inventory.poc_1_name`)
    "poc",
    # who made a commit beside its author (Travis CI's `commits.committer_name`); who examined a
    # patient or assessed a claim (Tamanu's `encounters.examiner_id`)
    "committer", "examiner", "assessor"})
#: of these, the ones that are just as often a machine or a thing (`host`, `rep`)
_AMBIGUOUS_ROLES = frozenset({"host", "rep", "representative", "dispatcher"})
PERSON_ROLE_SCORE = 0.7
#: the address (`*_uri`, `*_url`) of one of these is a person's address, e.g. a SIP URI
_ADDRESS_WORDS = frozenset({"uri", "url", "sip"})
_ADDRESSED_PEOPLE = frozenset({"user", "subscriber", "watcher", "presentity", "caller", "callee", "owner", "member",
                               "contact", "sender", "recipient", "receiver", "participant", "attendee", "customer",
                               "author", "inviter", "invitee", "peer"})  # (an `account_url` is a page)


#: a name that asks a question is a flag (`is_guest`, `has_owner`), whatever its type says
_FLAG_PREFIXES = frozenset({"is", "has", "can", "was", "should", "allow", "allows", "enable", "enabled", "use", "show"})


#: table heads of the people taking part in one record (a document's recipients, a meeting's
#: attendees, a thread's collaborators, a share's or a team's members): their `role` there
#: (signer, viewer, organiser, recruiter) is the part they play in that record, not the identity
#: they registered as on the platform (an invitation's role is the one the invitee will hold:
#: Documenso's `organisationMemberInvite.organisationRole`)
_PARTICIPANT_HEADS = frozenset({"recipient", "attendee", "participant", "collaborator", "member", "share", "team"})


#: heads that are the platform's own people when bare (SMF's `members`): a participant only as the
#: member of something named before them (`space_members`, `relation_members`, `hiring_team`)
_MEMBERSHIP_HEADS = frozenset({"member", "team"})


def role_in_a_record(table: str) -> bool:
    """`recipient.role`, `calendar_attendee.role`, `space_members.role`: a participant's part in
    one record (its table's head says whose rows it keeps), no role on the platform."""
    head = table_head(table)
    return head in _PARTICIPANT_HEADS and (head not in _MEMBERSHIP_HEADS or len(table_words(table)) > 1)


def role_head(name: NameTokens) -> bool:
    """`market_manager`, `reviewer`: a person named by a role, who is not the row's subject."""
    return bool(name.own) and name.own[-1] in PERSON_ROLES


def done_by(name: NameTokens) -> bool:
    """`resolved_by`, `last_updated_by`, `granted_by`: who did something to the record, a person.
    (A data scan also weighs the values, where `created_by` often holds `system` or a job's
    name; a schema has only the name, and the name says a person.)"""
    own = name.own
    if own[-1:] in _ACTOR_KEYS and own[-2:-1] == ("by",):  # `created_by_id`: the key of who did it
        own = own[:-1]
    elif own[-2:] in _ACTOR_KEYS and own[-3:-2] == ("by",):  # `submitted_by_user_id`
        own = own[:-2]
    if own[-2:-1] and own[-2] in (_THINGS_DO if own is not name.own else _RECORDS_DO):
        return False  # `caused_by_id`, `replaced_by`: the event or the record that caused or replaced this one
    if own[-2:-1] and own[-2] in _DATA_ARRANGED:
        return False  # Lago's `fees.grouped_by jsonb`: the keys rows are grouped by, no one's
    return len(own) >= 2 and own[-1] == "by" and own[-2].endswith("ed") and len(own[-2]) > 3


#: what follows `…ed_by` when the column holds the doer's key (Salesforce's `created_by_id`,
#: `last_modified_by_id`; Greenhouse's `submitted_by_user_id`)
#: what things do to each other (`caused_by_id`, `replaced_by_id`, `blocked_by_id`): the key of a thing
_THINGS_DO = frozenset({"caused", "obsoleted", "triggered", "generated", "replaced", "superseded", "followed", "preceded",
                        "referenced", "referred", "derived", "spawned", "blocked", "linked", "merged", "duplicated",
                        "covered", "billed", "fulfilled", "shipped", "powered", "backed", "hosted", "served"})
#: how rows or data are arranged (`grouped_by`, `sorted_by`, `partitioned_by`): by keys, not by someone
_DATA_ARRANGED = frozenset({"grouped", "sorted", "partitioned", "clustered", "indexed", "keyed", "aggregated",
                            "bucketed", "sharded", "segmented", "pivoted"})
_ACTOR_KEYS = frozenset({("id",), ("uid",), ("user",), ("user", "id"), ("userid",), ("key",)})
#: of these, what only a record does to a record, said without a key (`replaced_by`,
#: `superseded_by`); a bare `referred_by`, `followed_by` or `blocked_by` is as often a person
_RECORDS_DO = frozenset({"caused", "obsoleted", "replaced", "superseded", "derived", "spawned", "duplicated"})
#: what a queue's worker does to a job (delayed_job's and GoodJob's `locked_by`, a lease's
#: `claimed_by`): in a table of jobs the doer is a worker process (`host:pid`), not a person
_WORKER_DOES = frozenset({"locked", "claimed", "leased", "reserved", "picked", "processed", "executed", "run"})
_JOB_TABLE_WORDS = frozenset({"job", "queue", "worker", "task", "lock", "lease"})


def worker_did(name: NameTokens, table: set[str]) -> bool:
    """`delayed_jobs.locked_by`, `good_jobs.locked_by_id`: the worker that holds a queued job;
    a CMS page's `locked_by` (no job in its table) stays the editor who locked it."""
    own = name.own[:-1] if name.own[-1:] in _ACTOR_KEYS else name.own
    return len(own) >= 2 and own[-1] == "by" and own[-2] in _WORKER_DOES and bool(table & _JOB_TABLE_WORDS)


#: head words of tables whose rows are people (`contacts`, `user_identities`)
PEOPLE_ROWS = frozenset({"user", "customer", "member", "contact", "identitie", "identity", "person", "people",
                         "profile", "subscriber", "employee", "patient", "student", "author", "recipient", "sender",
                         "address", "staff", "agent", "admin", "administrator", "practitioner",
                         # a CRM's or a marketing automation's lead: a person who may buy (Marketo, Salesforce)
                         "lead",
                         # who takes part in, is invited to or attends an event or a poll (a scheduler's
                         # `participants`, a calendar's `attendees`, `invitees`)
                         "participant", "attendee", "invitee"})
#: the staff member who took an order or a payment at the counter (TPC-H's `o_clerk`)
COUNTER_STAFF = frozenset({"clerk", "cashier", "teller"})
#: people by the part they play who are referred to, not named: `rev_actor`, `by_principal`,
#: `grantee`: a reference to a person whatever the column's type
PERSON_REFERENCES = frozenset({"actor", "principal", "grantee", "grantor", "submitter", "uploader", "approver",
                               "assignee", "requester", "inviter", "invitor", "invitee", "moderator", "delegate",
                               # the parties of a claim or a procedure: who claims, who holds the
                               # policy, who performed the act (an adjuster; FHIR's `performer`)
                               "claimant", "policyholder", "performer"}) | COUNTER_STAFF
#: people by the part they play, named so only before a key (`recruiter_id`, `updater_id`,
#: Salesforce's `who_id` beside its `what_id`): bare, the word is as often a thing or a setting
#: (an `editor` preference, a film's `poster`), so these count with a key word only
KEYED_PERSON_ROLES = frozenset({"recruiter", "coordinator", "interviewer", "updater", "editor", "reportee",
                                "accessor", "poster", "mentor", "who",
                                # FHIR's who recorded and who asserted a condition, who took part in an encounter
                                "recorder", "asserter", "participant"})
#: the people a dimensional model's or TPC-H's surrogate key is named after (`customer_key`,
#: `employee_key`, TPC-H's `c_custkey`): never a secret's holder, unlike a `client_key`,
#: `account_key`, `owner_key` or `sender_key` (an API's or a protocol's key)
_KEYED_PEOPLE = frozenset({"customer", "cust", "employee", "emp", "member", "patient", "student", "guest", "buyer",
                           "shopper", "subscriber", "contact", "person", "player", "passenger", "driver", "rider",
                           "traveler", "traveller", "volunteer", "applicant", "candidate", "voter", "resident"})


def person_key_as_id(parts: list[str]) -> list[str]:
    """`customer_key`, `custkey` -> `customer_id`, `cust_id`: a warehouse's key of a person's row
    (Kimball's `_key`, TPC-H's `custkey`) is that person's id, as a `_sk` is."""
    last = parts[-1].lower() if parts else ""
    if len(parts) > 1 and last == "key" and parts[-2].lower() in _KEYED_PEOPLE:
        return [*parts[:-1], "id"]
    if last.endswith("key") and last[:-3] in _KEYED_PEOPLE:
        return [*parts[:-1], last[:-3], "id"]
    return parts


#: roles that are as often an organization as a person: a SaaS `tenant_id` is a customer company
_ORGANIZATION_ROLES = frozenset({"tenant", "sponsor", "beneficiary", "landlord", "host"})
#: the words of a key (`submitter_id`, `owner_uid`)
KEY_WORDS = frozenset({"id", "uid", "key", "fk", "ref", "uuid", "guid", "no"})


def head_word_entity(name: NameTokens, text_type: bool, account_words: frozenset[str]) -> str | None:
    """The entity a name's head word names by itself, when nothing else in the name does. A
    plural head (`joined_members`) counts people rather than naming one."""
    own = name.own
    if not own or tokenize(name.raw)[-1:] != own[-1:] or own[0] in _FLAG_PREFIXES:
        return None
    if "of" in own[1:-1]:
        # Synapse's `terms_of_user`, `number_of_members`: what is named comes before `of`, whose
        # it is after; the head is the terms, the number
        return None
    head = own[-1]
    # (FHIR flattened: `note_author_reference`, `performer_actor_reference`: a Reference to who)
    if (head in KEY_WORDS or head == "reference") and len(own) > 1 and (own[-2] in PERSON_REFERENCES or own[-2] in PERSON_ROLES
                                               or own[-2] in KEYED_PERSON_ROLES or own[-2] == "identity") \
            and own[-2] not in _AMBIGUOUS_ROLES | _ORGANIZATION_ROLES or own == ("subject", "id"):
        return "ACCOUNT_ID"  # `submitter_id`, `reviewer_id`, a token's `subject_id`: the key of a person
    if head in PERSON_REFERENCES and not (text_type and head in PERSON_ROLES):
        return "ACCOUNT_ID"  # `rev_actor`, `by_principal`: who, by reference
    if head in _ADDRESS_WORDS and len(own) > 1 and own[-2] in _ADDRESSED_PEOPLE:
        return "ACCOUNT_ID"  # `watcher_uri`, `presentity_uri`: the address a person is reached at
    if head in account_words:
        return "ACCOUNT_ID"  # `to_user`, `traced_user`, `first_inviter`, `account`
    if text_type and head in PERSON_ROLES and head not in _AMBIGUOUS_ROLES:
        return "PERSON"
    return None


# -- the table -----------------------------------------------------------------------------
#: tables whose rows are what people did: only there is a bare `url` a page visited or a bare
#: `event` an action of a user
ACTIVITY_TABLE_WORDS = frozenset({
    "event", "activity", "track", "tracking", "analytics", "click", "interaction", "log", "history", "session",
    "pageview", "view", "visit", "hit", "action", "behavior", "behaviour", "impression", "navigation", "browsing",
    "traffic", "request", "access", "audit", "telemetry", "engagement", "conversion", "screen", "touch", "tap",
    "clicked",
    # who is online and on which page (OpenCart's `customer_online(ip, customer_id, url, referer)`)
    "online"})
#: name words that say a visit whatever the table (`page_url`, `referrer`, `landing_page`)
_VISIT_WORDS = frozenset({"page", "referrer", "referer", "visited", "landing", "entry", "exit", "clicked", "browsing",
                          "deep", "deeplink", "current", "previous", "prev", "next", "pageview", "view", "href"})
#: generic names of the two activity entities, which the table must confirm
_GENERIC_ACTIVITY = {"VISITED_URL": frozenset({"url", "uri", "path", "route", "request", "link", "location", "target",
                                               "destination", "redirect"}),
                     "BEHAVIORAL_EVENT": frozenset({"event", "action"})}


def tracked_event(siblings: Sequence[NameTokens]) -> bool:
    """A row an analytics tracker wrote (Segment's and RudderStack's one table per event,
    `order_completed`, `logged_in`): beside the visitor's `anonymous_id` or the event's
    `context_*` (page, IP, user agent), whatever the table is called, the row is something a
    visitor did, and its `event` and `event_text` name what."""
    return any(s.own == ("anonymous", "id") or (s.own[:1] == ("context",) and len(s.own) > 1) for s in siblings)


def activity_unconfirmed(entity: str, name: NameTokens, table: set[str]) -> bool:
    """True when a generic name (`url`, `uri`, `event`) stands in a table of things rather than
    of what people did: a page's own URL, a cache's URL, a subscription's event package."""
    generic = _GENERIC_ACTIVITY.get(entity)
    if generic is None or not set(name.own) & generic:
        return False
    if entity == "VISITED_URL" and set(name.own) & _VISIT_WORDS:
        return False
    if entity == "BEHAVIORAL_EVENT" and len(name.own) > 1 and name.own[-1] not in generic:
        return False  # `event_name`, `event_type`, `user_action` say an event was recorded
    return not table & ACTIVITY_TABLE_WORDS


#: a table of devices: its names are the devices' names
DEVICE_TABLE_WORDS = frozenset({"device", "handset", "phone", "hardware", "terminal"})
_PERSONAL_NAME_WORDS = frozenset({"first", "last", "full", "given", "family", "middle", "user", "owner", "real",
                                  "legal", "nick", "nickname", "person", "contact", "customer"})


#: head words that make a name a property of what its other words name: `user_email_token`,
#: `email_authenticated`, `username_policy`, `email_blocklist_policy` hold a token, a time or a
#: rule, not the e-mail or the user name
_PROPERTY_HEADS = frozenset({
    "token", "hash", "digest", "checksum", "filter", "policy", "policies", "rule", "rules", "expires", "expiry",
    "expiration", "authenticated", "verified", "confirmed", "validated", "template", "templates", "format", "pattern",
    "regex", "blocklist", "blacklist", "allowlist", "whitelist", "enabled", "disabled", "required", "setting", "settings", "config",
    "configuration", "mode", "method", "methods", "limit", "length", "visibility", "strategy", "provider", "field",
    "fields", "label", "placeholder", "schema", "opts", "options",
    # Mailchimp's `member.email_client`: the program the member reads mail with, no address
    "client",
    # `billing_address_company`, `credit_card_company`: the company the address or card belongs to;
    # `email_marketing_consent_state`: a state; `owner_resource`: what kind of thing the owner is;
    # `age_range`: a range of ages, no one's age
    "company", "state", "status", "consent", "resource", "range", "domain",
    # a plan's `email_rate_limits` and `email_quota`: how many mails it may send; a lead's
    # `email_invalid` (Marketo): whether mail to the address bounces
    "limits", "quota", "quotas", "invalid",
    # a signing credential's `signature_algorithm`: how it signs, no one's signature
    "algorithm", "algorithms", "algo",
    # an address matcher's `postcode_quality`, `address_format_quality`: how good a match is
    "quality"})


def property_of(name: NameTokens) -> bool:
    """`user_email_token`, `username_policy`: the head word names what the column is, and it is
    a property (a token, a rule, a time) of what the other words name."""
    return len(name.own) > 1 and name.own[-1] in _PROPERTY_HEADS


#: words that make the rest of a name say which setting it is (`email_encoding_key`,
#: `email_preferences_auto_bcc`: how mail is encoded or copied, no address)
_SETTING_WORDS = frozenset({"encoding", "charset", "preferences", "preference", "prefs",
                            # phpBB's `user_post_sortby_dir`: how a member sorts posts
                            "sortby", "sort"})
#: what a `…_for_<someone>` name is when its first words say a setting (`case_access_for_account_owner`)
_GRANTED_THINGS = frozenset({"access", "permission", "permissions", "level", "limit", "quota", "discount", "visibility"})


def setting_of(name: NameTokens) -> tuple[str, ...]:
    """The words that say what a setting-like name holds, or () for another name: `X_for_<someone>`
    is an X granted to someone (`opportunity_access_for_account_owner`: an access level), and a
    name with a setting word past its first (`email_encoding_key`) is that setting."""
    own = name.own
    if "for" in own[1:-1] and own[own.index("for") - 1] in _GRANTED_THINGS:
        return own[:own.index("for")]
    if len(own) > 1 and set(own[1:]) & _SETTING_WORDS:
        return tuple(w for w in own[1:] if w in _SETTING_WORDS)
    return ()


#: table head words (singular) whose rows are people, or a person's place in something
PEOPLE_HEADS = frozenset({"user", "customer", "member", "membership", "contact", "identity", "person", "people",
                          "profile", "subscriber", "employee", "patient", "student", "author", "recipient", "sender",
                          "actor", "principal", "account", "participant", "attendee", "player", "guest", "client",
                          "buyer", "seller", "shopper", "agent", "staff", "owner", "follower", "friend", "roster",
                          "directory", "address", "registration", "signup", "applicant", "candidate", "voter",
                          "passenger", "driver", "rider", "traveler", "traveller", "volunteer", "resident", "admin",
                          "administrator", "practitioner",
                          # a CRM's lead: a person who may buy (Salesforce's and Marketo's `Lead`)
                          "lead"})


#: last words of a table name that say "about the word before" (`user_auth`, `customer_info`,
#: `member_details`, `k_customer_data`): the word before is the head
#: (`sync`: a warehouse's export of changed rows to another system, Braze's `changed_users_sync_v1`;
#: `history`: a Fivetran history table keeps every version of a row, Intercom's `contact_history`)
_GENERIC_TABLE_TAILS = frozenset({"auth", "info", "information", "data", "detail", "details", "master", "record", "records",
                                  "sync", "history"})


def table_head(table: str) -> str:
    """The last word of a table's own name, singular: `user_sso_identities` -> `identity`;
    `user_auth` (Cacti's accounts) -> `user`."""
    words = expand(tokenize(table.rsplit(".", 1)[-1].strip('"`[]')))
    if "by" in words[1:-1]:  # `ring_history_by_account`, `sales_by_store`: rings, sales; by account, by store
        words = words[:words.index("by", 1)]
    if len(words) > 1 and _VERSION.match(words[-1]):
        words = words[:-1]  # `users_v1`, `stripe_plans_v2`: a warehouse's versioned table
    if len(words) > 1 and words[-1] in _GENERIC_TABLE_TAILS:
        words = words[:-1]
    return singular(words[-1]) if words else ""


#: generic tails of a table that is still its head's row (`customers_info`: the customer's own
#: row told in a second table), unlike a `history` of events
SAME_ROW_TAILS = _GENERIC_TABLE_TAILS - {"history", "sync"}
_VERSION = re.compile(r"^v?\d+$")


#: table head words (singular) of a program's own parts and settings: their rows are things,
#: whatever word of a person modifies them (`g_user_module_instance`, `user_auth_scheme_plugin`)
SOFTWARE_HEADS = frozenset({"module", "instance", "plugin", "extension", "backend", "connector", "integration",
                            "middleware", "scheme", "realm", "template", "setting", "config", "configuration",
                            # a CRM API's description of an object's fields (Marketo's `lead_describe`)
                            "describe"})
#: modifiers that make a `profile` a person's (`user_profiles`, `public_profile`)
_PERSONAL_PROFILE = frozenset({"personal", "social", "public", "private", "my"})


def role_without_person(table: str, columns: Sequence[NameTokens]) -> bool:
    """`candidate(candidate_id, session_id, extracted_at)`: a table named by a role that is as
    often a thing (a decision's candidates, AI agents, OAuth clients), holding nothing a person
    has: its rows are things."""
    return table_head(table) in _AMBIGUOUS_PEOPLE and not any(set(c.own) & _PERSONAL_ATTRIBUTES for c in columns)


def thing_table(table: str) -> bool:
    """`g_user_module_instance`, `data_source_profiles`: rows of a program's parts or of named
    settings (`data_source_profiles` hold steps and heartbeats: a profile of a data source, not
    of a person)."""
    head = table_head(table)
    if head in SOFTWARE_HEADS:
        return True
    if head == "agent" and table_words(table) & _PROGRAM_TASKS:
        return True  # phpIPAM's `scanagents`: programs that scan, not a help desk's agents
    # a warehouse names a table after where it came from, `__` apart (dbt's
    # `raw__mitlearn__app__postgres__profiles_profile`): only the last part is the table's own
    own = table.rsplit(".", 1)[-1].strip('"`[]').rsplit("__", 1)[-1]
    others = table_words(own) - {head}
    return head == "profile" and bool(others) and not others & (PEOPLE_HEADS | _PERSONAL_PROFILE)


def names_a_thing(name: NameTokens, table: str) -> bool:
    """`ticket_forms.display_name`, `brands.name`, `collection.dav_displayname`,
    `shop.plan_display_name`: a bare or display name in a table whose rows are not people names
    the row's thing (or the thing its other words name)."""
    if not name.own or name.own[-1] not in {"name", "displayname"} or set(name.own) & _PERSONAL_NAME_WORDS:
        return False
    display = name.own[-1] == "displayname" or name.own[-2:] in {("display", "name"), ("friendly", "name")}
    if not display and (len(name.own) > 2 or (
            len(name.own) == 2 and name.own[0] not in {"display", "friendly", "dav", "short", "long"})):
        return False
    return thing_table(table) or (table_head(table) not in PEOPLE_HEADS and not table_words(table) & PEOPLE_HEADS)


#: tables about people whose rows are not people: their keys number addresses and entries
_NOT_PEOPLE_KEYS = frozenset({"address", "directory", "roster", "registration", "signup", "membership"})


def key_of_people(table: str, siblings: Sequence[NameTokens], own: tuple[str, ...] = ()) -> bool:
    """Is the bare key (`id`) of this table a person's account id? Only when the table's head
    word says its rows are people (`users`, `actor`), and no other column of it points to a
    person: `users_roles.id`, `daily_active_users.id` (beside `user_id`) and
    `settings_profiles.id` (beside `owner_uid`) number rows about someone."""
    head = table_head(table)
    if head not in PEOPLE_HEADS - _NOT_PEOPLE_KEYS or thing_table(table):
        return False
    if own == ("id",) and any(len(s.own) == 2 and s.own[0] == head and s.own[1] in KEY_WORDS for s in siblings):
        # OLIDS' `appointment_practitioner(id, appointment_id, practitioner_id)`, FOSSBilling's
        # `activity_admin_history(id, admin_id)`: the person's key is beside, named after the
        # table's head; the bare `id` numbers the record of them
        return False
    if head in _AMBIGUOUS_PEOPLE and not any(set(s.own) & _PERSONAL_ATTRIBUTES for s in siblings):
        return False  # a decision's `candidate(candidate_id, session_id)`: options, not applicants
    if head == "client" and table_words(table) & _APP_REGISTRY_WORDS:
        return False  # `oauth_clients(id, name, redirect_uri)`: applications
    if head in {"member", "membership"} and any(len(s.own) == 2 and s.own[-1] in KEY_WORDS and s.own[0] in PEOPLE_HEADS
                                                for s in siblings):
        return False  # FOSSBilling's `admin_group_member(id, admin_id)`: the admin is the member, the row a link
    # a dbt model of users keys its rows by `user_id` and has no bare `id`: that is its own key
    own_key = own != ("id",) and ("id",) not in {s.own for s in siblings}
    if head in _PERSON_KINDS and any(s.own in _OWN_ATTRIBUTES for s in siblings):
        # a row that holds the person's own name or e-mail is the person, whoever else it points
        # to by a role: a CRM contact's `owner_id` (the sales rep), a user's `manager_id`; but a
        # bare `id` beside its person's key (WebAuthn's `webauthn_users(id, username, user_id)`)
        # numbers a record of that person
        return own_key or not any(s.own[:-1] == (head,) and s.own[-1] in KEY_WORDS for s in siblings)
    # the word before the key says what it points to: `user_role_id` (listmonk's `users`) is a
    # role's key that a user has, `owner_uid` and `author_user_id` point to a person
    return not any(len(s.own) > 1 and s.own[-1] in KEY_WORDS and s.own[-2] in _PERSON_KEYS
                   and "bank" not in s.own  # `customer.bank_account_id` points to no person
                   and not (own_key and s.own[:-1] == (head,))
                   # Feedbin's `users.customer_id`: a person's record of another kind (a billing
                   # system's customer, a CRM's contact), or the customer they belong to; either
                   # way the row is still the person (a login identity's `user_id` is its owner)
                   and not (head in _PERSON_KINDS and len(s.own) == 2 and s.own[0] in _PERSON_KINDS
                            and s.own[0] != head)
                   and not _id_elsewhere(s.own, head) or s.own == ("uid",) for s in siblings)


#: systems a person's row may keep their id in: rauthy's `users.webauthn_user_id` (the user
#: handle of their passkeys), an `external_user_id`, a `ldap_user_id`
_OTHER_SYSTEMS = frozenset({"webauthn", "external", "ext", "ldap", "legacy", "remote", "federated", "federation",
                            "upstream", "sso", "saml", "oidc", "oauth", "idp", "scim", "auth0", "firebase",
                            "cognito", "okta", "keycloak", "stripe", "crm", "platform", "global", "origin",
                            "original", "orig", "migrated", "imported", "import"})


def _id_elsewhere(own: tuple[str, ...], head: str) -> bool:
    """`users.webauthn_user_id`: the same person's id in another system, not a pointer to
    another person (`users.referrer_user_id` is one)."""
    return len(own) > 2 and own[-2] == head and all(word in _OTHER_SYSTEMS for word in own[:-2])


#: table heads that name people as often as things (a decision's candidates, an AI agent, an
#: OAuth client, a device driver): a table of people only beside something a person has
_AMBIGUOUS_PEOPLE = frozenset({"candidate", "agent", "client", "driver", "player",
                               # a ledger's chart of accounts (`account(accno, heading, contra)`)
                               "account"})
#: words of a table of an authorization server's registered applications
_APP_REGISTRY_WORDS = frozenset({"oauth", "oauth2", "oidc", "openid", "api", "app", "saml", "sso"})
_PERSONAL_ATTRIBUTES = frozenset({"name", "email", "mail", "phone", "mobile", "birth", "dob", "birthday", "address",
                                  "username", "login", "surname", "firstname", "lastname", "gender", "sex", "age",
                                  "nickname", "avatar", "photo", "fullname", "city", "country"})
#: words of a key that points to a person (`user_id`, `owner_uid`; an OAuth `client_id` does not)
#: kinds of records of people (not the part someone plays in a row: `owner`, `author`, `creator`)
_PERSON_KINDS = frozenset({"user", "member", "customer", "person", "subscriber", "employee", "patient", "student",
                           "contact", "lead"})
#: what only the person themselves has, in their own row (not a `display_name` or a `handle`)
_OWN_ATTRIBUTES = frozenset({("first", "name"), ("last", "name"), ("full", "name"), ("firstname",), ("lastname",),
                             ("email",), ("email", "address"), ("birthdate",), ("birth", "date"),
                             ("date", "of", "birth"), ("username",), ("surname",), ("given", "name"),
                             ("family", "name")})
_PERSON_KEYS = frozenset({"user", "account", "owner", "member", "customer", "person", "actor", "principal", "author",
                          "creator", "profile", "subscriber", "employee", "patient", "student", "contact", "lead"})


def link_row_key(own_key: bool, name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """`host_contacts(host_contact_id, host_id, contact_object_id)`: the key of a row that links
    two or more other rows (a host and its contact) numbers the link, not the person; Synapse's
    `ignored_users(user_id, ignored_user_id)` links one, and its key-like column is a person."""
    # Zabbix's `dashboard_user(dashboard_userid, dashboardid, userid)`: keys written as one word
    # (`userid` read as `user id` by names.split_id_run, `sysmapid` whole) count alike
    keys = sum((len(s.own) > 1 and s.own[-1] in KEY_WORDS) or _compact_key(s.own[-1]) for s in siblings if s.own)
    if own_key and name.own and _compact_key(name.own[-1]):
        return keys >= 2
    return own_key and len(name.own) > 2 and name.own[-1] in KEY_WORDS and keys >= 2


#: words that end like a key written as one word (`sysmapid`) and are none
_ENDS_LIKE_A_KEY = frozenset({"android", "valid", "invalid", "fluid", "humid", "liquid", "rapid", "hybrid", "solid",
                              "squid", "stupid", "void", "paid", "prepaid", "unpaid", "postpaid"})


def _compact_key(word: str) -> bool:
    """`userid`, `sysmapid`: a key written as one word (not `id` itself, nor `android`)."""
    return len(word) > 4 and word.endswith("id") and word not in _ENDS_LIKE_A_KEY


def names_a_device(name: NameTokens, table: set[str]) -> bool:
    """`devices.display_name`, `pushers.device_display_name`: the name someone gave a device."""
    own = set(name.own)
    if not name.own or name.own[-1] != "name" or own & _PERSONAL_NAME_WORDS:
        return False
    return "device" in own or (name.own in _BARE_NAMES and bool(table & DEVICE_TABLE_WORDS))


_BARE_NAMES = frozenset({("name",), ("display", "name"), ("friendly", "name")})


#: column words that make a table one of postal addresses
_ADDRESS_SIBLINGS = frozenset({"street", "city", "zip", "postcode", "postal", "address", "addr", "town"})
_REGION_WORDS = frozenset({("state",), ("province",), ("county",), ("state", "province"),
                           ("zone",)})  # OpenCart's `payment_zone` beside `payment_city`: a country's subdivision


_POSTAL_WORDS = frozenset({"address", "addr"})


def region_beside_address(name: NameTokens, siblings: Sequence[NameTokens], code: bool = False) -> bool:
    """A bare `state` is a status anywhere else; beside street and city columns, or as a short
    code beside a city, it is a region; an address's `state` (`shipping_address_state`) is one."""
    if name.own[-1:] in _REGION_WORDS and len(name.own) > 1 and set(name.own[:-1]) & _POSTAL_WORDS:
        return True
    prefix = name.own[:-1]
    if name.own[-1:] in _REGION_WORDS and prefix and sum(
            s.own[:len(prefix)] == prefix and bool(set(s.own[len(prefix):]) & _ADDRESS_SIBLINGS) for s in siblings) >= 2:
        return True  # osCommerce's `billing_state` beside `billing_city` and `billing_postcode`: one address's
    if name.own not in _REGION_WORDS:
        return False
    near = sum(bool(set(s.own) & _ADDRESS_SIBLINGS) for s in siblings)
    # beside a `status` of its own, a `state` next to a `country` is the country's state
    # (a subscription's `status`, `country`, `state`)
    other_status = name.own == ("state",) and any(s.own == ("status",) for s in siblings) and any(
        s.own[-1:] == ("country",) or s.own[-2:] == ("country", "code") for s in siblings)
    city = any(s.own[-1:] == ("city",) for s in siblings)
    # a `city` and coordinates beside it (an event's `city`, `state`, `lat`, `lon`): a place
    mapped = city and any(s.own[-1:] in _COORDINATE_NAMES for s in siblings)
    return near >= 2 or other_status or (code and city) or mapped


_COORDINATE_NAMES = frozenset({("lat",), ("lon",), ("lng",), ("long",), ("latitude",), ("longitude",)})


#: words of an organisation that may qualify a contact or a place (`company_phone`,
#: `business_address_city`, `store_email`): the organisation's own, not a person's
_ORGANIZATION_QUALIFIERS = frozenset({"company", "business", "merchant", "shop", "store", "office", "vendor",
                                      "supplier", "branch", "venue", "organization", "organisation", "corporate",
                                      "warehouse", "facility"})


def organisation_contact(name: NameTokens) -> bool:
    """`company_address_line_1`, `company_phone`: the organisation's address or phone."""
    return len(name.own) > 1 and name.own[0] in _ORGANIZATION_QUALIFIERS


#: tables of an authorization server, where `subject` is the user the grant or token is for
_OAUTH_TABLE_WORDS = frozenset({"oauth", "oauth2", "oidc", "openid", "consent", "grant", "token", "authorization",
                                "saml", "sso",
                                # a login's link to an identity provider (authnomicon's `federated_credentials`)
                                "federated"})


def oauth_subject(name: NameTokens, table: set[str]) -> bool:
    """`oauth2_access_token_session.subject`: OAuth's and OpenID Connect's `sub`, the user;
    also `userinfo_sub` (the claim of an identity provider's userinfo) and the `sub` of a
    table of subject identifiers (pairwise subjects)."""
    return (name.own in _SUBJECT_NAMES and bool(table & _OAUTH_TABLE_WORDS)) or (
        name.own[-1:] == ("sub",) and ("userinfo" in name.own or "subject" in table))


#: OAuth's subject, as a server stores it: the `sub` claim, the one a login forced, the
#: pairwise (obfuscated) one a client sees
_SUBJECT_NAMES = frozenset({("subject",), ("sub",), ("forced", "subject", "identifier"), ("subject", "obfuscated"),
                            ("obfuscated", "subject"), ("subject", "identifier"), ("pairwise", "subject")})


#: a bounded string or bytes: a digest, a key, a signature of a token
_BOUNDED = re.compile(r"^(n?varchar2?|n?char|character( varying)?|bpchar)\(\s*\d{1,3}\s*\)$|^(bytea|binary|varbinary|"
                      r"bytes|raw)(\(.*\))?$", re.I)


#: heads of tables of things sold or billed: their nickname names the plan, not a person
_CATALOGUE_HEADS = frozenset({"plan", "price", "pricing", "product", "sku", "item", "coupon", "discount", "tier",
                              "fee", "tax", "package", "bundle", "offer"})
#: handles that are no one's login: a credential's or a file's
_HANDLE_OWNERS = frozenset({"key", "file", "credential", "window", "socket", "process"})


#: the party an address is for: `shipping_name`, `billing_name` are the addressee's name
_ADDRESSEE_ROLES = frozenset({"shipping", "ship", "billing", "bill", "delivery", "recipient", "addressee", "mailing"})


def addressee_name(name: NameTokens) -> bool:
    """`customer.shipping_name`: the name a parcel or an invoice is addressed to."""
    return len(name.own) == 2 and name.own[1] == "name" and name.own[0] in _ADDRESSEE_ROLES


#: the parts people take in a letter, a gift or a transfer (`from_name`, `to_email`)
_CORRESPONDENTS = frozenset({"from", "to", "sender", "recipient", "reply"})


def correspondent_name(name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """OpenCart's `voucher(from_name, from_email, to_name, to_email)`, a mail queue's `to_name`
    beside `to_email`: the name paired with the e-mail of the same part is that person's name
    (a campaign's organisational sender is told apart before: `campaign_sender`)."""
    own = name.own
    return len(own) == 2 and own[1] == "name" and own[0] in _CORRESPONDENTS and any(
        s.own in {(own[0], "email"), (own[0], "mail"), (own[0], "email", "address")} for s in siblings)


#: the head words of tables of credentials: a row's `nickname` is the name a user gave a key
_CREDENTIAL_HEADS = frozenset({"key", "authenticator", "credential", "passkey", "webauthn", "token", "device"})
#: the first word of a count (`nb_failed_login`, `num_users`): how many, not who
_COUNT_PREFIXES = frozenset({"nb", "num", "cnt", "count", "total", "uses"})  # `uses_customer`: uses per customer


def not_an_account(name: NameTokens, table: str) -> bool:
    """`bank_account_id` is a bank account, `key_handle` a credential's handle, a plan's or a
    security key's `nickname` its label, `nb_failed_login` a count: no person's account or name."""
    own = name.own
    return any(own[i:i + 2] in _NO_PERSONS_ACCOUNTS for i in range(len(own) - 1)) or (
        own in _BARE_NAMES and thing_table(table)) or organisation_key(own) or (
        len(own) > 2 and own[-2] == "per") or (
        len(own) > 1 and own[-1] == "handle" and own[-2] in _HANDLE_OWNERS) or (
        own == ("nickname",) and table_head(table) in _CATALOGUE_HEADS | _CREDENTIAL_HEADS) or (
        len(own) > 1 and own[0] in _COUNT_PREFIXES)


#: accounts that are no person's: a bank's, and a program's for calling an API (PrestaShop's
#: `webservice_account`, a `service_account_id`)
_NO_PERSONS_ACCOUNTS = frozenset({("bank", "account"), ("webservice", "account"), ("api", "account"),
                                  ("service", "account")})


#: nouns of an organisation that end a reference (`record_owner_organisation_code`, `owner_org_id`)
_ORGANISATION_NOUNS = frozenset({"organisation", "organization", "org", "company", "business", "firm", "agency",
                                 "institution", "department", "dept", "workspace", "team"})
#: the words after the noun that make a name its key or code
_REFERENCE_WORDS = KEY_WORDS | {"code", "number", "num"}


def organisation_key(own: tuple[str, ...]) -> bool:
    """`record_owner_organisation_code` (NHS OLIDS), `owner_org_id`: the key or code of an
    organisation that owns the record, whatever person word comes before it."""
    while own and own[-1] in _REFERENCE_WORDS:
        own = own[:-1]
    return len(own) > 1 and own[-1] in _ORGANISATION_NOUNS


#: what an `operator` of these is: a comparison's or a query's, not a mobile network's
_LOGIC_WORDS = frozenset({"logic", "logical", "comparison", "compare", "boolean", "filter", "condition", "match",
                          "query", "search", "rule", "math", "arithmetic", "join"})


def logic_operator(entity: str, name: NameTokens) -> bool:
    """`search.logic_operator` (AND/OR), `filter_operator`: no mobile carrier."""
    return entity == "MOBILE_CARRIER" and name.own[-1:] == ("operator",) and bool(set(name.own[:-1]) & _LOGIC_WORDS)


#: identity providers whose user id a table of people keeps beside its own key
_IDENTITY_PROVIDERS = frozenset({"google", "github", "gitlab", "facebook", "twitter", "apple", "microsoft", "linkedin",
                                 "discord", "slack", "bitbucket", "gitee", "azure", "okta", "keycloak", "auth0",
                                 "steam", "twitch", "spotify", "yahoo", "amazon", "wechat", "weibo", "openid"})


#: directories and provisioning protocols that keep a person's id of their own
_DIRECTORIES = frozenset({"scim", "ldap", "saml", "sso", "oidc", "cas", "ad"})


def provider_user_id(name: NameTokens) -> bool:
    """`users.google_id`, `github_id`: the user's id at an identity provider (read in a table
    of people only)."""
    own = of_the_person(name)  # a dbt model's `user_scim_id`, `user_global_id`
    # (also a directory's or a provisioning protocol's: MIT Learn's `users_user.scim_id`,
    # `scim_external_id`, and the id that follows the person across platforms, `global_id`)
    return own[:1] and own[0] in _IDENTITY_PROVIDERS | _DIRECTORIES and (
        own[1:] in {("id",), ("uid",), ("user",), ("sub",), ("login",), ("external", "id"), ("user", "id")}) \
        or own == ("global", "id")


#: an OAuth login's account at its provider, as auth libraries name it (NextAuth's and
#: better-auth's `providerAccountId`, Lucia's `provider_user_id`, OmniAuth's `provider_uid`)
_LINKED_ACCOUNT = frozenset({("provider", "account", "id"), ("provider", "user", "id"), ("provider", "uid"),
                             ("provider", "subject")})


def linked_account_id(name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """`accounts.provider_account_id` beside `user_id`: the user's id at the identity provider
    the row links to their account (a provider's own account with us has no user beside it)."""
    # (Stack Auth's `ProjectUserOAuthAccount(projectUserId, providerAccountId)`: a user of a project)
    return name.own in _LINKED_ACCOUNT and any(s.own[-2:] == ("user", "id") for s in siblings)


def payer_at_provider(tail: NameTokens) -> bool:
    """Lago's `payment_provider_customers.provider_customer_id`, Mozilla's
    `subscription.provider_customer_id`: the customer's id at the payment provider (Stripe's
    `cus_…`), which ties the payer's charges there to them. A qualified name is a local row's
    key instead: `payment_provider_customer_id` points to the row that holds the link."""
    return tail.own == ("provider", "customer", "id")


def personal_website(name: NameTokens) -> bool:
    """`user.website`, `users.website_url`, `homepage`: the page a person gives as theirs
    (read in a table of people only; an enrichment's `github.blog` is a profile's field)."""
    own = tuple(word for word in of_the_person(name) if word != "personal")
    # (not a bare `url`: XOOPS's `users.url` is the member's page, Zabbix's the page opened at login)
    return own in {("website",), ("website", "url"), ("homepage",), ("home", "page"), ("web", "site"),
                   ("web", "site", "url"), ("homepage", "url"), ("home", "page", "url")}


#: the word of a table of people that its columns repeat (phpBB's `users.user_website`,
#: `members.member_sig`): the column is the person's own field
_PERSON_PREFIXES = frozenset({"user", "member", "customer", "person", "contact", "profile"})
#: instant-messenger services a person gives their handle on (a forum's or a CRM's profile)
_MESSENGERS = frozenset({"icq", "aim", "yim", "msn", "msnm", "jabber", "xmpp", "skype", "gtalk", "qq", "wechat",
                         "telegram", "discord", "whatsapp"})


def of_the_person(name: NameTokens) -> tuple[str, ...]:
    """The name's words without the person word a table of people opens its columns with
    (`user_website` -> `website`, `user_icq` -> `icq`)."""
    own = name.own
    return own[1:] if len(own) > 1 and own[0] in _PERSON_PREFIXES else own


#: what a `user_` word before them makes a key or a login (`user_id`, `user_name`), not the
#: person's own field: never read past the person word
_PERSON_KEY_PARTS = frozenset({"id", "ids", "uid", "name", "names", "key", "ref", "no", "num", "number", "code",
                               "login", "handle", "type", "hash", "uuid", "guid", "pk", "sk"})


#: the short words forum software gives a member's profile fields (phpBB's and XOOPS'
#: `user_from` "Location", `user_occ` "Occupation"), written out
_PROFILE_SHORTHAND = {"from": "location", "occ": "occupation", "loc": "location"}


def person_field(column: str) -> str | None:
    """`users.user_sig`, `profiles.user_bio`, `user_company`: in a table of people, the person
    word a column opens with names the row's person (phpBB's `user_` on every column; XOOPS's
    and a dbt model's on some): the column is the person's own field, `sig`, `bio`, `company`.
    None when the column opens with no person word, or what follows it keys someone."""
    words = column.lower().split("_")
    if len(words) < 2 or words[0] not in _PERSON_PREFIXES or not all(words[1:]) or set(words[1:]) & _PERSON_KEY_PARTS:
        return None
    return "_".join(_PROFILE_SHORTHAND.get(w, w) if len(words) == 2 else w for w in words[1:])


def messenger_handle(name: NameTokens) -> bool:
    """`user_icq`, `user_aim`, `user_jabber`, `skype_name` in a table of people: the person's
    account on an instant messenger (read in a table of people only)."""
    own = of_the_person(name)
    return bool(own) and own[0] in _MESSENGERS and own[1:] in {(), ("id",), ("name",), ("handle",), ("account",)}


def personal_signature(name: NameTokens, long_text: bool) -> bool:
    """`user_sig mediumtext` in a table of people: the signature a member writes under posts."""
    return long_text and of_the_person(name) in {("sig",), ("signature",)}


def authenticator_model(name: NameTokens) -> bool:
    """WebAuthn's `aaguid` (`webauthn_credentials.aaguid`, Supabase's `web_authn_aaguid`): the
    Authenticator Attestation GUID names the make and model of the security key or phone a
    person registered (the FIDO metadata service lists them), like a device's model."""
    return name.own[-1:] == ("aaguid",)


#: table words that say a row's `identifier` is someone's (a user's, an identity's, a patient's)
_IDENTIFIED_WORDS = frozenset({"user", "identity", "member", "customer", "subscriber", "patient", "person"})


def login_identifier(name: NameTokens, table: set[str]) -> bool:
    """Kratos' `identity_credential_identifiers.identifier` (the e-mail or username one logs in
    with), Vaultwarden's `sso_users.identifier`, Authelia's `user_opaque_identifier.identifier`:
    a bare identifier in a table of people or their identities is the person's. A project's, an
    event's or a recorded action's `identifier` is its own."""
    return name.own == ("identifier",) and bool(table & _IDENTIFIED_WORDS)


def client_contacts(name: NameTokens, table: set[str]) -> bool:
    """An OAuth client's `contacts` (RFC 7591 dynamic registration: "array of e-mail addresses
    of people responsible for this client"; Hydra's `contacts_json`, MAS's `text[]`)."""
    return name.own in {("contacts",), ("contacts", "json")} and "client" in table


#: whom a list of people holds: a member's buddies, the members they ignore, a message's addressees
_PEOPLE_LISTS = frozenset({"buddy", "buddies", "friend", "friends", "ignore", "ignored", "block", "blocked", "to",
                           "cc", "bcc", "recipient", "recipients", "follower", "followers"})


def list_of_people(name: NameTokens, text: bool) -> bool:
    """SMF's `members.buddy_list`, `pm_ignore_list`, `user_drafts.to_list`: the ids of other
    members, written out as a comma-separated text, each a person's account. (A `price_list` or
    a `mailing_list` lists no one; a number of recipients is a count.)"""
    return text and name.own[-1:] == ("list",) and len(name.own) > 1 and name.own[-2] in _PEOPLE_LISTS


def security_question(entity: str, name: NameTokens) -> bool:
    """SMF's and OpenMRS's `secret_question`, `secret_answer`: a login's challenge and the secret
    that answers it, a credential like a password, not words a person shared."""
    own = name.own
    return entity == "USER_CONTENT" and len(own) >= 2 and own[-2] in {"secret", "security", "password", "recovery"} \
        and own[-1] in {"question", "answer"}


#: what a hint reminds its writer of: their password, their recovery key
_HINTED_SECRETS = frozenset({"password", "passphrase", "passwd", "pwd", "recovery", "pin"})


def secret_hint(name: NameTokens, table: set[str]) -> bool:
    """Vaultwarden's `users.password_hint`, Firefox Accounts' `recovery_keys.hint`: a reminder
    a person wrote for themselves about their secret, their own words. (A form field's or a
    config's `hint` is the program's help text; an OIDC `login_hint` is an account.)"""
    own = name.own
    return own[-1:] == ("hint",) and (bool(set(own[:-1]) & _HINTED_SECRETS) or len(own) == 1 and bool(table & _HINTED_SECRETS))


#: first, middle and last name by their initial (`f_name`, `prsn_l_nm`), a warehouse's habit
_INITIAL_NAMES = frozenset({("f", "name"), ("l", "name"), ("m", "name")})


def initialled_name(name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """`cnst_prsn_f_nm` beside `cnst_prsn_l_nm`, `f_name` beside `l_name`: a person's first and
    last name written by their initials; the pair says so (one `f_name` alone may be a file's)."""
    own = name.own
    if own[-2:] not in _INITIAL_NAMES:
        return False
    other = {("f", "name"): ("l", "name"), ("l", "name"): ("f", "name"), ("m", "name"): ("l", "name")}[own[-2:]]
    return any(s.own[-2:] == other and s.own[:-2] == own[:-2] for s in siblings)


def given_reason(name: NameTokens, table: set[str], room_to_write: bool) -> bool:
    """`bans.reason text`, phpBB's `ban_give_reason varchar(255)`, `post_edit_reason`: a reason
    with room for a sentence is what a moderator or a user wrote. A reason as a short code
    (`pending_reason varchar(32)`, a SIP subscription's `reason varchar(64)`), a number, a
    program's (`failure_reason`) or a table of a program's rejections is not, nor is the audit
    trail of a soft delete (OpenMRS' `void_reason`, `retire_reason` on every table): why a record
    was taken out of use, written by whoever maintains the records, not about a data subject."""
    own = name.own
    return room_to_write and own[-1:] == ("reason",) and not (set(own[:-1]) | table) & _PROGRAM_WORDS \
        and not set(own[:-1]) & _RECORD_LIFECYCLE


#: a soft delete's verbs: a record voided (an entry in error) or retired (metadata no longer used)
_RECORD_LIFECYCLE = frozenset({"void", "voided", "retire", "retired"})


def crypto_signature(name: NameTokens, kind: str) -> bool:
    """A `signature` of bounded length (`VARCHAR(255)`, `CHAR(64)`, bytes) signs a token; only
    an unbounded text one is what someone writes under their messages."""
    return "signature" in name.own and bool(_BOUNDED.match(" ".join(kind.split())))


#: tables of messages someone wrote: their payload is what was written
MESSAGE_TABLE_WORDS = frozenset({"message", "msg", "mail", "email", "attachment", "archive", "spool", "inbox", "outbox",
                                 "sms", "chat", "post", "comment", "note", "reply", "letter", "conversation", "ticket",
                                 "memo", "dm", "offline", "pubsub", "mqtt", "transcript"})
#: names of a payload or a message's subject
_PAYLOAD_WORDS = frozenset({("content",), ("body",), ("data",), ("payload",), ("xml",), ("text",), ("subject",),
                            ("raw",), ("html",), ("message",), ("description",), ("items",)})


#: names that say "the payload" and not whose: a DNS record's, a cache's, a setting's or a message's
_GENERIC_PAYLOAD = frozenset({"content", "data", "payload", "xml", "json", "html", "raw", "blob", "value"})


def payload_unconfirmed(entity: str, name: NameTokens, table: set[str]) -> bool:
    """True when a bare payload name (`content`, `data`) stands outside a table of messages: a
    DNS record's content, an account's settings data, a template's text are no one's words."""
    return entity == "USER_CONTENT" and bool(name.own) and set(name.own) <= _GENERIC_PAYLOAD and not (
        table & MESSAGE_TABLE_WORDS)


def message_payload(name: NameTokens, table: set[str]) -> bool:
    """`attachments.content`, `archive.xml`, `tickets.subject`: in a table of messages the
    payload and the subject are the words someone wrote."""
    # `tickets.ticket_subject`, HubSpot's `ticket.property_subject`: the table's own word or a
    # connector's `property_` prefix before the payload's name says nothing more
    own = tuple(w for w in name.own if w not in table and w != "property") or name.own
    if own == ("description",):  # a ticket's description, not a status code's
        return bool(table & MESSAGE_TABLE_WORDS) and not table & _LOOKUP_WORDS
    return own in _PAYLOAD_WORDS and bool(table & MESSAGE_TABLE_WORDS)


#: table words of a lookup list (`email_status`, `message_types`)
_LOOKUP_WORDS = frozenset({"status", "type", "kind", "category", "code", "state", "lookup", "enum", "option"})


#: tables of accounts (not of people in general)
ACCOUNT_TABLE_WORDS = frozenset({"user", "account", "login"})
#: columns that hold the person's own name, beside which `name` is something else
_PERSON_NAME_COLUMNS = frozenset({("real", "name"), ("full", "name"), ("first", "name"), ("last", "name"),
                                  ("display", "name"), ("given", "name"), ("family", "name"), ("surname",),
                                  ("realname",), ("fullname",), ("firstname",), ("lastname",), ("displayname",)})


def account_name(name: NameTokens, table: set[str], siblings: Sequence[NameTokens]) -> bool:
    """`users.name` beside `users.real_name` (Request Tracker, Unix): the account's login name.
    Without such a column, the bare `name` of a table of users is the person's, and so it is
    beside a login column (Zabbix's `users(username, name, surname)`: the given name) or beside
    the e-mail address one logs in with (Documenso's `User(name, email, password)`)."""
    if any(set(s.own) & {"username", "login", "uname"} for s in siblings):
        return False
    return name.own == ("name",) and bool(table & ACCOUNT_TABLE_WORDS) and (any(
        s.own[-2:] in _PERSON_NAME_COLUMNS or s.own[-1:] in _PERSON_NAME_COLUMNS for s in siblings) or (
        any(s.own[:1] in _PASSWORD_WORDS for s in siblings) and not any(set(s.own) & _LOGIN_WORDS for s in siblings)
        and not any(s.own in _LOGIN_MAILS for s in siblings)))


#: the e-mail address an account logs in with, beside its password
_LOGIN_MAILS = frozenset({("email",), ("email", "address"), ("mail",)})


#: a login column: beside it, `name` is the person's own
_LOGIN_WORDS = frozenset({"username", "login", "handle", "nick", "nickname", "uname"})


#: a password column: the `name` beside it is what one logs in with (Icinga Web's `icingaweb_user`),
#: unless another column is the login (Logto's `users(username, name, password_encrypted)`)
_PASSWORD_WORDS = frozenset({("password",), ("passwd",), ("pwd",), ("pass",)})


#: head words of prose someone wrote (`status_msg`, `welcome_text` aside: see _PROGRAM_WORDS)
_PROSE_HEADS = frozenset({"message", "msg", "text", "body", "comment", "note", "bio", "reply", "review", "caption",
                          "signature", "remark", "feedback", "answer"})
#: modifiers that say a program wrote the text (`error_message`, `log_text`, `smtp_reply`)
_PROGRAM_WORDS = frozenset({"error", "err", "exception", "stack", "log", "template", "debug", "system", "sys", "trace",
                            "sql", "query", "commit", "default", "auto", "welcome", "response", "failure", "failed",
                            "fail", "warning", "alert", "notification", "smtp", "http", "api", "bounce", "reject",
                            "rejection", "exit", "sip", "raw", "json", "xml", "html", "hash", "id", "type", "count",
                            "length", "len", "size", "at", "ts", "time", "date", "code", "flag"})


def prose_by_head(name: NameTokens, long_text: bool) -> bool:
    """`status_msg`, `profile_bio` in a long-text column: the head word says someone wrote it,
    whatever its modifier (`status` vetoes prose in a data scan, where the values decide)."""
    own = name.own
    return long_text and len(own) > 1 and own[-1] in _PROSE_HEADS and not set(own[:-1]) & _PROGRAM_WORDS


#: the names of a web session's key
_SESSION_KEYS = frozenset({("id",), ("sid",), ("session", "id"), ("session", "key"), ("key",),
                           ("sesskey",)})  # (PHP's ADOdb session store: Zen Cart's `sessions.sesskey`)


#: a session's token beside its key (NextAuth's and Prisma's `Session.sessionToken`; a bare
#: `token` may be any credential the session holds)
_SESSION_TOKENS = frozenset({("session", "token")})


#: words that say whose or which web sessions a table keeps (`user_sessions`, `login_sessions`,
#: `web_sessions`): still a browser's sessions, unlike an OAuth client's or a device's
_WEB_SESSION_WORDS = frozenset({"user", "web", "browser", "http", "php", "login", "member", "visitor", "customer"})


#: the key of a person's login session, named as such wherever it is kept (MAS's
#: `user_session_id`, Danbooru's `user_events.login_session_id`)
_SESSION_KEY_TAILS = frozenset({("session", "id"), ("session", "key"), ("session", "uid")})
_BROWSER_SESSION_OWNERS = frozenset({"user", "web", "browser", "http", "login", "member", "visitor"})


#: what a shopper fills in a web session, keyed by it before they sign in
_SHOPPING_WORDS = frozenset({"cart", "basket", "checkout", "order", "quote"})
#: a web session's key, as a row of a cart or an order keeps it
_SHOPPER_SESSIONS = frozenset({("sid",), ("session", "id"), ("sess", "id"), ("session",)})


def shopper_session(name: NameTokens, table: set[str], text_type: bool) -> bool:
    """EverShop's `cart.sid`, `orders.sid`: the web session the cart was filled in, the value the
    shopper's session cookie carries (an integer one is only a row number)."""
    return text_type and name.own in _SHOPPER_SESSIONS and bool(table & _SHOPPING_WORDS)


def web_session_key(name: NameTokens, token_type: bool) -> bool:
    """`user_session_id uuid`, `browser_session_id`: the key of a person's web session, which is
    the value its cookie carries; of an integer type it is only a row number."""
    own = name.own
    return token_type and len(own) == 3 and own[1:] in _SESSION_KEY_TAILS and own[0] in _BROWSER_SESSION_OWNERS


def session_cookie(name: NameTokens, table: set[str], text_type: bool, siblings: Sequence[NameTokens] = ()) -> bool:
    """`sessions.id char(32)`, `session.sess_id`, Danbooru's `user_sessions.session_id`: the text
    key of a table of web sessions is the value the browser's session cookie carries (an integer
    key is only a row number). Beside a `session_token` (NextAuth's `Session`), the token is what
    the cookie carries and the `id` only the row's key."""
    if not (text_type and "session" in table and table - {"session"} <= _WEB_SESSION_WORDS):
        return False
    if name.own in _SESSION_TOKENS:
        return True
    return name.own in _SESSION_KEYS and not (name.own == ("id",) and any(s.own in _SESSION_TOKENS for s in siblings))


#: words of a device in a name: only with one of them (or in a table of devices) is a `model`
#: a device's model and not a data model, an ML model or a grant's model name
_DEVICE_WORDS = frozenset({"device", "phone", "handset", "hardware", "hw", "dvce", "mobile", "build", "marketing",
                           "product", "machine", "vendor", "manufacturer", "brand", "make"})


def device_unconfirmed(entity: str, name: NameTokens, table: set[str]) -> bool:
    """`model_name` of a grant, of a content model or of an ORM is no device's model."""
    return entity == "DEVICE_MODEL" and not set(name.own) & _DEVICE_WORDS and not table & DEVICE_TABLE_WORDS


#: words that name another system's key for the same row: in a table of people, that
#: system's id of the person (`users.external_id`, `customers.legacy_id`)
_OTHER_SYSTEM = frozenset({"external", "remote", "legacy", "global", "public", "provider", "ldap", "foreign", "sso",
                           "idp", "crm", "upstream", "source",
                           # the id a system shows for a person beside its own key (Tamanu's
                           # `patients.display_id`, a medical record number; `users.display_id`, a badge)
                           "display"})


#: words of money: `net_item_sales_amount` is a net amount, not a network
_MONEY_WORDS = frozenset({"amount", "price", "sales", "revenue", "total", "income", "cost", "margin", "profit", "pay",
                          "salary", "balance", "tax", "value", "weight", "worth", "charge", "fee", "cents", "dollars",
                          # Lago's `net_payment_term`: days to pay, net of the invoice date
                          "payment", "term", "terms"})
#: words that say a network, in the name or the table, for an `access_type` (a radio access
#: technology there, an authorisation's kind in an access control list)
_NETWORK_CONTEXT = frozenset({"network", "net", "connection", "wifi", "cellular", "radio", "cell", "bearer", "mobile",
                              "device", "telemetry", "carrier", "sim", "modem", "signal"})


def network_unconfirmed(entity: str, name: NameTokens, table: set[str], named: bool) -> bool:
    """`net_item_sales_amount`, an ACL's `access_type`, a ledger's `merchant_country`: no network
    type. In a schema the type is the name's to say (`named`): its table's words alone say none."""
    if entity != "NETWORK_TYPE":
        return False
    if not named or set(name.own) & _MONEY_WORDS:
        return True
    return "access" in name.own and not (set(name.own) | table) & _NETWORK_CONTEXT


#: a digest of something (`content_md5`, `email_sha256`): a fixed-length hash, never the words
#: or the file it was computed from
DIGEST_WORDS = frozenset({"md5", "sha1", "sha256", "sha512", "sha", "hash", "checksum", "digest", "crc", "crc32",
                          "etag", "hmac"})


def digest_of(name: NameTokens) -> bool:
    """`content_md5`, `fxa_id_sha256`, `file_checksum`: the name ends with a hash's word."""
    return len(name.own) >= 2 and name.own[-1] in DIGEST_WORDS


#: past participles without -ed that say who did something (`sent_by`, `paid_by`)
_DONE_WORDS = frozenset({"sent", "paid", "made", "done", "run", "written", "taken", "given", "held", "sold",
                         "bought", "built", "set", "won", "led", "met", "drawn"})


#: who wrote or last changed a post or a message, named before `name` (SMF's `messages.poster_name`,
#: `modified_name`, `personal_messages.from_name`)
_WRITER_ROLES = frozenset({"poster", "sender", "from", "commenter", "modified", "edited", "editor"})


#: tables of what people write to each other (not a mail transport's settings and its sender)
#: (a forum's row keeps its last post's poster, a poll its poster: phpBB's `forums.forum_last_poster_name`)
_POST_WORDS = frozenset({"message", "post", "comment", "pm", "reply", "topic", "thread", "note", "review", "forum",
                         "poll"})
#: which of a thread's writers a name means (phpBB's `topic_first_poster_name`, `topic_last_poster_name`)
_WRITER_ORDINALS = frozenset({"first", "last", "latest"})


def writer_name(name: NameTokens, table: set[str]) -> bool:
    """`messages.poster_name`, `personal_messages.from_name`, `modified_name`, `last_poster_name`:
    the name shown for who wrote or edited a post or a message."""
    own = name.own[1:] if name.own[:1] and name.own[0] in _WRITER_ORDINALS else name.own
    return len(own) == 2 and own[1] == "name" and own[0] in _WRITER_ROLES and bool(table & _POST_WORDS)


def person_hash(name: NameTokens) -> bool:
    """Recharge's `charge.customer_hash`, a `visitor_hash`: the hashed id that stands for the
    person in links and joins (not a `password_hash`, nor an `email_hash`, read as what it hashes)."""
    return len(name.own) == 2 and name.own[1] == "hash" and name.own[0] in _PERSON_KINDS | {"visitor"}


#: what is published with its author's name: a feed's or a blog's entries and articles, a
#: gallery's photos (Tiny Tiny RSS' and Feedbin's `entries.author`, Piwigo's `images.author`)
_SIGNED_WORKS = frozenset({"entry", "article", "story", "image", "photo", "picture"})


#: who posted a post, who bumped a topic to the top (phpBB's `topic_poster`, `topic_bumper`)
_POSTERS = frozenset({"poster", "bumper"})


def poster(name: NameTokens, table: set[str], whole_number: bool, text_type: bool) -> str | None:
    """phpBB's `topics.topic_poster mediumint`: the member who posted, by their key; osTicket's
    `thread_entry.poster varchar(128)`: the name they posted under. Only in a table of posts,
    threads or entries (a film's `poster` is a picture)."""
    if not name.own or name.own[-1] not in _POSTERS or not table & (_POST_WORDS | _SIGNED_WORKS):
        return None
    return "ACCOUNT_ID" if whole_number else "PERSON" if text_type else None


def post_author_name(name: NameTokens, table: set[str], text_type: bool) -> bool:
    """OpenCart's `review(customer_id, author varchar(64), text)`, Piwigo's `comments.author`:
    the `author` text of a post, a comment or a review is the name its writer signed it with
    (the writer's account, if any, is the key beside it); so is a feed entry's or a photo's
    byline. An admin tool's or a plugin's `author` is a login or a vendor."""
    return name.own == ("author",) and text_type and bool(table & (_POST_WORDS | _SIGNED_WORKS))


def done_by_name(name: NameTokens) -> bool:
    """`initiated_by_name`, `transfer_sent_by_name`, `created_by_name`: the name of who did it
    (not `parent_service_by_name`, a service referred to by its name)."""
    own = name.own
    return len(own) >= 3 and own[-2:] == ("by", "name") and (
        (own[-3].endswith("ed") and len(own[-3]) > 3) or own[-3] in _DONE_WORDS)


#: words of a description that say a person is meant ("the user who owns this session")
_SOMEONE_WORDS = frozenset({"user", "person", "people", "member", "principal", "account", "customer", "who", "whom",
                            "whose", "someone", "individual", "employee", "staff", "author", "creator", "contact",
                            "visitor", "subscriber", "participant", "submitter", "recipient", "sender", "lead",
                            "username", "login", "email"})
#: names of a holder that is as often a thing as a person (an ACL's `owner_id` is the object it
#: guards, a node's `benefactor_id` the node its permissions come from)
_EITHER_HOLDER = frozenset({"owner", "benefactor", "holder"})
#: what a described key may name that is a thing: an object, a node, an ACL, a repository
_THING_SUBJECTS = frozenset({"object", "entity", "node", "acl", "repository", "folder", "file", "project",
                             "requirement", "table", "resource", "document", "container", "wiki", "page", "record"})
#: a described subject that is a machine ("Server's anonymous ID")
_MACHINE_SUBJECTS = frozenset({"server", "servers", "machine", "host", "installation", "instance", "cluster"})


def described_no_one(entity: str, name: NameTokens, comment: str | None) -> bool:
    """A description says what an ambiguous name holds: `owner_id` "The ACL identifier",
    "Identifier of the Synapse object that owns this wiki" (not "the user who owns this
    session"); `anonymous_id` "Server's anonymous ID": no one's key."""
    if not comment or entity not in ("ACCOUNT_ID", "PERSON", "COOKIE_ID"):
        return False
    said = set(tokenize(comment))
    if said & _SOMEONE_WORDS:
        return False
    if entity != "COOKIE_ID" and set(name.own) & _EITHER_HOLDER and name.own[-1] in KEY_WORDS | {"ids"}:
        return bool(said & _THING_SUBJECTS)  # a key: "The ACL identifier", not "The ID of the deal's owner"
    if entity == "PERSON" and (_THING_NAMED.match(comment) or (owner := _THINGS_OWN_NAME.match(comment)) and singular(
            owner.group(1).lower()) not in _POSSESSING_PEOPLE):
        return True  # `full_name` "The name of the git repository", "The block's display name": a thing's name
    first = tokenize(comment)[:2]
    return bool(set(first) & _MACHINE_SUBJECTS)


#: a description that says the name is a thing's: "The name of the git repository", "Name of
#: the label" (no one named in it: `described_no_one` looks for someone's words first)
_THING_NAMED = re.compile(r"^\W*(?:the\s+|a\s+)?(?:full\s+|display\s+|unique\s+)?name\s+of\s+(?:the|a|an|this|each)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:git\s+)?(?:" + "|".join(sorted(_THING_SUBJECTS | {
                              "repo", "label", "team", "branch", "tag", "milestone", "dataset", "model", "product",
                              "campaign", "category", "template", "workspace", "channel", "company", "organization",
                              "organisation", "app", "application", "integration", "pipeline", "job", "report",
                              "dashboard", "group", "role", "site", "store", "feature", "plan", "event", "metric"})) +
                          r")s?\b", re.I)


#: the same said with a possessive: "The block's display name with section, subsection, and unit
#: prepended" (Open edX Aspects' `display_name_with_location`: a course block's)
_THINGS_OWN_NAME = re.compile(r"^\W*(?:the|a|an|this)\s+([\w-]+)'s\s+(?:full\s+|display\s+)?name\b", re.I)
#: whose name is a person's ("The learner's display name", "The patient's name")
_POSSESSING_PEOPLE = PEOPLE_ROWS | PERSON_ROLES | PERSON_REFERENCES | KEYED_PERSON_ROLES | _SOMEONE_WORDS | frozenset({
    "learner", "student", "patient", "player", "driver", "guest", "buyer", "seller", "owner", "holder", "applicant",
    "candidate", "attendee", "child", "parent", "traveler", "traveller", "passenger", "rider", "client", "viewer"})


#: a description of the file a row was loaded from ("The S3 path of the parquet file from
#: which this record was loaded"): the load's lineage, not someone's file
_LOADED_FROM = re.compile(r"\b(file|path)\b.*\b(record|row|rows|records)\b.*\b(loaded|ingested|imported|landed)\b"
                          r"|\b(loaded|ingested|imported)\s+from\b.*\b(file|path|bucket|s3)\b", re.I)


def load_source(comment: str | None) -> bool:
    """`filename` "The S3 path of the parquet file from which this record was loaded": the
    load's lineage, whatever the name's words suggest (a file, a path)."""
    return bool(comment) and bool(_LOADED_FROM.search(comment or ""))


def alias_of_someone(name: NameTokens, table: set[str]) -> bool:
    """Synapse's `principal_alias.alias_unique`, `alias_display` (a user name, an e-mail, an
    OpenID), an evaluation's `submitter_alias`: the name a person is known by, their login."""
    if "alias" not in name.own or set(name.own) & {"type", "id", "ids", "count"}:
        return False
    return bool(set(name.own[:-1]) & PERSON_REFERENCES) or (
        bool(table & {"alias", "alia"}) and bool(table & (PERSON_REFERENCES | PEOPLE_ROWS)))  # singular: `alia`


#: words that say which of a record's people a key names (the first poster, the last editor)
_ORDINALS = frozenset({"first", "last", "latest", "previous", "prev", "original", "initial", "final", "current"})


def ordinal_of_someone(name: NameTokens, account: FieldRecognizer | None) -> bool:
    """phpBB's `topic_last_poster_id`, a `last_user_id`: the key of the record's last (first,
    previous) person is that person's key, as the rest of its name says (`first` and `last`
    alone veto an id: `last_id` is no one's)."""
    own = name.own
    if account is None or len(own) < 3 or own[-1] not in KEY_WORDS:
        return False
    # after the record it is of, if the name says it (`forum_last_poster_id`: the forum's)
    at = next((i for i, word in enumerate(own[:-2]) if word in _ORDINALS), None)
    rest = own[at + 1:] if at is not None else ()
    return bool(rest) and account.name_signal(NameTokens(own=rest, parent=name.parent, raw="_".join(rest))) is not None


#: who a row of follows points to (RealWorld's `follows(user_id, follow_id)`): the one followed
_FOLLOWED_KEYS = frozenset({("follow", "id"), ("followed", "id"), ("following", "id"), ("followed", "user", "id"),
                            ("following", "user", "id")})


def followed_someone(name: NameTokens, table: set[str]) -> bool:
    """`follows.follow_id`, `user_follows.following_id`: in a table of who follows whom, the
    other key is the person followed (`followee_id` says so in any table)."""
    return name.own in _FOLLOWED_KEYS and bool(table & {"follow", "following", "follower", "followship"})


def names_no_one(word: str) -> bool:
    """A name's first word that is a thing (`opportunity`, `invoice`), not a person or a role."""
    return word not in PEOPLE_ROWS | _PROFILE_OWNERS | PERSON_ROLES | PERSON_REFERENCES | {
        "account", "lead", "owner", "player", "buyer", "seller", "visitor", "guest", "admin", "login"}


def foreign_row_key(entity: str, name: NameTokens, table: str, siblings: Sequence[NameTokens]) -> bool:
    """`tickets.external_id`, `organizations.external_id`: outside a table of people, the row's
    key in another system is a ticket's or an organisation's, not a person's; and anywhere, a key
    in another system that names its thing (`opportunity_external_id`) is that thing's."""
    if entity != "ACCOUNT_ID" or len(name.own) < 2 or name.own[-1] not in KEY_WORDS or name.own[-2] not in _OTHER_SYSTEM:
        return False
    if len(name.own) == 2:
        return not key_of_people(table, siblings, name.own) and not holder_of_list(table, siblings)
    return len(name.own) == 3 and names_no_one(name.own[0])


def other_system_key(name: NameTokens, table: str, siblings: Sequence[NameTokens]) -> bool:
    """`users.external_id`: the person's key in another system is their account id too; so is
    the key of a row that holds a list of the table's things (Braze's `newsletters_v1`:
    `external_id` beside a repeated `newsletters` record is whose newsletters they are)."""
    return len(name.own) == 2 and name.own[-1] in KEY_WORDS and name.own[0] in _OTHER_SYSTEM \
        and name.own != ("public", "key") and (key_of_people(table, siblings, name.own) or holder_of_list(table, siblings))


#: OpenID Connect's claims and a pairwise identifier's parts: beside one, `sub` is the subject
_OIDC_SIBLINGS = frozenset({("preferred", "username"), ("given", "name"), ("family", "name"), ("email", "verified"),
                            ("phone", "number", "verified"), ("sector", "identifier"), ("iss",), ("issuer",),
                            ("aud",), ("audience",), ("zoneinfo",), ("zone", "info")})


def oidc_subject(name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """MITREid's `user_info.sub` beside `preferred_username`, `pairwise_identifier.sub` beside
    `sector_identifier`: the subject of a token, the user's id at the identity provider (a bare
    `sub` elsewhere is a subscription, a substitute, a subtotal)."""
    return name.own == ("sub",) and any(s.own in _OIDC_SIBLINGS for s in siblings)


def holder_of_list(table: str, siblings: Sequence[NameTokens]) -> bool:
    """`newsletters_v1(external_id, newsletters.newsletter_name, newsletters.subscribed)`: the
    table's things are a nested list in each row, so a row is their holder, not one of them."""
    head = table_head(table)
    return bool(head) and any("." in s.raw and singular(s.raw.split(".", 1)[0].lower()) == head for s in siblings)


#: words of a client id that is a browser's (Google Analytics' `client_id` cookie), which only
#: an activity table confirms: elsewhere a `client_id` is an OAuth client or a customer company
def client_unconfirmed(entity: str, name: NameTokens, table: set[str]) -> bool:
    return entity == "COOKIE_ID" and name.own[-2:] == ("client", "id") and not table & ACTIVITY_TABLE_WORDS


def shared_prefix(tables: Sequence[str]) -> str:
    """The prefix every table of a schema shares (`ttrss_`, `wp_`, `mw_`): it names the project,
    not the table, and is read past (`ttrss_sessions` is a table of sessions)."""
    bases = [t.rsplit(".", 1)[-1].strip('"`[]').lower() for t in tables]
    if len(bases) < 3 or any("_" not in b for b in bases):
        return ""
    first = bases[0].split("_", 1)[0] + "_"
    return first if all(b.startswith(first) and len(b) > len(first) for b in bases) else ""


#: table words of goods on their way: a `carrier` there is a shipping company, not a phone network
_SHIPPING_WORDS = frozenset({"shipping", "shipment", "fulfillment", "fulfilment", "delivery", "freight", "parcel",
                             "courier", "package", "consignment", "tracking", "logistics"})


def shipping_carrier(entity: str, name: NameTokens, table: set[str]) -> bool:
    """`order_shipping_line.carrier_identifier`: a parcel's carrier, not a mobile network; nor is
    PrestaShop's `orders.carrier_tax_rate` (the tax on its shipping: money)."""
    return entity == "MOBILE_CARRIER" and bool((table | set(name.own)) & _SHIPPING_WORDS
                                               or set(name.own) & (_MONEY_WORDS | {"rate"}))


def thing_handle(entity: str, name: NameTokens, table: str) -> bool:
    """`products.handle`, `collections.handle`: the URL slug of a thing; a handle is a person's
    login only in a table of people."""
    return entity == "ACCOUNT_ID" and name.own == ("handle",) and table_head(table) not in PEOPLE_HEADS \
        and not table_words(table) & PEOPLE_HEADS


#: the words of a column that says what kind of row a polymorphic key points to
_TARGET_KINDS = frozenset({"type", "resource", "kind", "class", "model", "table", "entity"})
#: keys that name a person whatever kind the column beside says: RuoYi's `user_id` beside
#: `user_type` (a member or an admin), Laravel's morph `user_type` (`App\\Models\\Admin`); not a
#: `member_id` (OSM's relation members are nodes, ways and relations) nor a `customer_id` (Stack
#: Auth's `customerType`: a user, a team or a custom customer)
_PERSON_STEMS = frozenset({("user",), ("person",), ("employee",), ("patient",), ("student",), ("admin",),
                           ("administrator",), ("staff",)})


def polymorphic_key(entity: str, name: NameTokens, siblings: Sequence[NameTokens], table: str = "") -> bool:
    """`metafields.owner_id` beside `owner_resource` (Rails' `owner_type`): the key of a row of
    any kind (a product, a shop, a customer), not a person's. A key named after what someone
    does (`author_id` beside `author_type`, `assignee_id`, `assigned_to_id`) stays a person's:
    its kinds are the kinds of people who write or handle a record (a user, an admin, a
    teammate; a bot now and then), not kinds of things. A table's own key beside its own kind
    (phpBB's `users.user_id` beside `user_type`: normal, inactive, founder) is no pair, unless
    the table links its rows to another record (OSM's `relation_members(relation_id, member_id,
    member_type)`: a node, a way or a relation). A key named after a kind of person (`user_id`
    beside `user_type`) is that person's, of whichever kind."""
    own = name.own
    if entity != "ACCOUNT_ID" or len(own) < 2 or own[-1] not in KEY_WORDS or acting_role(own[:-1]) \
            or own[:-1] in _PERSON_STEMS:
        return False
    head = table_head(table) if table else ""
    linked = table_words(table) - {head} if table else set()
    if table and own[:-1] == (head,) and not any(
            len(s.own) == 2 and s.own[-1] in KEY_WORDS and s.own[0] in linked for s in siblings):
        return False
    return any(s.own[:-1] == own[:-1] and s.own[-1] in _TARGET_KINDS for s in siblings)


#: what a text's markup or a record is, before its `uid` (phpBB keys the BBCode of a post, a
#: forum's description and rules, a signature with a `bbcode_uid`, `desc_uid`, `rules_uid`)
_TEXT_WORDS = frozenset({"bbcode", "markup", "desc", "description", "rules", "text", "body", "content", "sig"})


def thing_uid(entity: str, name: NameTokens, account: FieldRecognizer | None) -> bool:
    """phpBB's `bbcode_uid`, `forum_desc_uid`, an `order_uid`: the unique id of the text or the
    record the word before it names (the words that veto an account's `order_id`), not a user
    id; `owner_uid` and another system's `fxa_uid`, `auth_uid` stay a person's."""
    own = name.own
    if entity != "ACCOUNT_ID" or len(own) < 2 or own[-1] != "uid":
        return False
    things = {w for w in (account.negative_names if account is not None else ()) if " " not in w}
    return own[-2] in (things | _TEXT_WORDS) - PERSON_ROLES - PERSON_REFERENCES


def unique_row_uid(name: NameTokens, unique: bool, table: str, siblings: Sequence[NameTokens]) -> bool:
    """memos' `memo(id, uid UNIQUE, creator_id)`, `attachment.uid`: a bare `uid` that is unique
    in a table whose rows are not people is the row's public id (a person's id would repeat on
    each of their rows); a `users.uid` stays the person's."""
    return name.own in {("uid",), ("uuid",), ("guid",)} and unique and not key_of_people(table, siblings, name.own)


def acting_role(stem: tuple[str, ...]) -> bool:
    """`author`, `source_author`, `assignee`, `assigned_to`: who writes or handles a record, by
    the part they play (never a role that is as often an organisation or a machine)."""
    role = stem[-1:] and stem[-1] in (PERSON_ROLES | PERSON_REFERENCES | KEYED_PERSON_ROLES) - _AMBIGUOUS_ROLES - _ORGANIZATION_ROLES
    return bool(role) or (len(stem) >= 2 and stem[-1] == "to" and stem[-2] == "assigned")


#: an app's screen (`screen_view_screen_id`): its id, name or class is no display's size and
#: no one's screen name
_SCREEN_PARTS = frozenset({"id", "uid", "key", "name", "title", "class", "type", "unique", "previous", "prev",
                           "next", "view", "current"})


def app_screen(entity: str, name: NameTokens, table: set[str]) -> bool:
    """`screen_view_screen_name`, `previous_screen_id`: the app screen a visitor was on. The size
    of a display is a `screen_width` or `screen_resolution`; a Twitter-style `screen_name` is a
    login only outside a table of what people did."""
    own = name.own
    if "screen" not in own:
        return False
    if entity == "SCREEN_RESOLUTION":
        return own[-1] in _SCREEN_PARTS
    if entity == "ACCOUNT_ID" and own[-2:] == ("screen", "name"):
        return bool(table & ACTIVITY_TABLE_WORDS) or bool(set(own[:-2]) & _SCREEN_PARTS)
    return False


#: heads of tables of what people report or ask for: their rows are written by someone
WRITTEN_RECORDS = frozenset({"issue", "ticket", "bug", "incident", "complaint", "feedback", "suggestion", "defect",
                             "problem"})
#: what a written record's `resolution` may be: its outcome (Jira's fixed, won't do, duplicate)
_DISPLAY_WORDS = frozenset({"screen", "display", "device", "monitor", "video", "camera", "image", "photo", "window"})


def record_resolution(entity: str, name: NameTokens, table: set[str]) -> bool:
    """Jira's `issue.resolution`, a helpdesk's `ticket.resolution_id`: how an issue or a ticket
    was resolved (fixed, duplicate, won't do), not a display's resolution."""
    return entity == "SCREEN_RESOLUTION" and "resolution" in name.own and not set(name.own) & _DISPLAY_WORDS \
        and bool(table & WRITTEN_RECORDS)


#: a description that says the column is a key (Fivetran's "Foreign key referencing the ID of
#: the `user` who reported the issue")
_DESCRIBED_KEY = re.compile(r"^\W*(?:the\s+|a\s+)?(?:foreign\s+key|(?:unique\s+)?(?:id|identifier|key)\s+of)\b", re.I)


def described_as_key(comment: str | None) -> bool:
    """Does the description call the column a key (so a role's name, `reporter`, holds who by
    their id rather than their name)?"""
    return bool(comment) and bool(_DESCRIBED_KEY.match(comment))


#: a browser window's or a page's size, not the display's (Snowplow's `br_viewwidth`, `doc_height`)
_WINDOW_WORDS = ("view", "window", "doc", "document", "page", "iframe", "frame")


def browser_viewport(entity: str, name: NameTokens) -> bool:
    """`br_viewwidth`, `viewport_height`, `window_width`: the size of a window or of the page in
    it, which the visitor resizes at will; the display's size is a `screen_width` or `dvce_screenwidth`."""
    joined = "".join(name.own)
    return entity == "SCREEN_RESOLUTION" and "screen" not in joined and any(w in joined for w in _WINDOW_WORDS)


#: words of marketing attribution: a `utm_content` or a `traffic_source_term` is a campaign's tag
_ATTRIBUTION_WORDS = frozenset({"utm", "traffic", "campaign", "medium", "source", "channel", "referral", "ad", "ads",
                                "adgroup", "creative", "affiliate"})


def ad_network(entity: str, name: NameTokens, table: set[str]) -> bool:
    """`users_network_attribution.network_attribution`, `install.ad_network`: the ad network a
    user was attributed to (Meta, TikTok), no connection's type."""
    return entity == "NETWORK_TYPE" and (bool(set(name.own) & (_ATTRIBUTION_WORDS | {"attribution"}))
                                         or "attribution" in table)


def campaign_tag(entity: str, name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """`traffic_source_content`, `session_content` beside `session_campaign`: the campaign's
    `utm_content` and `utm_term` (the keyword an advertiser bought), not what someone wrote or
    searched for."""
    own = name.own
    if entity not in {"USER_CONTENT", "BEHAVIORAL_EVENT", "SEARCH_QUERY"} or not own \
            or own[-1] not in {"content", "term", "terms"}:
        return False
    return bool(set(own[:-1]) & _ATTRIBUTION_WORDS) or any(
        s.own[-1:] in {("campaign",), ("medium",)} and s.own[:-1] == own[:-1] for s in siblings)


#: ad click identifiers (Google's `gclid`, Meta's `fbclid`, a generic `clid`): the id a tracking
#: link hands to the visitor's browser
_CLICK_IDS = frozenset({"clid", "gclid", "fbclid", "msclkid", "dclid", "ttclid", "wbraid", "gbraid", "yclid",
                        "twclid"})


def click_id(name: NameTokens) -> bool:
    """`traffic_source_clid`, `gclid`: an ad click id, a tracking identifier of the visitor."""
    return bool(name.own) and name.own[-1] in _CLICK_IDS


def activity_session(name: NameTokens, table: set[str], text_type: bool) -> bool:
    """`events.session_id varchar`: in a table of what people did, the session a row belongs to
    is the value of the visitor's session cookie (as `sessions.id` is in the sessions table);
    also where the table's name glues a word to its activity (Synapse's `processedaccess`,
    `filedownload`)."""
    return text_type and name.own in {("session", "id"), ("sid",), ("session", "key")} \
        and bool(activity_words(table) - {"session"})  # a sessions table's own key: `session_cookie`


#: what people do with files, in a log's name (`filedownload`, `file_uploads`)
_TRANSFER_WORDS = frozenset({"download", "upload"})


def activity_words(table: set[str]) -> set[str]:
    """The activity words of a table's name, those glued to another word included
    (`processedaccess` -> access, `filedownload` -> download)."""
    words = ACTIVITY_TABLE_WORDS | _TRANSFER_WORDS
    return {w for w in words for t in table if t == w or (len(t) > len(w) + 2 and t.endswith(w))}


#: JSON types: a document of attributes rather than one value
JSON_TYPES = frozenset({"json", "jsonb", "super", "variant", "object"})
#: names of a document of someone's attributes
_PROFILE_WORDS = frozenset({"profile", "profiles", "properties", "attributes", "attrs", "traits", "claims",
                            "identities", "detail", "details", "userinfo", "data", "metadata", "meta"})
#: documents that are a person's whoever holds them (`identity_pending_traits_changes.proposed_traits`)
_PERSONAL_DOCUMENTS = frozenset({"traits", "claims", "userinfo"})
#: who may see a document (Ory's `metadata_public`, `metadata_admin`)
_DOCUMENT_AUDIENCES = frozenset({"public", "admin", "private", "internal"})
_SERIALIZED = frozenset({"json", "str", "string", "text", "raw"})
_PROFILE_OWNERS = frozenset({"user", "customer", "member", "person", "contact", "subscriber", "visitor", "account",
                             "player", "buyer", "client", "identity"})


def json_profile(name: NameTokens, table: str, base_type: str) -> bool:
    """`users.profile jsonb`, `user_v2.user_properties SUPER`, `user_sso_identities.detail`: a
    JSON document of a person's attributes (OIDC claims, an identity provider's profile, the
    traits an analytics SDK sets) is what is known about them, as free as what they wrote."""
    own = name.own
    while own and own[-1] in _SERIALIZED:  # `user_properties_json_str`: the same document as text
        base_type, own = ("json" if own[-1] == "json" else base_type), own[:-1]
    if len(own) > 1 and own[-1] in _DOCUMENT_AUDIENCES:
        own = own[:-1]  # `identities.metadata_public`: who may read it, not what it is
    if base_type not in JSON_TYPES or not own or own[-1] not in _PROFILE_WORDS:
        return False
    owners = _PROFILE_OWNERS - {"client"} if own[-1] in _GENERIC_DOCUMENTS else _PROFILE_OWNERS
    # (Medusa's `shipping_profile.metadata`: a profile of shipping, a thing's)
    return bool(set(own[:-1]) & owners) or (table_head(table) in PEOPLE_HEADS - {"address"} and not thing_table(table)) \
        or own[-1] in _PERSONAL_DOCUMENTS


#: documents that are a person's only in a person's row or by a person's word (`raw_user_meta_data`,
#: `identities.identity_data`; an OIDC client's metadata is an application's)
_GENERIC_DOCUMENTS = frozenset({"data", "metadata", "meta"})


#: vCard and LDAP short names of a person's name (`fn` formatted name, `n` structured name,
#: `cn` common name) and the parts of a name written alone (`given`, `family`, `middle`)
_CARD_NAMES = frozenset({("fn",), ("n",), ("cn",), ("given",), ("family",), ("middle",), ("nickname",)})
#: vCard properties that spell a name (RFC 2426 SORT-STRING; SOUND as its phonetic form)
_CARD_NAME_PROPERTIES = frozenset({("sort", "string"), ("sound", "phonetic")})
#: tables of contact cards, address books and directory entries
_CARD_TABLE_WORDS = frozenset({"vcard", "card", "addressbook", "contact", "attendee", "directory", "ldap",
                               "person", "people", "member", "participant", "roster"})


def card_name(name: NameTokens, table: set[str], siblings: Sequence[NameTokens]) -> bool:
    """`vcard_search.fn`, `addressbook_resource.n`, `calendar_attendee.cn`, `given` beside
    `family`: a person's name as a vCard, an LDAP entry or an iCalendar attendee writes it."""
    if len(name.own) == 2 and name.own[0] == "n" and (name.own[1],) in _CARD_NAMES:
        return True  # a vCard's structured name, `N-FAMILY`, `n_given`
    if name.own in _CARD_NAME_PROPERTIES and "vcard" in table:
        return True  # SORT-STRING (the name to sort by), SOUND-PHONETIC (how the name sounds)
    if name.own == ("name",) and "roster" in table:
        return True  # an XMPP roster item's `name`: what the user calls the contact
    if name.own not in _CARD_NAMES:
        return False
    return bool(table & _CARD_TABLE_WORDS) or sum(s.own in _CARD_NAMES for s in siblings) >= 2


def message_peer(name: NameTokens, table: set[str]) -> bool:
    """`archive.peer`, `archive.bare_peer`: the other party of a stored conversation."""
    return bool(name.own) and name.own[-1] == "peer" and bool(table & MESSAGE_TABLE_WORDS)


#: what a shared mailbox or line is for: an organisation's, not a person's
_FUNCTION_MAILBOXES = frozenset({"support", "help", "helpdesk", "noreply", "sales", "info", "abuse", "postmaster",
                                 "webmaster", "feedback", "service", "hello", "press", "notification", "notifications",
                                 "alert", "alerts", "system", "team", "office"})


def function_mailbox(entity: str, name: NameTokens) -> bool:
    """`support_email`, `noreply_address`: the mailbox of a function, which no one person owns."""
    return entity in {"EMAIL_ADDRESS", "PHONE_NUMBER"} and len(name.own) > 1 \
        and bool(set(name.own[:-1]) & _FUNCTION_MAILBOXES)


def key_not_name(entity: str, name: NameTokens) -> bool:
    """`app_id`, `default_application_id`, `file_id`: a key refers to a registered app or a
    stored file; the app's package or the file's name is another column (`package_name`). A
    key of a mail's send is no address."""
    own = name.own
    if entity == "EMAIL_ADDRESS":
        # Marketo's `email_send_id`, an `email_address_id`: the key of a send or of a row of
        # addresses; an `email_id` (as some write an address) stays one
        return len(own) > 2 and own[-1] in KEY_WORDS and own[-2] not in {"email", "mail", "emails"}
    return entity in {"APP_PACKAGE", "FILE_NAME"} and len(own) > 1 and own[-1] in KEY_WORDS \
        and not set(own) & {"package", "bundle", "pkg"}


#: tables of a program's errors: their file names are the program's source files
_ERROR_TABLE_WORDS = frozenset({"error", "exception", "crash", "trace", "debug", "stacktrace"})


def source_file(entity: str, table: set[str], name: NameTokens | None = None) -> bool:
    """`error_log.filename`: the source file an error was raised in; a site's `asset_file`,
    `asset_path` (a document it serves for download: GDX Analytics' `asset_downloads`), no file
    on someone's device."""
    return entity == "FILE_NAME" and (bool(table & _ERROR_TABLE_WORDS) or (
        name is not None and name.own[:1] == ("asset",) and len(name.own) > 1))


#: spellings of a normalised copy of another column (`lfn`, `lower_email`, `email_lc`), kept to
#: search without case: it holds what the column it copies holds
_COPY_PREFIXES = ("l", "lower_", "lc_", "norm_", "normalized_", "search_", "canonical_")
_COPY_SUFFIXES = ("_lower", "_lc", "_norm", "_normalized", "_search", "_ci", "_canonical")


def copied_column(name: str, siblings: Sequence[str]) -> str | None:
    """The sibling a column copies (`lgiven` -> `given`, `email_lower` -> `email`), if any."""
    lowered = name.lower()
    others = {s.lower(): s for s in siblings if s.lower() != lowered}
    for prefix in _COPY_PREFIXES:
        if lowered.startswith(prefix) and lowered[len(prefix):] in others:
            return others[lowered[len(prefix):]]
    for suffix in _COPY_SUFFIXES:
        if lowered.endswith(suffix) and lowered[:-len(suffix)] in others:
            return others[lowered[:-len(suffix)]]
    return None


#: the parts of a postal address written in columns of their own (TPC-DS `ca_street_type`,
#: vCard `box_no`, `unit_no`)
_ADDRESS_PARTS = frozenset({("line1",), ("line2",), ("line3",), ("street", "type"), ("street", "name"), ("street", "number"), ("street", "no"),
                            ("street", "suffix"), ("unit", "no"), ("unit", "number"), ("box", "no"), ("po", "box"),
                            ("suite", "number"), ("apartment",), ("apt",), ("house", "number")})


def address_part(name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """`street_type` beside `city` and `zip`: a part of someone's postal address; a vCard ADR's
    extended address and post office box (`adr-extadd`, `adr-pobox`)."""
    return name.own[-2:] in _ADDRESS_PARTS or (name.own[-1:] in _ADDRESS_PARTS and any(
        set(s.own) & _ADDRESS_SIBLINGS for s in siblings)) or name.own in _VCARD_ADDRESS_LINES


#: a vCard ADR's street lines, and its postal code (`ADR-PCODE`)
_VCARD_ADDRESS_LINES = frozenset({("adr", "extadd"), ("adr", "pobox"), ("adr", "street")})
_VCARD_POSTAL_CODE = frozenset({("adr", "pcode"), ("adr", "postcode")})


def card_postal_code(name: NameTokens) -> bool:
    """`adr-pcode`: the postal code of a vCard's address."""
    return name.own in _VCARD_POSTAL_CODE


#: an XMPP address written as one word (vCard JABBERID, `xmppid`): the person's account
_XMPP_ADDRESSES = frozenset({("jabberid",), ("jabber", "id"), ("xmppid",), ("xmpp", "id"), ("xmpp", "address")})


def xmpp_address(name: NameTokens) -> bool:
    """`vcard.jabberid`: someone's XMPP address (a JID), their account on a server."""
    return name.own[-2:] in _XMPP_ADDRESSES or name.own[-1:] in _XMPP_ADDRESSES


#: an OpenID Connect session id (the `sid` claim): the user's session at the provider
_OIDC_TABLE_WORDS = _OAUTH_TABLE_WORDS | {"ciba", "idtoken", "authentication", "consent", "flow", "sso"}


def oidc_session(name: NameTokens, table: set[str], head: str = "") -> bool:
    """`gpo_id_token.gpoi_sid`: the `sid` of an OIDC token or authorization, the end user's
    session at the provider (an auth table's other ids are clients and requests, no cookie);
    Hydra's `login_session_id` and `identity_provider_session_id`, the login session its
    cookie names, and the key of a table of such sessions (`authentication_session.id`)."""
    return (name.own in _LOGIN_SESSION_KEYS or name.own == ("id",) and head == "session"
            and bool(table & {"authentication", "login"})) \
        and bool(table & _OIDC_TABLE_WORDS)


_LOGIN_SESSION_KEYS = frozenset({("sid",), ("login", "session", "id"), ("identity", "provider", "session", "id"),
                                 ("session", "uid")})


#: words of a picture of someone (not its address: `avatar_url` is a link)
_PICTURE_WORDS = frozenset({"photo", "picture", "portrait", "headshot"})
_PICTURE_REFERENCES = frozenset({"url", "uri", "link", "path", "file", "filename", "type", "extval", "name", "id",
                                 "hash", "size", "width", "height", "format", "mime"})


def picture_of_someone(name: NameTokens, binary: bool) -> bool:
    """`staff.picture bytea`, a vCard's `photo-binval`: the picture itself, stored in the row."""
    own = set(name.own)
    return bool(own & _PICTURE_WORDS) and not own & _PICTURE_REFERENCES and (binary or "binval" in own)


#: words of a person's picture, whatever it is stored as (a URL, a path, the bytes)
_PORTRAIT_WORDS = _PICTURE_WORDS | {"avatar", "avatars", "gravatar"}
#: the sizes a picture is kept in beside the original
_PICTURE_SIZES = frozenset({"small", "medium", "large", "mini", "tiny", "big", "original", "full"})
#: words of a picture that is someone's only in a row of a person (`users.image`, `k_users.thumbnail`)
_IMAGE_WORDS = frozenset({"image", "img", "thumbnail", "thumb"})
#: what a picture column ends with when it holds the picture or where it is (not its `_type` or `_width`)
_PICTURE_HOLDERS = frozenset({"url", "uri", "link", "path", "file", "src", "data", "blob", "bytes", "base64",
                              "binval", "image", "img"})
#: the first word of a setting or a flag about a picture (`has_avatar`, `show_photo`), not the picture
_PICTURE_SETTINGS = frozenset({"has", "is", "show", "allow", "use", "enable", "enabled", "hide", "can"})


def portrait_of_someone(name: NameTokens, rows_are_people: bool, table: set[str]) -> bool:
    """`users.avatar_url`, Salesforce's `user.small_photo_url`, `contacts.photo`, `users.image`:
    the picture of the person the row is, or where it is kept (a picture of a person is content
    they gave, as a caption is); and the picture a table of avatars holds (`avatar_image.bytes`,
    `profile_avatars.url`). A team's or a product's `image_url`, an avatar's `_type` or
    `_width`, a `has_avatar` flag: no one's picture."""
    own = name.own
    # MIT Learn's `profile.image_small`, `image_medium_file`: the same picture, smaller
    own = own[:1] + tuple(w for w in own[1:] if w not in _PICTURE_SIZES)
    if not own or own[0] in _PICTURE_SETTINGS or own[-1] not in _PORTRAIT_WORDS | _IMAGE_WORDS | _PICTURE_HOLDERS:
        return False
    words = set(own)
    if not rows_are_people:  # a table whose rows are avatars: its address or bytes are the picture
        return bool(table & {"avatar", "avatars"}) and words <= _PICTURE_HOLDERS
    if words & _PORTRAIT_WORDS:
        return True
    # an image alone, or the person's profile image (`profile_image_url`)
    # (the person's word may open it: a dbt model's `user_image_url`)
    return own[:1] in {("profile",), *((w,) for w in _IMAGE_WORDS | _PERSON_PREFIXES)} and bool(words & _IMAGE_WORDS) \
        and len(own) <= 3


#: the extension of a phone number, by its column's name
_EXTENSION_NAMES = frozenset({("extension",), ("ext",)})


def phone_extension(name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """Northwind's `employees(home_phone, extension)`, Salesforce's `user(phone, extension)`: an
    extension beside a phone number is the digits that reach the person at it, not a file's type."""
    return name.own in _EXTENSION_NAMES and any(set(s.own) & {"phone", "telephone", "tel"} for s in siblings)


def blind_copy(name: NameTokens) -> bool:
    """`identities.bcc`: the addresses a message is blind-copied to."""
    return name.own[-1:] == ("bcc",)


#: table words of a list of IP addresses
_IP_TABLE_WORDS = frozenset({"ip", "ipaddr", "ipaddress", "ipv4", "ipv6", "inet"})


def ip_of_ip_table(name: NameTokens, table: set[str]) -> bool:
    """OpenDMARC's `ipaddr.addr`: the address a table of IP addresses holds is an IP address."""
    return name.own in {("addr",), ("address",), ("value",)} and bool(table & _IP_TABLE_WORDS)


#: words of an authentication protocol: its `raw_auth_request` is a protocol message, not a page
_PROTOCOL_WORDS = frozenset({"auth", "authn", "saml", "oauth", "oidc", "sso", "jwt", "token", "api"})


def protocol_message(entity: str, name: NameTokens, table: set[str]) -> bool:
    """`saml_application_sessions.raw_auth_request`, `ui_auth_sessions.uri`: the request or
    URI of an authentication protocol, not a page someone visited."""
    return entity == "VISITED_URL" and bool((set(name.own) | table) & _PROTOCOL_WORDS)


#: a table prefix of columns is an abbreviation: at most this long (`gpoda_` of `gpo_device_authorization`)
_MAX_COLUMN_PREFIX = 6
#: protocols that name a group of settings (`snmp_username`, `snmp_port`), never a table
_PROTOCOL_PREFIXES = frozenset({"snmp", "smtp", "imap", "ldap", "ftp", "http", "ssh", "sip", "db", "mqtt", "ssl", "tls"})
#: ... and shared by at least this share of the table's columns
_PREFIX_SHARE = 0.6


def column_prefixes(tables: dict[str, list[str]], recognizers: Sequence[FieldRecognizer]) -> dict[str, str]:
    """Schemas that name every column after an abbreviation of its table (`gus_username`,
    `gus_issued_for` in `g_user_session`; `gpoda_sid` in `gpo_device_authorization`): table ->
    that prefix. The prefix names the table, not the data; it is the first word most of the
    table's columns share, and no word of the recognizers' vocabulary (`user_id, user_name`
    keep their `user`)."""
    known = _vocabulary(tuple(recognizers))
    found: dict[str, str] = {}
    for table, names in tables.items():
        heads = [n.split("_", 1)[0].lower() for n in names if "_" in n.strip("_")]
        if len(names) < 2 or not heads:
            continue
        head = max(set(heads), key=heads.count)
        # a word of the vocabulary may still be the table's whole name (XOOPS's `online(online_uid,
        # online_ip)`): then it names the table (a table of people keeps its `user_id`)
        whole = head == table.rsplit(".", 1)[-1].strip('"`[]').lower() and singular(head) not in PEOPLE_HEADS
        if head.isalpha() and len(head) <= _MAX_COLUMN_PREFIX and (head not in known or whole) and _abbreviates(head, table) \
                and head not in ABBREVIATIONS and heads.count(head) >= max(2, _PREFIX_SHARE * len(names)):
            found[table] = head
        elif _table_word_prefix(head, table, heads, len(names)):
            found[table] = head
    return found


#: a table's own first word before every one of its columns is its prefix: at least this many columns
_MIN_PREFIXED = 3


def _table_word_prefix(head: str, table: str, heads: list[str], columns: int) -> bool:
    """e107's `mail_content(mail_id, mail_title, mail_body, …)`, `submitnews(submitnews_id,
    submitnews_name, …)`: when every column starts with the table's own first word (or its whole
    name), that word names the table, however long and whatever it means (`mail_title` is the
    mailing's title, no address). Not when a column goes without it: Zen Cart's
    `email_archive(archive_id, email_to_address, …)` keeps its `email_`."""
    base = table.rsplit(".", 1)[-1].strip('"`[]').lower()
    return head.isalpha() and columns >= _MIN_PREFIXED and heads.count(head) == columns \
        and base.split("_", 1)[0] == head and singular(head) not in PEOPLE_HEADS and head not in _PROTOCOL_PREFIXES \
        and head not in _ACTIVITY_PREFIXES


#: a table's first word that names what was done, whose columns say what of it (phpBB's
#: `search_results.search_authors`: the authors searched for): kept
_ACTIVITY_PREFIXES = frozenset({"search", "query", "visit", "session", "event", "click", "page", "view", "login",
                                "download", "hit", "track"})


#: Hungarian-notation type tags some PHP schemas write before every column (Osclass's `s_name`,
#: `i_num_items`, `dt_reg_date`, `d_coord_lat`, `pk_i_id`, `fk_i_user_id`, `fk_c_country_code`):
#: the tag says how the value is stored (string, integer, date, key), not what it is
_TYPE_TAG = re.compile(r"^(?:(?:pk|fk)_[a-z]|s|i|b|d|dt|f|e|n)_(?=[a-z])", re.I)
#: a table whose columns carry such tags tags (nearly) all of them: one `d_` or `e_` alone is a word
_TAGGED_SHARE = 0.75
_MIN_TAGGED_COLUMNS = 3


def type_tagged(names: Sequence[str]) -> bool:
    """Does the table write a type tag before (nearly) every column (`s_email`, `b_enabled`)?"""
    tagged = sum(1 for name in names if _TYPE_TAG.match(name))
    return tagged >= _MIN_TAGGED_COLUMNS and tagged >= _TAGGED_SHARE * len(names)


def without_type_tag(name: str) -> str:
    """`s_phone_land` -> `phone_land`, `pk_i_id` -> `id`, `fk_i_user_id` -> `user_id`."""
    tag = _TYPE_TAG.match(name)
    return name[tag.end():] if tag else name


def _abbreviates(prefix: str, table: str) -> bool:
    """`gus` abbreviates `g_user_session` and `gpoda` `gpo_device_authorization`: the prefix's
    letters appear in order in the table's name, from its first letter (`snmp_` of
    `automation_snmp_items` names a protocol, not the table)."""
    name = table.rsplit(".", 1)[-1].strip('"`[]').lower()
    if not name or prefix in _PROTOCOL_PREFIXES:
        return False
    if name[0] != prefix[0]:
        # after a product's own prefix (XOOPS's `xoopscomments(com_uid, com_title)`,
        # `xoopsnotifications(not_uid)`): the prefix is then written out in the name
        # (inside a word: a word of its own, `campgn_prospct_list(list_owner_nm)`, is read as before)
        return len(prefix) >= 3 and any(prefix in word[1:] for word in name.split("_"))
    at = 0
    for letter in prefix:
        at = name.find(letter, at) + 1
        if not at:
            return False
    return True


#: columns of a network: beside them, an `address` is a network address (IDMEF `Address`, an
#: interface), not a postal one
_NETWORK_SIBLINGS = frozenset({"netmask", "subnet", "vlan", "prefixlen", "gateway", "cidr"})


#: network addresses written as one word (FreeRADIUS `nasipaddress` reads `nas|ipaddress`)
_JOINED_NETWORK_ADDRESSES = frozenset({"ipaddress", "ipaddr", "ipv4address", "ipv6address", "macaddress",
                                       "macaddr", "inetaddress", "hwaddress", "hwaddr"})


#: `NASIPAddress`, `ClientIPAddr`: an upper-case IP run into the next word (a tokenizer reads `nasip`)
_CAMEL_IP_ADDRESS = re.compile(r"IP(?:[vV]?[46])?_?A(?:ddr|DDR)")


#: cryptocurrencies, whose `address` receives coins (the recognizer already knows `crypto`,
#: `btc`, `eth` and `wallet`)
_COINS = frozenset({"bitcoin", "zcash", "zec", "monero", "xmr", "litecoin", "ltc", "ethereum", "ether", "dogecoin",
                    "doge", "dash", "cardano", "solana", "tron", "usdt", "usdc", "coin", "crypto", "btc", "eth",
                    "wallet"})


def wallet_address(name: NameTokens) -> bool:
    """Elemental Zcash's `users.zcashaddress`, a `bitcoin_address`: where coins are sent, no
    place anyone lives (a run-together `zcashaddress` too)."""
    return any(word in _COINS or (word.endswith(("address", "addr")) and word.removesuffix("address")
                                  .removesuffix("addr") in _COINS) for word in name.own)


def network_address(name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """`Prelude_Address.address` beside `netmask` and `vlan_name`, or a run-together
    `nasipaddress`: an IP (or hardware) address, never a postal one."""
    return bool(set(name.own) & _JOINED_NETWORK_ADDRESSES or _CAMEL_IP_ADDRESS.search(name.raw)) or (
        name.own[-1:] == ("address",) and len(name.own) <= 2 and any(
            # (an invoice's `gateway_id` is the key of a payment gateway, no network's)
            set(s.own) & _NETWORK_SIBLINGS and s.own[-1] not in {"id", "uid", "key"} for s in siblings))


#: words of a certificate or key: its content is a credential, never what someone wrote
_CREDENTIAL_WORDS = frozenset({"certificate", "cert", "x509", "pem", "csr", "pubkey", "publickey", "privkey",
                               "keystore", "pkcs12", "jwk", "jwks"})


def credential_content(entity: str, name: NameTokens) -> bool:
    """`x509_certificate_content`, `cert_pem`: a certificate or a key, not user content."""
    return entity == "USER_CONTENT" and bool(set(name.own) & _CREDENTIAL_WORDS)


#: the steps of proving that a contact is someone's
_PROOF_WORDS = frozenset({"confirmation", "verification"})
#: the contacts proved so
_PROVED_CONTACTS = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS"})


def proof_record(entity: str, name: NameTokens, base_type: str) -> bool:
    """Elemental Zcash's `users.email_confirmation JSONB`: a record of the confirmation under way
    (its token and expiry), not the address (a text `email_confirmation` is the address typed a
    second time, and stays one)."""
    return entity in _PROVED_CONTACTS and bool(set(name.own[-1:]) & _PROOF_WORDS) and base_type in {"json", "jsonb"}


#: what a URI names is a place on the web (`sector_identifier_uri`: an OpenID Connect URL, no
#: industry sector); only these entities can be a URI's value
_URI_ENTITIES = frozenset({"VISITED_URL", "SEARCH_QUERY", "ACCOUNT_ID", "EMAIL_ADDRESS", "PHONE_NUMBER", "FILE_NAME",
                           "USER_CONTENT", "COOKIE_ID", "ADVERTISING_ID", "APP_PACKAGE", "DEVICE_ID"})


def uri_attribute(entity: str, name: NameTokens) -> bool:
    """`sector_identifier_uri`: a URI is never an industry, a country or an age."""
    return name.own[-1:] in {("uri",), ("url",)} and entity not in _URI_ENTITIES


#: words before `login` that make it a time (`last_login INT`, `first_login_at`)
_TIME_MODIFIERS = frozenset({"last", "first", "prev", "previous", "latest", "recent"})


def login_time(entity: str, name: NameTokens, kind: str) -> bool:
    """`status.last-login INT`, `user.last_login timestamp`: when someone logged in, not a login."""
    # (also rauthy's `users.last_failed_login BIGINT`: when a login last failed)
    return entity == "ACCOUNT_ID" and len(name.own) in (2, 3) and name.own[0] in _TIME_MODIFIERS \
        and name.own[-1] in {"login", "logon", "signin"} and not declared_text(kind) and (
            len(name.own) == 2 or name.own[1] in {"failed", "successful", "success", "unsuccessful"})


def declared_text(kind: str) -> bool:
    """A declared text type (or none declared)."""
    base = kind.lower().split("(")[0].strip()
    return not base or any(t in base for t in ("char", "text", "string", "clob"))


#: columns of a SIP dialog or registration (Kamailio, OpenSIPS): a table with one of them
#: stores SIP signalling, where a `contact` is a person's SIP address
_SIP_DIALOG_COLUMNS = frozenset({("callid",), ("call", "id"), ("cseq",), ("local", "cseq"), ("remote", "cseq"),
                                 ("to", "tag"), ("from", "tag")})
_SIP_PARTIES = frozenset({"pres", "presentity", "watcher", "remote", "to", "from"})


def sip_dialog(siblings: Sequence[NameTokens]) -> bool:
    """`location(… contact, received, callid, cseq …)`: a SIP registration or dialog."""
    return any(s.own in _SIP_DIALOG_COLUMNS for s in siblings)


def sip_entity(name: NameTokens, siblings: Sequence[NameTokens]) -> str | None:
    """In SIP signalling, the `contact` (and `remote_contact`, `pres_uri`) is a party's SIP URI,
    `received` the address a REGISTER came from, `instance` the device's `+sip.instance` UUID.
    (`local_contact` is the server's own.)"""
    if not sip_dialog(siblings):
        return None
    own = name.own
    if own in {("contact",), ("remote", "contact")} or (len(own) == 2 and own[1] == "uri" and own[0] in _SIP_PARTIES):
        return "ACCOUNT_ID"
    return {("received",): "IP_ADDRESS", ("instance",): "DEVICE_ID"}.get(own)


#: words of whose time zone it is: a person's, or their device's
_PERSONAL_TIME_ZONE = frozenset({"user", "customer", "member", "client", "account", "contact", "person", "profile",
                                 "subscriber", "viewer", "visitor", "player", "device", "browser", "local", "home",
                                 "my", "preferred", "employee", "staff", "agent", "guest", "owner", "author",
                                 # where a visitor's time zone was read from: their IP, their OS
                                 "geo", "ip", "os", "system", "session", "detected",
                                 # the people a meeting or a message is for (Rallly's
                                 # `scheduled_event_invites.invitee_time_zone`)
                                 "invitee", "attendee", "participant", "recipient", "requester", "candidate",
                                 "patient", "student"})


def thing_time_zone(name: NameTokens) -> bool:
    """`plan_interval_timezone`, `schedule_tz`: the time zone a thing is set in; a bare
    `timezone`, `user_tz` or `device_timezone` is a person's setting."""
    own = name.own
    if own[-2:] == ("time", "zone"):
        modifiers = own[:-2]
    elif own[-1:] in {("timezone",), ("tz",)}:
        modifiers = own[:-1]
    else:
        return False
    return bool(modifiers) and not set(modifiers) & _PERSONAL_TIME_ZONE and not geolocated_field(name)


#: the objects a GeoIP lookup fills (Mandrill's `msg.location`, a tracker's `geo`)
_GEOLOCATION_OBJECTS = frozenset({"location", "geo", "geolocation", "geoip", "ip_location"})


def geolocated_field(name: NameTokens) -> bool:
    """Mandrill's `message_clicked.location.timezone`: a field of the location object a lookup
    of the reader's IP gives (beside its `city`, `latitude`), where the person is: their time
    zone, as a bare `timezone` is. (A flat `location_timezone` may be a venue's.)"""
    parts = name.raw.lower().split(".")
    return len(parts) > 1 and parts[-2] in _GEOLOCATION_OBJECTS


# -- auth flows, mail delivery, trackers' contexts (benchmarks/static8) ----------------------
#: the parts a user-agent parser reports beside the family (`ua_family`, `os_major`)
_AGENT_PARTS = frozenset({"family", "name", "version", "major", "minor", "patch"})
#: what a parser reports about a browser or an OS beside its name: its icon, vendor, home page
_AGENT_ATTRIBUTES = frozenset({"icon", "url", "company", "logo", "vendor", "homepage"})


def agent_attribute(entity: str, name: NameTokens, path: NameTokens | None = None) -> bool:
    """`user_agent_parsed.os_icon`, `ua_company_url`: the icon, the maker or the home page of a
    browser or an OS, the same for everyone who uses it (no page anyone visited); and what a
    campaign is set to trigger on (`campaign.trigger_event`) is the campaign's."""
    if not set(name.own) & _AGENT_ATTRIBUTES:
        return entity in {"BEHAVIORAL_EVENT", "VISITED_URL"} and path is not None and "campaign" in path.own[:-1]
    return entity in {"USER_AGENT", "OPERATING_SYSTEM"} or (
        entity == "VISITED_URL" and path is not None and bool(set(path.own) & {"ua", "os", "agent", "useragent"}))
#: what comes after `login` when it names an account: `login_id`, `login_name`, `user_login`
_LOGIN_ACCOUNT_TAILS = frozenset({"id", "uid", "name", "user", "username", "email", "handle", "identifier", "key",
                                  "hint", "account"})


def login_property(entity: str, name: NameTokens) -> bool:
    """`login_challenge`, `login_csrf`, `login_remember_for`, `oauth2_login_challenge_data`: a
    property of a login flow (a challenge, a CSRF token, how long to remember it), not a login
    name; only `login` before an id or a name (`login_id`, `login_name`) is the account."""
    own = name.own
    if entity != "ACCOUNT_ID" or "login" not in own[:-1]:
        return False
    return own[own.index("login") + 1] not in _LOGIN_ACCOUNT_TAILS


#: table words of an authentication flow: a login, a consent, a recovery (its request URL is
#: where the flow started, not a page someone browsed)
_AUTH_FLOW_WORDS = frozenset({"login", "logout", "registration", "recovery", "verification", "consent",
                              "authentication", "authorization", "oauth", "oauth2", "oidc", "selfservice", "saml",
                              "sso", "flow", "challenge", "pkce"})
#: table words of a record of what someone did, which a flow's words do not outweigh
_BROWSING_WORDS = frozenset({"event", "pageview", "view", "visit", "click", "hit", "impression", "track", "tracking",
                             "analytics", "navigation", "browsing", "traffic", "log", "audit", "access", "history"})


def auth_flow_url(entity: str, table: set[str]) -> bool:
    """`selfservice_login_requests.request_url`, `hydra_oauth2_logout_request.redir_url`,
    `flow_state.referrer`: the address an authentication flow was started from or returns to
    is part of the protocol, not a page someone browsed."""
    return entity in {"VISITED_URL", "BEHAVIORAL_EVENT"} and bool(table & _AUTH_FLOW_WORDS) \
        and not table & _BROWSING_WORDS


#: what an OAuth client registration holds (`hydra_client`, `oauth_clients`)
#: (RFC 7591's and OpenID Connect's client metadata, as OAuth servers store it: rauthy's
#: `clients(redirect_uris, post_logout_redirect_uris, access_token_alg, auth_code_lifetime, …)`)
_CLIENT_REGISTRATION = frozenset({("client", "secret"), ("redirect", "uris"), ("redirect", "uri"), ("grant", "types"),
                                  ("response", "types"), ("token", "endpoint", "auth", "method"), ("jwks", "uri"),
                                  ("post", "logout", "redirect", "uris"), ("post", "logout", "redirect", "uri"),
                                  ("backchannel", "logout", "uri"), ("frontchannel", "logout", "uri"),
                                  ("access", "token", "alg"), ("id", "token", "alg"),
                                  ("id", "token", "signed", "response", "alg"), ("auth", "code", "lifetime"),
                                  ("access", "token", "lifetime"), ("default", "scopes"), ("allowed", "origins"),
                                  ("client", "uri"), ("policy", "uri"), ("tos", "uri"), ("logo", "uri")})


def client_registry(columns: Sequence[NameTokens]) -> bool:
    """`hydra_client(id, client_secret, redirect_uris, grant_types, …)`: a registry of OAuth
    applications, whose rows are programs, not clients of a business."""
    return sum(c.own in _CLIENT_REGISTRATION for c in columns) >= 2


def oauth_client_key(entity: str, name: NameTokens, table: set[str]) -> bool:
    """`hydra_oauth2_access.client_id`: in an OAuth server's tables the client is an
    application (a person is the `subject`), never an account or a cookie."""
    return entity in {"ACCOUNT_ID", "COOKIE_ID"} and name.own[-2:] == ("client", "id") \
        and bool(table & (_AUTH_FLOW_WORDS | _OAUTH_TABLE_WORDS | {"hydra", "client"}))


#: events of e-mail delivery (a webhook's `message_bounced`, HubSpot's `email_event_sent`)
_DELIVERY_EVENTS = frozenset({"sent", "send", "delivered", "delivery", "bounce", "bounced", "open", "opened", "click",
                              "clicked", "drop", "dropped", "deferred", "delayed", "reject", "rejected", "spam",
                              "spamreport", "complained", "complaint", "unsubscribe", "unsubscribed", "processed",
                              "forward", "print", "soft", "marked"})
_MAIL_WORDS = frozenset({"email", "mail", "message", "msg", "newsletter", "smtp", "mailgun", "mandrill", "sendgrid"})
#: what a mail server says about a message it could not deliver
_SERVER_MESSAGE_WORDS = frozenset({"bounce", "drop", "diag", "smtp", "dsn", "bgtools"})


def mail_delivery_text(entity: str, name: NameTokens, table: set[str]) -> bool:
    """`message_bounced.msg.subject`, `email_event_dropped.drop_message`, `email_campaign.subject`:
    an e-mail delivery event or a campaign holds the sender's subject and the mail servers'
    diagnostics, not words the recipient wrote."""
    if entity != "USER_CONTENT":
        return False
    if set(name.own) & _SERVER_MESSAGE_WORDS:
        return True
    # (a marketing automation's e-mail, Mailchimp's `automation_email.subject_line`, is a campaign's)
    return "campaign" in table or bool(table & (_DELIVERY_EVENTS | _AUTOMATION_WORDS) and table & _MAIL_WORDS)


_AUTOMATION_WORDS = frozenset({"automation", "automations"})


def sent_mail_described(table: set[str]) -> bool:
    """A table of the e-mails a campaign or an automation sends (`automation_email`): its
    descriptions' "the automation email's …", "send this email …" speak of the message."""
    return bool(table & _MAIL_WORDS and table & (_SENDING_TABLES | _AUTOMATION_WORDS) - {"list", "lists"})


#: what a `cc_` prefix is followed by when it stands for a credit card, not a carbon copy
_CARD_PARTS = frozenset({"number", "num", "no", "nr", "owner", "holder", "type", "brand", "expires", "expiry",
                         "expiration", "exp", "cvv", "cvc", "cvv2", "start", "issue", "checkcode", "month", "year",
                         # Travis CI's `subscriptions.cc_last_digits`, `cc_token`: a card's last digits, its token
                         "last", "digits", "last4", "token"})
#: a card's holder, named beside the card (`cc_owner`, `card_holder`): a person's name
_CARD_HOLDER = frozenset({("cc", "owner"), ("cc", "holder"), ("cc", "name"), ("card", "owner"), ("card", "holder"),
                          ("cardholder",), ("cc", "holder", "name"), ("card", "holder", "name"),
                          ("card", "owner", "name"), ("cardholder", "name")})


def card_holder(name: NameTokens) -> bool:
    """`orders.cc_owner`, `payments.card_holder`: the name on a card, a person's, not an account."""
    return name.own in _CARD_HOLDER


#: a phone number's words: a `cc` after one is the number's country code (FOSSBilling's
#: `client.phone_cc`, `invoice.buyer_phone_cc`), no carbon copy
_PHONE_WORDS = frozenset({"phone", "tel", "telephone", "mobile", "cell", "fax", "sms"})


#: groups of people: a key named by one of them last (`ownerTeamId`, `owner_group_id`) points to
#: the group, however its first words name a person's part
_GROUP_KEY_WORDS = frozenset({"team", "group", "org", "organization", "organisation", "tenant", "workspace"})


def group_key(entity: str, name: NameTokens) -> bool:
    """Stack Auth's `Project.ownerTeamId`: the owning team's key, no person's account."""
    own = name.own
    return entity == "ACCOUNT_ID" and len(own) > 2 and own[-1] in {"id", "uid", "uuid", "key"} \
        and own[-2] in _GROUP_KEY_WORDS


#: words of a table of calendar entries and their invitations (iCalendar, RFC 5545)
_CALENDAR_WORDS = frozenset({"calendar", "scheduled", "invite", "invitation", "ical", "icalendar", "vevent", "caldav",
                             "appointment", "meeting"})


def calendar_uid(entity: str, name: NameTokens, table: set[str]) -> bool:
    """Rallly's `scheduled_events.uid`, `scheduled_event_invites.uid`: in a table of calendar
    entries the `uid` is the entry's iCalendar UID (`…@rallly.co`), no one's account."""
    return entity == "ACCOUNT_ID" and name.own == ("uid",) and bool(table & _CALENDAR_WORDS)


#: how a tax's own row is keyed or coded: in a table of taxes (a rate, its code, what a fee or an
#: invoice was charged), `tax_id` and `taxnumber` are the tax's, not a taxpayer's number
_TAX_KEYS = frozenset({("tax", "id"), ("tax", "number"), ("taxnumber",), ("tax", "code"), ("tax", "no"),
                       ("tax", "uid"), ("tax", "uuid")})


def tax_of_table(entity: str, name: NameTokens, table: str) -> bool:
    """Lago's `fees_taxes.lago_tax_id`, LedgerSMB's `tax.taxnumber`: in a table of taxes the tax
    id is the tax's own (a rate applied to a fee), no one's government-issued number."""
    return entity == "GOVERNMENT_ID" and table_head(table) == "tax" and (
        name.own[-2:] in _TAX_KEYS or name.own[-1:] in _TAX_KEYS)


#: an offset's units, and the words of a local time beside it
_OFFSET_UNITS = frozenset({"millis", "ms", "milliseconds", "seconds", "secs", "minutes", "mins", "hours"})
_LOCAL_WORDS = frozenset({"local"})


#: a clock's offset from UTC by its names (SMF's `members.time_offset`, vBulletin's `timezoneoffset`)
_CLOCK_OFFSETS = frozenset({("time", "offset"), ("timezone", "offset"), ("tz", "offset"), ("utc", "offset"),
                            ("gmt", "offset"), ("time", "zone", "offset")})


def member_clock_offset(name: NameTokens, own_row: bool) -> bool:
    """SMF's `members.time_offset float`: the hours a member sets their clock off the server's,
    their time zone; read in a table whose rows are people (not an address's or a store's GMT
    offset, TPC-DS's `customer_address.ca_gmt_offset`)."""
    return own_row and name.own in _CLOCK_OFFSETS


def local_offset(name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """Hello's `offset_millis` beside `local_utc_ts`: the offset of the person's local time from
    UTC, their time zone (a bare `offset` elsewhere is a position in a stream or a page)."""
    return name.own[:1] == ("offset",) and len(name.own) <= 2 and set(name.own[1:]) <= _OFFSET_UNITS \
        and any(set(s.own) & _LOCAL_WORDS for s in siblings)


#: the areas an address lies in, by their own names: a city's district, an electoral one
_DISTRICT_WORDS = frozenset({"district", "districts"})


#: a division named with its alternative (MIT's `legaladdress.state_or_territory`): the division
_DIVISION_PAIRS = frozenset({("state", "or", "territory"), ("state", "or", "province"), ("province", "or", "state"),
                             ("state", "province"), ("county", "or", "region"), ("state", "or", "region")})


def district(name: NameTokens) -> bool:
    """Sakila's `address.district`, a voter file's `congressional_district`,
    `state_upper_district`: the area an address lies in, an approximate place. (A key of a row
    of districts ends in its key word: `district_id` is no area.) A division named with its
    alternative too (`state_or_territory`; a sales `territory` alone is no place of anyone's)."""
    return bool(name.own) and (name.own[-1] in _DISTRICT_WORDS or name.own[-3:] in _DIVISION_PAIRS
                               or name.own[-2:] in _DIVISION_PAIRS) or continent(name)


#: social networks whose profile a person links to
_SOCIAL_NETWORKS = frozenset({"linkedin", "facebook", "twitter", "instagram", "github", "gitlab", "mastodon",
                              "tiktok", "youtube", "xing", "bluesky", "threads"})
#: ... by its address
_PROFILE_LINKS = frozenset({("url",), ("link",), ("profile",), ("profile", "url"), ("profile", "link"), ("uri",)})


def social_profile(name: NameTokens) -> bool:
    """A Bootcamps application's `linkedin_url`, a `github_profile_url`: the address of a
    person's profile at a social network, their account there (a company's own page is told
    apart by its table)."""
    own = name.own
    return any(word in _SOCIAL_NETWORKS and own[at + 1:] in _PROFILE_LINKS for at, word in enumerate(own))


#: the names of a continent (a GeoIP lookup's and an analytics event's `geo_continent`,
#: `geo_sub_continent`)
_CONTINENT_FORMS = frozenset({(), ("name",), ("code",)})


def continent(name: NameTokens) -> bool:
    """Danbooru's `ip_geolocations.continent`, a clickstream's `geo_sub_continent`: the widest
    area a person is placed in, an approximate place like the country beside it (in a table of
    GeoIP ranges or countries, with no one in it, places are dropped as reference data)."""
    own = name.own
    at = next((i for i, word in enumerate(own) if word in {"continent", "subcontinent"}), None)
    return at is not None and own[at + 1:] in _CONTINENT_FORMS


#: a sent message's record of what its recipient did with it
_MESSAGE_ENGAGEMENTS = frozenset({("opens",), ("clicks",)})


def message_engagement(name: NameTokens, table: set[str], text: bool) -> bool:
    """Mandrill's `message_opened.msg.opens`, `msg.clicks` (JSON arrays of each open and click,
    with its time, IP and user agent): what the one recipient of a sent message did with it.
    A campaign's or an ad's `clicks` number counts everyone's, and `track_opens` is a setting."""
    return name.own in _MESSAGE_ENGAGEMENTS and text and bool(table & _MAIL_WORDS)


#: the ends of a message, and what an end is named by (`from_address`, `to_emails`)
_MAIL_ENDS = frozenset({"from", "to", "cc", "bcc", "sender", "recipient", "recipients"})
_MAIL_ADDRESSES = frozenset({"address", "addresses", "email", "emails", "mail", "addr"})
_MAIL_SETUP_WORDS = frozenset({"transport", "config", "configuration", "setting", "settings", "server", "provider"})


def mail_recipient(entity: str, name: NameTokens, table: set[str]) -> str | None:
    """`email_event.recipient`, `message_delivered.recipient`, `courier_messages.recipient`: in a
    table of e-mail the recipient is an address; `cc`, `cc_emails` and `cc_names` are carbon
    copies, never a card number. The entity the name says there, if another than `entity`."""
    own = name.own
    if own[-1:] == ("cc",) and set(own[:-1]) & _PHONE_WORDS:
        return None if entity == "PHONE_NUMBER" else "PHONE_NUMBER"  # `phone_cc`: the number's country code
    if len(own) == 2 and own[0] in _MAIL_ENDS and own[1] in _MAIL_ADDRESSES and table & (_MAIL_WORDS | {"gmail"}) \
            and not table & _MAIL_SETUP_WORDS:  # (a mail transport's `fromAddress` is the sender it is set up with)
        # Salesforce's `EmailMessage.FromAddress`, `to_emails ARRAY<STRING>`: a message's ends are mailboxes
        return None if entity == "EMAIL_ADDRESS" else "EMAIL_ADDRESS"
    if own[:1] == ("cc",) and set(own[1:]) & _CARD_PARTS:
        return None  # osCommerce's `orders.cc_number`, `cc_owner`, `cc_type`: a credit card's
    if own[:1] in {("cc",), ("bcc",)} or own[-1:] in {("cc",), ("bcc",)}:
        if entity == "CREDIT_CARD":
            return "EMAIL_ADDRESS" if own[-1:] != ("names",) else "PERSON"
    if own == ("recipient",) and entity == "PERSON" and table & (_MAIL_WORDS | {"courier", "mailing"}):
        return "EMAIL_ADDRESS"
    return None


def parsed_agent(name: NameTokens) -> str | None:
    """`useragent_family`, `ua_version`, `browser`, `os_major`, `os_service_pack`, `device_family`:
    the parts a user-agent parser reports, in a schema, are the user agent, the OS and the
    device model of whoever's browser sent it."""
    own = name.own
    if not own:
        return None
    # (`br_name`, `br_family`, `br_version`: Snowplow's parsed browser)
    if own[-1] == "browser" or own[:1] in {("ua",), ("useragent",), ("browser",), ("br",)} and set(own[1:]) <= _AGENT_PARTS \
            or own[:2] == ("user", "agent") and set(own[2:]) <= _AGENT_PARTS:
        return "USER_AGENT"
    if own[:1] == ("os",) and 1 < len(own) and set(own[1:]) <= _AGENT_PARTS | {"type", "service", "pack"}:
        return "OPERATING_SYSTEM"
    if own == ("device", "family"):
        return "DEVICE_MODEL"
    return None


#: columns that say how an address is reached: beside one, `address` or `value` is an e-mail
#: address or a phone number, not a street (Ory Kratos' `identity_verifiable_addresses.via`)
_CHANNEL_COLUMNS = frozenset({("via",), ("address", "type"), ("channel",), ("medium",)})
_CHANNEL_HEADS = frozenset({"via", "type", "channel", "medium"})


def contact_address(name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """`identity_login_codes.address` beside `address_type`, `identity_recovery_addresses.value`
    beside `via`: where a code or a message is sent, an e-mail address (SMS is the other way)."""
    own = name.own
    if not (own in {("address",), ("value",)} or own[-2:] == ("address", "value")):
        return False  # (`controladdress` beside a camera's `channel` is the camera's)
    stem = own[:-2] if own[-2:] == ("address", "value") else own[:-1]
    return any(s.own in _CHANNEL_COLUMNS or (s.own[:-1] == (*stem, "address") and s.own[-1:] == ("via",))
               for s in siblings)


def channel_column(entity: str, name: NameTokens) -> bool:
    """`new_address_via`, `address_type`: how an address is reached, not the address."""
    return entity in {"STREET_ADDRESS", "EMAIL_ADDRESS", "PHONE_NUMBER"} and len(name.own) > 1 \
        and (name.own[-1] in _CHANNEL_HEADS - {"type"} or name.own[-2:] == ("address", "type"))


#: a table of names kept from everyone (sourcehut's `reserved_usernames`): no one holds them
_KEPT_NAME_WORDS = frozenset({"reserved", "forbidden", "disallowed", "prohibited"})


def reserved_name(entity: str, table: set[str]) -> bool:
    """`reserved_usernames.username`: a name no one may register, not someone's login."""
    return entity in {"ACCOUNT_ID", "PERSON", "EMAIL_ADDRESS"} and bool(table & _KEPT_NAME_WORDS)


def tree_link(entity: str, name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """`userlistrelationship(parent_id, child_id, position)`: beside its parent's key, a child's
    key links two nodes of a tree (lists, categories, comments), no one's child."""
    last = name.own[-2:] if name.own[-1:] in {("id",), ("key",)} else name.own[-1:]
    return entity in {"ACCOUNT_ID", "PERSON"} and bool(last) and last[0] == "child" \
        and any(s.own[-2:-1] == ("parent",) or s.own[-1:] == ("parent",) for s in siblings)


#: how a thing's name is written (`full_name`, `display_name`), no one else's it could be
_NAME_FORMS = frozenset({"full", "display", "short", "long", "friendly", "verbose", "plural", "official", "readable",
                         "human", "canonical", "internal", "public", "system", "unique"})


def own_thing_name(name: NameTokens, table: str) -> bool:
    """`deal.deal_name`, HubSpot's `deal.property_dealname`, `campaign.campaign_name`: the name
    of the thing the table's rows are, not a person's."""
    head = table_head(table)
    if head in PEOPLE_HEADS or not name.own:
        return False
    # (`dealname` may have been split as `dea|lname`: the table's word is read in the run first)
    # (the table's word may open the name too, before how the name is written:
    # `django_contenttype.contenttype_full_name`; a list's `list_owner_nm` is its owner's)
    return bool(head) and name.joined().endswith(head + "name") or \
        name.own[-1] == "name" and len(name.own) > 1 and (name.own[-2] == head or (
            name.own[0] == head and set(name.own[1:-1]) <= _NAME_FORMS))


#: a calendar's or a schedule's happenings: their URL and type are no one's activity
_HAPPENING_WORDS = frozenset({"calendar", "agenda", "schedule", "timetable"})


def happening(entity: str, table: set[str]) -> bool:
    """`calendar_event.url`, `calendar_event.event_type`: a calendar entry, not what someone did."""
    return entity in {"VISITED_URL", "BEHAVIORAL_EVENT"} and bool(table & _HAPPENING_WORDS)


#: the words of a program's failure: its message is what the program wrote
_FAILURE_WORDS = frozenset({"error", "exception", "diagnostic", "crash", "failure", "fault", "stacktrace"})


#: tables of a program's own state (Synapse's `stack_status`, `table_status`, `asynch_job_status`,
#: `agent_trace`, `webhook_verification`): their messages and bodies are the program's
_PROGRAM_TABLE_WORDS = frozenset({"progress", "queue", "worker", "trace", "scanner", "cron", "daemon", "webhook",
                                  "stack", "asynch", "async"})
#: a status table is a program's unless its rows are people (`user_status.message` is theirs)
_STATUS_WORDS = frozenset({"status", "state"})
#: a message a program composes or sends whatever the table (`progress_message`, an evaluation's
#: `submission_receipt_message`, `notification_body`)
_SENT_MESSAGE_WORDS = frozenset({"progress", "pending", "instructions", "instruction", "receipt", "confirmation",
                                 "welcome", "reminder", "template", "notification"})
#: tables of text a program fills in and sends (`email_template`, `sms_templates`)
_TEMPLATE_TABLE_WORDS = frozenset({"template", "templates"})
_PROGRAM_TEXT = frozenset({("message",), ("msg",), ("description",), ("text",), ("details",), ("trace",), ("body",)})


def program_message(entity: str, name: NameTokens, table: set[str]) -> bool:
    """`application_error.message`, `diagnostic_error.message`: an error's message, a program's;
    `table_status.progress_message`, `stack_status.current_message`, `asynch_job_status.request_body`,
    `evaluation.submission_receipt_message`: what a program reports or sends, no one's words."""
    if entity != "USER_CONTENT" or name.own[-1:] not in _PROGRAM_TEXT:
        return False
    if (table | set(name.own)) & _FAILURE_WORDS or set(name.own[:-1]) & _SENT_MESSAGE_WORDS:
        return True
    if table & _TEMPLATE_TABLE_WORDS:  # `email_template.body`: the text a program fills in and sends
        return True
    people = bool(table & PEOPLE_ROWS)
    return not people and bool(table & _PROGRAM_TABLE_WORDS or (table & _STATUS_WORDS and len(table) > 1))


#: a notification system's words for how a message goes out (Zabbix's `mediatypeid`, `esc_step`,
#: `alerttype`, `eventsource`; not `retries`: Gammu's outbox retries an SMS someone wrote)
_NOTIFICATION_WORDS = frozenset({"mediatypeid", "mediatype", "esc", "alerttype", "eventsource"})


def notification_text(entity: str, name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """`alerts(subject, message, mediatypeid, esc_step)`, `media_type_message`: the
    text a monitoring system sends (or its template), not words a person wrote."""
    return entity == "USER_CONTENT" and name.own[-1:] in {("message",), ("msg",), ("subject",), ("body",), ("text",)} \
        and sum(bool(set(s.own) & _NOTIFICATION_WORDS) for s in siblings) >= 1


#: a measure of how exact a position is, not the position
_MEASURE_HEADS = frozenset({"accuracy", "precision", "error", "radius", "uncertainty"})


#: the bounds of an area: a box's least and greatest coordinates (OpenStreetMap's
#: `changesets.min_lat`, a viewport's `max_lon`)
_BOUND_WORDS = frozenset({"min", "max", "minimum", "maximum"})
_COORDINATE_WORDS = frozenset({"lat", "lon", "lng", "latitude", "longitude"})


def position_measure(entity: str, name: NameTokens) -> bool:
    """`latitude_longitude_accuracy`: metres of uncertainty, not a place; `min_lat`, `max_lon`:
    the edges of a box drawn around an area, no spot where someone was."""
    own = name.own
    return entity == "GPS_COORDINATE" and own[-1:] != () and (own[-1] in _MEASURE_HEADS or (
        len(own) == 2 and bool(set(own) & _BOUND_WORDS) and bool(set(own) & _COORDINATE_WORDS)))


#: the serial number of a thing: a device's identifier only where the row or the name is a
#: device's (a SIM's, a handset's, a workstation's), never a part's or a sold item's
_SERIAL_NAMES = frozenset({("serial",), ("serial", "number"), ("serialnumber",), ("serial", "no"), ("serial", "num")})
_WHOLE_DEVICE_WORDS = DEVICE_TABLE_WORDS | {"sim", "bios", "machine", "computer", "workstation", "system", "laptop",
                                            "mobile", "tablet", "handheld", "equipment", "asset", "host", "node",
                                            "agent", "client", "unit"}


def part_serial(entity: str, name: NameTokens, table: set[str]) -> bool:
    """`cpus.serialnumber`, `memories.serialnumber` of an inventoried machine, a ledger's
    `invoice.serialnumber` of the item sold: the serial number of a part or a product, not the
    identifier of someone's device (a SIM's `serialnumber` and a `device_serial` are)."""
    return entity == "DEVICE_ID" and name.own in _SERIAL_NAMES and not table & _WHOLE_DEVICE_WORDS


#: the units a time elapsed is counted in, and the words that say since or until what
_ELAPSED_UNITS = frozenset({"days", "hours", "minutes", "seconds", "weeks", "months", "years", "mins", "secs", "time"})
_ELAPSED_WORDS = frozenset({"since", "until", "till", "ago", "to", "before", "after"})
#: what a count of days is never, whatever it counts from (a login, a contact, a sign-up)
_NOT_A_COUNT = frozenset({"ACCOUNT_ID", "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "COOKIE_ID", "IP_ADDRESS"})


def elapsed_time(entity: str, name: NameTokens) -> bool:
    """`days_since_last_login`, `hours_until_expiry`: a count of time since something, not the
    login, the person or the address it counts from."""
    own = name.own
    return entity in _NOT_A_COUNT and len(own) > 2 and own[0] in _ELAPSED_UNITS and bool(set(own[1:]) & _ELAPSED_WORDS)


#: work items whose time is booked: the time spent on one is the work's, not a user's engagement
_WORK_ITEMS = frozenset({"task", "subtask", "ticket", "issue", "todo", "job", "story", "card", "transition", "timesheet",
                         "worklog", "project", "milestone", "bug"})
_TIME_BOOKED = frozenset({("time", "spent"), ("time", "estimated"), ("time", "logged"), ("time", "worked")})


def time_on_work(entity: str, name: NameTokens, table: set[str]) -> bool:
    """Kanboard's `tasks.time_spent`, `subtask_time_tracking.time_spent`: hours booked on a work
    item (what a tracker's `time_spent` on a page or a video would be engagement)."""
    return entity == "ENGAGEMENT_METRIC" and name.own in _TIME_BOOKED and bool(table & _WORK_ITEMS)


#: cookies of web analytics by their own names (Google Analytics' `__utma`…`__utmz`, `_ga`)
_ANALYTICS_COOKIES = frozenset({("utma",), ("utmb",), ("utmc",), ("utmv",), ("utmx",), ("utmz",), ("ga",), ("gid",),
                                ("fbp",), ("fbc",), ("hubspotutk",), ("ajs", "anonymous", "id")})
#: Snowplow's ids from its first-party cookie (`_sp_id`: `domain_userid`, `domain_sessionid`, and
#: the referring site's `refr_domain_userid`) and third-party cookie (`network_userid`), however split
_SNOWPLOW_COOKIE_IDS = frozenset({"domainuserid", "domainsessionid", "refrdomainuserid", "networkuserid"})
#: analytics services whose id of a visitor is a cookie (`kissmetrics_id`, `mixpanel_distinct_id`)
_ANALYTICS_SERVICES = frozenset({"kissmetrics", "mixpanel", "amplitude", "heap", "hotjar", "matomo",
                                 "piwik", "clicky", "woopra"})


def analytics_cookie(name: NameTokens, table: str) -> bool:
    """`utma`, `utmz`, `kissmetrics_id`: a web-analytics cookie, a visitor's id (`segment.segment_id`
    is the key of a table of segments)."""
    own = name.own
    return own in _ANALYTICS_COOKIES or "".join(own) in _SNOWPLOW_COOKIE_IDS or (len(own) > 1 and own[0] in _ANALYTICS_SERVICES and own[-1] in KEY_WORDS
                                         and own[0] != table_head(table))


#: a recording of someone speaking, or what they said, written down
_SPEECH_WORDS = frozenset({"transcript", "transcription", "recording", "voicemail"})


def speech(name: NameTokens) -> bool:
    """`call_complete.recording`, `call.transcription`: a caller's own words."""
    return bool(name.own) and name.own[-1] in _SPEECH_WORDS


#: events of a web form being filled in: the value typed is the visitor's
_FORM_EVENTS = frozenset({"change", "focus", "submit", "input", "fill", "blur"})


def form_value(name: NameTokens, table: set[str]) -> bool:
    """Snowplow's `change_form.value`, `submit_form.elements`: what a visitor typed into a form;
    Pendo's `poll_event.poll_response`: what someone answered to a poll or a survey."""
    return "form" in table and bool(table & _FORM_EVENTS) and name.own in {("value",), ("elements",), ("fields",)} or (
        len(name.own) == 2 and name.own[0] in {"poll", "survey"} and name.own[1] in {"response", "answer"})


#: a search's own words
_SEARCH_TERMS = frozenset({("terms",), ("term",), ("query",), ("keywords",), ("filters",), ("search", "terms")})


def search_terms(name: NameTokens, table: set[str]) -> bool:
    """`site_search.terms`, `site_search.filters`: what a visitor searched for."""
    return "search" in table and name.own in _SEARCH_TERMS


def mail_sender(entity: str, name: NameTokens, table: set[str]) -> bool:
    """`message_sent.msg.sender`, `delivered.sender_ip`: in an e-mail delivery event, the sender
    is the organisation that sent the mail and its server, not a person."""
    return entity in {"ACCOUNT_ID", "PERSON", "IP_ADDRESS"} and bool(set(name.own) & {"sender", "from"}) \
        and bool(table & _DELIVERY_EVENTS and table & _MAIL_WORDS)


def mail_client(name: NameTokens, table: set[str]) -> str | None:
    """Mailgun's `message_opened.client_os`, `client_name`, `device_type`: the mail client, the
    OS and the kind of device the recipient read the mail on."""
    if not table & _MAIL_WORDS:
        return None
    return {("client", "os"): "OPERATING_SYSTEM", ("client", "name"): "USER_AGENT",
            ("device", "type"): "DEVICE_MODEL"}.get(name.own)


def agent_flag(entity: str, leaf: NameTokens, name: NameTokens) -> bool:
    """`user_agent_parsed.mobile`: whether the browser is a mobile one, not a phone number."""
    return entity == "PHONE_NUMBER" and leaf.own == ("mobile",) and bool(
        set(name.own[:-1]) & {"agent", "ua", "useragent", "parsed", "browser", "os", "device"})


def role_name(name: NameTokens) -> bool:
    """`callername`, `sender_name`, `reviewer_name`, `poc_1_name`: the name of the person in that part."""
    own = tuple(word for word in name.own if not word.isdigit())
    return len(own) >= 2 and own[-1] == "name" and own[-2] in (PERSON_ROLES - _AMBIGUOUS_ROLES) | COUNTER_STAFF or (
        len(own) >= 3 and own[-1] == "name" and own[-2] in {"to", "from"} and own[-3] in {"email", "mail"})
    # (Zen Cart's `email_archive.email_to_name`, `email_from_name`: whom a mail was to, who sent it)


def customers_name(name: NameTokens) -> bool:
    """osCommerce's and Zen Cart's `orders.customers_name`, `reviews.customers_name`: their
    columns open with the table's plural (`customers_firstname`), so this is the customer's name."""
    return name.own in {("customers", "name"), ("members", "name")}


#: what a mail says, after the word that names the mail (`email_html`, `email_subject`)
_MAIL_CONTENT = frozenset({"html", "text", "body", "content", "subject", "message", "plain"})


def mail_content(entity: str, name: NameTokens) -> bool:
    """Zen Cart's `email_archive.email_html`: the mail's body, no address."""
    return entity == "EMAIL_ADDRESS" and len(name.own) > 1 and name.own[0] in {"email", "mail"} \
        and name.own[-1] in _MAIL_CONTENT


def caller_number(name: NameTokens) -> bool:
    """`callernum`, `callee_number`: a telephone call's party's number."""
    own = name.own
    return len(own) >= 2 and own[-2] in {"caller", "callee", "calling", "called"} and own[-1] in {"num", "number", "no"}


def tracker_session(name: NameTokens, table: str) -> bool:
    """Snowplow's `client_session.session_id`, `previous_session_id`: a tracker's session of a
    visitor, not an OAuth client's (the table is one of sessions and says no protocol)."""
    words = table_words(table)
    return table_head(table) == "session" and "client" in words and name.own[-2:] == ("session", "id") \
        and not words & (_OAUTH_TABLE_WORDS | {"saml", "sso", "oidc", "openid"})


#: the parts of a visited address (`url_query`, `referrer_domain`)
_URL_PARTS = frozenset({"query", "domain", "host", "hostname", "params", "search", "fragment", "hash", "querystring",
                        "path"})


def visited_part(name: NameTokens, table: set[str]) -> bool:
    """`website_event.url_query`, `referrer_domain`: in a table of what people did, the parts of
    the page visited and of the page that referred to it (a logged web request's
    `request_path` and `request_query` are the page asked for)."""
    own = name.own
    return len(own) == 2 and own[0] in {"url", "page", "referrer", "referer", "request"} and own[1] in _URL_PARTS \
        and bool(table & ACTIVITY_TABLE_WORDS)


#: the parts of a parsed user agent that name the browser (`last_browser_name`, `browser_version`)
_BROWSER_PARTS = frozenset({"name", "version", "family", "major", "minor"})


def browser_part(name: NameTokens) -> bool:
    """Pendo's `visitor_history.last_browser_name`, `last_browser_version`: the browser a user
    agent names, a part of it."""
    return "browser" in name.own[:-1] and name.own[-1] in _BROWSER_PARTS


#: whose fingerprint a tracker computes: a browser's, standing for its user
_FINGERPRINTED = frozenset({"user", "browser", "device", "visitor", "client"})
#: what stands beside a browser's fingerprint in a row of devices or sessions
_BROWSER_SIBLINGS = frozenset({("browser",), ("user", "agent"), ("useragent",), ("os",)})


#: the address a request came from, recorded beside what the browser sent with it
REQUEST_IPS = frozenset({("ip",), ("ip", "address"), ("remote", "addr"), ("remote", "ip"), ("client", "ip")})


def browser_fingerprint(name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """Snowplow's `user_fingerprint`, Lago's `user_devices.fingerprint` beside `browser` and `os`,
    Philomena's `comments.fingerprint` beside the poster's `ip`: a hash of the browser's traits
    that recognises it as a cookie does (a key's or a certificate's `fingerprint` stands beside
    no browser and no request's address)."""
    own = name.own
    if len(own) == 2 and own[1] == "fingerprint" and own[0] in _FINGERPRINTED:
        return True
    return own == ("fingerprint",) and any(s.own[-2:] in _BROWSER_SIBLINGS or s.own[-1:] in _BROWSER_SIBLINGS
                                           or s.own in REQUEST_IPS for s in siblings)


#: what someone played, watched or read, named bare in a log of it (eventsim's and Sparkify's
#: `listen_events.song`, `artist`, `page_view_events.page`)
_CONSUMED_ITEMS = frozenset({("page",), ("song",), ("artist",), ("track",), ("album",), ("video",), ("episode",),
                             ("movie",), ("article",)})


def consumed_item(name: NameTokens, table: set[str]) -> bool:
    """`staging_events.song`, `listen_events.artist`: in a table of what people did, the bare name
    of what was played, viewed or read is what they did (in a catalogue it is the catalogue's)."""
    return name.own in _CONSUMED_ITEMS and bool(table & ACTIVITY_TABLE_WORDS)


#: what an action is done on, by its bare name: the platform is the device's OS, the device its model
_USED_ON = {"platform": "OPERATING_SYSTEM", "device": "DEVICE_MODEL"}
#: who or which action used it (`user_platform`, `click_device`, `open_device`)
_USED_BY = frozenset({"user", "click", "open", "client", "visitor", "viewer"})


def device_used(name: NameTokens, table: set[str]) -> str | None:
    """`event.platform` (iOS, Android, Web), `activity_open_email.device`, `click_device`: in a
    table of what people did, the platform an action was done on is the OS of their device and
    the bare device its model or kind (in a catalogue, a platform is the catalogue's)."""
    own = name.own
    if not own or not (table & ACTIVITY_TABLE_WORDS or _user_facts(table)) \
            or not (len(own) == 1 or len(own) == 2 and own[0] in _USED_BY):
        return None
    return _USED_ON.get(own[-1])


#: what a warehouse counts per user and day: installs, trials, renewals, their attribution
_USER_FACTS = frozenset({"daily", "weekly", "monthly", "attribution", "install", "trial", "renewal", "retention",
                         "cohort", "acquisition"})


def _user_facts(table: set[str]) -> bool:
    """`users_trials_daily(user_id, user_pseudo_id, platform, country)`: a table of facts about
    each user's use of an app (a row per user and day), as a table of events is."""
    return "user" in table and bool(table & _USER_FACTS)


def attribute_of_role(name: NameTokens) -> bool:
    """`recipient_line_1_addr`, `recipient_st_cd`, `sender_city`: a role word that opens a
    longer name says whose the column is (the recipient's address line, state, city), not that
    it holds the person's name; `recipient_first_nm` still names them."""
    return len(name.own) > 1 and name.own[0] in PERSON_ROLES and not {"name", "names"} & set(name.own[1:])


#: tables of what an organisation sends to many people: a campaign, a newsletter, a template
_SENDING_TABLES = frozenset({"campaign", "newsletter", "broadcast", "blast", "mailing", "template",
                             # a marketing automation's e-mails, a mailing list's (audience's) defaults
                             "automation", "automations", "list", "lists", "audience", "audiences",
                             # FOSSBilling's `mod_massmailer(from_name, from_email, subject, content)`
                             "massmailer", "mailer"})
#: what a sent mail is from: `from_email`, `from_name`, `sender_email`, `reply_to`
_SENDER_WORDS = frozenset({"from", "sender", "reply"})


def campaign_sender(entity: str, name: NameTokens, table: set[str]) -> bool:
    """A campaign's `from_email` and `from_name` (Klaviyo, listmonk, Mailchimp): the address
    and label the organisation sends the campaign from, the same for every recipient, not a
    person whose data the campaign holds; the recipients are elsewhere (lists, subscribers)."""
    own = name.own[1:] if name.own[:1] == ("default",) else name.own  # a list's `default_from_email`
    return entity in {"EMAIL_ADDRESS", "PERSON", "ACCOUNT_ID"} and bool(own) and own[0] in _SENDER_WORDS \
        and bool(table & _SENDING_TABLES)


#: words of a load's bookkeeping before a file name: the file a warehouse row was loaded
#: from (`curr_prcsd_file_nm`, `load_file_name`, `source_file`), not a file of a person
_LOADED_FILE_WORDS = frozenset({"processed", "prcsd", "load", "loaded", "ingested", "ingest", "imported", "import",
                                "etl", "batch", "feed", "extract", "xtrct", "landed", "staged"})


#: a landing table's words: rows loaded as they came, before any modelling (a medallion's bronze)
_LANDING_TABLE_WORDS = frozenset({"bronze", "landing", "raw", "ingest", "ingestion", "staging"})


def landing_file(entity: str, name: NameTokens, table: set[str], siblings: Sequence[NameTokens]) -> bool:
    """`bronze_customers.filename` beside `raw_data VARIANT`: the file a landing table's row was
    loaded from (Snowflake's `METADATA$FILENAME`), no file of anyone's."""
    return entity in {"FILE_NAME", "MIME_TYPE"} and name.own in {("filename",), ("file", "name"), ("file",)} \
        and (bool(table & _LANDING_TABLE_WORDS) or any(s.own[:1] == ("raw",) for s in siblings))


def loaded_from_file(entity: str, name: NameTokens) -> bool:
    """`curr_prcsd_file_nm`, `load_file_name`, `etl_file`: the file the row came in."""
    own = name.own
    return entity in {"FILE_NAME", "MIME_TYPE"} and any(word in _LOADED_FILE_WORDS for word in own[:-1]) \
        and bool({"file", "filename"} & set(own[-2:]))


#: the ends of a range, each beside the other (`ip_low`/`ip_high`, `start_ip`/`end_ip`)
_RANGE_ENDS = (("low", "high"), ("start", "end"), ("from", "to"), ("min", "max"), ("first", "last"), ("begin", "end"))
#: addresses a key or an account is allowed from: a setting, no one's visit
_ALLOWED_WORDS = frozenset({"permitted", "allowed", "allow", "whitelist", "whitelisted", "allowlist", "trusted"})


def ip_not_someones(name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """SMF's `ban_items(ip_low, ip_high)`: the bounds of a range of addresses, beside each other;
    Danbooru's `api_keys.permitted_ip_addresses`: where a key may be used from. Neither is the
    address someone came from."""
    own = name.own
    if set(own) & _ALLOWED_WORDS:
        return True
    others = {s.own for s in siblings}
    for low, high in _RANGE_ENDS:
        for this, that in ((low, high), (high, low)):
            if this in own and tuple(that if w == this else w for w in own) in others:
                return True
    return False


def mailbox_address(name: NameTokens, table: set[str]) -> bool:
    """Danbooru's `email_addresses.address`, `normalized_address`: in a table of e-mail addresses,
    the address is an e-mail address."""
    return name.own[-1:] == ("address",) and "address" in table and bool(table & {"email", "mail", "mailbox"})


#: where a message was sent, named by that end alone (Zabbix's `alerts.sendto`, Feedbin's
#: `coupons.sent_to`, osTicket's `thread_entry.recipients`): the addresses it went to
_SENT_TO = frozenset({("sendto",), ("send", "to"), ("sent", "to"), ("recipients",), ("mailto",), ("mail", "to")})
#: a message's bare ends, which are mailboxes only in a table of e-mail (a call's or an SMS's
#: `from` and `to` are numbers; a roster item's `to` is a subscription flag)
_BARE_ENDS = frozenset({("to",), ("from",)})
_EMAIL_TABLE_STEMS = ("email", "mail", "smtp", "newsletter")


def message_end(name: NameTokens, table: set[str]) -> bool:
    """`alerts.sendto`, `thread_entry.recipients`, and in a table of e-mail Stack Auth's
    `EmailOutbox.to` and HubSpot's `email_event_sent.from`: the addresses of a message's ends."""
    if name.own in _SENT_TO:
        return True
    return name.own in _BARE_ENDS and any(word.startswith(_EMAIL_TABLE_STEMS) for word in table)


#: what addresses a push notification to one installed app: the push service's token of a phone
#: or a browser (Vaultwarden's `devices.push_token`, Ente's `push_tokens.fcm_token`, `apns_token`)
_PUSH_SERVICES = frozenset({"push", "fcm", "apns", "gcm", "firebase", "expo"})
_PUSH_KEYS = frozenset({"token", "id", "uuid", "registration"})


def push_address(name: NameTokens) -> bool:
    """`fcm_token`, `apns_token`, `push_token`, `gcm_registration_id`: a device's address at a
    push service, the device's identifier (a login's `device_token` is a credential, no device's)."""
    own = name.own
    # (the key must be the service's own: Pendo's `push_application_id` keys an app, no device)
    return len(own) >= 2 and own[-1] in _PUSH_KEYS and bool(set(own[:-1]) & _PUSH_SERVICES) and (
        own[-1] == "token" or own[-2] in _PUSH_SERVICES | {"registration"})


def bank_account(name: NameTokens) -> bool:
    """`iban`, `debtor_iban`: an international bank account number, a person's account as much as
    a card number is (the taxonomy's one financial category)."""
    return "iban" in name.own


#: the words of the unit a measure is given in (`onset_age_unit` "years", `dose_unit` "mg"):
#: a unit is no one's, whatever it measures
_UNIT_WORDS = frozenset({"unit", "units", "uom"})


def measure_unit(name: NameTokens) -> bool:
    """`onset_age_unit`, `weight_units`: the unit of a measure, not the measure; FHIR's
    `address_use`, `name_use`, `telecom_use` (home, work, old): which kind it is, not the thing."""
    own = name.own
    return len(own) >= 2 and (own[-1] in _UNIT_WORDS and own[-2] not in {"address", "apartment", "flat"}
                              or own[-1] == "use" and own[-2] in {"address", "name", "telecom", "phone", "email"})


#: where a medium or a screen is, not a place: `video_position`, `scroll_position`, `seek_point`
_MEDIA_POSITIONS = frozenset({"video", "audio", "media", "playback", "scroll", "cursor", "caret", "seek", "tab",
                              "slide", "track", "song", "page", "reading"})


def media_position(entity: str, name: NameTokens) -> bool:
    """`video_position`, `scroll_position`: a point in a video or a page, no place on a map."""
    own = name.own
    return entity == "GPS_COORDINATE" and own[-1:] in {("position",), ("point",)} and bool(set(own[:-1]) & _MEDIA_POSITIONS)


#: the words a crypto library's output is named by: encrypted data's nonce, header, IV, MAC, or a
#: wrapped blob (Ente's `email_decryption_nonce`, `file_decryption_header`, `encrypted_owner_blob`):
#: the material that decrypts a value, not the value
_CIPHER_MATERIAL = frozenset({"nonce", "iv", "mac", "header", "salt", "blob", "tag"})
_CIPHER_WORDS = frozenset({"decryption", "encryption", "encrypted", "cipher", "crypto", "kdf", "nonce", "iv"})


def cipher_material(name: NameTokens) -> bool:
    """`email_decryption_nonce`, `file_decryption_header`, `encrypted_owner_blob`, `key_iv`:
    a nonce, a header or a blob of a cipher (an `encrypted_email` itself is still the address)."""
    own = name.own
    return len(own) >= 2 and own[-1] in _CIPHER_MATERIAL and (own[-1] in {"nonce", "iv"} or bool(set(own[:-1]) & _CIPHER_WORDS))


#: tables of one of a person's names, addresses or contact points each, as a FHIR resource's
#: lists are flattened (`patient_names`, `practitioner_addresses`, `patient_telecoms`): a column
#: named by the part it holds is that part (`given`, `family`, `line`, `value`)
_PARTS_OF_ROWS = {
    "name": {"text": "full_name", "family": "family_name", "given": "given_name", "givens": "given_name"},
    "address": {"text": "full_address", "line": "address_line", "lines": "address_line"},
    "telecom": {"value": "phone"},
    # Lever's `contact_phone(contact_id, type, value)`: a person's phone numbers, one a row
    "phone": {"value": "phone"},
    "email": {"value": "email", "address": "email"},  # osTicket's `user_email(user_id, address)`
}
#: FHIR's `HumanName.text`, `Address.text`: the name or the address written out whole
_TEXT_FORMS = frozenset({"name", "address"})


def read_as_part(name: str, table: str) -> str:
    """`practitioner_names.family` read as `family_name`, `patient_telecoms.telecom_value` and
    `practitioner_telecoms.value` as `phone` (a FHIR contact point: most often a phone, else an
    e-mail), `name_text` as `name`, `address_text` as `address`."""
    words = name.lower().split("_")
    head = singular(table.rsplit(".", 1)[-1].strip('"`[]').lower().split("_")[-1])
    part = _PARTS_OF_ROWS.get(head, {}).get(name.lower())
    if part is not None:
        return part
    if len(words) >= 2 and words[-1] == "text" and words[-2] in _TEXT_FORMS:
        return "_".join([*name.split("_")[:-2], "full", words[-2]])  # (the whole of it, as `full_name`)
    if words[-2:] == ["telecom", "value"] or words[-1:] == ["telecom"]:
        return "_".join([*name.split("_")[:len(words) - (2 if words[-1] == "value" else 1)], "phone"])
    return name


#: the parts of a coded value as FHIR and HL7 flatten them (`clinical_status_code`,
#: `clinical_status_system`, `clinical_status_display`, `category_text`)
_CODED_PARTS = frozenset({"code", "system", "display"})
_CONCEPT_TEXTS = frozenset({"text", "display", "system", "code"})


def coded_table(names: Sequence[NameTokens]) -> bool:
    """Does the table hold coded values (a prefix with two of `_code`, `_system`, `_display`)?
    There a `*_text` is a concept's label (`category_text`, `body_site_text`, `condition_text`),
    written by whoever made the code list, not by a person about themselves."""
    parts: dict[tuple[str, ...], set[str]] = {}
    for name in names:
        if len(name.own) >= 2 and name.own[-1] in _CODED_PARTS:
            parts.setdefault(name.own[:-1], set()).add(name.own[-1])
    return any(len(found) >= 2 for found in parts.values())


def concept_text(name: NameTokens) -> bool:
    """`category_text`, `body_site_display`, `observation_text` in a table of coded values."""
    return name.own[-1:] != () and name.own[-1] in _CONCEPT_TEXTS


#: a role an account plays towards another account (Twilio's `owner_account_id`: a subaccount's
#: parent), never a person's word
_ACCOUNT_ROLES = frozenset({"owner", "parent", "master", "main", "root", "sub", "primary"})


def names_the_account(table: str, column: str) -> bool:
    """`account_id`, `accountid`, `owner_account_id`, or the key of a table of accounts: a column
    that holds an account's key (lower-case names)."""
    if column in {"account_id", "accountid", "account_sid"}:
        return True
    role, _, rest = column.partition("_")
    if role in _ACCOUNT_ROLES and rest in {"account_id", "accountid", "account_sid"}:
        return True
    return table_head(table) == "account" and is_key(table, column)


def accounts_of_no_one(tables: dict[str, list[str]], entities: dict[str, list[set[str]]]) -> bool:
    """Whether a schema's accounts hold nothing of a person: each table of accounts (Twilio's and
    Pendo's `account_history`) has a few columns and none detected but the keys of accounts: no
    login, name, e-mail, phone or birth date. Such an account is a business customer's or a
    tenant's (a Twilio account owns phone numbers and subaccounts; a Pendo account groups many
    visitors), so `account_id` in any of the schema's tables is no one's account. A person's
    account (Mastodon's `accounts.username`, Rodauth's `accounts.email`) keeps it everywhere.
    `tables` maps a table to its columns' lower-case names, `entities` to what each was detected as."""
    accounts = [table for table in tables if table_head(table) == "account"]

    def keys_only(table: str) -> bool:
        # (a link table named by its two sides, Pendo's `visitor_account_history(visitor_id,
        # account_id)`, holds the other side's key too; osTicket's `user_account` also a username)
        sides = {f"{word}_id" for word in table_words(table) - {"account"}}
        return all(not found or column in sides or names_the_account(table, column)
                   for column, found in zip(tables[table], entities[table]))
    return bool(accounts) and all(len(tables[table]) >= 3 and keys_only(table) for table in accounts)


#: words of a table of a program's installable parts, beside SOFTWARE_HEADS (`plugin_control`,
#: phpBB's `lang` packs, `themes`): their rows describe a package, not anyone on the platform
_PACKAGE_WORDS = frozenset({"plugin", "extension", "module", "theme", "addon", "lang", "language", "skin", "widget",
                            "package"})


def credited_author(table: str, name: NameTokens) -> bool:
    """`extensions.author`, Zen Cart's `plugin_control.author`, phpBB's `lang.lang_author`: the
    author a plugin, an extension or a language pack credits in its metadata, a public credit and
    no account or person of the platform (a post's or a comment's `author` is one)."""
    own = name.own
    if not own or not (own[-1] in {"author", "authors"} or own[-2:] == ("author", "name")):
        return False
    return table_head(table) in SOFTWARE_HEADS or bool(table_words(table) & _PACKAGE_WORDS)


#: the first word of a billing address's columns (`billing_city`, `bill_to_country`)
_BILLING_WORDS = frozenset({"billing", "bill", "billto"})
#: a person's own address in their row, by its bare names
_OWN_PLACES = frozenset({("address",), ("street",), ("city",), ("state",), ("country",), ("country", "code"),
                         ("postal", "code"), ("zip",), ("zip", "code"), ("postcode",), ("region",)})
#: the person's company, named in their row
_THEIR_COMPANY = frozenset({("company",), ("company", "name"), ("employer",), ("organization",), ("organisation",)})


def billing_of_their_company(names: Sequence[NameTokens]) -> list[bool]:
    """Which columns of a person's row are the billing address of the company they work for: a
    marketing lead (Marketo's `lead`) holds the person's own `address`, `city`, `country` beside
    their `company` and that company's `billing_city`, `billing_country` (synced from the CRM's
    account). A row without an address of its own (an order's or an invoice's billing and
    shipping addresses) bills the person, and keeps them."""
    owns = {name.own for name in names}
    if not owns & _THEIR_COMPANY or not owns & _OWN_PLACES:
        return [False] * len(names)
    return [len(name.own) > 1 and name.own[0] in _BILLING_WORDS for name in names]


#: tables of what is asked of people: polls, surveys, questionnaires, FAQs, a forum's anti-spam
#: questions (SMF's `qanda`)
_ASKING_TABLES = frozenset({"poll", "survey", "question", "questionnaire", "faq", "qanda", "quiz", "form"})


def asked_text(table: str, name: NameTokens) -> bool:
    """`polls.question`, `questions.question_text`, `faq.answer`: the question a poll, a survey or
    an FAQ asks (and an FAQ's answer), written once for everyone who sees it; what people write is
    their response, which keeps its own names (`responses.response_text`)."""
    words = table_words(table)
    if not words & _ASKING_TABLES:
        return False
    return name.own in {("question",), ("question", "text")} or (name.own == ("answer",) and "faq" in words)


#: what a cryptographic signature signs or is kept with: a token, a key set, a webhook's payload
_SIGNED_THINGS = frozenset({"token", "method", "request", "payload", "webhook", "key", "jwt", "jws", "hmac", "verify",
                            "message", "body", "digest"})
#: tables of keys, signing and signed requests (Rauthy's `jwks`, Synapse's
#: `e2e_cross_signing_signatures`, Lago's `inbound_webhooks`)
_SIGNING_TABLES = frozenset({"jwk", "jwks", "key", "keys", "signing", "webhook", "certificate", "cert", "token"})


def cryptographic_signature(table: str, name: NameTokens) -> bool:
    """`jwks.signature`, `access_token_signature`, PayPal's `verify_sign`: a signature computed
    over a token, a key or a request, not the signature a person writes under their e-mails
    (`users.signature`, `staff.signature`)."""
    own = name.own
    if not own or own[-1] not in {"signature", "sign", "sig"}:
        return False
    return bool(set(own[:-1]) & _SIGNED_THINGS) or bool(table_words(table) & _SIGNING_TABLES)


#: the first word of a table of a group's own things (Documenso's `TeamEmail`, `OrganisationGlobalSettings`)
_GROUP_OWNERS = frozenset({"organisation", "organization", "org", "team", "company", "workspace", "tenant"})
#: words that put people in such a table (`OrganisationMemberInvite`, `team_users`)
_GROUP_PEOPLE = (PEOPLE_HEADS - {"profile", "address"}) | {"invite", "invitation", "invitee", "request"}


def groups_own(table: str) -> bool:
    """`TeamEmail`, `TeamEmailVerification`, `OrganisationGlobalSettings`, `TeamProfile`: a table
    of what an organisation or a team has (its sending address, its reply-to, its profile text),
    whose e-mail addresses and texts are the group's, not a person's; `OrganisationMember`,
    `team_invites` hold people."""
    words = [singular(w) for w in expand(tokenize(table.rsplit(".", 1)[-1].strip('"`[]')))]
    return len(words) > 1 and words[0] in _GROUP_OWNERS and not set(words[1:]) & _GROUP_PEOPLE


#: gadgets a person wears or carries that also name other things (Redmine's issue `tracker`, a
#: music `band`, a `watch` list): read as a device only among a device's readings
_WORN_GADGETS = frozenset({"tracker", "wearable", "band", "watch", "beacon", "sensor"})
#: what only a body-worn or carried device reports: motion, pulse, its battery and firmware
_READING_WORDS = frozenset({"motion", "heartbeat", "battery", "firmware", "fw", "accelerometer", "gyro", "gyroscope",
                            "svm", "steps", "pulse", "sleep"})
#: the person's own account key beside it: the gadget is theirs, not a fleet's
_OWNER_KEYS = frozenset({("account", "id"), ("user", "id"), ("accountid",), ("userid",)})


def worn_device(name: NameTokens, table: set[str], siblings: Sequence[NameTokens]) -> bool:
    """Hello's `tracker_motion(account_id, tracker_id, svm_no_gravity, motion_range)`: the key of
    a worn gadget, in a row of its readings beside the wearer's account, is the wearer's device
    (a fleet's `telemetry(truck_id, camera_id)` names no one; Redmine's `issues.tracker_id` is
    an issue's kind, among no readings)."""
    own = name.own
    if len(own) < 2 or own[-1] not in {"id", "uuid", "serial"} or own[-2] not in _WORN_GADGETS:
        return False
    words = set(table).union(*(set(s.own) for s in siblings))
    return bool(words & _READING_WORDS) and any(s.own in _OWNER_KEYS for s in siblings)


#: rows each of which one person makes by putting their name to something: a petition's
#: signatures, an event's RSVPs, a register's entries
_SIGNED_ROWS = frozenset({"signature", "signatory", "signer", "rsvp", "registrant"})
#: a person's own e-mail address, beside which a bare `name` is theirs
_OWN_EMAIL = frozenset({("email",), ("email", "address"), ("mail",)})


def signers_name(name: NameTokens, table: str, siblings: Sequence[NameTokens]) -> bool:
    """e-petitions' `signatures(name, email, postcode)`: each row is someone who signed, and its
    `name` beside their e-mail is theirs (a document's `signature` field is no name: no e-mail
    stands beside it)."""
    return name.own == ("name",) and table_head(table) in _SIGNED_ROWS and any(s.own in _OWN_EMAIL for s in siblings)


#: a description calling the column a key of rows ("The surrogate key that uses table
#: campaign_id and member_id", "An identifier for the address across all of Mailchimp")
_DESCRIBED_ROW_KEY = re.compile(r"^\W*(?:the\s+|an?\s+)?(?:(?:surrogate|primary|unique|natural)\s+)?"
                                r"(?:key|id|identifier)\b", re.I)
#: ... of someone's address or of the person (then the id stands for them)
_KEYED_SOMEONE = re.compile(r"\b(?:address|member|subscriber|user|contact|person|customer|recipient)\b", re.I)


def keyed_email(name: NameTokens, comment: str | None) -> str | None:
    """Mailchimp's `email_id` "The surrogate key that uses table campaign_id and member_id",
    `unique_email_id` "An identifier for the address across all of Mailchimp": a key named
    after an e-mail, described as a key, holds no address. "KEY" when it keys rows, "ACCOUNT"
    when it stands for the address's owner; None when the description says no key (an
    `email_id` holding the address, as some schemas name it, stays an address)."""
    if not comment or name.own[-1:] not in {("id",), ("key",), ("uuid",)} or not set(name.own[:-1]) & {"email", "mail"}:
        return None
    if not _DESCRIBED_ROW_KEY.match(comment):
        return None
    return "ACCOUNT" if _KEYED_SOMEONE.search(comment) else "KEY"


#: head words of a rule for a value (Twilio's `address_requirements`: none, any, local, foreign)
_RULE_HEADS = frozenset({"requirement", "requirements", "format", "formats", "template", "pattern", "regex",
                         "policy", "rule", "rules", "mask", "validation"})


def rule_about(name: NameTokens) -> bool:
    """`address_requirements`, `phone_format`, `email_pattern`: what a value must look like or
    whether one is needed, not anyone's value."""
    return len(name.own) > 1 and name.own[-1] in _RULE_HEADS


#: tables of what plays or carries sound, where `muted` is the sound's state
_SOUND_TABLE_WORDS = frozenset({"device", "player", "media", "audio", "video", "call", "sound", "playback", "speaker",
                                "headset", "stream", "meeting", "participant", "voice", "setting", "preference"})


def muted_thing(name: NameTokens, table: set[str]) -> bool:
    """`subscriptions.muted`, `polls.muted`, `threads.muted`: a switch that silences a thing's
    notifications, no device's sound (a player's or a call's `muted` is its sound's state)."""
    return name.own in {("muted",), ("mute",), ("is", "muted")} and not table & _SOUND_TABLE_WORDS


#: tasks a program does for a system, which make an `agent` a program (a scan agent, a
#: monitoring or a backup agent), not a help desk's agent
_PROGRAM_TASKS = frozenset({"scan", "scanner", "monitoring", "monitor", "build", "sync", "backup", "proxy", "snmp",
                            "poller", "collector", "crawler", "deploy", "deployment", "runner", "update", "inventory"})


def automatic_switch(name: NameTokens) -> bool:
    """`autologin`, `auto_login`, `auto_renew`: whether something happens by itself, a setting
    (the caller checks the type says a switch: a flag or a small number)."""
    return len(name.own) > 1 and name.own[0] == "auto"
