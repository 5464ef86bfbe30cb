"""Content users write: comments, bios, messages, captions, reviews, post text.

Free text is told by its statistics over the sample rather than by a pattern: values of
several words, mostly alphabetic, that rarely repeat. Machine text fails those tests one way
or another: log messages and error strings repeat, user agents and URLs are not words,
JSON blobs are punctuation. Personal data inside the text (e-mails, phones, names) is
found by the engine's secondary pass (Presidio with spaCy NER), not here.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from classifiers import log_table, rx
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView, as_mask
from classifiers.names import NameTokens, dataset_base_name, expand, tokenize
from classifiers.recognizer import FieldRecognizer, as_text
from classifiers.recognizers.account_id import KEY_NAMES
from classifiers.recognizers.person_name import HONORIFIC
from classifiers.shape import BLANK, CONTROL, EVERYTHING, LETTERS, NON_ASCII, UPPER, UPPER_HEX, char_bits
from classifiers.siblings import siblings
from datamap.model import DatasetSample, FieldSample

#: a value counts as prose with at least this many words...
MIN_WORDS = 3
#: ...of which at least this share are alphabetic words
MIN_ALPHA_SHARE = 0.6
#: and the column must be this varied (distinct values / values)
MIN_DISTINCT_RATIO = 0.6
MIN_VALUES = 5
#: the share of values that makes a column text (prose, short replies or Chinese sentences)
TEXT_SHARE = 0.6
#: a nested object's text: at least this many distinct texts per distinct object
OBJECT_TEXT_SHARE = 0.9
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: CJK prose has no spaces between words: count characters instead
MIN_CJK_CHARS = 6
#: a repeated Chinese phrase (a signature `咖啡成瘾者`, a stock reply) is shorter than a sentence
MIN_CJK_PHRASE = 5
_MACHINE = re.compile(r"://|^\s*[\[{<]|Mozilla/|AppleWebKit|^[A-Z]+ /\S* HTTP/"
                      r"|^\s*(?:select|insert|update|delete|with|create|drop|alter)\s.*\b(?:from|into|set|table|as)\b",
                      re.IGNORECASE)

#: the words of a person writing to someone: the first and second person (English)
_PERSONAL = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|we|our|us|you|your|you're)\b", re.IGNORECASE)

#: the markup of rich text (a social API's `content`, a forum's `body_html`): paragraphs, line
#: breaks, links and emphasis around what a person wrote; other tags (XML payloads) stay machine
#: a link inside a text: a person's message with a link in it is still their message
_LINK = re.compile(r"\S*://\S*")
#: a Markdown link (`[the text](https://…)`): the text is the writer's, the address is not
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\s]*\)")
#: a chat platform's markup for a mention, a channel or a link (Slack's `<@U2147483697|tester>`,
#: `<#C024BE7LR>`, `<!here>`, `<https://…|test.txt>`): the label when it has one, else nothing
_CHAT_MARKUP = re.compile(r"<(?:[@#!][A-Za-z0-9^._-]*|[A-Za-z][A-Za-z0-9+.-]*://[^|>\s]*)(?:\|([^>\n]{0,200}))?>")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_RICH_TEXT_TAG = re.compile(r"</?(?:p|br|div|ul|ol|li|blockquote|h[1-6])\b[^>]*>", re.IGNORECASE)
#: tags inside a line of text: taken out without a space (a Mastodon mention's
#: `<a …>@<span>alice</span></a>` is the one word `@alice`)
_INLINE_TAG = re.compile(r"</?(?:span|a|b|i|u|em|strong)\b[^>]*>", re.IGNORECASE)
#: a mention of an account (`@alice`, `@alice@example.social`): a handle, no word of the text
_MENTION = re.compile(r"^@[\w.-]+(?:@[\w.-]+)?$")


#: objects that hold a coded concept (FHIR's CodeableConcept `code`, its `coding`; a
#: terminology's `concept`): the words under them are a code's label
CODE_OBJECTS = frozenset({"code", "coding", "codes", "concept"})
#: objects that are something a person wrote: a content name inside them is its text
WRITINGS = frozenset({"comment", "comments", "post", "posts", "review", "reviews", "reply", "replies", "tweet",
                      "answer", "question",
                      # a chat's message (Bluesky's `lastMessage.text`, a conversation's
                      # `messages.text`): what its sender typed, `Hello` as much as a paragraph
                      "message", "messages"})
#: a content name inside such an object decides alone
TEXT_OF_WRITING = 0.6
#: objects that are a person (a platform's user, a post's author), and the names of the text
#: a person writes about themselves there
PEOPLE = frozenset({"user", "author", "profile", "member", "poster", "sender", "creator", "commenter",
                    "reviewer"})
SELF_DESCRIPTIONS = frozenset({("description",), ("bio",), ("about",)})


class UserContentRecognizer(FieldRecognizer):
    entity = "USER_CONTENT"
    names = ("comment", "comments", "comment text", "body", "message", "message text", "msg", "caption", "post text",
             "post body", "post content", "text", "content", "bio", "biography", "about me", "status text",
             "review", "review text", "feedback", "feedbacks", "complaint", "complaints", "note", "notes", "memo", "buyer memo", "reply", "replies", "chat",
             "chat message", "dm", "tweet", "story", "remark", "remarks", "answer", "question", "subject line", "post",
             "free text", "user text", "signature", "introduction", "intro", "spoiler text", "content warning",
             # a post's own text as Reddit's API names it
             "selftext", "self text",
             # a profile's signature in Chinese platforms' APIs (Bilibili's and QQ's `sign`, 个性签名);
             # a request's `sign` (base64, hex) has no words and is contradicted by its values
             "sign",
             # what a person says of where they are or what they do (Matrix's presence
             # `status_msg`, a chat's away message)
             "status msg", "status message", "presence message", "away message")
    weak_names = ("title", "summary", "details", "input", "transcript", "description", "desc",
                  # a message's subject line: its writer's words when the record names its author
                  # (a study's numbered `Subject` is the participant: its values are no words)
                  "subject",
                  # a member's own introduction (技术派's `user_info.profile` 个人简介, `intro`): the
                  # words decide, a `profile` may as well be a setting's name or a JSON of it
                  "profile", "intro", "introduction", "self introduction")
    negative_names = ("id", "count", "length", "len", "type", "hash", "format", "encoding", "language", "lang",
                      "url", "uri", "link", "status", "flag", "enabled", "at", "ts", "time", "date", "score",
                      "sentiment", "likes", "size", "bytes", "error", "exception", "stack", "log", "level",
                      "product", "item", "sku", "mime", "charset", "code", "template", "key", "version", "schema",
                      "rating", "stars", "visibility", "moderation", "label", "category", "topic", "tag", "tags", "mkt",
                      "utm", "marketing", "campaign", "ad", "creative", "custom", "security", "policy",
                      "disposition", "encoding",
                      # how a person stands to the record (GitHub's `author_association`: OWNER)
                      "association", "relationship", "role",
                      # how one signs in or up (Logto's `sign_in_experiences.sign_up`): settings, no signature
                      "sign in", "sign up", "sign on", "sign out", "signin", "signup", "signon",
                      # what an invoice lists (mall's `bill_content` 发票内容: 明细, 办公用品), a choice
                      # among the seller's wordings, not the buyer's text
                      "invoice content", "bill content", "invoice item", "invoice items",
                      # what a post holds as its platform words it (Reddit's `post_hint`: image,
                      # link, self; a password's or a recovery key's hint stays its owner's
                      # words) and a flair (`author_flair_text`, `link_flair_text`): a label
                      # picked from a community's list, no one's writing
                      "post hint", "content hint", "media hint", "flair",
                      # what a command or a call came back with (an IoT server's `result_msg`
                      # 结果消息 `拍照成功`, a gateway's `return_msg`): the program's own words
                      "result msg", "result message", "return msg", "return message", "ret msg")
    context = ("wrote", "said", "comment", "message", "posted")
    # `note` or `body` alone is not enough: the values must read as text (see value_signal);
    # `title` or `description` with short phrases is a product's, not a user's
    name_score = 0.45
    weak_name_score = 0.2
    negative_vetoes = True  # error messages, log lines and URLs read like prose
    in_free_text = False  # free text is the input of Presidio, not something to find inside it

    def name_signal(self, name: NameTokens) -> Signal | None:
        """The `text` or `display` of a coded concept (FHIR's `code.text`, `vaccineCode.text`,
        `code.coding.display`: `Viral sinusitis (disorder)`) is the code's label in its
        terminology, not words a user wrote."""
        enclosing = name.enclosing()
        if enclosing and enclosing[-1] in CODE_OBJECTS:
            return None
        signal = super().name_signal(name)
        if signal is not None and signal.score >= self.name_score and (held := WRITINGS.intersection(name.parent)):
            # the text of a comment or a post, however deep the API wraps it (YouTube's
            # `snippet.topLevelComment.snippet.textDisplay`): what its author wrote, whose
            # words a handful of test values cannot show as prose
            return Signal("name", f"{signal.detail}, inside a {sorted(held)[0]}", TEXT_OF_WRITING)
        if signal is not None and name.own in SELF_DESCRIPTIONS and name.parent and name.parent[-1] in PEOPLE:
            # a person object's `description` (a tweet's `user.description`): the bio its
            # owner wrote about themselves, where a thing's description is its label
            return Signal("name", f"{signal.detail}, of a '{name.parent[-1]}' object", TEXT_OF_WRITING)
        return signal

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """Prose statistics over the sample: word counts, alphabetic share, variety."""
        if sample.origin == "message":
            return None  # a log line's message is written by a program, not by a user
        values = sample.values
        if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
            return None
        if len(values) < MIN_VALUES:
            return _few_texts(values)
        view = FieldView.of(sample)
        if _far_from_text(view):
            return None
        # each distinct text judged once, weighted by how often it occurs
        counted = view.distinct
        texts = [(t, n) for t, n in zip(counted.values.to_pylist(), counted.counts.tolist()) if t and t.strip()]
        if not texts:
            return None
        # blank values (a link post's empty `selftext`) are no text at all: variety is measured
        # over the texts written
        n_distinct = len(texts)
        distinct = n_distinct / sum(n for _, n in texts)
        typed = _typed_keystrokes(values)
        if typed is not None:
            # a keyboard's capture (AWARE's keyboard sensor, an input method's log): each value
            # the text so far, one key more than the last; its prefixes repeat by nature. No
            # program writes its words so: the shape says a person typed them, name or not
            return Signal("value", f"text typed key by key: {typed:.0%} of texts extend another by a key",
                          TYPED_SCORE, round(typed, 4))
        if distinct < MIN_DISTINCT_RATIO:
            # Chinese sentences repeat in a small sample more than words do (stock replies,
            # `请尽快发货`): too little to decide, enough to support a content name
            cjk = sum(n for t, n in texts if len(_CJK.findall(t)) >= MIN_CJK_PHRASE) / sum(n for _, n in texts)
            if cjk >= TEXT_SHARE and n_distinct >= MIN_VALUES and not _numbered_forms(texts) \
                    and not _composed(texts):  # counted, not a float product (4.99…)
                detail = f"Chinese sentences: {cjk:.0%} of values, {distinct:.0%} distinct"
                return Signal("value", detail, 0.2, round(cjk, 4))
            # so do sentences a person addresses to someone (`I threw your card away.`), which
            # a sample database or a survey export repeats over many rows: a program's repeated
            # messages speak of no `I` or `you`
            addressed = sum(n for t, n in texts if _is_prose(t) and _PERSONAL.search(t)) / sum(n for _, n in texts)
            if addressed >= TEXT_SHARE and n_distinct >= MIN_VALUES:
                detail = f"sentences in the first or second person: {addressed:.0%} of values, {distinct:.0%} distinct"
                return Signal("value", detail, 0.2, round(addressed, 4))
            return None
        total = sum(n for _, n in texts)
        prose = _share_reaching(texts, _is_prose, total)
        if prose is not None:
            mean_words = _mean_words(texts, total)
            # long varied prose is content on its own; short sentences need the name
            # (0.55 alone: a recognizer that knows the shape, an address line, wins a tie)
            score = (0.55 if mean_words >= 6 else 0.35) * prose
            detail = f"free text: {prose:.0%} prose, {mean_words:.1f} words a value, {distinct:.0%} distinct"
            return Signal("value", detail, round(score, 4), round(prose, 4))
        wordy = _share_reaching(texts, _is_wordy, total)
        if wordy is not None:  # "nice!", "lol ok": short replies support a content name, no more
            mean_words = _mean_words(texts, total)
            detail = f"short text: {wordy:.0%} words, {mean_words:.1f} a value, {distinct:.0%} distinct"
            return Signal("value", detail, 0.3, round(wordy, 4))
        return None

    def ruled_out(self, sample: FieldSample, dataset: DatasetSample) -> bool:
        """The `text` of a coded concept (HL7 FHIR's CodeableConcept: `type.text` beside
        `type.coding[]`, `code.text` beside `code.coding[]`) is the display label of the codes
        beside it (`Blood glucose meter`), written by whoever keeps the code system, not a
        person's words. So is a parsed log's message column (`log_table`: journald's `MESSAGE`
        beside `PRIORITY` and `_PID`, a Bunyan line's `msg` beside `level` and `hostname`):
        what a program wrote; the personal data inside it is found as in a log file's lines."""
        if log_table.is_message_column(sample, dataset):
            return True
        if _stock_phrases(sample) and not _one_record(sample, dataset):
            return True
        if _forms_of_address(sample):
            return True
        if NameTokens.of(sample.path).own in UI_LABELS:
            return True
        if _operator_notices(dataset.name):
            return True
        if NameTokens.of(sample.path).own != ("text",) or not sample.parent:
            return False
        coding = f"{sample.parent}.coding"
        return any(other.path == coding or other.path.startswith((coding + ".", coding + "[")) for other in dataset.fields)

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """A named text of a nested object that repeats with its object (an account's `note` on
        each of its statuses): varied over the objects, prose over its distinct values. Failing
        that, a named text of an authored record (see `_authored`)."""
        values = sample.values
        if sample.origin == "message" or not pa.types.is_string(values.type):
            return None
        if self.named(NameTokens.of(sample.path)) is None:
            # no content name (a message thread's `payload`): only long prose of a record whose
            # author the record names is taken for what that person wrote, or prose of a table
            # named for what people wrote (`reclamacoes`, `feedback`, `reviews`)
            return _authored(sample, dataset, prose_only=True) or _written_table(sample, dataset)
        repeated = self._repeated_with_object(sample, dataset) if sample.parent else None
        return repeated or _authored(sample, dataset)

    def _repeated_with_object(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        values = sample.values
        key = _record_key(sample, dataset)
        if key is None:
            return None
        objects, texts = pc.count_distinct(key.values).as_py(), pc.count_distinct(values).as_py()
        if objects < MIN_VALUES or texts < OBJECT_TEXT_SHARE * objects:
            return None
        distinct = [t for t in pc.unique(values).to_pylist() if t]
        prose = sum(_is_prose(t) for t in distinct) / max(len(distinct), 1)
        if prose < TEXT_SHARE:
            return None
        return Signal("context", f"free text of each '{sample.parent}' object, repeated with it: {prose:.0%} prose, "
                                 f"{texts} texts for {objects} objects", 0.35, round(prose, 4))

    def matches(self, values: pa.Array, view: FieldView | None = None) -> pa.Array:
        return pa.array([bool(t) and _is_prose(t) for t in as_text(values).to_pylist()], pa.bool_())


#: words of a table of the operator's announcements (a property office's `notice` 公告信息表, a
#: school's `announcements`): its title and text are the staff's word to everyone, no user's
NOTICE_TABLES = frozenset({"notice", "announcement", "bulletin", "公告", "通知"})
#: ...unless the table holds what people answer to them (`notice_reply`, `t_announcement_comment`)
ANSWER_TABLES = frozenset({"comment", "reply", "discuss", "discussion", "message", "post", "review", "feedback"})


@lru_cache(maxsize=1024)
def _operator_notices(dataset: str) -> bool:
    """Whether a table is the operator's announcements (see NOTICE_TABLES)."""
    from classifiers.table_view import table_words  # table_view reads recognizers: imported when asked

    words = set(table_words(dataset))
    return bool(words & NOTICE_TABLES) and not words & ANSWER_TABLES


#: objects of a record that stand for the person who wrote it (an API's status `account`, an
#: issue's `user`, a commit's `author`), and the fields that identify them
AUTHOR_OBJECTS = frozenset({"account", "user", "author", "owner", "sender", "creator", "poster", "actor",
                            "from", "commenter", "reviewer", "member", "profile"})
AUTHOR_KEYS = frozenset({"id", "login", "username", "acct", "handle", "screen_name", "user_id", "uid", "email"})
#: a record's text counts as authored when this share of its distinct texts reads as words
AUTHORED_TEXT_SHARE = 0.6
AUTHORED_SCORE = 0.4
#: people rarely write the same thing twice: at least this share of the texts are distinct (a
#: test account's toots repeat, a service's six messages over 700 lines do far more)
AUTHORED_DISTINCT = 0.1
#: fields a program writes, whatever their name
PROGRAM_ORIGINS = frozenset({"log-field", "log-slot", "message"})


#: an unnamed text of an authored record: this share of its distinct values is prose of at
#: least this many words on average
AUTHORED_PROSE_SHARE = 0.8
AUTHORED_PROSE_WORDS = 6


def _authored(sample: FieldSample, dataset: DatasetSample, prose_only: bool = False) -> Signal | None:
    """A named text (`content`, `body`, `title`, `note`) of a record that carries its author as
    an object with an identity (`account.id`, `user.login`), or a text of that object itself
    (the account's `note`, a bio), whose values read as words however short or repeated (a test
    account's `Toot!`, `<p>oh no!</p>`): something a person wrote on the platform. Posts and
    issues are told by that shape, not by the statistics of their text."""
    if sample.origin in PROGRAM_ORIGINS:
        return None  # a log's `message` beside its `user.id`: the program wrote it about the user
    own_parent = tuple(tokenize(sample.parent))
    author = own_parent[-1] if own_parent and own_parent[-1] in AUTHOR_OBJECTS else None
    if author is None:
        for field in dataset.fields:
            parent = tuple(tokenize(field.parent))
            if (len(parent) == len(own_parent) + 1 and parent[:-1] == own_parent and parent[-1] in AUTHOR_OBJECTS
                    and "_".join(tokenize(field.name)) in AUTHOR_KEYS):
                author = parent[-1]
                break
    if author is None:
        author = _flat_author(sample, dataset)
    if author is None or _published_works(dataset):
        return None
    own_object = bool(own_parent) and author == own_parent[-1]
    if not own_object and _held_label(sample, author):
        return None
    filled = pc.filter(sample.values, pc.invert(pc.fill_null(pc.equal(pc.utf8_trim_whitespace(sample.values), ""),
                                                             True)))
    distinct = [t for t in pc.unique(filled).to_pylist() if t]
    if not distinct:
        return None
    if not own_object and len(distinct) < AUTHORED_DISTINCT * _records(sample, dataset, len(filled)):
        # a handful of texts over many records: a program's messages (an object's own text,
        # a bio, repeats with the object instead)
        return None
    if prose_only:
        words = sum(len(_plain(t).split()) for t in distinct) / len(distinct)
        share = sum(_is_prose(t) for t in distinct) / len(distinct)
        if share < AUTHORED_PROSE_SHARE or words < AUTHORED_PROSE_WORDS:
            return None
    else:
        share = sum(_is_wordy(t) for t in distinct) / len(distinct)
        if share < AUTHORED_TEXT_SHARE:
            return None
    where = f"its '{author}' object's own text" if own_object else f"a record written by its '{author}'"
    return Signal("context", f"{where}: {share:.0%} of {len(distinct)} distinct values read as words",
                  AUTHORED_SCORE, round(share, 4))


def _share_reaching(texts: list[tuple[str, int]], is_text: Callable[[str], bool], total: int) -> float | None:
    """The share of the counted texts (of `total` values) that `is_text` accepts, when it
    reaches `TEXT_SHARE`; None as soon as the texts not yet judged could not lift it there
    (most columns are no prose: names, addresses, agents stop after about half their values)."""
    accepted, left = 0, total
    for text, n in texts:
        if (accepted + left) / total < TEXT_SHARE:  # the share as the caller would compute it
            return None
        left -= n
        if is_text(text):
            accepted += n
    share = accepted / total
    return share if share >= TEXT_SHARE else None


#: Chinese and Japanese write no spaces: a word there is about this many characters (a 20-character
#: sentence `每次在东操场遇到你都会心跳加速` is a dozen words, not one)
CJK_CHARS_PER_WORD = 1.6


#: what separates the items of a list written without spaces (`微信,支付宝,高德地图`, `苹果、香蕉`)
_LIST_SEPARATORS = re.compile(r"[,;|/、]")
#: a list item of at most this many CJK characters is one name (`高德地图`), not a clause
CJK_NAME_CHARS = 4


def _words(text: str) -> float:
    """How many words a text has: its spaced tokens, a token of CJK characters counted by them;
    the short items of a list (an app list `微信,支付宝`) are a word each, as names are."""
    count = 0.0
    for token in text.split():
        if not _CJK.search(token):
            count += 1.0
            continue
        items = [item for item in _LIST_SEPARATORS.split(token) if item]
        for item in items:
            cjk = len(_CJK.findall(item))
            listed = len(items) > 1 and cjk <= CJK_NAME_CHARS
            count += 1.0 if listed else max(1.0, cjk / CJK_CHARS_PER_WORD)
    return count


#: texts that differ only by their numbers take at most this share of the distinct texts' forms
NUMBERED_FORMS_SHARE = 0.2
_DIGITS = re.compile(r"\d+")


def _numbered_forms(texts: list[tuple[str, int]]) -> bool:
    """Whether the distinct texts are a few forms told apart by their numbers (a property bill's
    `2026年03月物业费`, `2026年04月水费`): a program fills a month into its items' names, people
    do not write so."""
    forms = {_DIGITS.sub("#", t) for t, _ in texts}
    return len(forms) <= NUMBERED_FORMS_SHARE * len(texts)


#: what a program joins a label's parts with (`杭州康宁门诊部-门诊缴费`, `会员 | 充值`)
_JOINERS = re.compile(r"\s*[-—|｜·/_]\s*")


def _composed(texts: list[tuple[str, int]]) -> bool:
    """Whether the distinct texts are parts joined alike, each part drawn from a few (a clinic's
    name and a fee's kind: `杭州康宁门诊部-门诊缴费`, `杭州康宁门诊部-挂号费`): a program puts its
    labels together so; people's sentences share no parts."""
    split = [_JOINERS.split(t) for t, _ in texts]
    width = len(split[0])
    if width < 2 or any(len(parts) != width for parts in split):
        return False
    return sum(len({parts[i] for parts in split}) for i in range(width)) < len(texts)


def _mean_words(texts: list[tuple[str, int]], total: int) -> float:
    return sum(_words(t) * n for t, n in texts) / total


#: the words of a held thing's label: what it is called and how it is described to others
LABEL_WORDS = frozenset({"title", "description", "summary", "tagline", "subtitle"})


def _held_label(sample: FieldSample, author: str) -> bool:
    """Whether the text is the title or description of a thing its `owner` holds (a CMS page,
    a chat server, an OAuth application, a repository): an owner holds the thing, unlike an
    author, sender or poster who wrote the record, and the thing's label is written for
    everyone who finds it, by whoever keeps it (its editors, the owner's staff); a post's or an
    issue's text names its writer otherwise (`user`, `author`)."""
    own = NameTokens.of(sample.path).own
    return tokenize(author)[:1] == ("owner",) and bool(own) and own[-1] in LABEL_WORDS


#: the sides of a connection or an access a security log names its users by
CONNECTION_SIDES = frozenset({"src", "dst", "dest", "source", "destination"})


#: a view's label read out to the blind (Android's `contentDescription`, iOS's
#: `accessibilityLabel` and `accessibilityHint`): the app's wording of its buttons, no user's
#: (both words are content names elsewhere, so no negative phrase can say it)
UI_LABELS = frozenset({("content", "description"), ("accessibility", "label"), ("accessibility", "hint")})


#: a form of address, alone or with another in brackets (a doctor's `Dr. (Ms.)`)
_FORM_OF_ADDRESS = rf"^{HONORIFIC}(?: \({HONORIFIC}\))?$"
#: share of a column's distinct values that must be forms of address to be a person's title
FORMS_OF_ADDRESS_SHARE = 0.9
#: the classes no form of address holds (trimming drops blanks, U+001C-U+001F and non-ASCII
#: spaces around one), and those that leave a value written once trimmed
_NO_FORM = EVERYTHING & ~(LETTERS | BLANK | CONTROL | NON_ASCII | char_bits(".()"))
_SURELY_WRITTEN = EVERYTHING & ~(BLANK | CONTROL | NON_ASCII)


def _forms_of_address(sample: FieldSample) -> bool:
    """A title column of forms of address (`Dr.`, `Prof.`, `Mrs`): how a person is addressed,
    picked from a short list, no words of theirs."""
    if not (pa.types.is_string(sample.values.type) or pa.types.is_large_string(sample.values.type)):
        return False
    # (the distinct values the view holds: asked of every text column before its name is read)
    view = FieldView.of(sample)
    # a bound first, from their class signatures: a form of address holds ASCII letters, a
    # capital among them, dots, brackets and blanks (and what white space trimming drops); a
    # value of any other class is one written (never empty once trimmed)
    sigs = view.text_shapes.signatures
    possible = int((((sigs & np.uint64(_NO_FORM)) == 0) & ((sigs & np.uint64(UPPER | UPPER_HEX)) != 0)).sum())
    if possible < FORMS_OF_ADDRESS_SHARE * int(((sigs & np.uint64(_SURELY_WRITTEN)) != 0).sum()):
        return False
    distinct = pc.utf8_trim_whitespace(view.distinct.values)
    distinct = pc.filter(distinct, pc.greater(pc.utf8_length(distinct), 0))
    if len(distinct) == 0:
        return False
    return (pc.sum(rx.match(distinct, _FORM_OF_ADDRESS)).as_py() or 0) >= FORMS_OF_ADDRESS_SHARE * len(distinct)


#: words of a field that numbers a published work (a book's ISBN, a serial's ISSN, a DOI)
PUBLICATION_NUMBERS = frozenset({"isbn", "issn", "doi", "isbn13", "isbn10"})


def _published_works(dataset: DatasetSample) -> bool:
    """A catalogue of published works (a library's `books`: `title`, `author`, `isbn`): its
    author wrote the work for a publisher, and its title is the work's, not words a person
    wrote on the platform."""
    return any(not PUBLICATION_NUMBERS.isdisjoint(NameTokens.of(f.path).own) for f in dataset.fields)


def _flat_author(sample: FieldSample, dataset: DatasetSample) -> str | None:
    """The author of a flat record: a field beside `sample` named after its person (`author`,
    `userId`, `target_author`), when the record carries no author object."""
    for field in dataset.fields:
        if field is sample or field.parent != sample.parent:
            continue
        own = NameTokens.of(field.path).own
        if own[:1] and own[0] in CONNECTION_SIDES:
            continue  # a log's `srcuser`, `dstuser`: a side of the event it records, no author
        # (also by the name it shows: Messenger's `sender_name`, an `author_name`)
        named = (bool(own) and own[-1] in AUTHOR_OBJECTS | {"author"} and len(own) <= 2) or (
            len(own) == 2 and own[-1] in {"id", "name"} and own[0] in AUTHOR_OBJECTS)
        # the name first: reading a sibling's values to see whether it is filled costs a pass
        # over them, and this is asked of every text column about each of its siblings.
        # (A field of nulls or blanks names nobody: a form's unset `email_from` setting.)
        if named and _filled(field):
            return "_".join(own)
    return None


def _filled(field: FieldSample) -> bool:
    """Whether a field holds any value that is not null or blank."""
    values = pc.drop_null(field.values)
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return len(values) > 0
    return bool(pc.any(pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(values)), 0)).as_py())


