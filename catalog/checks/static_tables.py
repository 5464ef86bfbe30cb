"""Whose rows a table holds, for the static check: people's, an organisation's or a machine's.

A column's name says what kind of value it holds; the table says whose it is. A store's
address, a shop's contact e-mail, a coffee machine's serial number and a calendar event's title
are the values of personal-data names, but no person's data: nothing in their rows points to a
person. These rules say which detections only count in a table tied to a person.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from catalog.checks.static_names import table_head
from classifiers.names import NameTokens, tokenize

#: places: a table of places with no link to a person is reference data (countries, zones,
#: GeoIP ranges, a store's address)
PLACE_ENTITIES = frozenset({"COUNTRY", "CITY", "REGION", "LOCATION", "STREET_ADDRESS", "TIME_ZONE", "GPS_COORDINATE",
                            "GEOHASH"})
#: what a table of reference data defines for everyone (a role's name in a table of roles),
#: personal only in a table about people
REFERENCE_ONLY = frozenset({"USER_ROLE"})
#: what a person does or uses: it describes someone only in a row tied to someone (a calendar
#: event's title, a camera's resolution, a coffee machine's model, a server's install path
#: describe no one)
ABOUT_SOMEONE = frozenset({"BEHAVIORAL_EVENT", "VISITED_URL", "ENGAGEMENT_METRIC", "DEVICE_MODEL",
                           "SCREEN_RESOLUTION", "OPERATING_SYSTEM", "NETWORK_TYPE", "MOBILE_CARRIER",
                           "BATTERY_STATE", "AUDIO_SETTING", "AUDIO_DEVICE", "AGE", "FILE_NAME",
                           # a file's type, with its name (Lever's `resume.file_ext` beside `file_name`)
                           "MIME_TYPE"})
#: the ids of a device: a person's device's, except in a table of machines
DEVICE_IDS = frozenset({"DEVICE_ID", "IMEI", "MAC_ADDRESS"})
#: an organisation's own contacts
CONTACTS = frozenset({"EMAIL_ADDRESS", "PHONE_NUMBER"})
#: what ties a row to a person: without one of these, a table's places, devices and events
#: are no one's
PERSON_LINKS = frozenset({"ACCOUNT_ID", "EMAIL_ADDRESS", "PHONE_NUMBER", "COOKIE_ID", "ADVERTISING_ID",
                          "USER_AGENT", "PERSON", "US_SSN", "PASSPORT", "GOVERNMENT_ID", "CREDIT_CARD",
                          "DATE_OF_BIRTH", "IP_ADDRESS", *DEVICE_IDS})

#: table head words (singular) of an organisation or a place of business: its address, time
#: zone and contacts are the organisation's
ORGANIZATION_HEADS = frozenset({
    "shop", "store", "location", "franchise", "company", "organization", "organisation", "org", "merchant", "vendor",
    "supplier", "branch", "office", "venue", "warehouse", "facility", "business", "restaurant", "hotel", "agency",
    "partner", "brand", "tenant", "site", "center", "centre", "outlet", "depot", "clinic", "hospital", "school",
    "university", "bank", "carrier", "manufacturer", "dealer", "retailer", "distributor"})
#: table head words (singular) of machines and equipment: their ids and models are the machines'
EQUIPMENT_HEADS = frozenset({
    "machine", "camera", "sensor", "vehicle", "truck", "printer", "server", "router", "meter", "robot", "kiosk",
    "appliance", "equipment", "asset", "node", "terminal", "gateway", "modem", "antenna", "controller", "lock",
    "thermostat", "charger", "scanner", "register", "pos", "monitor", "poller", "collector", "probe"})
#: programs that visit sites (a forum's list of known search-engine spiders): their user agents
#: and addresses are the program's, no one's
PROGRAM_HEADS = frozenset({"spider", "crawler", "bot", "robot"})
#: a machine's own login (a camera's `user` beside its `pass`)
_LOGIN_WORDS = frozenset({"user", "username", "login", "account"})
_SECRET_WORDS = frozenset({"pass", "password", "passwd", "pwd", "secret"})
#: a program's log: its rows are lines a program wrote (`logs` with `level` and `component`)
_LOG_TABLE_WORDS = frozenset({"log", "logs", "syslog", "journal"})
_LOG_COLUMNS = frozenset({"level", "severity", "priority", "pid", "component", "facility", "logger",
                          # PrestaShop's `ps_log(severity, error_code, message, object_type)`
                          "error"})


#: table names that say their rows are people
PERSON_TABLE_WORDS = frozenset({
    "user", "users", "customer", "customers", "member", "members", "account", "accounts", "person", "persons",
    "people", "profile", "profiles", "contact", "contacts", "subscriber", "subscribers", "employee", "employees",
    "patient", "patients", "student", "students", "identity", "identities", "buyer", "buyers", "seller",
    "sellers", "shopper", "shoppers", "guest", "guests", "player", "players", "visitor", "visitors", "applicant",
    "applicants", "driver", "drivers", "passenger", "passengers", "traveler", "travelers", "recipient",
    "recipients", "client", "clients", "owner", "owners", "author", "authors", "login", "logins", "signup",
    "signups", "registration", "registrations", "session", "sessions", "device", "devices", "order", "orders",
    "staff", "staffs", "agent", "agents",
    "shipping", "billing", "delivery", "address", "addresses"})


#: protocols and services a program logs in to: `snmp_username`, `db_user`, `smtp_login` are
#: the program's credentials for a device or a server, not a person's account
_SERVICE_WORDS = frozenset({"snmp", "smtp", "imap", "pop", "pop3", "ftp", "sftp", "ldap", "bind", "db", "database",
                            "sql", "mysql", "postgres", "proxy", "mqtt", "amqp", "redis", "service", "api",
                            # a server's management and a web check's login (`ipmi_username`, `http_user`)
                            "ipmi", "http", "https", "ssh", "telnet", "jmx", "vnc", "rdp", "smb"})
#: columns of a monitored machine: a table with a `hostname` and two of these is one of machines
_MACHINE_WORDS = frozenset({"snmp", "ping", "sysdescr", "sysname", "sysoid", "sysobjectid", "sysuptime",
                            "availability", "uptime", "os", "mib", "oid", "poller", "community",
                            # an IP address manager's host records: a host in a subnet, its MAC, its reverse DNS
                            "subnet", "gateway", "ptr", "vlan", "mac"})


#: a monitoring system's settings of what it checks (`check_interval`, `retry_interval`,
#: `flap_detection_enabled`): a `hosts` table with them is one of machines, not of an event's hosts
_CHECK_WORDS = frozenset({"check", "checks", "retry", "flap", "flapping", "freshness", "latency", "perfdata",
                          "stalk", "obsess"})


def machine_login(table: str, name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """`monitors.user` beside `monitors.pass`: the login of a camera or a router, not a person's;
    `host.snmp_username`: what a program logs in to a device with."""
    if name.own[-1:] and name.own[-1] in _LOGIN_WORDS and set(name.own[:-1]) & _SERVICE_WORDS:
        return True
    if name.own[-1:] and name.own[-1] in _LOGIN_WORDS and any(s.own[-1:] and s.own[-1] in _SECRET_WORDS
                                                               for s in siblings) \
            and any(s.own[-2:] == ("private", "key") or "privatekey" in s.own for s in siblings):
        return True  # `scripts(username, password, publickey, privatekey)`: how a program logs in over SSH
    return table_head(table) in EQUIPMENT_HEADS and name.own[-1:] and name.own[-1] in _LOGIN_WORDS \
        and any(s.own[-1:] and s.own[-1] in _SECRET_WORDS for s in siblings)


def machine_table(table: str, columns: Sequence[NameTokens]) -> bool:
    """`cameras`, or a `host` table whose columns say a monitored machine (`hostname` beside
    SNMP and ping settings): its location, OS, notes and ids are the machine's."""
    if table_head(table) in EQUIPMENT_HEADS:
        return True
    words = [set(c.own) for c in columns]
    if table_head(table) in {"host", "service"} and len(set().union(*words) & _CHECK_WORDS) >= 3:
        return True  # a monitored host or service: checked, retried, flapping (Nagios, Icinga)
    if set(tokenize(table.rsplit(".", 1)[-1])) & _INVENTORY_TABLE_WORDS and sum(
            bool(w & _HARDWARE_WORDS) for w in words) >= 4:
        return True  # a host's inventory: its OS, hardware, serial numbers, MAC addresses, chassis
    return any("hostname" in w or w == {"host", "name"} for w in words) and sum(
        bool(w & _MACHINE_WORDS) for w in words) >= 2


