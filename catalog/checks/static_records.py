"""Columns a schema keeps about its own records and programs, not about a data subject.

Their names share words with personal data (`uid`, `keywords`, `note`, `mobile`, an address),
but the table says whose they are: an application's id in a registry of applications, a
product's keywords, a note left by whoever processed an order, the mobile version of a page,
a mailing list's own addresses. The static gate reads each of these as a veto on one entity.
"""
from __future__ import annotations

from collections.abc import Sequence

from classifiers.names import NameTokens

from catalog.checks.static_names import MESSAGE_TABLE_WORDS, PEOPLE_ROWS, singular, table_head, table_words

#: a registry of applications: each row is a program (an OAuth client, a calendar's app)
_APPLICATION_HEADS = frozenset({"application", "app", "client"})
#: the unique id a row is known by outside the database
_ROW_UIDS = frozenset({("uid",), ("uuid",), ("guid",)})


#: a calendar's objects (CalDAV, iCalendar): their `uid` is RFC 5545's UID of the calendar or event
_CALENDAR_WORDS = frozenset({"calendar", "caldav", "ical", "icalendar"})


def application_key(entity: str, name: NameTokens, table: str) -> bool:
    """Doorkeeper's `oauth_applications.uid`: the id of a registered application (its OAuth
    client id), in a table whose rows are applications, is a program's, not a person's; so is
    the iCalendar UID of a calendar or of its items (DAViCal's `calendar_item.uid`). (A contact
    card's `vcard.uid` and a thread event's `uid`, its user, stay.)"""
    return entity == "ACCOUNT_ID" and name.own in _ROW_UIDS and (
        table_head(table) in _APPLICATION_HEADS or bool(table_words(table) & _CALENDAR_WORDS))


#: heads of tables of things a shop or a site offers and files, or of how it is organised:
#: their rows are no one
_THING_HEADS = frozenset({"product", "goods", "sku", "item", "category", "brand", "catalog", "catalogue", "plan",
                          "price", "coupon", "discount", "tier", "level", "package", "bundle", "offer", "article",
                          "page", "part", "faq",
                          # a helpdesk's setup: its teams, departments, help topics, API keys
                          "team", "department", "dept", "topic", "key"})
#: words a thing is found by
_KEYWORDS = frozenset({"keyword", "keywords", "tag", "tags"})
#: where keywords are what someone looked for: searches, visits and hits, a call or an ad's click
_SOUGHT_CONTEXT = frozenset({"search", "searches", "searched", "query", "queries", "stat", "stats", "hit", "hits",
                             "visit", "visits", "session", "sessions", "event", "events", "click", "clicks", "call",
                             "calls", "referral", "referrer", "traffic", "ad", "ads", "campaign", "utm", "term",
                             "lookup", "pageview", "pageviews", "view", "views", "log", "logs",
                             # a visitor's connections and where they came from (PrestaShop's
                             # `connections_source.keywords`, beside its `http_referer`)
                             "connection", "connections"})


def catalogue_keywords(entity: str, name: NameTokens, table: str) -> bool:
    """`pms_product.keywords`, `pms_product_category.keywords`: the words a shop files a product
    under, not what a visitor searched for (that lives in a search or a visit: CallRail's
    `call_complete.keywords`, the ad keyword that brought the caller)."""
    if entity != "SEARCH_QUERY" or not name.own[-1:] or name.own[-1] not in _KEYWORDS:
        return False
    if table_head(table) in _THING_HEADS:
        return True
    # a bare `keywords` elsewhere is what a thing is filed under (Coppermine's `pictures.keywords`,
    # `dict.keyword`; a CMS page's `metadata.keywords`; a FAQ's): sought words only in a table of
    # searches, visits, hits, calls or ads, or named so (`search_keywords`)
    words = set(name.own) | table_words(table)
    return not words & _SOUGHT_CONTEXT and not any("search" in w for w in words)  # (`ps_statssearch`)


#: heads of a note's name
_NOTE_HEADS = frozenset({"note", "notes", "remark", "remarks", "memo"})
#: a note for the staff only: `intnotes` (LedgerSMB), `internal_note`
_INTERNAL_WORDS = frozenset({"int", "internal", "intnotes", "intnote",
                             # a moderator's or an admin's note on a thing (Philomena's `tags.mod_notes`)
                             "mod", "moderator", "admin", "staff"})
