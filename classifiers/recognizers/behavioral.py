"""How the user engages with the platform: events and actions, pages visited, searches, and
engagement measures (watch time, dwell time, scroll depth).

All four are name-driven. Event names (`video_view`), URLs and numbers are everywhere in
machine data; what makes them behavioural is that they describe one user's activity, which
only the field's name tells. The values confirm the shape: identifier-like event names with
few distinct values, URLs, paths or HTTP request lines, short free-text queries, and
non-negative numbers.
"""
from __future__ import annotations

import re

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal
from classifiers.names import NameTokens
from classifiers.recognizer import LETTER, FieldRecognizer, ValuePattern
from classifiers.recognizers.app_files import LOG_FILE_PATH
from datamap.model import FieldSample

#: an event-name column repeats a small vocabulary: at most this share of distinct values
EVENT_MAX_DISTINCT_RATIO = 0.5
#: an identifier, not a name: a UUID, or a hex digest (12 hex digits or more)
_ID_SHAPED = (r"^(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
              r"|[0-9a-f]{12,}|[0-9A-F]{12,})$")
_SQL = re.compile(r"^\s*(select|insert|update|delete|with|create|drop|alter)\b", re.IGNORECASE)

# ids, times and counts of behavioural things are not behaviour themselves
# (`is_attribution_event`, `has_clicked`: a boolean flag is not the thing it is named after)
_NOT_BEHAVIOUR = ("id", "ids", "uuid", "at", "ts", "time", "timestamp", "tstamp", "date", "count", "version",
                  "vendor", "format", "fingerprint", "schema", "hash", "key", "status", "is", "has",
                  "code", "error", "level", "sequence", "seq", "index", "idx", "number", "num", "host", "scheme",
                  "port", "domain", "fragment", "enabled", "consent", "revenue", "currency", "value", "amount",
                  "price", "cost", "usd", "total", "tax", "quantity", "params", "properties", "payload", "data",
                  "json", "window", "lookback", "tracker",
                  # why an event happened (an audit's 事件原因 `用户主动退出`), not the event
                  "reason", "cause")


#: words before a `page` that keep it the page the user is on (`当前页面`, `访问页面`)
_PAGE_WORDS = frozenset({"current", "visit", "visited", "viewed", "view", "landing", "entry", "exit", "from", "to"})


#: ids alone between slashes (`/0/`, `/0/12/`, `/3/17/42`): a materialized path of a tree of records
_ID_CHAIN = r"^/(?:\d+/)*\d+/?$"