#: columns of a machine's inventory record (Zabbix's `host_inventory`, a CMDB's assets)
_HARDWARE_WORDS = frozenset({"os", "hardware", "hw", "serialno", "serial", "macaddress", "macaddr", "chassis",
                             "firmware", "bios", "vendor", "arch", "rack"})
#: table words of a machine's record (not of events that mention a visitor's device)
_INVENTORY_TABLE_WORDS = frozenset({"host", "hosts", "inventory", "inventories", "hardware", "asset", "assets",
                                    "server", "servers", "machine", "machines", "cmdb"})
#: what a machine's row says of the machine itself, even when it also names people (its points
#: of contact): its places, its ids, its OS and model, its notes
MACHINE_OWN = PLACE_ENTITIES | DEVICE_IDS | ABOUT_SOMEONE | frozenset({"USER_CONTENT"})


def program_log(table: str, siblings: Sequence[NameTokens]) -> bool:
    """`logs(component, level, message, file, line)`: lines a program wrote, and its source files."""
    return bool(set(tokenize(table.rsplit(".", 1)[-1])) & _LOG_TABLE_WORDS) and sum(
        bool(set(s.own) & _LOG_COLUMNS) for s in siblings) >= 2


def people_table(table: str) -> bool:
    """`users`, `user_geo_locations`, `order_addresses`: a table name that says people."""
    return bool(set(tokenize(table.rsplit(".", 1)[-1])) & PERSON_TABLE_WORDS) and not legal_entity_table(table)


