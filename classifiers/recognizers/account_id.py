"""Account and user identifiers: the key that links records to one person.

Name-driven: ids look like any other id (a number, a UUID, `usr_8KJ2`), so the values only
confirm an id shape and never decide alone. Ids of things other than a person (orders,
sessions, traces, uploads, comments) are ruled out by their names; device, advertising and
cookie ids belong to their own recognizers.
"""
from __future__ import annotations

import re
from collections.abc import Collection

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView
from classifiers.names import NameTokens, contains_phrase, dataset_base_name, expand, tokenize
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.recognizers.person_name import is_person_name
from classifiers.siblings import login_beside, siblings
from datamap.model import DatasetSample, FieldSample


#: one HL7 v2 extended id (CX): the id (a digit in it), then two to nine `^`-separated components
_CX = r"[A-Za-z0-9_-]{0,19}\d[A-Za-z0-9_-]{0,19}(?:\^[^^~]{0,40}){2,9}"


#: the last words of a key
_KEY_WORDS = frozenset({"id", "uuid", "guid", "key"})
#: what a comment calls a school's subject: a major, a course, a discipline (`subject_id` 所属专业,
#: `subject_id` 科目ID): the clinical study's `subject_id` (MIMIC's patient) has none of these
_SCHOOL_SUBJECT = re.compile(r"专业|科目|学科|课程")
#: words before a key that still make it a person's (`author_user_id`, `owner_profile_id`)
_PERSON_KEY_WORDS = frozenset({"user", "account", "member", "person", "people", "profile", "login", "author", "owner",
                               "customer", "buyer", "creator", "uploader", "patient", "passenger", "participant",
                               "respondent", "guest", "rider", "student", "employee", "moderator", "mod", "acct", "by"})


def _role_name(own: tuple[str, ...]) -> bool:
    """A role's `name` (`owner_name`, `requester_name`): two words or more ending in `name`."""
    return len(own) >= 2 and own[-1] == "name"


def _key_of_another_thing(own: tuple[str, ...]) -> bool:
    """`author_flair_template_id`, `user_device_id`: three words or more ending in a key whose
    word before it names a thing, not a person: the key is that thing's."""
    return len(own) >= 3 and own[-1] in _KEY_WORDS and own[-2] not in _PERSON_KEY_WORDS