def _records(sample: FieldSample, dataset: DatasetSample, filled: int) -> int:
    """How many records the texts come from: the distinct keys of the text's own object (an
    issue delivered in many webhook events repeats its title with its `id`), else the rows."""
    for field in siblings(sample, dataset):
        if NameTokens.of(field.path).own in KEY_NAMES or NameTokens.of(field.path).own == ("number",):
            return min(filled, pc.count_distinct(field.values).as_py() or filled)
    return filled


def _far_from_text(view: FieldView) -> bool:
    """Does the field's probe (see `FieldView.probe`) show so little text of any kind that the
    whole sample cannot reach `TEXT_SHARE`? Then its values are not read one by one. The probe
    holds informative values only; placeholders (`unknown`, `none`) count as text here, the
    most they could add to the whole sample's share."""
    probe = view.probe
    if probe is view:
        return False
    texts = [(t, n) for t, n in zip(probe.distinct.values.to_pylist(), probe.distinct.counts.tolist()) if t]
    seen = sum(n for _, n in texts)
    if not seen:
        return False
    every = view.distinct
    empty = int(every.counts[as_mask(pc.equal(every.values, ""))].sum())
    total = every.total - empty
    placeholders = total - view.informative.total
    for is_text in (_is_prose, _is_wordy, lambda t: len(_CJK.findall(t)) >= MIN_CJK_PHRASE):
        share = sum(n for t, n in texts if is_text(t)) / seen
        if (min(share + probe.slack, 1.0) * view.informative.total + placeholders) / total >= TEXT_SHARE:
            return False
    return True