#: table head words of what people did: a row that points to one is part of someone's visit
_TRACKED_HEADS = frozenset({"event", "session", "pageview", "visit", "hit", "click"})


def tied_to_someone(referenced: str) -> bool:
    """Does a foreign key to this table tie a row to a person? A key of people (`users`) or of
    what people did (Snowplow's contexts and self-describing events point to `atomic.events`,
    a tracker's session data to `sessions`): the row is part of that person's visit."""
    return bool(referenced) and (people_table(referenced) or table_head(referenced) in _TRACKED_HEADS)


def organization_table(table: str) -> bool:
    """`shop`, `locations`, `franchise`: rows of organisations or their places (not
    `user_geo_locations`, a person's places)."""
    return legal_entity_table(table) or table_head(table) in ORGANIZATION_HEADS and not people_table(table)


#: what makes a table of entities one of legal entities: the seller's companies that bill (Lago's
#: `billing_entities`), not a ledger's parties (LedgerSMB's `entity`, persons and companies alike)
_LEGAL_ENTITY_WORDS = frozenset({"billing", "legal", "invoicing"})


def legal_entity_table(table: str) -> bool:
    """`billing_entities`, `exports_billing_entities`, `legal_entities`: companies of the operator."""
    words = tokenize(table.rsplit(".", 1)[-1].strip('"`[]'))
    return len(words) > 1 and words[-2] in _LEGAL_ENTITY_WORDS and words[-1] in {"entity", "entities"}


#: a row's own name as an organisation's (Northwind's `customers.company_name`, a CRM account's
#: `legal_name`)
_COMPANY_NAMES = frozenset({("company", "name"), ("organization", "name"), ("organisation", "name"),
                            ("business", "name"), ("legal", "name"), ("firm", "name"), ("corporate", "name")})