class AccountIdRecognizer(FieldRecognizer):
    entity = "ACCOUNT_ID"
    names = ("user id", "userid", "uid", "u id", "user no", "user number", "account id", "accountid", "acct id",
             "member id", "memberid", "member number", "member no", "membership number", "membership no",
             # a business's number for the person it deals with (a sample database's
             # `customerNumber`, `employeeNumber`; SAP's customer number): the role's id spelt
             # with `number`, which alone stays vetoed with the bank's `account_number`
             "customer number", "customer no", "client number", "client no", "employee number", "employee no",
             "staff number", "staff no", "student number", "student no", "patient number", "subscriber number",
             # the same spelt with `code`, as Spanish and Portuguese schemas key their people
             # (`codigo_empleado`, `cod_cliente`: the employee's, the customer's code)
             "employee code", "staff code", "customer code", "client code", "member code",
             "member card number", "member card no", "membership card number", "author id", "buyer id", "seller id",
             "customer id", "cust id", "customerid",
             "owner id", "creator id", "player id", "subscriber id", "profile id", "person id", "shopper id",
             "sender id", "recipient id", "receiver id", "follower id", "followee id", "watcher id", "viewer id", "poster id",
             "actor id", "payer id", "patient id", "passenger id", "driver id", "rider id", "courier id", "guest id",
             "technician id",
             "participant id", "respondent id", "external id", "externalid", "external customer id", "traveler id", "traveller id", "applicant id", "candidate id",
             "reviewer id", "athlete id", "contact id", "lead id", "employee id", "student id", "merchant id", "uin", "openid",
             "open id", "unionid", "union id", "wechat id", "wechat account", "qq id", "qq", "douyin id", "weibo id", "alipay account", "oschina id", "gitee id", "distinct id", "external user id", "user key", "user uuid",
             "user guid", "account uuid", "username", "jid", "bare jid", "principal id",
             "user name", "login", "login id", "login name", "remote user", "screen name", "user handle", "handle",
             # an LDAP entry's distinguished name (`uid=jdoe,ou=people,dc=example,dc=com`)
             "user dn", "bind dn", "distinguished name",
             # who did something to a record: a person, whatever the word for them
             "resolved by", "granted by", "assignee", "assigned to", "approved by", "reviewed by", "invited by",
             "inviter", "sender", "creator", "requester", "requested by", "subject id", "quarantined by",
             "banned by", "deleted by", "performed by", "owner", "ignored user", "ignorer user", "target user",
             "other user", "puppets user", "mod id", "moderator id",
             # a member's manager or leader by account (DingTalk's `manager_userid`, WeCom's
             # `direct_leader`, 直属上级): a person referenced by their id
             "manager userid", "manager user id", "manager uid", "leader userid", "leader user id", "direct leader",
             "supervisor id", "supervisor userid", "supervisor user id", "reports to",
             # a back office's staff account (mall's `ums_admin_login_log.admin_id`: the
             # administrator who logged in), a person's account like any user's
             "admin id", "administrator id", "admin user id",
             # a hospital's number for its patient (EHR exports, HL7 PID-3); spelt with `number` it
             # stays vetoed with the bank's `account_number`
             "mrn", "medical record no", "medical record id", "patient no", "chart no",
             # the same as Indian hospitals spell it (the medical records department's `mrd_number`,
             # a hospital's `uhid`: unique health id) and a patient's unique id by any order of words
             "mrd number", "mrd no", "mr number", "mr no", "uhid", "patient unique id", "unique patient id",
             # HL7's PID-18: the patient's account with the hospital, not a bank's account number
             "patient account number", "patient account no",
             # a reference to the person a record is about (FHIR's `subject.reference`,
             # `patient.reference`: `Patient/123`, `urn:uuid:…`; an encounter's participating
             # `individual`)
             "patient reference", "patient ref", "subject reference", "subject ref", "individual reference",
             "person reference",
             # the record of one person as a party (Salesforce's `Individual`, which holds a
             # contact's or a lead's data-privacy choices: `contact.individual_id`); the noun is
             # a person, as `person id` is
             "individual id",
             # the OMOP common data model's key of the person in the source data
             # (`person_source_value`: the EHR's patient id, often hashed)
             "person source value", "patient source value",
             # a family's members by their role in it (a GEDCOM family's `HUSB`, `WIFE`: pointers
             # to the individuals' records)
             "husband", "wife", "spouse", "husband id", "wife id", "spouse id", "father id", "mother id",
             "child id",
             # a video platform's account is a channel (YouTube's `authorChannelId`: who wrote a
             # comment; a video's `uploaderChannelId`), though a chat's or a sale's channel is not
             "author channel id", "owner channel id", "uploader channel id", "commenter channel id")
    weak_names = ("user", "account", "member", "author", "buyer", "customer", "owner", "creator", "uploader",
                  "patient", "passenger", "participant", "respondent", "guest", "rider", "student", "employee",
                  # a platform's short form of the account (Mastodon's `acct`: `user` or `user@instance`)
                  "acct", "moderator", "mod",
                  # slapd's `dn="…"`: an entry's distinguished name, a person's when the values say so
                  "dn",
                  # who created or last changed a record (an API's `createdBy`, `lastUpdatedBy`: a
                  # user's id, the same people in another role): the values confirm an id or login
                  "created by", "updated by", "modified by", "changed by", "edited by",
                  # who did what an audit log records (RuoYi's `oper_name`, 操作人员: the login of
                  # the staff member or app user who did it; a carrier's name has spaces, no login's form)
                  "operated by", "oper name",
                  "last updated by", "last modified by", "last changed by", "last edited by")
    # a distinguished name alone (`group_dn`, `client_dn`) names an entry of any kind
    value_decided_names = ("dn",)
    # ids of other things, and person-linked ids that other recognizers own
    negative_names = ("counter", "order", "session", "trace", "span", "upload", "comment", "request", "transaction", "txn",
                      "event", "message", "msg", "product", "video", "post", "item", "sku", "file", "parent",
                      "batch", "job", "task", "root", "device", "cookie", "domain", "network", "visitor", "anonymous",
                      "anon", "advertising", "ad", "idfa", "gaid", "tracker", "campaign", "count", "agent",
                      "type", "role", "status", "email", "phone", "pseudo", "created", "updated", "at", "time", "ts",
                      "date", "ip", "hash", "fingerprint", "platform", "group", "tier", "plan", "level", "bank", "iban",
                      "bban", "routing", "swift", "balance", "points", "credits", "score", "experience", "bucket", "tag", "tags", "scene", "manager", "executive", "rep", "holder", "ledger",
                      "gl", "billing", "number", "account no", "acct no", "is", "has", "timestamp", "tstamp", "first", "last",
                      # what a record says of its person (`PatientWeight`, `PatientAge`), and the
                      # ids of a study's objects (DICOM's `StudyInstanceUID`, `SeriesInstanceUID`)
                      "weight", "height", "age", "sex", "gender", "bmi", "birth", "instance", "series", "study",
                      # how someone logs in (`login_method`, 登录方式: password, SMS code, WeChat), not who
                      "method", "mode",
                      # where a login happened (`login_location`, 登录地点: `内网IP`, `浙江省 杭州市`), not who
                      "location", "place", "city", "region", "province", "country", "address",
                      # what a login came from and where it is written down (`login_browser`, `login_os`:
                      # `Chrome`, `Windows 10`; 登录日志id, a login log's own key), not who logged in
                      "browser", "os", "log",
                      # where a login or a sign-up came from (`LoginChannel`, `reg_channel`: a store or
                      # a campaign's code; mall's `source_type` 用户来源: PC, app), not who; a bare
                      # `source` stays out, as `source_user_id` (who referred) is an account
                      "channel", "user source", "member source", "register source", "registration source",
                      "signup source",
                      # how a person stands to a record (GitHub's `author_association`: OWNER, MEMBER)
                      "association", "relation", "relationship",
                      # what a user paid (`用户实付金额`, `user_paid_amount`): money, not the user
                      "amount", "price", "payment", "paid",
                      # the secret an account logs in with (mall4j's `login_password` 登录密码: a bcrypt
                      # hash), not the account: `login` names the account only beside no password
                      "password", "passwd", "pwd",
                      # a membership tier (`vip` 用户VIPID: 0-3, as `level` and `tier`), not whose;
                      # a comment writes it glued, one token (`VIPID`)
                      "vip", "vipid",
                      # what kind of person a record is about (a patient's `patient_class`:
                      # inpatient, emergency), not which one
                      "class", "category", "kind",
                      # a network connection's or flow's id (Zeek's `uid`, documented so by its format)
                      "connection", "flow",
                      # a WeChat official account (公众号, its `appid`) is a business's, not a person's
                      "official account",
                      # a message broker's or a mail relay's login (FastBee's product `mqtt_account`
                      # `FastBee`, a device's `mqtt_username`): what a machine connects with, no person
                      "mqtt", "amqp", "broker", "smtp",
                      # what is written about a record (ShopXO's `user_note` 用户备注: 请尽快发货), no one's id
                      "note", "notes", "remark", "remarks", "memo",
                      # an iCalendar event's UID (Google's `iCalUID`: `8ndr…@google.com`)
                      "ical", "i cal",
                      # a place's id (a geocoder's `place_id`, OpenStreetMap's `osm_id`)
                      "place", "osm", "venue",
                      # a POSIX group's number (`gid`): user private groups share their user's
                      # number, the group is still no account
                      "gid",
                      # what a person object says of its person besides its key (Discord's
                      # `author.public_flags`, `owner.flags`, an avatar's or banner's hash, an
                      # accent colour): the person's settings and pictures, not which person
                      "flags", "flag", "avatar", "banner", "color", "colour", "badge", "icon",
                      # a limit on each user (a channel's `rate_limit_per_user`: seconds between
                      # messages) is a number of the channel's, no user's id
                      "limit", "rate", "quota",
                      # who vouches for a login (Gigya's `loginProvider`, `socialProviders`: `site`,
                      # `google`) and the server's signature of an id (`UIDSignature`): not the account
                      "provider", "providers", "signature",
                      # what an authorisation grants and for how long (an OAuth token's `expires_in`:
                      # 7200 seconds; its `scope`: `snsapi_userinfo`), not whose it is
                      "expire", "expires", "expiry", "expiration", "ttl", "lifetime", "scope", "permission",
                      "permissions",
                      # a tally of people over time (an insurer's `MEMBER_MONTHS`, a ward's
                      # `patient_days`): how long they were counted, no one's id
                      "months", "days", "weeks", "years", "hours")
    patterns = (
        ValuePattern("numeric id", r"\d{1,20}", 0.4),
        ValuePattern("uuid", r"[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}", 0.4),
        ValuePattern("prefixed id", r"[A-Za-z]{1,8}[_:-]?[A-Za-z0-9]{3,40}", 0.35),
        ValuePattern("handle", r"@?[A-Za-z0-9][A-Za-z0-9._-]{1,39}", 0.3),
        # a fediverse account on another server (Mastodon's `acct` of a remote user)
        ValuePattern("handle at a server", r"@?[A-Za-z0-9_]{1,30}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", 0.3),
        # an LDAP distinguished name that starts at a user or person entry
        ValuePattern("ldap dn", r"(?i:uid|cn)=[^,=]+(?:,\s*[A-Za-z]+=[^,=]+)+", 0.4),
        # HL7 v2's extended id (CX: `123456^^^NIST-MPI-1^MR`, the id, its check digit, the
        # assigning authority, the id's type), several joined by `~` (a patient's identifier list)
        ValuePattern("HL7 id^check^scheme^authority^type", rf"{_CX}(?:~{_CX})*", 0.4),
    )
    context = ("user", "uid", "account", "member", "customer", "login")
    value_alone = False
    name_score = 0.75
    # a `user_name` (GitLab's hooks, beside `user_username`) or a `created_by` of `John Smith`,
    # `Mary Ann Lee`: capitalised words with a space between them are the person's name as it
    # is displayed, no login (logins and handles have no spaces)
    # The same of a `user_name` (用户名称) of 2 to 4 Han characters, or two names joined by a middle
    # dot (`买买提·艾力`), on most rows: the name a person goes by (an order's buyer), no login
    other_forms = (("people's names (capitalised words)", r"^\p{Lu}\p{Ll}+(?:[ '-]\p{Lu}\p{Ll}+)*(?: \p{Lu}\.?)?(?: \p{Lu}\p{Ll}+)+$"),
                   ("people's names (Han characters)", r"^(?:[一-鿿]{2,4}|[一-鿿]{2,8}[·•][一-鿿]{2,8})$"))
    # (`account_number` is a bank's more often than a platform's: it is left to the values)
    # an account id can be any string (an e-mail, a login, a legacy code): the name decides
    values_required = False

    def name_signal(self, name: NameTokens) -> Signal | None:
        """`handle` names an account alone or beside a person (`user_handle`, `father_handle`);
        beside a thing (`place_handle`, `media_handle`) it is that thing's handle, as object
        stores and genealogy files key their records. Inside an object for a role or an issuer
        (`sessionIssuer.userName`) a user name or an account id is that role's."""
        if name.parent and name.parent[-1] in ROLE_OBJECTS:
            return None
        related = self._related_person(name)
        if related is not None:
            return related
        if "handle" in name.own and len(name.own) > 1:
            others = set(name.own) - {"handle"}
            if others.isdisjoint(HANDLE_OWNERS) and not any(
                    contains_phrase(name.own, words) for words in self._names if words != ("handle",)):
                return None
        signal = super().name_signal(name)
        if signal is not None and _role_name(name.own) and not any(
                "name" in words and contains_phrase(name.own, words) for words in self._names + self._weak):
            # `owner_name`, `creator_name`: the name of the person in that role (`Dr. Meera
            # Deshmukh`), not the account the role word alone stands for (a `user_name` is a login)
            return None
        if signal is not None and signal.score <= self.weak_name_score and _key_of_another_thing(name.own):
            # `author_flair_template_id`: the id of what the word before it names (the author's
            # flair template), not of the role word further back
            return None
        return signal

    def _related_person(self, name: NameTokens) -> Signal | None:
        """`parent_user_id`, `order_customer_id`: a person's id whose name ends the field's name,
        qualified by the record it belongs to (the parent message's user, the order's customer).
        The record word vetoes a bare id (`parent_id`, `order_id`), not the person's id after it:
        the head of the compound says what the value is."""
        own = name.own
        if len(own) < 3 or not RECORD_QUALIFIERS.issuperset(own[:1]):
            return None
        for cut in range(1, len(own) - 1):
            head = own[cut:]
            if not RECORD_QUALIFIERS.issuperset(own[:cut]):
                break
            if head in PERSON_ID_HEADS:
                return Signal("name", f"name '{name.raw}' ends in '{' '.join(head)}': the person of its "
                                      f"'{' '.join(own[:cut])}'", self.name_score)
        return None

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        """A person object's `name` beside its login (GitLab's `user.name` beside `user.username`,
        GitHub's `owner.name` beside `owner.login`) is the name its owner set: the login is the
        account's handle. The users a process runs as on a phone or a TV are its apps' sandboxes
        (Android's `u0_a18`: user 0's app 18), no person's account; nor is a true/false flag. A
        `subject_id` its comment calls a major or a course (所属专业, 科目ID) is a school's subject,
        no study's. Nor is an amount (a balance `account` 余额: 120.5, 0.0): ids are whole."""
        if _app_sandbox_share(sample) >= USER_DN_SHARE or _system_users_only(sample) or _flags_only(sample) \
                or _amounts(sample):
            return True
        if "subject" in NameTokens.of(sample.path).own and sample.comment and _SCHOOL_SUBJECT.search(sample.comment):
            # a school's subject (`subject_id` 所属专业, 科目ID): a major or a course, no study's subject
            return True
        if dataset.kind == "logcat" and _android_uids(sample):
            return True
        parent = tokenize(sample.parent) if sample.parent else ()
        return NameTokens.of(sample.path).own == ("name",) and parent[-1:] != () and parent[-1] in PERSON_OBJECTS \
            and login_beside(sample, dataset) is not None

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """The bare key of a table of people (`users.id`, `public.customers.id`, the `after.id`
        of a change-data-capture record of `customers`) is their account id."""
        own = NameTokens.of(sample.path).own
        parent = tokenize(sample.parent) if sample.parent else ()
        listed = _listed_people(sample, own)
        if listed is not None:
            return listed
        ids = _person_id_format(sample)
        if ids is not None:
            return ids
        users = _user_dn_share(sample)
        if users >= USER_DN_SHARE:
            # a directory's `manager`, a group's `uniquemember`: distinguished names of user
            # entries (`uid=jdoe, ou=People, dc=example,dc=com`), one or a list, point at accounts
            # whatever the attribute is called
            return Signal("context", f"{users:.0%} of values are distinguished names of user entries (uid=…)",
                          0.6, round(users, 4))
        if parent and parent[-1] in PERSON_OBJECTS and (own in OBJECT_KEYS or own == (parent[-1][0] + "id",)):
            # `user.node_id`, `author.uuid`: the key of the object that stands for a person, also
            # spelt with the object's initial (Bilibili's `member.mid`, an `author.aid`)
            return Signal("context", f"'{sample.path}' is the key of the '{parent[-1]}' object", 0.6)
        if parent and own in OBJECT_KEYS:
            login = login_beside(sample, dataset)
            if login is not None:
                # `sponsorship.sponsor.id` beside `sponsorship.sponsor.login`: an object with a
                # login is an account, whatever the role its object is named after
                return Signal("context", f"'{sample.path}' is the key of an object with a login "
                                         f"('{login.path}'): an account", 0.6)
        if own == ("name",) and ((parent and parent[-1] in PERSON_OBJECTS)
                                 or (not parent and PEOPLE_TABLES.intersection(table_tokens(dataset.name)))) \
                and login_beside(sample, dataset) is None:  # (beside a login, the login is the handle)
            handles = _handle_share(sample)
            if handles >= HANDLE_SHARE:
                # `pusher.name` or an accounts table's `name` of `Codertocat`, `bboe_dev`: single
                # tokens that read as no person's name are the account's handle
                return Signal("context", f"the '{parent[-1] if parent else 'account'}''s name is a handle: "
                                         f"{handles:.0%} of values are one token and no person's name", 0.6,
                              round(handles, 4))
        if own == ("alias",) and _digit_share(sample, ALIAS_NUMBER) >= ALIAS_DIGIT_SHARE:
            # a push registration's `alias` (Xiaomi, JPush, Getui bind the app's user id to the
            # install): an alias made of numbers is the account it is bound to, no name, also
            # behind the short prefix apps put before the user id (`u_39174397`, `uid-1024`)
            return Signal("context", f"'{sample.path}' is an alias of numbers: the account bound to it", 0.6)
        if own and own[-1] in PERSON_WORDS and _digit_share(sample, PERSON_NUMBER) >= ALIAS_DIGIT_SHARE:
            # a field named for the person it records (Baidu Yingyan's `monitored_person`, a
            # trip's `driver`, a register's `resident`) whose values are ids of numbers, bare or
            # behind a short prefix (`qs_8474163`, `D10293847`), holds that person's account
            return Signal("context", f"'{sample.path}' names a person and holds ids of numbers: the person's account",
                          0.6)
        addressee = _addressee(sample, dataset, own) or _sender_with_key(sample, dataset, own)
        if addressee is not None:
            return addressee
        if own in SUBJECT_NAMES and _numbered(sample):
            # a study's `Subject` or `Subj` numbered 1, 2, 3…: the participant, not a topic
            return Signal("context", f"'{sample.path}' numbers the people of a study", 0.6)
        if own not in KEY_NAMES:
            return None
        if sample.parent and not set(tokenize(sample.parent)) <= RECORD_WRAPPERS:
            return None  # `device.id`, `order.id`: the key of something nested, not of the table
        if (measured := _whose_measures(sample, dataset)) is not None:
            return Signal("context", f"'{sample.path}' repeats over a table of {measured}: whose they are", 0.6)
        people = sorted(people_table_words(dataset, table_tokens(dataset.name)))
        if not people or _references_its_people(dataset, sample, people):
            return None
        return Signal("context", f"'{sample.path}' is the key of a table of {people[0]}s", 0.7)