def _mostly_links(text: str) -> bool:
    """Do links make up most of the text (`https://…?ref=home page`)? Then it is an address.
    A sentence around its link stays a sentence, however long the link (a Markdown post's
    `We updated the [favicon](https://i.redd.it/…)`): at least `MIN_WORDS` words outside the
    links are text."""
    if "://" not in text:
        return False
    linked = sum(len(m) for m in _LINK.findall(text))
    if linked * 2 <= len(text.replace(" ", "")):
        return False
    return sum(_alphabetic(w) for w in _LINK.sub(" ", text).split()) < MIN_WORDS


#: what Markdown and punctuation put around a written word (`**Promoted`, `[subreddit`, `_why_`)
_WORD_MARKS = ".,!?;:\"'()[]*_`~#>"


def _alphabetic(word: str) -> bool:
    """A word of letters, once punctuation and Markdown's marks around it are stripped."""
    return word.strip(_WORD_MARKS).isalpha()


def _plain(text: str) -> str:
    """The text without rich-text markup (`<p>Nice ride!</p>` -> `Nice ride!`, Markdown's
    `[Updated colors](https://…)` -> `Updated colors`) and without the links written inside it
    (`see https://…` -> `see`): a text that is only links is empty."""
    if "&lt;" in text or "&gt;" in text:
        # rich text escaped once more for JSON (Reddit's `body_html`: `&lt;div class="md"&gt;…`)
        text = html.unescape(text)
        if "&#" in text or "&amp;" in text:
            text = html.unescape(text)  # an apostrophe escaped in the text before (`&amp;#39;`)
    if "<" in text:
        text = _HTML_COMMENT.sub(" ", text)  # Reddit's `<!-- SC_OFF -->` around a self post
        text = _CHAT_MARKUP.sub(lambda m: f" {m.group(1) or ''} ", text)
        text = _RICH_TEXT_TAG.sub(" ", _INLINE_TAG.sub("", text))
    text = _MARKDOWN_LINK.sub(r"\1", text) if "](" in text else text
    return _LINK.sub(" ", text) if "://" in text else text