#: what only an organisation has: Salesforce's account with `industry`, `annual_revenue`,
#: `number_of_employees`, `ticker_symbol`, `website`
_FIRMOGRAPHICS = frozenset({("industry",), ("annual", "revenue"), ("number", "of", "employees"), ("employees",),
                            ("ticker", "symbol"), ("ticker",), ("website",), ("homepage",), ("sic",), ("naics",),
                            ("duns",), ("duns", "number"), ("ownership",), ("sic", "code"), ("naics", "code")})
#: the person to contact at an organisation
_CONTACT_PERSON = frozenset({("contact", "person"), ("contact", "person", "name"), ("contact", "name")})
#: what only a person has, or a login: a row with one is someone's, whatever else it holds
_OWN_PERSON = frozenset({("first", "name"), ("last", "name"), ("full", "name"), ("middle", "name"),
                         ("birth", "date"), ("birthdate",), ("date", "of", "birth"), ("birthday",), ("gender",),
                         ("sex",), ("username",), ("user", "name"), ("password",), ("login",), ("email",),
                         ("email", "address"), ("salutation",)})


#: table head words (singular) of a party that may be a company: whose rows the columns decide
_PARTY_HEADS = frozenset({"customer", "client", "account", "supplier", "shipper", "vendor", "partner", "company",
                          "organization", "organisation", "org", "party", "merchant", "business", "firm", "carrier",
                          "distributor", "manufacturer", "dealer", "retailer", "payer", "payee", "buyer", "seller"})


def company_rows(table: str, names: Sequence[NameTokens]) -> bool:
    """Are a table's rows organisations, by their columns? A table of parties (customers,
    accounts, suppliers, shippers) with a company's own name
    (`company_name`), or two things only organisations have (industry, revenue, head count,
    ticker, website), and nothing that only a person or a login has (a first name, a birth
    date, a username, an e-mail address of its own). A CRM's `accounts` and Northwind's
    `customers` are companies: their addresses and phones are the company's, their keys are no
    one's account, and a contact person named in the row keeps their name."""
    owns = {name.own for name in names}
    if owns & _OWN_PERSON or table_head(table) not in _PARTY_HEADS:
        return False  # (a ticket's `organization_name`, a licence's `company_name`: the row is not the company)
    # (phpIPAM's `customers(title, address, contact_person, contact_mail)`: a person's own row
    # names no contact person)
    return bool(owns & _COMPANY_NAMES) or len(owns & _FIRMOGRAPHICS) >= 2 or bool(owns & _CONTACT_PERSON)


#: the words of an order's ship-to and bill-to columns (`ship_name`, `billing_street`)
_SHIP_TO_WORDS = frozenset({"ship", "shipping", "shipto", "bill", "billing", "billto", "delivery"})


def ship_to_of_company(names: Sequence[NameTokens], references: Sequence[str], companies: Iterable[str]) -> list[bool]:
    """Which columns of a row that points to a company (an order's `customer_id` to
    Northwind's companies, a CRM order's `account_id` to the account) are that company's
    ship-to or bill-to name and address: the company's, not a person's. `references` are the
    tables each column points to (lower case, without schema; empty: none). A row with a
    person's own columns (a first name, a birth date, a login) keeps them all."""
    owns = {name.own for name in names}
    if owns & _OWN_PERSON or not set(references) & set(companies):
        return [False] * len(names)
    return [bool(set(name.own) & _SHIP_TO_WORDS) for name in names]