#: words for another record that qualify a person's id in front of it (`parent_user_id`,
#: `order_customer_id`, `thread_author_id`): alone before `id` they name that record's own key
RECORD_QUALIFIERS = frozenset({"parent", "root", "order", "session", "event", "message", "msg", "post", "comment",
                               "item", "request", "transaction", "txn", "job", "task", "batch", "upload", "video",
                               "file", "thread", "reply", "ticket", "issue", "original", "source", "target"})
#: a person's id that may end such a name
PERSON_ID_HEADS = frozenset({("user", "id"), ("userid",), ("uid",), ("account", "id"), ("member", "id"),
                             ("author", "id"), ("customer", "id"), ("owner", "id"), ("creator", "id"),
                             ("sender", "id"), ("recipient", "id"), ("buyer", "id"), ("seller", "id"),
                             ("poster", "id"), ("actor", "id"), ("patient", "id"), ("player", "id")})

#: words beside `handle` that make it a person's (a platform's, a role's, a kin's)
HANDLE_OWNERS = frozenset({"user", "account", "member", "author", "owner", "creator", "sender", "recipient",
                           "customer", "screen", "social", "twitter", "x", "instagram", "tiktok", "github", "telegram",
                           "reddit", "mastodon", "bluesky", "threads", "youtube", "facebook", "linkedin", "slack",
                           "discord", "person", "people", "individual", "father", "mother", "spouse", "husband",
                           "wife", "partner", "child", "parent", "patient", "contact", "login"})

