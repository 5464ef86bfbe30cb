"""What a column's declared type allows it to hold.

A schema's type is evidence as strong as its name: a `timestamptz` named `phone_verified_at`
holds a time, never a phone number; a `boolean` is a flag, never an e-mail or a cookie id;
an `inet` holds IP addresses whatever it is called. `compatible(entity, declared_type)` says
whether an entity can live in a column of that type (unknown types allow everything);
`implied_entity` names the entity a type alone announces.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: database column types that say what a column holds (PostgreSQL's network types)
TYPE_ENTITIES = {"inet": "IP_ADDRESS", "cidr": "IP_ADDRESS", "macaddr": "MAC_ADDRESS", "macaddr8": "MAC_ADDRESS"}

_BOOLEAN = re.compile(r"^(bool|boolean|bit|tinyint\(1\))$")
_TEMPORAL = re.compile(r"^(timestamp\w*|datetime\w*|date|time|timetz|interval|year|smalldatetime|datetimeoffset)"
                       r"(\s+with(out)?\s+time\s+zone)?$")
_NUMERIC = re.compile(r"^(small|big|tiny|medium)?(int|integer|serial)\d*( unsigned)?$|^(int[248]|float(4|8|64)?|real|"
                      r"double( precision)?|numeric|decimal|number|money|smallmoney|smallserial|bigserial|serial[248]|"
                      r"bignumeric|bigdecimal|hugeint|ubigint|uinteger|usmallint|utinyint)$")
#: text types, for rules that need a name to be words (`market_manager` as a person)
_TEXT = re.compile(r"^(n?varchar2?|n?char|character( varying)?|bpchar|n?text|tinytext|mediumtext|longtext|string|"
                   r"citext|n?clob|ntext)$")
_BYTES = re.compile(r"^(bytea|(tiny|medium|long)?blob|binary|varbinary|bytes|image|raw)$")
#: identifiers by type (PostgreSQL `uuid`, SQL Server `uniqueidentifier`): keys, never words
_UUID = re.compile(r"^(uuid|uniqueidentifier)$")
#: MySQL's `ENUM(...)`/`SET(...)`: a fixed list of words, never an identifier, a name or prose
_ENUM = re.compile(r"^(enum|set)$")
#: arrays hold elements of their declared type (`text[]`, `ARRAY<STRING>`, `INTEGER ARRAY`)
_ARRAY = re.compile(r"^(?:array<(.+)>|(.+?)(?:\s*\[\d*\])+|(.+?)\s+array)$")
#: what a flag can be: a setting, a state or an action (`muted`, `charging`, `wifi`, `clicked`),
#: or whether an audio device is connected (`headsetPlugged`, `isBluetoothA2dpOn`), never an
#: identifier, a name or an address
FLAG_ENTITIES = frozenset({"AUDIO_SETTING", "BATTERY_STATE", "NETWORK_TYPE", "BEHAVIORAL_EVENT", "ENGAGEMENT_METRIC",
                           "AUDIO_DEVICE"})
#: what a date or a time can be
TEMPORAL_ENTITIES = frozenset({"DATE_OF_BIRTH"})
#: what a UUID can be: the key of a person, a device, a browser or an advertising profile
UUID_ENTITIES = frozenset({"ACCOUNT_ID", "DEVICE_ID", "COOKIE_ID", "ADVERTISING_ID"})
#: one byte (MySQL's `TINYINT`, at most 255 values): a flag, a code or a small count, never the
#: key of a person, a device or a browser, nor a number or address (SMF's `deleted_by_sender
#: TINYINT`, `cannot_login TINYINT`)
_ONE_BYTE = re.compile(r"^(tinyint|utinyint|int1)( unsigned)?$")
NOT_ONE_BYTE_ENTITIES = UUID_ENTITIES | {"PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "US_SSN", "GOVERNMENT_ID",
                                         "PASSPORT", "IMEI", "MAC_ADDRESS"}
#: what a closed list of words can never be: identifiers, names, addresses, prose
NOT_ENUM_ENTITIES = frozenset({"ACCOUNT_ID", "DEVICE_ID", "COOKIE_ID", "ADVERTISING_ID", "EMAIL_ADDRESS", "PERSON",
                               "PHONE_NUMBER", "IP_ADDRESS", "MAC_ADDRESS", "IMEI", "STREET_ADDRESS", "USER_CONTENT",
                               "CREDIT_CARD", "US_SSN", "PASSPORT", "GOVERNMENT_ID", "VISITED_URL", "SEARCH_QUERY",
                               "USER_AGENT", "DATE_OF_BIRTH", "GPS_COORDINATE", "GEOHASH", "FILE_NAME",
                               "KEYSTROKE_TIMING"})
#: entities whose values are words or addresses, never a bare number
#: text-only entities a schema may store as small-number codes explained by a legend in the
#: column comment (`网络类型：1-WIFI 2-4G`, `系统 1-Android 2-iOS`): closed lists of kinds
CODED_ENTITIES = frozenset({"AUDIO_DEVICE", "NETWORK_TYPE", "OPERATING_SYSTEM", "INDUSTRY", "BEHAVIORAL_EVENT",
                            "CITY", "REGION"})
TEXT_ONLY_ENTITIES = frozenset({"EMAIL_ADDRESS", "PERSON", "USER_AGENT", "STREET_ADDRESS", "APP_PACKAGE", "FILE_NAME",
                                "MIME_TYPE", "OPERATING_SYSTEM", "DEVICE_MODEL", "NETWORK_TYPE", "USER_CONTENT",
                                "INDUSTRY", "AUDIO_DEVICE", "VISITED_URL", "SEARCH_QUERY", "COOKIE_ID", "MAC_ADDRESS",
                                "CITY", "REGION", "BEHAVIORAL_EVENT"})


def base_type(declared_type: str | None) -> str:
    """`VARCHAR(255)` -> `varchar(255)`, `timestamp(0) with time zone` -> `timestamp with time zone`."""
    text = " ".join((declared_type or "").lower().split())
    if text.startswith("tinyint(1)"):
        return "tinyint(1)"
    if re.match(r"(binary|bit)\s*\(\s*1\s*\)", text):
        return "bit"  # one byte or bit: a flag (phpIPAM's `users.domainUser binary(1)`), never an id
    return re.sub(r"\s*\([^)]*\)", "", text).strip()


@lru_cache(maxsize=1024)  # asked for every field and recognizer; a schema has few types
def element_type(declared_type: str | None) -> str:
    """The base type of what a column holds: an array's element type, else its own."""
    kind = base_type(declared_type)
    array = _ARRAY.match(kind)
    return next(g for g in array.groups() if g).strip() if array else kind