def links_of(table: str, entities: Iterable[str], machine: bool = False) -> frozenset[str]:
    """The detections that tie a row of this table to a person: a machine's own ids do not, nor
    does an organisation's contact address or its owner's account (only a person named in the
    row does), nor an IP address beside places (GeoIP ranges)."""
    links = PERSON_LINKS
    if set(entities) & PLACE_ENTITIES:
        links -= {"IP_ADDRESS"}
    if organization_table(table):
        return links - CONTACTS - DEVICE_IDS - {"ACCOUNT_ID", "GOVERNMENT_ID"}  # (its tax number)
    if table_head(table) in PROGRAM_HEADS:  # (nor the account a bot posts as, nor its maker's)
        return links - DEVICE_IDS - {"IP_ADDRESS", "USER_AGENT", "ACCOUNT_ID"}
    if machine or table_head(table) in EQUIPMENT_HEADS:
        return links - DEVICE_IDS - {"IP_ADDRESS"}  # a machine's own address
    return links


def unowned(table: str, about_people: bool, entities: Iterable[str], machine: bool = False,
            company: bool = False) -> frozenset[str]:
    """The entities that are no one's personal data in this table. In a table about people,
    only an organisation's places (a franchise's city beside its owner's name); elsewhere the
    places, the reference lists, what a person does or uses, and an organisation's contacts or
    a machine's ids; GeoIP ranges (IP addresses beside places) are networks of places."""
    organization = company or organization_table(table)
    if about_people:
        return PLACE_ENTITIES | {"INDUSTRY"} if organization else frozenset()
    found = set(entities)
    dropped = PLACE_ENTITIES | REFERENCE_ONLY | ABOUT_SOMEONE
    if found & PLACE_ENTITIES and not machine:
        dropped |= {"IP_ADDRESS"}  # (a machine's address beside its location is still an IP address)
    machine = machine or table_head(table) in EQUIPMENT_HEADS
    if organization:  # an organisation's notes, description, industry, tax and licence numbers
        dropped |= CONTACTS | {"USER_CONTENT", "INDUSTRY", "GOVERNMENT_ID"}
    if machine or organization:
        dropped |= DEVICE_IDS
    if machine:
        dropped |= {"USER_CONTENT"}  # a machine's notes
    if table_head(table) in PROGRAM_HEADS:
        dropped |= DEVICE_IDS | {"IP_ADDRESS", "USER_AGENT"}
    return frozenset(dropped)


#: an IP address's own names, and the words of a range of them (IP2Location's `ip_from`,
#: MaxMind's `network`, `start_ip`): a GeoIP table numbers networks, not anyone's address
_ONE_IP = frozenset({("ip",), ("ip", "address"), ("ipaddress",), ("ip", "addr")})
_IP_BOUND_WORDS = frozenset({"from", "to", "start", "end", "first", "last", "min", "max", "low", "high", "begin"})
_IP_NETWORK_WORDS = frozenset({"network", "range", "block", "cidr", "mask", "prefix", "net", "subnet"})
_IP_RANGE_WORDS = _IP_BOUND_WORDS | _IP_NETWORK_WORDS


def _ip_ranges(columns: Sequence[NameTokens], one_ip: bool) -> bool:
    """Whether the table numbers ranges of addresses: bounds (`ip_from`, `start_ip`), or a
    `network` with no single address beside it. A lookup cache (`ip_geolocations(ip_addr,
    network, country, city)`) keeps the network its one looked-up address belongs to."""
    words = _IP_BOUND_WORDS if one_ip else _IP_RANGE_WORDS
    return any(set(c.own) & words and ("ip" in c.own or "network" in c.own) for c in columns)


def observed_ip(columns: Sequence[NameTokens]) -> bool:
    """`EventIpInfo(ip, countryCode, cityName, latitude, tzIdentifier)`: one IP address looked up
    (where a request came from), not a GeoIP range: the places are where its user was."""
    one_ip = any(c.own in _ONE_IP for c in columns)
    return one_ip and not _ip_ranges(columns, one_ip)


#: place names an IP lookup gives beside its coordinates
_LOOKED_UP_PLACES = frozenset({"country", "region", "city", "subdivision", "metro", "dma"})