def _is_wordy(text: str) -> bool:
    """Mostly alphabetic words, however few (a short reply)."""
    if _mostly_links(text):
        return False
    text = _plain(text)
    if _MACHINE.search(text):
        return False
    # mentions are handles, and emoji after a word (`hi😀`) leave it a word
    words = [w for word in text.split() if not _MENTION.match(word) and (w := _without_symbols(word))]
    return bool(words) and sum(_alphabetic(w) for w in words) / len(words) >= MIN_ALPHA_SHARE


def _without_symbols(word: str) -> str:
    """The word without pictographs and other symbols (emoji: Unicode's category So)."""
    return "".join(ch for ch in word if unicodedata.category(ch) != "So") if not word.isascii() else word


#: a column of stock phrases: at least this many texts written ...
STOCK_MIN_TEXTS = 20
#: ... of at most this many distinct ones, each a label of a few characters or a status message
STOCK_MAX_DISTINCT = 12
STOCK_LABEL_CHARS = 4
#: a program's report of how something went (RuoYi's login log `msg`: 登录成功, 验证码已失效,
#: 用户不存在/密码错误, 密码输入错误3次): a short message with its verdict in it
_STATUS_MESSAGE = re.compile(r"(?:成功|失败|错误|失效|不存在|超时|异常|过期|不正确|不一致|已禁用|已锁定|已停用|已退出"
                             r"|success(?:ful)?|succeeded|failed|failure|error|invalid|expired|denied|timeout|not found)",
                             re.IGNORECASE)