#: a ledger's books: the general ledger, accounts payable and receivable, their entries
_BOOKKEEPING_WORDS = frozenset({"gl", "ap", "ar", "ledger", "journal", "acc", "accounting", "bookkeeping"})
#: the work of whoever processes a record: `handle_note`, `operate_note`, an `operate_history`
_HANDLING_WORDS = frozenset({"handle", "handling", "handled", "handler", "operate", "operation", "operator",
                             "receive", "received", "process", "processing", "processed"})


def handling_note(name: NameTokens, table: str) -> bool:
    """A note left on a record by staff processing it (mall's `oms_order_return_apply.handle_note`,
    `receive_note`, the `note` of an `oms_order_operate_history`, a member's points change's
    `operate_note`), a note for the staff only (`intnotes`), a note on a product, a
    membership level or a ledger's entry (LedgerSMB's `gl.notes`, `ap.notes`, `acc_trans.memo`:
    a bookkeeper's, on a business document): about the record, not
    written by or about its data subject (an order's own `note` is the customer's; a staff
    member's `notes` are about that person). Nothing else either: an `operate_note` is no
    action of a user, a `handle_note` no one's handle."""
    if not name.own or name.own[-1] not in _NOTE_HEADS | _INTERNAL_WORDS:
        return False
    if set(name.own[:-1]) & _HANDLING_WORDS:
        return True
    head = table_head(table)
    if head in PEOPLE_ROWS:
        return False  # a CRM's `contacts.internal_notes`: what the staff write about that person
    if set(name.own) & _INTERNAL_WORDS:
        return True
    return len(name.own) == 1 and (
        head in _THING_HEADS or bool(table_words(table) & (_HANDLING_WORDS | _BOOKKEEPING_WORDS)))


#: what a `mobile_*` column is the mobile version of: a page, its markup, its pictures
_LAYOUT_WORDS = frozenset({"html", "htm", "page", "view", "template", "content", "layout", "css", "style", "theme",
                           "banner", "image", "img", "pic", "picture", "icon", "url", "link", "site", "web", "detail"})


def mobile_version(entity: str, name: NameTokens) -> bool:
    """`pms_product.detail_mobile_html`: the page shown on phones, no one's mobile number."""
    return entity == "PHONE_NUMBER" and "mobile" in name.own and name.own[-1] in _LAYOUT_WORDS


#: a mailing list's own addresses: where subscribe notices go, its posting (beamer) address
_LIST_ADDRESS_WORDS = frozenset({"notify", "notification", "notifications", "beamer", "posting", "bounce", "bounces"})


def list_address(entity: str, name: NameTokens, table: str) -> bool:
    """Mailchimp's `list.notify_on_subscribe` ("The email address to send subscribe notifications
    to"), `list.beamer_address`: in a table of mailing lists, the addresses the list's program
    posts from or notifies are the list's configuration, not a subscriber's address (a table of
    people, `customer_list`, is no mailing list)."""
    return entity in {"EMAIL_ADDRESS", "STREET_ADDRESS"} and table_head(table) == "list" \
        and not table_words(table) & PEOPLE_ROWS and bool(set(name.own) & _LIST_ADDRESS_WORDS)


#: a server's address in a row: the row is a connection's settings
_HOST_WORDS = frozenset({("host",), ("hostname",), ("server",), ("smtp", "host"), ("smtp", "server"), ("imap", "host"),
                         ("imap", "server"), ("mail", "host"), ("mail", "server")})
_PORT_WORDS = frozenset({("port",), ("smtp", "port"), ("imap", "port"), ("mail", "port")})