def ip_geolocated(columns: Sequence[NameTokens]) -> bool:
    """Pendo's `guide_event(remote_ip, country, region, latitude, longitude)`, Snowplow's
    `user_ipaddress` beside `geo_country`: one request's address (whoever's: `remote_ip`,
    `user_ipaddress`) with the places its lookup gave; the coordinates there are the lookup's,
    a city's, not a GPS fix. (`observed_ip` asks for a bare `ip`, as it also makes the table
    about people.)"""
    one_ip = any(c.own[-1:] in {("ip",), ("ipaddress",)} or c.own[-2:] in {("ip", "address"), ("ip", "addr")}
                 for c in columns)
    return one_ip and not _ip_ranges(columns, one_ip) and any(c.own[-1:] and c.own[-1] in _LOOKED_UP_PLACES for c in columns)


#: what identifies someone in a row: without one of these, a row of counts is no one's
IDENTIFIERS = frozenset({"ACCOUNT_ID", "EMAIL_ADDRESS", "PHONE_NUMBER", "COOKIE_ID", "ADVERTISING_ID", "PERSON",
                         "US_SSN", "PASSPORT", "GOVERNMENT_ID", "CREDIT_CARD", "IP_ADDRESS", *DEVICE_IDS})
#: words of a measure in a table of counts (`count`, `sessions`, `total_new_subscriptions`)
_COUNT_WORDS = frozenset({"count", "counts", "cnt", "total", "overall", "num", "sessions", "hits", "visits",
                          "pageviews", "impressions", "clicks", "proportion", "percent", "share"})


def aggregate_table(columns: Sequence[NameTokens], numeric: Sequence[bool], entities: Iterable[str]) -> bool:
    """`active_subscriptions(active_date, country, plan_id, count)`, `site_metrics(date, browser,
    sessions)`: rows of counts by date and dimension, with nothing that identifies a person, are
    no one's: their country, browser or campaign describe a group. (A vCard address's `count`
    beside no date numbers the card's addresses.)"""
    return any(is_number and set(column.own) & _COUNT_WORDS for column, is_number in zip(columns, numeric)) \
        and any(set(column.own) & _PERIOD_WORDS for column in columns) and not set(entities) & IDENTIFIERS


#: the period a row of counts is for (`active_date`, `month_start_date`, `partition_date`)
_PERIOD_WORDS = frozenset({"date", "day", "week", "month", "year", "period", "hour", "quarter"})


#: the names of a row's own user account
_OWN_ACCOUNT = frozenset({("user", "id"), ("userid",), ("user",), ("account", "id")})


def program_account(table: str, name: NameTokens) -> bool:
    """phpBB's `bots(bot_name, user_id, bot_agent, bot_ip)`, Mattermost's `bots.userid`: the
    account a known program posts as is the program's, not a person's (its `owner_id` stays
    whoever made it)."""
    return table_head(table) in PROGRAM_HEADS and name.own in _OWN_ACCOUNT


#: the last words of a table that lists kinds of browsers, systems or user agents
_AGENT_KINDS = frozenset({("user", "agent"), ("useragent",), ("browser",), ("web", "browser"), ("operating", "system")})
#: what would tie a row of such a table to a visitor: their key, session or address
_VISITOR_WORDS = frozenset({"user", "account", "customer", "member", "visitor", "anonymous", "session", "ip", "event",
                            "person"})


def agent_catalogue(table: str, columns: Sequence[NameTokens]) -> bool:
    """Mattermost's `dim_user_agent(user_agent_id, browser_family, os_family, device_model)`,
    PrestaShop's `ps_web_browser(id_web_browser, name)`: a catalogue of the browsers, systems
    and devices seen, one row for each kind, keyed by its own id, describes no one (a log of
    requests beside the visitor's session or key does)."""
    words = tuple(w.rstrip("s") if w != "os" else w for w in tokenize(table.rsplit(".", 1)[-1].strip('"`[]')))
    if not any(words[-len(kind):] == kind for kind in _AGENT_KINDS):
        return False
    kind_words = set(words)
    return not any(set(c.own[:-1] if c.own[-1:] in {("id",), ("key",)} else c.own) & _VISITOR_WORDS - kind_words
                   for c in columns)