class BehavioralEventRecognizer(FieldRecognizer):
    entity = "BEHAVIORAL_EVENT"
    names = ("event", "event name", "event type", "event action", "action", "user action", "action name",
             "action type", "activity", "activity type", "interaction", "interaction type", "clicked",
             "click", "clicked element", "tapped", "gesture", "se action", "se category", "pixel event",
             "tracking event", "conversion event", "fb event", "ga event", "event category", "screen view",
             # pages by their names (`首页`, `商品详情`, `Checkout`), not their addresses
             "page name", "page title",
             # the text of what was clicked (Sensors Analytics' `$element_content`, `$element_name`)
             "element content", "element text", "element name")
    # an analytics SDK's key of the event (Umeng's and TalkingData's 事件ID: `search_submit`),
    # when the values are event names; a row's own `event_id` (a UUID, a counter) never repeats
    # as event names do, and stays no behaviour
    weak_names = ("event id", "event key")
    negative_names = _NOT_BEHAVIOUR + ("event source", "source", "log", "audit", "db", "system", "kernel", "sql", "cron", "job", "alarm",
                                       "weather", "calendar", "webhook", "queue", "listener", "handler")

    patterns = (
        # `$pageview`, `$ae_session`, `_first_open`: vendors mark their built-in events with $ or _
        # (or Chinese verbs and phrases: `点击`, `加入购物车`)
        ValuePattern("event name", r"[$_]?[A-Za-z][A-Za-z0-9]*(?:[_ .:/-]?[A-Za-z0-9]+){0,6}|[一-鿿]{1,10}", 0.5),
    )
    context = ("event", "clicked", "tapped", "viewed")
    value_alone = False
    parent_names = False
    validates_each_value = False  # it judges how often the candidates repeat

    def name_signal(self, name: NameTokens) -> Signal | None:
        if not MACHINE_WORDS.isdisjoint(name.parent):
            return None  # a robot mower's `mower.activity` (`PARKED_IN_CS`), a car's climate's: its state
        signal = super().name_signal(name)
        if signal is None and (name.own == ("page",) or (len(name.own) == 2 and name.own[1] == "page"
                                                         and name.own[0] in _PAGE_WORDS)):
            # a bare `page` (`页面`) of page names (`首页`, `商品详情页`) is where the user was (its
            # values decide: pagination numbers are no names); `page_urlscheme` is not a page;
            # nor is a `current page` or a `visit page` (`当前页面`, `访问页面`) anything else
            return Signal("name", f"name '{name.raw}' is a bare 'page' (weak)", self.weak_name_score)
        return signal

    def validate(self, candidates: pa.Array) -> pa.Array | None:
        # an event column repeats a small vocabulary of names; free text does not
        distinct = len(pc.unique(candidates))
        repeats = distinct <= max(3, EVENT_MAX_DISTINCT_RATIO * len(candidates))
        # a record's own id (CloudTrail's `eventID`: a UUID; a hex digest) is no event's name,
        # however few rows a small API table leaves to show that it never repeats
        # a firewall's verdict (a flow log's `ACCEPT`/`REJECT`) or the machine's own state change
        # (`who`'s `reboot`, a `run-level 5`) is what the system did, no person's action
        system = pc.or_(pc.fill_null(rx.match(candidates, _ID_SHAPED), False),
                        pc.fill_null(rx.match(candidates, SYSTEM_VERDICTS), False))
        # a letter and a number (Loghub's `EventId` of `E117`, a parser's template; an error's
        # `E42`) is a code a program numbered, no name of what someone did
        system = pc.or_(system, pc.fill_null(rx.match(candidates, NUMBERED_CODE), False))
        return pc.and_(pa.array([repeats] * len(candidates), pa.bool_()), pc.invert(system))


#: one letter and a number: a template's, an error's or a rule's code
NUMBERED_CODE = r"^[A-Za-z]\d+$"


#: objects of machines that act on their own, whose `activity`, `action` or `event` is their state
#: or mode (an Automower's `mower.activity`, its `planner.override.action`, a car's
#: `climateControlState.activity`, a thermostat's `hvac.action`): none a person's
MACHINE_WORDS = frozenset({"mower", "robot", "vacuum", "planner", "climate", "hvac", "thermostat", "heater",
                           "charger", "charging", "engine", "motor", "pump", "printer", "inverter", "compressor"})


#: what a system decides or goes through, as one word: a firewall's or a policy's verdict on a
#: packet or a request, the machine's boots and shutdowns (`who -a`, `last`): events and actions
#: of the system, never of its user (`login` and `logout` stay a person's)
SYSTEM_VERDICTS = (r"(?i)^\s*(?:accept(?:ed)?|reject(?:ed)?|allow(?:ed)?|deny|denied|drop(?:ped)?|block(?:ed)?"
                   r"|permit(?:ted)?|reboot|shutdown|boot|halt|poweroff|power[ _-]?off|crash|kernel[ _-]?panic"
                   r"|run[ _-]?level(?:\s*\d)?)\s*$")


#: a network protocol's name and version (`HTTP/1.1`, `HTTP/2`, `h2`, `SPDY/3.1`, `QUIC/1`)
PROTOCOL_VERSION = r"(?i)^(?:https?|spdy|quic|h[23])(?:/\d(?:\.\d)?)?$"