#: people a record lists by id (a user group's `users`, a channel's `members`)
LISTED_PEOPLE = frozenset({"user", "member", "participant", "attendee", "follower", "subscriber", "owner", "admin",
                           "moderator", "assignee", "reviewer", "recipient", "invitee", "collaborator"})


def _listed_people(sample: FieldSample, own: tuple[str, ...]) -> Signal | None:
    """A list named with the plural of a person word (`users`, `members`, `assignees`) whose items
    are ids or logins (one token each, no sentence): the accounts of those people."""
    if len(own) != 1 or not own[0].endswith("s") or own[0][:-1] not in LISTED_PEOPLE:
        return None
    if not sample.is_list:
        return None
    items = pc.drop_null(sample.values)  # (a list's sampled elements, flattened)
    if len(items) == 0:
        return None
    if pa.types.is_string(items.type) or pa.types.is_large_string(items.type):
        if pc.any(rx.match(items, r"\s|^$")).as_py():
            return None  # names or sentences, not ids
    elif not pa.types.is_integer(items.type):
        return None
    return Signal("context", f"'{sample.path}' lists {own[0]} by their ids", 0.6)


#: the share of a field's values that must be distinguished names of user entries
USER_DN_SHARE = 0.8
#: an LDAP distinguished name that starts at a user's entry (`uid=`), then its branch; several may
#: be joined (`;`, `|`, a new line)
_DN = r"[Uu][Ii][Dd]=[^,=;|\n]+(?:,\s*[A-Za-z]+=[^,=;|\n]+)+"
_USER_DNS = rf"^\s*{_DN}(?:\s*[;|\n]\s*(?:{_DN}|[Cc][Nn]=[^;|\n]+))*\s*$"


def _user_dn_share(sample: FieldSample) -> float:
    """The share of a text field's values that are user entries' distinguished names (0 at once
    for a field whose first value does not start so: most fields)."""
    values = sample.values
    if not pa.types.is_string(values.type) and not pa.types.is_large_string(values.type):
        return 0.0
    values = pc.drop_null(values)
    if len(values) == 0 or not str(values[0].as_py()).lstrip()[:4].lower() == "uid=":
        return 0.0
    return (pc.sum(rx.match(values, _USER_DNS)).as_py() or 0) / len(values)