STATUS_MESSAGE_CHARS = 24
#: a record's remark (备注, `remark`) whose few phrases each stand on this many rows on average is
#: picked from a list, however long each phrase: the back office's word for its own notes (a buyer's
#: order `note` 订单备注, `请尽快发货`, is the buyer's, however few the phrases)
_REMARK_NAMES = frozenset({"remark", "remarks"})
#: ... unless its name says who wrote it (likeshop's `user_remark` 用户备注, a buyer's remark): theirs
_WRITERS = frozenset({"user", "buyer", "customer", "member", "client", "guest", "consumer"})
STOCK_REMARK_REPEATS = 10


def _record_key(sample: FieldSample, dataset: DatasetSample) -> FieldSample | None:
    """The key of the record a field belongs to: its first sibling named as a key (`id`)."""
    return next((f for f in siblings(sample, dataset) if NameTokens.of(f.path).own in KEY_NAMES), None)


def _one_record(sample: FieldSample, dataset: DatasetSample) -> bool:
    """Every row the same record (one pull request delivered in each of its webhook events): its
    key as constant as its text, so one text on every row is that record's, no stock phrase."""
    key = _record_key(sample, dataset)
    return key is not None and len(key.values) > 0 and pc.count_distinct(key.values).as_py() == 1


def _stock_phrases(sample: FieldSample) -> bool:
    """A `remark` or `msg` that holds a handful of phrases over many rows, each a label of a
    few characters (备注 `管理员`, `客服`) or a short status message (提示消息 `登录成功`, `验证码错误`):
    what a back office files its records under or a program reports, no one's writing; so is a
    `remark` of a few longer phrases each on many rows, or one text on every row. A signature or a
    review drawn from a short list is longer than a label and reports no verdict."""
    values = sample.values
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        return False
    counted = FieldView.of(sample).distinct
    texts = [(t.strip(), n) for t, n in zip(counted.values.to_pylist(), counted.counts.tolist()) if t and t.strip()]
    if not texts or len(texts) > STOCK_MAX_DISTINCT or sum(n for _, n in texts) < STOCK_MIN_TEXTS:
        return False
    own = set(NameTokens.of(sample.path).own)
    if own & _REMARK_NAMES and not own & _WRITERS and sum(n for _, n in texts) >= STOCK_REMARK_REPEATS * len(texts):
        # a back office's remarks picked from its stock phrases (a member list's 備註 `投訴跟進中`,
        # `客戶要求以WhatsApp聯絡` on dozens of members each): the staff's filing, no one's writing
        return True
    if len(texts) == 1:
        # one text on every row (ShopXO's SMS log `sign_name` 短信签名 `ShopXO`, a profile's default
        # bio 这个人很懒，什么都没有留下): the sender's own name or the program's default, whatever its
        # length; what people write differs from one to the next
        return True
    return all(len(t) <= STOCK_LABEL_CHARS or (len(t) <= STATUS_MESSAGE_CHARS and _STATUS_MESSAGE.search(t))
               for t, _ in texts)