#: an absolute address of a web API: on an `api.` host (`https://api.github.com/repos/…`) or one whose
#: first label ends in `api` (Aliyun's `dysmsapi.aliyuncs.com`, WeCom's `qyapi.weixin.qq.com`,
#: DingTalk's `oapi.dingtalk.com`, Alipay's `openapi.alipay.com`), or whose
#: first path segment says an API or its version (`/api/`, `/rest/`, `/graphql`, `/v3/`, `/2.0/`):
#: a program's call or a record's address in the API, no page of a site a person browses
API_ENDPOINT = (r"(?i:^[a-z][a-z0-9+.-]*://(?:[a-z0-9]*api[.-][^/?#\s]*(?:[/?#:]|$)"
                r"|[^/?#\s]+/(?:api|rest|graphql|v\d+(?:\.\d+)*|\d+(?:\.\d+)+)(?:[/?#]|$)))")

#: a web API's route, relative or templated (Tesla's `api/1/vehicles/{vehicle_id}/wake_up`,
#: `bff/v2/mobile-app/user`, Express's `/users/:id`): what a client program calls, no page a person
#: opened; a page's path is neither versioned under an `api` root nor left with placeholders
API_ROUTE = (r"(?i:^/?(?:[a-z0-9_.-]+/){0,2}(?:api|rest|graphql|v\d+(?:\.\d+)*)(?:[/?#]|$))"
             r"|(?:^|/)(?:\{[^/{}\s]+\}|:[A-Za-z_]\w*)(?:[/?#.]|$)")

#: a definition named by a URL (FHIR's `http://hl7.org/fhir/StructureDefinition/patient-birthPlace`,
#: `http://terminology.hl7.org/CodeSystem/v3-ActCode`, an XML namespace's or a JSON schema's
#: address): an identifier a format writes as a URL, no page a person opened
DEFINITION_URL = (r"(?i:^[a-z][a-z0-9+.-]*://[^\s]*/(?:StructureDefinition|CodeSystem|ValueSet|NamingSystem"
                  r"|ConceptMap|SearchParameter|OperationDefinition|schemas?|ns|xmlns|XMLSchema(?:-instance)?)"
                  r"(?:[/#]\S*)?$)")

#: a person's profile by its address (Last.fm's `https://www.last.fm/user/RJ`, `/u/bob`,
#: `/@alice`): in a column of them only, a record's link to its account, no page someone opened
PROFILE_URL = (r"(?i:^https?://[^/?#\s]+/(?:(?:users?|u|profiles?|people|members?)/[^/?#\s]+|@[^/?#\s]+)/?$)")

_MEDIA_SOURCE = r"(?i)^(?:smb|cifs|nfs|afp|x-file-cifs|hls|hls-radio|mms|icy|x-rincon[\w-]*|x-sonos[\w-]*):"