#: Android's Linux user of an app (`u0_a18`, `u10_a123`) or of an isolated service (`u0_i5`)
_APP_SANDBOX = r"^u\d{1,3}_[ai]\d{1,6}$"


def _app_sandbox_share(sample: FieldSample) -> float:
    """The share of a text field's values that are Android app sandboxes' user names (0 at once
    when the first value is none)."""
    values = sample.values
    if not pa.types.is_string(values.type) and not pa.types.is_large_string(values.type):
        return 0.0
    values = pc.drop_null(values)
    if len(values) == 0 or not str(values[0].as_py()).startswith("u"):
        return 0.0
    return (pc.sum(rx.match(values, _APP_SANDBOX)).as_py() or 0) / len(values)


#: a process's uid as logcat prints it (`1000`, `10013`, `10029(com.android.systemui)`)
_UID_NUMBER = r"^\d{1,7}(?:\(|\b)"


#: the words of a yes/no flag
_FLAG_WORDS = pa.array(["true", "false"])


def _flags_only(sample: FieldSample) -> bool:
    """Whether every value is a true/false flag (a binder's `cached=false` under its sender's
    name): a flag says something of an account, never which one."""
    values = pc.drop_null(sample.values)
    if len(values) == 0:
        return False
    if pa.types.is_boolean(values.type):
        return True
    if not pa.types.is_string(values.type):
        return False
    return bool(pc.all(pc.is_in(pc.utf8_lower(values), value_set=_FLAG_WORDS)).as_py())


def _amounts(sample: FieldSample) -> bool:
    """Whether the values are numbers some of which have a fraction (120.5 beside 0.0): an
    amount's, which no id has (ids stored as floats, 12345.0, are whole)."""
    values = pc.drop_null(sample.values)
    if len(values) == 0:
        return False
    if pa.types.is_floating(values.type) or pa.types.is_decimal(values.type):
        numbers = pc.cast(values, pa.float64())
        return bool(pc.any(pc.not_equal(numbers, pc.floor(numbers))).as_py())
    if not pa.types.is_string(values.type):
        return False
    if not pc.all(pc.match_substring_regex(values, r"^-?\d+(?:\.\d+)?$")).as_py():
        return False
    return bool(pc.any(pc.match_substring_regex(values, r"\.\d*[1-9]")).as_py())


def _android_uids(sample: FieldSample) -> bool:
    """A process credential of an Android log (logcat's `uid=10013`, `from uid 2000`): Android
    gives each app its own Linux user (10000 and up; 1000 is the system, 2000 the shell), so
    the uid names the app or the system service that logged, never the phone's owner."""
    # (`Uid_2`: the second uid slot of a message is a uid all the same)
    own = tuple(token for token in NameTokens.of(sample.path).own if not token.isdigit())
    if own[-1:] == () or own[-1] not in _PROCESS_CREDENTIALS:
        return False
    values = pc.drop_null(sample.values)
    if len(values) == 0:
        return False
    if pa.types.is_integer(values.type):
        return True
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return False
    return (pc.sum(rx.match(values, _UID_NUMBER)).as_py() or 0) >= USER_DN_SHARE * len(values)


#: the users a Unix system's own services run as (Debian's and Red Hat's base accounts, and those
#: the packages of common services create as they install: `Creating user 'postgres'`): no person
SERVICE_USERS = frozenset({"daemon", "bin", "sys", "adm", "nobody", "nogroup", "www-data", "syslog",
                           "messagebus", "_apt", "polkitd", "sshd", "systemd-network", "systemd-resolve",
                           "systemd-timesync", "systemd-journal", "systemd-coredump", "systemd-oom", "wheel",
                           "operator", "postgres", "mysql", "redis", "mongodb", "nginx", "apache", "_chrony",
                           "uuidd", "tcpdump", "avahi", "colord", "geoclue", "rtkit", "usbmux", "dnsmasq", "tss",
                           "fwupd-refresh", "kernoops", "whoopsie", "saned", "lp", "mail", "news", "uucp",
                           "proxy", "backup", "list", "irc", "gnats", "man", "games", "sync", "statd", "_rpc"})
SYSTEM_USERS = SERVICE_USERS | {"root"}
#: the highest uid of the system's own users (Debian Policy 9.2.2: 0-99 static, 100-999 dynamic system
#: users; a person's first account is 1000)
MAX_SYSTEM_UID = 999


#: the credentials a process runs with (auditd's and `ps`'s names): the user it runs as, not who
#: logged in (`auid`, a `user` or `principal` that authenticated as `root` is someone's login)
_PROCESS_CREDENTIALS = frozenset({"uid", "euid", "suid", "fsuid", "ruid", "gid", "egid", "sgid", "fsgid", "rgid",
                                  "ouid", "ogid", "iuid", "igid"})


def _system_users_only(sample: FieldSample) -> bool:
    """Whether a process's credential holds only the system's own accounts (an audit record's
    `UID`, `EUID`, `FSGID` of `root` and `www-data`, or their numbers below 1000): the identities
    programs run as, no person's account; nor is a `user` of services' accounts only (a package
    installer's `Creating user 'systemd-network'`). A login's `user` of `root` stays an account
    (MongoDB's `Successfully authenticated as principal root`): someone holds its password."""
    own = NameTokens.of(sample.path).own
    if own[-1:] == ():
        return False
    values = sample.values
    if own[-1] in _PROCESS_CREDENTIALS and pa.types.is_integer(values.type):
        # numbers of the system's range (an installer's `Creating user … with UID 998 and GID 998`)
        present = pc.drop_null(values)
        return len(present) > 0 and 0 <= pc.min(present).as_py() and pc.max(present).as_py() <= MAX_SYSTEM_UID
    if not pa.types.is_string(values.type) and not pa.types.is_large_string(values.type):
        return False
    distinct = FieldView.of(sample).informative.values.to_pylist()
    if own[-1] in _PROCESS_CREDENTIALS:
        return 0 < len(distinct) <= len(SYSTEM_USERS) and all(v in SYSTEM_USERS for v in distinct)
    # any other user field of services' accounts only, `root` aside (someone holds its password)
    return own[-1] in _SERVICE_USER_NAMES and 0 < len(distinct) <= len(SERVICE_USERS) \
        and all(v in SERVICE_USERS for v in distinct)


#: the names a field of users goes by, where a column of service accounts only is no person's
_SERVICE_USER_NAMES = frozenset({"user", "username", "owner", "account"})