#: each of a handful of texts (an API's one status, a want's two notes) has this many words
FEW_TEXT_WORDS = 4
FEW_TEXT_SCORE = 0.3


#: share of the distinct texts whose text less its last key or two is another of them (`Omw`
#: beside `Om`), for a column to be a keyboard's capture
TYPED_SHARE = 0.5
#: what text typed key by key scores, alone, once most texts extend another: the shape is
#: unmistakable (keys the capture missed and texts typed once lower the share, not the reading)
TYPED_SCORE = 0.55
#: what a capture wraps the text in (AWARE's `current_text`: `[Omw ]`)
_BRACKETS = "[]"


def _typed_keystrokes(values: pa.Array) -> float | None:
    """The share of distinct texts that add one or two characters to another of them (a
    keyboard's capture, the text so far after each key: `Omw` and `Omw `; `many assignments to
    co` and `many assignments to com`), when that is most of them and the texts hold words. The
    rows' order plays no part: a sample need not keep it."""
    texts = {t.strip(_BRACKETS) for t in pc.unique(values.drop_null()).to_pylist()}
    texts.discard("")
    if len(texts) < MIN_VALUES:
        return None
    typed = sum(1 for t in texts if t[:-1] in texts or (len(t) > 2 and t[:-2] in texts))
    share = typed / len(texts)
    if share < TYPED_SHARE or not any(" " in t.strip() and _is_wordy(t) for t in texts):
        return None
    return share