class VisitedUrlRecognizer(FieldRecognizer):
    entity = "VISITED_URL"
    names = ("page url", "page path", "pathname", "page view", "pageview", "url", "visited url", "visited page",
             "current url", "page uri", "uri", "request uri", "request url", "request path", "request", "path",
             "referrer", "referer", "page referrer", "http referer", "http referrer", "referrer url", "ref url",
             "landing page", "landing url", "entry page", "exit page", "route",
             "deep link", "deeplink", "href", "link clicked", "clicked url", "previous page", "prev page",
             "next page", "visited", "browsing history", "page location", "document location",
             # an app's current screen (Sensors' `$screen_name`, Firebase's `screen_class`): an
             # account's `screen_name` too, which the values tell apart (`…Activity`, `…ViewController`)
             "screen name", "screen class", "current screen")
    weak_names = ("page", "link", "location", "target", "destination", "source page")
    negative_names = _NOT_BEHAVIOUR + ("image", "img", "avatar", "photo", "picture", "icon", "logo", "thumbnail",
                                       "thumb", "cover", "api", "endpoint", "callback", "webhook", "docs", "doc",
                                       "documentation", "homepage", "home page", "website", "site", "profile", "linkedin",
                                       "twitter", "facebook", "github", "cdn", "asset", "static", "download",
                                       "file", "repo", "repository", "registry", "server", "service", "db",
                                       "database", "connection", "dsn", "proxy", "mirror", "width", "height",
                                       "size", "resolution", "orientation", "density", "brightness", "depth",
                                       "title", "count", "views", "length", "query", "params", "method", "bytes",
                                       # a record's own address as an API gives it (Reddit's
                                       # `permalink`, GitHub's `html_url`): where it lives, not a visit
                                       "permalink", "html url",
                                       # an ad's or a creative's own address (a bid's `adUrl`): the
                                       # ad server's, no page a person opened; a socket's (a live
                                       # thread's `websocket_url`): connected to, not visited
                                       "ad", "ads", "creative", "banner", "websocket", "socket", "ws", "wss",
                                       # a camera's media (a doorbell's `snapshot_url`, a clip's
                                       # `recording_url`): where its pictures are, no page visited
                                       "snapshot", "recording", "video", "clip", "stream", "preview",
                                       # a player's media (a speaker's `TrackURI`, an album's
                                       # art): what it plays, no page visited
                                       "track", "song", "album", "playlist", "episode", "podcast", "radio",
                                       "media", "music",
                                       # a document's own address (a charge's `receipt_url`, an
                                       # invoice's `invoice_url`): where it can be fetched, no visit
                                       "receipt", "invoice", "statement",
                                       # the links a product publishes about itself (os-release's
                                       # `HOME_URL`, `BUG_REPORT_URL`, `PRIVACY_POLICY_URL`): where its
                                       # home, support and terms are, no page anyone opened
                                       "home", "support", "bug", "bugs", "tracker", "privacy", "policy",
                                       "terms", "license", "licence", "help", "faq", "changelog",
                                       # where a server sends the browser on (an OAuth client's
                                       # registered `redirect_uri`, RFC 6749): the server's or the app's
                                       # setting, no page the person chose
                                       "redirect")
    patterns = (
        ValuePattern("url", r"[A-Za-z][A-Za-z0-9+.-]*://[^\s]+", 0.55),
        ValuePattern("path", r"/[^\s]*", 0.5),
        # a page of a mini-program or an app router, written without the leading slash
        # (`pages/goods/detail?id=8`): backs a page name, as it is also any relative file path
        ValuePattern("relative page path", r"[A-Za-z][A-Za-z0-9_-]*(?:/[A-Za-z0-9_.-]+)+(?:\?\S*)?", 0.35),
        ValuePattern("request line", r"(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) \S+(?: HTTP/[\d.]+)?", 0.75),
        ValuePattern("no referrer", r"-", 0.3),
        # an app's screens are its pages: Android activities and fragments, iOS view controllers
        # (`com.shop.ui.goods.DetailActivity`, `CartViewController`)
        ValuePattern("app screen class", r"(?:[a-z][a-z0-9_]*\.)*[A-Z][A-Za-z0-9_$]*(?:Activity|Fragment|ViewController|Screen|Page)", 0.5),
    )
    context = ("visited", "page", "url", "referrer", "clicked")
    value_alone = False
    parent_names = False
    validate_elementwise = True
    #: a media player's and a file share's sources (a Sonos queue's `uri`: `x-file-cifs://…/Tired.mp3`,
    #: `x-sonos-http:…`, `hls-radio://…`): tracks played, no page a person opened
    other_forms = (("a media player's or a file share's sources", _MEDIA_SOURCE),
                   ("a web API's endpoints", API_ENDPOINT), ("a web API's routes", API_ROUTE),
                   ("definitions named by URLs", DEFINITION_URL),
                   ("people's profile addresses", PROFILE_URL), ("chains of record ids (a tree's paths)", _ID_CHAIN),
                   ("protocol versions (HTTP/1.1, HTTP/2)", PROTOCOL_VERSION))
    # a column of a service's log files only (`log_path`, a shipper's `__FILENAME__`), or of a web
    # API's endpoints only: no page, however the column is named
    open_world_not = rf"{LOG_FILE_PATH}|{API_ENDPOINT}|{API_ROUTE}|{DEFINITION_URL}|{PROFILE_URL}|{_ID_CHAIN}"

    def name_signal(self, name: NameTokens) -> Signal | None:
        signal = super().name_signal(name)
        if signal is not None and VISIT_WORDS.isdisjoint(name.own) and (
                URL_OWNERS.intersection(name.parent) or RESOURCE_OWNERS.intersection(name.own)):
            # a user's or an author's `url` (a tweet's `user.url`: the profile's home page), a
            # webhook's or a channel's configured `uri`: the object's own address or setting, no
            # page a person opened; so is a resource's, said in the name itself (GitLab's
            # `project_path_with_namespace`, `group_path`, an app's `iosStoreUrl`)
            return None
        return signal

    def validate(self, candidates: pa.Array) -> pa.Array:
        """A page is opened over the web (or an app's own scheme); a socket, a file server, a
        repository or a database is connected to: `wss://…`, `ftp://…`, `s3://…`,
        `postgres://…` are a service's addresses, no page a person visited; a relative path to
        a picture or a script is an asset fetched, and so is a web address of a picture (one that
        ends in a picture's extension or asks a CDN for an image size: an avatar, a cover); a
        repository's clone address (`git@host:group/project.git`, `https://host/group/project.git`)
        is cloned, not opened; nor is a path in the machine's own file system
        (`/sys/devices/…` of a battery, `/sbin`, `/dev/sda`): the operating system's, which
        device tools and system logs print."""
        service = pc.or_(pc.fill_null(rx.match(candidates, _SERVICE_SCHEMES), False),
                         pc.fill_null(rx.match(candidates, REPOSITORY_ADDRESS), False))
        # (and a file in a service's log directory, `/data/logs/trip/track.log`: what a log
        # shipper read the record from)
        system = pc.fill_null(pc.or_(rx.match(candidates, _SYSTEM_ROOTS), rx.match(candidates, LOG_FILE_PATH)), False)
        asset = pc.fill_null(pc.or_(rx.match(candidates, _RELATIVE_ASSET), rx.match(candidates, _REMOTE_PICTURE)), False)
        # (and a web API's endpoint, `https://api.github.com/repos/…`, `https://ws.audioscrobbler.com/2.0/`:
        # what a program calls, or a record's address in the API, no page a person opened; and a
        # person's profile address, `…/user/RJ`: the account's link; and an API's route,
        # `api/1/vehicles/{vehicle_id}`; and a definition's URL, FHIR's `…/StructureDefinition/…`)
        api = pc.fill_null(pc.or_(pc.or_(rx.match(candidates, API_ENDPOINT), rx.match(candidates, API_ROUTE)),
                                  pc.or_(rx.match(candidates, DEFINITION_URL), rx.match(candidates, PROFILE_URL))),
                           False)
        # (and a chain of numeric ids between slashes, `/0/12/35/`: a tree's materialized path, the
        # ancestors of a record (CRMEB's promoters, a category's parents), no page)
        ids = pc.fill_null(rx.match(candidates, _ID_CHAIN), False)
        # (and a protocol's name and version, `HTTP/1.1`, `HTTP/2`: how a request was made,
        # Cloudflare's `ClientRequestProtocol`, whose slash reads as a relative path's)
        protocol = pc.fill_null(rx.match(candidates, PROTOCOL_VERSION), False)
        # (and a reference to a record by its type and id, `Encounter/<uuid>`, `Patient/123`, as
        # FHIR and REST APIs link resources: the record pointed at, no page; a page's relative
        # path names a page, not a capitalised type before a bare id)
        record = pc.fill_null(rx.match(candidates, RECORD_REFERENCE), False)
        return pc.invert(pc.or_(pc.or_(pc.or_(pc.or_(pc.or_(pc.or_(service, system), asset), api), ids), protocol),
                                record))