#: a Matrix user id (`@alice:example.org`, `@bob:localhost:8448`): the localpart, then the
#: homeserver's name (a domain, `localhost`, an IP address) and its port; `@10:30` is a time
_MATRIX_USER = (r"^@[A-Za-z0-9._=/+-]+:(?:(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}|localhost|\d{1,3}(?:\.\d{1,3}){3}"
                r"|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$")
#: a GraphQL global id of a resource (Shopify's `gid://shopify/Customer/207119551`): its type
_GID = re.compile(r"^gid://[\w.-]+/([A-Za-z]+)/[\w-]+")
#: a decentralized identifier (W3C DID syntax: `did:` + method + the method's id): the AT
#: Protocol's accounts (Bluesky's `did:plc:z72i7hdynmk6r22z27h6tvur`, `did:web:example.com`), the
#: holders of verifiable credentials; a document's `did:` URL path or fragment is no longer one
_DID = r"^did:[a-z0-9]+:[A-Za-z0-9._%-]+(?::[A-Za-z0-9._%-]+)*$"


def _person_id_format(sample: FieldSample) -> Signal | None:
    """Ids whose format says they are people's, whatever the field is called: Matrix user ids
    (`@alice:example.org`: a chat message's `to`, a room join's authorising user) and the global
    ids of people (`gid://shopify/Customer/…`, `…/StaffMember/…`: a type whose words name a
    table of people; an order's `gid://…/Order/…` is no one's), and decentralized identifiers
    (`did:plc:…`, `did:web:…`: the accounts of the AT Protocol and of credential holders). Read only when the first value starts so (most fields: not at all)."""
    values = sample.values
    if not pa.types.is_string(values.type) and not pa.types.is_large_string(values.type):
        return None
    values = pc.drop_null(values)
    first = str(values[0].as_py()) if len(values) else ""
    if first.startswith("@") and ":" in first:
        share = (pc.sum(rx.match(values, _MATRIX_USER)).as_py() or 0) / len(values)
        if share >= USER_DN_SHARE:
            return Signal("context", f"{share:.0%} of values are Matrix user ids (@user:server)", 0.6,
                          round(share, 4))
    if first.startswith("did:"):
        share = (pc.sum(rx.match(values, _DID)).as_py() or 0) / len(values)
        if share >= USER_DN_SHARE:
            # a post's `author.did`, a message's `sender.did`, a session's `did`: whoever the
            # field is named after, the value is the key of an account (a person's or an
            # organisation's, as a platform's user id is)
            return Signal("context", f"{share:.0%} of values are decentralized identifiers (did:method:id)", 0.6,
                          round(share, 4))
    if first.startswith("gid://"):
        kinds = [_GID.match(str(v)) for v in values.to_pylist()]
        people = sum(1 for kind in kinds if kind and PEOPLE_TABLES.intersection(tokenize(kind.group(1))))
        if people >= USER_DN_SHARE * len(values):
            return Signal("context", f"{people / len(values):.0%} of values are global ids of people "
                                     f"(gid://…/{kinds[0].group(1)}/…)", 0.6, round(people / len(values), 4))
    return None


#: the fields a message names its addressee by (Reddit's private message `dest`, a chat's `to`)
ADDRESSEE_NAMES = frozenset({("dest",), ("to",), ("recipient",), ("addressee",)})
#: the fields beside them that name who wrote the message: then the record is a message
SENDER_NAMES = frozenset({("author",), ("from",), ("sender",)})
#: a username: one token of letters, digits, `_` or `-` with a letter in it (no e-mail, no
#: host name with dots, no number); an all-capital code of two to four letters (an airport's
#: `JFK`, a currency's `USD`) is none
_USERNAME = r"^@?(?:[A-Za-z0-9_-]{0,29}[a-z][A-Za-z0-9_-]{0,29}|[A-Z][A-Z0-9_-]{4,29})$"


def _addressee(sample: FieldSample, dataset: DatasetSample, own: tuple[str, ...]) -> Signal | None:
    """A message's addressee (`dest`, `to`, `recipient`) beside its sender (`author`, `from`)
    whose values are usernames: the account the message was sent to, as the sender's is the
    account that sent it. Without a sender beside it a `dest` is as often a flight's airport or
    a connection's host."""
    if own not in ADDRESSEE_NAMES:
        return None
    values = pc.drop_null(sample.values)
    if len(values) == 0 or not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return None
    sender = next((f for f in siblings(sample, dataset) if NameTokens.of(f.path).own in SENDER_NAMES), None)
    if sender is None:
        return None
    share = (pc.sum(rx.match(values, _USERNAME)).as_py() or 0) / len(values)
    if share < USER_DN_SHARE:
        return None
    return Signal("context", f"a message's addressee beside its sender ('{sender.path}'): {share:.0%} of values "
                             f"are usernames", 0.6, round(share, 4))


#: who wrote or did what a chat export records (Telegram's `from` and `actor`, beside `from_id`
#: and `actor_id`)
SENDER_WORDS = frozenset({"from", "sender", "actor", "author"})
#: a sender as a chat shows them: a display name or a handle (letters or digits first, then
#: letters, digits, dots, underscores, apostrophes, hyphens or spaces); no e-mail, no path
_SHOWN_SENDER = r"^[\p{L}\p{N}][\p{L}\p{N}._' -]{0,39}$"
#: an all-capital code (an airport's `JFK`, a station's `PAR`): a place a route runs from, no sender
_CODE = r"^[A-Z]{2,4}$"


def _sender_with_key(sample: FieldSample, dataset: DatasetSample, own: tuple[str, ...]) -> Signal | None:
    """A message's sender and the key beside it (Telegram's export: `from` of `Bob`, `from_id` of
    `user700000000` or `19`): the sender's name and the sender's id are one account, the pair
    says so where either alone is a preposition or a graph's edge. `from_id` is the account when
    `from` beside it shows senders; `from` is when its key stands beside it."""
    if len(own) == 2 and own[0] in SENDER_WORDS and own[1] == "id":
        shown = next((f for f in siblings(sample, dataset) if NameTokens.of(f.path).own == own[:1]), None)
        if shown is not None and _sender_share(shown) >= USER_DN_SHARE:
            return Signal("context", f"the key of the sender beside it ('{shown.path}' shows senders)", 0.6)
        return None
    if len(own) != 1 or own[0] not in SENDER_WORDS:
        return None
    key = next((f for f in siblings(sample, dataset) if NameTokens.of(f.path).own == (own[0], "id")), None)
    share = _sender_share(sample) if key is not None else 0.0
    if share < USER_DN_SHARE:
        return None
    return Signal("context", f"a message's sender beside its key ('{key.path}'): {share:.0%} of values are "
                             f"names or handles", 0.6, round(share, 4))