def server_account(entity: str, name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """osTicket's `email_account(host, port, protocol, …)`, a mail sender's `mail_account(mail,
    username, password, host, port)`: a row with a server's host and port is the account a
    program connects with (a mailbox it fetches, an SMTP relay), so its key and its login are
    the program's settings, not a person's account (who created the row still is)."""
    owns = {s.own for s in siblings}
    return entity == "ACCOUNT_ID" and name.own in _CONNECTION_LOGINS and bool(owns & _HOST_WORDS) \
        and bool(owns & _PORT_WORDS)


#: the row's own key and the login it connects with (its `creator` is still a person)
_CONNECTION_LOGINS = frozenset({("id",), ("username",), ("user", "name"), ("user",), ("login",), ("account",)})


#: tables of what people share: a caption there is what its poster wrote under it
_SHARED_MEDIA = frozenset({"photo", "image", "picture", "pic", "video", "media", "post", "attachment", "upload",
                           "album", "story", "status", "tweet", "reel", "gallery", "file", "clip", "snap"})


def label_caption(entity: str, name: NameTokens, table: str) -> bool:
    """OCS Inventory's `inputs.caption`, `memories.caption` (a component's label, "Standard PS/2
    Keyboard"), Tiny Tiny RSS's `labels.caption`, a form field's `caption`: outside a table of
    shared photos, videos or posts, a caption is the label a program shows, not what someone
    wrote under their picture."""
    return entity == "USER_CONTENT" and name.own[-1:] == ("caption",) \
        and not table_words(table) & (_SHARED_MEDIA | MESSAGE_TABLE_WORDS)


#: protocols a program connects to a directory or a mail server with
_PROTOCOL_PREFIXES = frozenset({"ldap", "saml", "smtp", "imap", "oidc", "radius", "kerberos"})
#: tables of what was sent, received or logged: a protocol's `smtp_recipient` there is someone's
_RECORDED = MESSAGE_TABLE_WORDS | frozenset({"log", "event", "history", "queue", "delivery", "audit"})


def protocol_setting(name: NameTokens, table: str) -> bool:
    """Zabbix's `config.ldap_bind_dn`, `saml_username_attribute`, `ldap_search_attribute`, a
    media type's `smtp_email`: a name opened by a protocol, outside a table of people or of
    recorded messages, is how the program connects (the account it binds with, the attribute it
    reads, the address it sends from), not a person's data (`users.ldap_id` is that user's)."""
    return name.own[:1] and name.own[0] in _PROTOCOL_PREFIXES and len(name.own) > 1 \
        and table_head(table) not in PEOPLE_ROWS and not table_words(table) & (PEOPLE_ROWS | _RECORDED)


#: a warehouse load's own columns: the load, the batch, the time the row was written
_LOAD_WORDS = frozenset({"load", "etl", "batch", "ingest", "ingestion", "dw", "edw"})
#: what a load's time says was done (`data_loaded_at`, `ingested_at`)
_LOADED_WORDS = frozenset({"loaded", "ingested"})
#: the last word of a load's id or time (`load_id`, `dw_trans_ts`, Tuva's `ingest_datetime`)
_LOAD_TIMES = frozenset({"id", "ts", "key", "time", "timestamp", "datetime", "dt", "at", "on", "date"})
#: a bare file's name
_FILE_NAMES = frozenset({("file", "name"), ("filename",), ("file",)})


def load_file(entity: str, name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """`cnst_addr_ncoa_log(file_nm, load_id, dw_trans_ts)`: beside a load's id and its
    warehouse time, a bare file name is the file the row was loaded from, no one's file.
    (An upload's `filename` beside its owner's `user_id` stays the owner's.)"""
    # the file the row came from says so (`src_file_name`); the load's time may name the data
    # loaded (a Segment export's `data_loaded_at` beside its `src_file_name`)
    own = name.own[1:] if name.own[:1] in {("src",), ("source",)} else name.own
    return entity in {"FILE_NAME", "MIME_TYPE"} and own in _FILE_NAMES \
        and any(s.own[:1] and (s.own[0] in _LOAD_WORDS or set(s.own[:-1]) & _LOADED_WORDS)
                and s.own[-1] in _LOAD_TIMES for s in siblings)


def pair_key(entity: str, name: NameTokens, siblings: Sequence[NameTokens]) -> bool:
    """Ampache's `user_data(user, key, value)`: a `key` beside a `value` names a setting the
    row holds for its owner (the owner is the `user` beside), no one's key."""
    return entity == "ACCOUNT_ID" and name.own == ("key",) and any(s.own in {("value",), ("values",)} for s in siblings)


#: the last word of a table that holds another table's texts in each language (PrestaShop's
#: `ps_product_lang`, Magento's and Drupal's `*_translation`, `*_i18n`)
_TRANSLATION_TAILS = frozenset({"lang", "language", "languages", "translation", "translations", "i18n", "l10n"})
#: the key of the language a row is written in
_LANGUAGE_KEYS = frozenset({("lang", "id"), ("language", "id"), ("lang",), ("language",), ("locale",),
                            ("language", "code"), ("lang", "code"), ("locale", "id"), ("iso", "code")})
#: what a translated text is read as when its table is not read
_TEXT_ENTITIES = frozenset({"USER_CONTENT", "SEARCH_QUERY", "BEHAVIORAL_EVENT", "VISITED_URL"})


def translated_text(entity: str, table: str, siblings: Sequence[NameTokens]) -> bool:
    """PrestaShop's `ps_order_message_lang.message`, `ps_meta_lang.keywords`, `ps_info_lang.text`:
    a table of one row per record and language holds the shop's own texts, written by its staff
    in every language it sells in (a canned reply, a page's keywords), not what a customer wrote
    or searched for; those are kept once, in the customer's language (`ps_customer_message`)."""
    words = table.rsplit(".", 1)[-1].strip('"`[]').lower().split("_")
    return entity in _TEXT_ENTITIES and len(words) > 1 and words[-1] in _TRANSLATION_TAILS \
        and any(s.own in _LANGUAGE_KEYS for s in siblings)


def translated_tables(columns: dict[str, list[NameTokens]]) -> set[str]:
    """PrestaShop's `ps_contact` beside `ps_contact_lang`, `ps_profile` beside `ps_profile_lang`:
    a table whose rows have a name in every language the shop speaks is a table of the shop's
    own things (a customer-service department, a permission profile), not of people: no one's
    name is translated."""
    bare = {t.rsplit(".", 1)[-1].strip('"`[]').lower(): t for t in columns}
    found: set[str] = set()
    for name, table in bare.items():
        head, _, tail = name.rpartition("_")
        # (not `user_languages(user_id, language_id)`: the languages a person speaks)
        if head in bare and tail in _TRANSLATION_TAILS - {"language", "languages"} \
                and any(c.own in _LANGUAGE_KEYS for c in columns.get(table, ())) \
                and any(c.own[-1:] in _TRANSLATED_TEXTS for c in columns.get(table, ())):
            found.add(bare[head])
    return found


#: what a per-language table translates: its record's name, title, description
_TRANSLATED_TEXTS = frozenset({("name",), ("title",), ("description",), ("label",), ("text",)})


#: a billing document the system issues and renders for each row (an invoice, a credit note, a quote)
_ISSUED_DOCUMENTS = frozenset({"invoice", "quote", "estimate", "proforma"})
_ISSUED_PAIRS = frozenset({("credit", "note"), ("debit", "note")})
#: the names a rendered copy of the row is kept under (its PDF, its e-invoicing XML)
_RENDERED_FILES = frozenset({("file",), ("xml", "file"), ("pdf", "file"), ("pdf",), ("file", "name"), ("filename",),
                             ("pdf", "path"), ("file", "path")})


def rendered_document(entity: str, name: NameTokens, table: str) -> bool:
    """Lago's `invoices.file`, `credit_notes.xml_file`: the PDF or XML the system renders for an
    invoice it issues, stored beside the invoice, not a file someone had on their device. (An
    expense's `receipt_file` is a photo someone uploaded: receipts are not read as issued.)"""
    if entity not in {"FILE_NAME", "MIME_TYPE"} or name.own not in _RENDERED_FILES:
        return False
    words = table.rsplit(".", 1)[-1].strip('"`[]').lower().split("_")
    return table_head(table) in _ISSUED_DOCUMENTS or any(
        tuple(singular(w) for w in words[i:i + 2]) in _ISSUED_PAIRS for i in range(len(words) - 1))


#: the kind of a billing customer or an account, by its name (`customer_type`, `accountType`)
_CUSTOMER_KINDS = frozenset({("account", "type"), ("customer", "type")})
#: tables whose rows are the platform's users: there a type is what they signed up as
_USER_HEADS = frozenset({"user", "member", "users", "members"})


def customer_kind(entity: str, name: NameTokens, table: str) -> bool:
    """Lago's `customers.customer_type` (company, individual), `account_type` (customer,
    partner), a CRM's `account_type`, Stack Auth's `customerType` (USER, TEAM): the kind of a
    billing customer or an account, not the role a person took on the platform (the taxonomy's
    `role`, `user_type`). A users table's `account_type` is what its user signed up as."""
    return entity == "USER_ROLE" and name.own in _CUSTOMER_KINDS and table_head(table) not in _USER_HEADS


#: a table of what the site itself publishes: its news, its pages, a notice to every visitor
_PUBLICATION_HEADS = frozenset({"news", "page", "announcement",
                                # a message the operator shows its users (Travis CI's `broadcasts`)
                                "broadcast"})
#: ... a notice the site shows (GNU social's bare `notice` is a member's post)
_SITE_WORDS = frozenset({"site", "system", "global", "static"})
#: ... unless its rows are sent in or written by visitors (e107's `submitnews`, a page's comments)
_SUBMITTED_WORDS = MESSAGE_TABLE_WORDS | PEOPLE_ROWS | frozenset({
    "submit", "submitted", "submission", "comment", "reply", "review", "post", "user", "member", "view", "visit"})
#: the parts of a published text
_PUBLISHED_PARTS = frozenset({"title", "subtitle", "body", "text", "content", "summary", "extended", "html", "message"})


def site_publication(entity: str, name: NameTokens, table: str) -> bool:
    """e107's `news(news_title, news_body)` and `page(page_title, page_text)`, Philomena's
    `static_pages(title, body)` and `site_notices(title, text)`: what the site publishes for
    everyone, written by its staff as the site's voice, is no one's personal writing (a wiki's
    pages and site news are public content, static19's convention)."""
    if entity != "USER_CONTENT" or not name.own or name.own[-1] not in _PUBLISHED_PARTS:
        return False
    # (`news` is read in the singular as `new`: its own spelling is kept too)
    words = table_words(table) | set(table.rsplit(".", 1)[-1].strip('"`[]').lower().split("_"))
    if words & _SUBMITTED_WORDS:
        return False
    return bool(words & _PUBLICATION_HEADS) or ("notice" in words and bool(words & _SITE_WORDS))


#: what a shop's catalogue is built of: products, their attributes and the options of those
_CATALOGUE_WORDS = frozenset({"product", "attribute", "variant", "sku", "catalog", "catalogue"})


def catalogue_option(entity: str, name: NameTokens, table: str) -> bool:
    """EverShop's `attribute_option.option_text`, `product_attribute_value_index.option_text`: the
    label of a product attribute's option ("Red", "XL"), set up by the shop, no one's writing (a
    poll's option stays its author's)."""
    return entity == "USER_CONTENT" and name.own[:1] == ("option",) and bool(table_words(table) & _CATALOGUE_WORDS)


#: what a shop sets up zones for: where it ships, what tax it charges
_ZONE_PURPOSES = frozenset({"shipping", "ship", "delivery", "tax"})
#: the places detected in a column
_PLACES = frozenset({"LOCATION", "REGION", "COUNTRY", "CITY", "STREET_ADDRESS"})


def zone_place(entity: str, table: str) -> bool:
    """EverShop's `shipping_zone.country`, `shipping_zone_province.province`: the places a shop's
    shipping or tax zone covers, set up by the shop, where no one lives."""
    words = table_words(table)
    return entity in _PLACES and "zone" in words and bool(words & _ZONE_PURPOSES)


#: tables of networks a site treats alike, whoever uses them: VPN and proxy exits, data centres
_NETWORK_LISTS = frozenset({"vpn", "proxy", "tor", "datacenter", "datacentre", "hosting", "asn"})


def network_list(entity: str, table: str) -> bool:
    """Philomena's `vpns(ip inet)`: the address ranges of VPN providers, no one's address (a ban
    list's IPs stay the banned people's)."""
    return entity == "IP_ADDRESS" and table_head(table) in _NETWORK_LISTS