#: a record named by its type and id, without a host (FHIR's `Encounter/<uuid>`, `Patient/123`)
RECORD_REFERENCE = (r"^[A-Z][A-Za-z]+/(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                    r"|[0-9]+)$")


#: a relative or root-relative path to a picture, a style sheet or a script (Tuya's `smart/icon/….png`,
#: ShopXO's uploads `/static/upload/images/user/idcard/2026/06/03/….jpg`): a service's asset or an
#: uploaded file that a client fetches, no page (a page's path has no such extension)
_RELATIVE_ASSET = r"(?i)^/?[A-Za-z][A-Za-z0-9_-]*(?:/[A-Za-z0-9_.-]+)+\.(?:png|jpe?g|gif|webp|svg|ico|bmp|css|js|woff2?)$"

#: a web address of a picture: its path ends in a picture's extension, or its query asks an image
#: CDN for a size or a transformation (Feishu's `~?image_size=72x72`, Aliyun OSS's
#: `x-oss-process=image/…`, Qiniu's `imageView2`/`imageMogr2`): an avatar or a cover, no page;
#: and any address on Tencent's avatar CDN, `qlogo.cn` (a WeChat login's `headimgurl`
#: `https://thirdwx.qlogo.cn/mmopen/vi_32/…/132`, QQ's `q.qlogo.cn/headimg_dl?…`), whose paths end in a size
_REMOTE_PICTURE = (r"(?i)^[A-Za-z][A-Za-z0-9+.-]*://(?:[^?#\s]+\.(?:png|jpe?g|gif|webp|svg|ico|bmp|heic)(?:[?#]\S*)?"
                   r"|\S*[?&](?:image_size=|x-oss-process=image|x-image-process=image|imageView2|imageMogr2)\S*"
                   r"|(?:[a-z0-9-]+\.)*qlogo\.cn(?:[:/?#]\S*)?)$")