def _sender_share(sample: FieldSample) -> float:
    """Share of the values that read as a sender shown by a chat (a name or a handle, no code)."""
    values = pc.drop_null(sample.values)
    if len(values) == 0 or not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return 0.0
    shown = pc.and_(rx.match(values, _SHOWN_SENDER), pc.invert(rx.match(values, _CODE)))
    return (pc.sum(shown).as_py() or 0) / len(values)


#: the share of an `alias` field's values that must be numbers of 5 to 20 digits to be an account
ALIAS_DIGIT_SHARE = 0.9


#: an alias of numbers: the user id, alone or behind a short prefix of letters
ALIAS_NUMBER = r"^(?:[A-Za-z]{1,6}[_-])?\d{5,20}$"


def _digit_share(sample: FieldSample, form: str = r"^\d{5,20}$") -> float:
    values = sample.values.drop_null()
    if len(values) == 0:
        return 0.0
    text = values.cast(pa.string()) if not pa.types.is_string(values.type) else values
    return (pc.sum(rx.match(text, form)).as_py() or 0) / len(values)


#: the last word of a field named for the person it records: with ids of numbers as values, that
#: person's account (no `contact`, whose numbers are phones, nor `follower` or `subscriber`, counted)
PERSON_WORDS = frozenset({"person", "user", "member", "customer", "client", "passenger", "driver", "rider", "courier",
                          "resident", "patient", "employee", "student", "guest", "buyer", "seller", "player",
                          "technician"})
#: a person's id of numbers, bare or behind a short prefix of letters, glued or not (`D10293847`)
PERSON_NUMBER = r"^(?:[A-Za-z]{1,6}[_-]?)?\d{5,20}$"
#: names of the people a study's rows are about, when they are bare numbers
SUBJECT_NAMES = frozenset({("subject",), ("subj",), ("participant",), ("respondent",), ("subject", "no"),
                           ("subject", "number")})
#: a numbered subject: at least this share of the values are whole numbers
NUMBERED_SHARE = 0.95


#: share of a `name` column's distinct values that must be handles (one token, no person's name)
HANDLE_SHARE = 0.8


def _handle_share(sample: FieldSample) -> float:
    """Share of the distinct values that are one token (no space) and read as no person's name."""
    values = sample.values
    if not pa.types.is_string(values.type):
        return 0.0
    distinct = [v for v in pc.unique(values).to_pylist() if v]
    if not distinct:
        return 0.0
    handles = sum(1 for v in distinct if not any(c.isspace() for c in v.strip()) and not is_person_name(v))
    return handles / len(distinct)


def _numbered(sample: FieldSample) -> bool:
    """Whole numbers (1, 2, 3 or 1001), at least five of them: the values of a numbered person."""
    values = sample.values
    if len(values) < 5:
        return False
    if pa.types.is_integer(values.type):
        return True
    if not pa.types.is_string(values.type):
        return False
    numbers = pc.sum(pc.fill_null(rx.match(values, r"^\d{1,9}$"), False)).as_py() or 0
    return numbers >= NUMBERED_SHARE * len(values)


def _references_its_people(dataset: DatasetSample, key: FieldSample, people: list[str]) -> bool:
    """Whether another column points at the people the table is named after (`user_id` in
    `t_user_address`, `customer_id` in `customer_orders`): then its rows are their addresses or
    orders, and its own key numbers those, not the people."""
    wanted = {(word, "id") for word in people} | ({("uid",)} if "user" in people else set())
    for field in dataset.fields:
        if field is key or field.parent:
            continue
        own = NameTokens.of(field.path).own
        if own in wanted or (len(own) == 1 and any(own[0] == word + "id" for word in people)):
            return True
    return False


#: column words of a table of ledger or bank accounts (HomeBank's, GnuCash's, a bank's):
#: money held, not a person's login
LEDGER_WORDS = frozenset({"balance", "currency", "curr", "overdraft", "iban", "initial", "minimum", "maximum",
                          "opening", "closing", "reconciled"})


def people_table_words(dataset: DatasetSample, table: Collection[str]) -> set[str]:
    """The words of a table's name that say its rows are people (`users`, `patients`); none for
    a book's accounts (cheque, savings) beside their balance or currency: money, no one's login."""
    people = PEOPLE_TABLES.intersection(table) | _glued_people(table)
    if people == {"account"} and _ledger_column(dataset) is not None:
        return set()
    return people


#: people words that a model's or a table's name glues behind a qualifier (Django's
#: `customuser`, `emailuser`, `siteuser`; `webcustomer`, `inpatient`): the rows are still people
GLUED_PEOPLE = ("user", "customer", "patient", "employee", "member", "person", "student")
#: letters the qualifier needs (`reuser`, `abuser` are words, not a kind of user)
GLUED_QUALIFIER = 3
#: words that end in a people word and are none (`remember`)
NOT_GLUED = frozenset({"remember", "remembers"})


def _glued_people(table: Collection[str]) -> set[str]:
    """The people words glued at the end of a table name's words (`customuser` -> user)."""
    return {person for word in table if word not in NOT_GLUED for person in GLUED_PEOPLE
            if word.endswith(person) and len(word) - len(person) >= GLUED_QUALIFIER}


def _ledger_column(dataset: DatasetSample) -> str | None:
    """A top-level column of the table that says its accounts hold money, if there is one."""
    for field in dataset.fields:
        if not field.parent and LEDGER_WORDS.intersection(NameTokens.of(field.path).own):
            return field.path
    return None


#: names of a table's own key
KEY_NAMES = frozenset({("id",), ("uuid",), ("guid",), ("pk",), ("key",)})
#: table-name words (singular) of what a wearable or a health app measures of its wearer: a
#: fitness export's `dailyActivity`, `sleepDay`, `weightLogInfo`, `heartrate_seconds`
BODY_MEASURES = frozenset({"activity", "step", "sleep", "heartrate", "heart", "weight", "calorie", "intensity",
                           "workout", "exercise", "fitness", "bmi", "spo2", "hrv", "met"})
#: a key repeats when its rows hold at most this share of distinct values, over this many rows
KEY_REPEAT_SHARE = 0.5
KEY_REPEAT_MIN_ROWS = 6