def _few_texts(values: pa.Array) -> Signal | None:
    """Fewer values than statistics need (the one to four records of an API response): every
    distinct text written is prose of a few words. Enough to back a content name, never alone."""
    texts = [t for t in pc.unique(values.drop_null()).to_pylist() if t and t.strip()]
    if not texts or not all(_is_prose(t) and len(_plain(t).split()) >= FEW_TEXT_WORDS for t in texts):
        return None
    return Signal("value", f"few texts, all prose: {len(texts)} of {len(texts)}", FEW_TEXT_SCORE, 1.0)


def _is_prose(text: str) -> bool:
    if _mostly_links(text):
        return False
    text = _plain(text)
    if _MACHINE.search(text):
        return False
    if len(_CJK.findall(text)) >= MIN_CJK_CHARS:
        return True
    words = text.split()
    if len(words) < MIN_WORDS:
        return False
    alpha = sum(1 for w in words if _alphabetic(w))
    return alpha / len(words) >= MIN_ALPHA_SHARE


#: the head words of a table whose rows are what people wrote to or about someone (in English
#: after `names.expand`: `reclamacoes` complaints, `反馈` feedback)
WRITTEN_TABLES = frozenset({"feedback", "feedbacks", "review", "reviews", "complaint", "complaints", "comment",
                            "comments", "testimonial", "testimonials", "suggestion", "suggestions", "opinion",
                            "opinions"})
WRITTEN_TABLE_SCORE = 0.35


def _written_table(sample: FieldSample, dataset: DatasetSample) -> Signal | None:
    """Prose (most distinct values) in a table named for feedback, reviews or complaints: what
    its customers wrote (`Estou tendo muitos problemas com transações.`)."""
    words = expand(tokenize(dataset_base_name(dataset.name).rsplit(".", 1)[-1]))
    if not words or words[-1] not in WRITTEN_TABLES:
        return None
    distinct = [t for t in pc.unique(sample.values.drop_null()).to_pylist() if t and t.strip()]
    if len(distinct) < WRITTEN_MIN_TEXTS:
        return None
    prose = sum(_is_prose(t) for t in distinct) / len(distinct)
    if prose < AUTHORED_TEXT_SHARE:
        return None
    return Signal("context", f"{prose:.0%} prose in a table of {words[-1]}: what people wrote", WRITTEN_TABLE_SCORE,
                  round(prose, 4))


#: texts a table of feedback needs before its prose says whose words they are
WRITTEN_MIN_TEXTS = 3