#: objects whose address (`url`, `uri`, `link`) is their own or a setting, no page visited
URL_OWNERS = frozenset({"user", "author", "owner", "account", "profile", "actor", "creator", "member", "sender",
                        "recipient", "organization", "org", "company", "team", "config", "configuration", "settings",
                        "channel", "hook", "hooks", "webhook", "integration",
                        # the resources a code host or an app store serves, each at its own
                        # address (a push hook's `project.web_url`, `repository.git_http_url`)
                        "project", "repository", "repo", "group", "namespace", "package", "release", "wiki",
                        "snippet", "pipeline", "milestone",
                        # a music catalogue's entities (Last.fm's, Spotify's, MusicBrainz's
                        # `artist.url`, `album.url`): the entity's page, not one a listener opened
                        "artist", "album",
                        # a picture's (Facebook's `picture.data.url`, a page's `cover.source`): the
                        # image's address, fetched to show it, no page anyone opened
                        "picture", "image", "img", "avatar", "photo", "icon", "logo", "thumbnail", "thumb",
                        "cover"})
#: the same resources named in a field's own name before its last word (`project_path`,
#: `path_with_namespace`, `androidStoreUrl`): the address is theirs
RESOURCE_OWNERS = URL_OWNERS - {"user", "author", "owner", "account", "profile", "actor", "creator", "member",
                                "sender", "recipient"} | {"store"}
#: a repository's clone address: scp-like `git@host:path` or any URL ending in `.git`
REPOSITORY_ADDRESS = r"^(?:[\w.-]+@[\w.-]+:[^/\s][^\s]*|\S+\.git/?)$"
#: words of a name that say a visit whatever object holds it (`user.landing_page`, `actor.referrer`)
VISIT_WORDS = frozenset({"page", "referrer", "referer", "current", "landing", "visited", "clicked", "entry", "exit",
                         "previous", "prev", "next", "pathname", "pageview", "screen", "route"})

#: the operating system's own directories (FHS), never a site's pages: `/sys/devices/…`,
#: `/dev/sda`, `/sbin`, `/usr/lib/…`, `/proc/1/status`
_SYSTEM_ROOTS = r"^/(?:sys|proc|dev|sbin|bin|usr|etc|lib|lib32|lib64|libx32|boot|run|snap|opt|srv|var)(?:/|$)"