def _whose_measures(sample: FieldSample, dataset: DatasetSample) -> str | None:
    """The measure a table's rows record of a body (`activity`, `sleep`) when its bare `Id`
    repeats over the rows: a row's own key is unique, so a repeated one keys whose readings
    they are (the Fitbit export's `Id`: one wearer's 31 days). None otherwise."""
    measured = sorted(BODY_MEASURES.intersection(table_tokens(dataset.name)))
    values = sample.values
    if not measured or len(values) < KEY_REPEAT_MIN_ROWS or values.null_count == len(values):
        return None
    if pc.count_distinct(values).as_py() > KEY_REPEAT_SHARE * (len(values) - values.null_count):
        return None
    return measured[0]
#: objects of a record that stand for one person (an issue's `user`, a status's `account`)
PERSON_OBJECTS = frozenset({"user", "account", "author", "owner", "sender", "creator", "poster", "actor",
                            "customer", "member", "patient", "buyer", "seller", "recipient", "assignee", "reviewer",
                            "commenter", "follower", "profile", "sponsor", "sponsorable", "pusher", "committer",
                            "moderator", "organizer", "attendee", "subscriber", "participant", "requester",
                            # the person a payment card is issued to (Stripe Issuing's `cardholder`)
                            "cardholder"})
#: a nested object's own key, however the API spells it (GitHub's GraphQL `node_id`, Twitter's
#: `id_str`: the 64-bit id as text; an object id, `oid`/`objectId`, as Baremetrics, Parse and
#: Azure AD name it; a `hash_id`, the public hash of a row id that Hashids-style APIs expose)
OBJECT_KEYS = frozenset({("id",), ("uuid",), ("guid",), ("node", "id"), ("global", "id"), ("id", "str"),
                         ("oid",), ("object", "id"), ("hash", "id"), ("hashid",)})
#: objects that stand for a role or what issued a session, not a person: the `userName` and
#: `accountId` of CloudTrail's `sessionIssuer` are the IAM role's and its cloud account's
ROLE_OBJECTS = frozenset({"issuer", "role"})
#: objects that wrap a whole record (Debezium's before/after, message payloads)
RECORD_WRAPPERS = frozenset({"before", "after", "record", "data", "payload", "row", "new", "old", "value"})
#: table-name words (singular, English after names.expand) whose rows are people
PEOPLE_TABLES = frozenset({"user", "customer", "member", "account", "subscriber", "player", "profile", "person",
                           "people", "client", "patient", "employee", "student", "contact", "buyer", "seller",
                           "shopper", "creator", "author", "passenger", "participant", "respondent", "driver", "guest",
                           "rider", "traveler", "traveller", "athlete", "staff", "applicant", "candidate",
                           "maintainer", "volunteer", "resident", "citizen", "voter", "follower", "reviewer",
                           "technician",
                           # a hospital's people besides its patients, each keyed as a person
                           "doctor", "physician", "nurse", "practitioner", "clinician", "dentist", "therapist"}
                          # a table named for people by their role in a record is a table of people
                          # too (`moderators`, `attendees`, `actor`): the roles of PERSON_OBJECTS that
                          # name no organisation or thing (a sponsor may be a company, a poster a print)
                          | (PERSON_OBJECTS - {"sponsor", "sponsorable", "pusher", "profile", "poster"}))


def table_tokens(dataset: str) -> set[str]:
    """Words of a dataset's table or file name, singular: `shop/public.users` -> {user}."""
    words = expand(tokenize(dataset_base_name(dataset).rsplit(".", 1)[-1]))
    return {word[:-1] if word.endswith("s") and len(word) > 3 else word for word in words}


#: the prefixes by which systems mark their people's ids (users, customers, members, accounts)
_PERSON_PREFIXES = "usr|user|cust|customer|member|mbr|acct|account|player|patient|subscriber|person"


class PlatformAccountIdRecognizer(FieldRecognizer):
    """Account ids of the platforms Chinese apps log their users in with, told by their values
    alone: WeChat's openid and unionid (`o` and 27 characters of the URL-safe alphabet),
    Alipay's user id (`2088` and 12 digits) and Feishu's (Lark's) user open_id and union_id
    (`ou_`, `on_` and 32 hex digits; `od-` departments and `oc_` chats are no one's), and the
    payment platform Stripe's customer and cardholder ids (`cus_`, `ich_`). Each format is fixed
    by the platform and no other kind of value takes it."""

    entity = "ACCOUNT_ID"
    negative_names = AccountIdRecognizer.negative_names
    patterns = (
        ValuePattern("wechat openid or unionid", r"o[A-Za-z0-9_-]{27}", 0.6),
        ValuePattern("alipay user id", r"2088\d{12}", 0.6),
        ValuePattern("feishu open_id or union_id", r"o[un]_[0-9a-f]{32}[0-9a-z]{0,3}", 0.6),
        # Stripe's customers and card-issuing cardholders: the object's prefix, then 14 or more
        # letters and digits (`pm_`, `ch_`, `in_` are payments, charges, invoices: no one's)
        ValuePattern("stripe customer or cardholder id", r"(?:cus|ich)_[A-Za-z0-9]{14,32}", 0.6),
        # an id whose own prefix names a person (`usr_bc582189`, `user-00042`, `cust_7781`,
        # `member_a1b2c3`, `person-id-1`): four characters at least and a digit in the rest, so
        # that words (`user_engagement`, `customer_support`) and versions (`user_v2`) are no ids
        ValuePattern("id prefixed with a person word", rf"(?i:{_PERSON_PREFIXES})[_-](?:[A-Za-z0-9-]{{3,40}}\d[A-Za-z0-9-]{{0,40}}|\d[A-Za-z0-9-]{{3,40}})",
                     0.6),
    )
    in_free_text = False  # a 16-digit run in text is as often a card number being typed


#: FHIR's resource types whose instances are people (R4/R5), as a reference writes them
_PERSON_RESOURCE = r"(?:Patient|Practitioner|PractitionerRole|RelatedPerson|Person)/[A-Za-z0-9.-]{1,64}"


class PersonReferenceRecognizer(FieldRecognizer):
    """References to a person as FHIR writes them (`Patient/123`, `Practitioner/alice-1`; a
    flattened list joined by `;`, `,` or `|`): an observation's `subject`, a message's sender and
    recipients, an implant's `patient.reference`. The resource type says the id is a person's
    whatever the column is named; other resources' references (`Encounter/123`) are no one's."""

    entity = "ACCOUNT_ID"
    negative_names = ("type", "status", "count", "url", "uri", "path", "link", "href")
    patterns = (ValuePattern("reference to a person's FHIR resource",
                             rf"{_PERSON_RESOURCE}(?: ?[;,|] ?{_PERSON_RESOURCE})*", 0.7),)
    in_free_text = False
    min_ratio = 0.8