def holds_bytes(declared_type: str | None) -> bool:
    """Is the column of a binary type (`bytea`, `blob`, `varbinary`, BigQuery `BYTES`)?"""
    return bool(_BYTES.match(element_type(declared_type)))


def holds_text(declared_type: str | None) -> bool:
    """Is the column of a text type (or of no declared type, as in a dbt YAML)?"""
    kind = element_type(declared_type)
    return not kind or bool(_TEXT.match(kind))


#: a spatial point (PostGIS `geography(Point,4326)`, `geometry(Point)`, PostgreSQL `point`,
#: BigQuery `GEOGRAPHY` is any shape and not one): one spot on a map, as precise as coordinates
_POINT = re.compile(r"^(?:\w+\.)?(?:geography|geometry)\s*\(\s*point\b|^(?:\w+\.)?point$")


def holds_point(declared_type: str | None) -> bool:
    """Is the column declared a spatial point (PostGIS `geography(Point,4326)`, `point`)?"""
    return bool(_POINT.match(" ".join((declared_type or "").lower().split())))


def implied_entity(declared_type: str | None) -> str | None:
    return TYPE_ENTITIES.get(element_type(declared_type))


@lru_cache(maxsize=4096)  # asked for every field and recognizer: few entities, few types
def compatible(entity: str, declared_type: str | None) -> bool:
    """Can a column of this declared type hold this entity? Unknown or text types: yes."""
    kind = element_type(declared_type)
    if not kind:
        return True
    if _UUID.match(kind):
        return entity in UUID_ENTITIES
    if _ENUM.match(kind):
        return entity not in NOT_ENUM_ENTITIES
    if kind in TYPE_ENTITIES:
        return TYPE_ENTITIES[kind] == entity
    if _BOOLEAN.match(kind):
        return entity in FLAG_ENTITIES
    if _TEMPORAL.match(kind):
        return entity in TEMPORAL_ENTITIES
    if _ONE_BYTE.match(kind):
        return entity not in TEXT_ONLY_ENTITIES | NOT_ONE_BYTE_ENTITIES
    if _NUMERIC.match(kind.replace(" unsigned", "")) or _NUMERIC.match(kind):
        return entity not in TEXT_ONLY_ENTITIES
    return True