#: schemes of connections to services, never of a page a person visits
_SERVICE_SCHEMES = (r"(?i)^(?:wss?|ftps?|sftp|ssh|scp|rsync|git|svn|s3|s3a|s3n|gs|hdfs|abfss?|file|jdbc:\w+|"
                    r"redis|rediss|postgres|postgresql|mysql|mariadb|mongodb(?:\+srv)?|amqps?|mqtts?|kafka|"
                    r"ldaps?|smtps?|imaps?|pop3s?|tcp|udp|grpcs?|nats|zookeeper|memcached|cassandra|"
                    r"clickhouse|snowflake|bigquery|rtmps?|rtsp|"
                    # a file share's and a media player's sources (a Sonos queue's `x-file-cifs://`,
                    # `hls-radio://`): a track played, no page opened
                    r"smb|cifs|nfs|afp|x-file-cifs|hls|hls-radio|mms|icy|x-rincon[\w-]*|x-sonos[\w-]*)://")


class SearchQueryRecognizer(FieldRecognizer):
    entity = "SEARCH_QUERY"
    names = ("search query", "search term", "search terms", "search keyword", "search keywords", "search text",
             "search string", "search", "searched", "searched for", "query text", "user query", "keyword",
             "keywords", "refr term", "utm term", "mkt term")
    weak_names = ("query", "q", "term", "terms", "prompt")
    negative_names = _NOT_BEHAVIOUR + ("sql", "db", "database", "duration", "latency", "ms", "plan", "cache",
                                       "engine", "index", "params", "param", "result", "results",
                                       "volume", "rank", "position", "bid", "cpc", "match",
                                       # a page's keywords for search engines (osCommerce's
                                       # `products_seo_keywords`, `meta_keywords`): the shop's, no search
                                       "seo", "meta",
                                       # where or how a search was made (litemall's `from` 搜索来源:
                                       # pc, wx, app; `search_type`), a channel's code, not what was sought
                                       "source", "channel", "platform", "type")
    patterns = (ValuePattern("query text", rf".{{0,100}}[{LETTER}].{{0,100}}", 0.4),)
    context = ("search", "searched", "query")
    value_alone = False
    parent_names = False

    def validate(self, candidates: pa.Array) -> pa.Array:
        return pa.array([bool(v) and not _SQL.match(v) and "://" not in v for v in candidates.to_pylist()], pa.bool_())


class EngagementMetricRecognizer(FieldRecognizer):
    entity = "ENGAGEMENT_METRIC"
    names = ("watch ms", "watch time", "watch duration", "watch seconds", "watched ms", "watched seconds",
             "view duration", "view time", "viewing time", "play duration", "play time", "playtime", "played ms",
             "listen time", "listening time", "time spent", "time on page", "time on site", "time in app",
             "dwell time", "page dwell", "engaged time", "engagement time", "engagement ms", "active time",
             "scroll depth", "scroll percent", "scroll pct", "percent watched", "completion rate", "watch percent",
             "video progress", "read time", "reading time", "session duration", "visit duration", "pp yoffset max",
             "pp yoffset min", "pp xoffset min",
             "pp xoffset max",
             # a page's stay (Chinese trackers' 停留时长, `stay_ms`, WeChat mini-programs' `stayTime`)
             "stay ms", "stay time", "stay duration", "stay seconds", "stay sec", "page stay", "page stay time")
    negative_names = ("id", "count", "version", "limit", "timeout", "latency", "threshold",
                      "budget", "target", "avg", "average", "p50", "p95", "p99", "median", "sla", "config",
                      # how many times (a post's `watchTimes` 浏览次数, `loginTimes`): a count, no time spent
                      "times")
    # at most nine digits: ten are Unix seconds since 2001 (Tuya's `active_time`, when a device
    # was activated), a moment, no time spent (31 years; 11 days in milliseconds)
    patterns = (ValuePattern("non-negative number", r"\d{1,9}(?:\.\d+)?", 0.45),)
    context = ("watched", "spent", "engaged")
    value_alone = False

    values_within_patterns = True  # its value signal only refines or drops the base one

    def value_signal(self, sample: FieldSample) -> Signal | None:
        if sample.is_list:  # a list of intervals is keystroke rhythm, not engagement
            return None
        return super().value_signal(sample)
