"""App and file names and types: app package ids, file names, MIME types.

- APP_PACKAGE: reverse-DNS application ids (Android `applicationId`, Apple bundle ids):
  `com.zhiliaoapp.musically`, `com.apple.mobilesafari`. The first label is a top-level domain
  and the last is not, which tells them from host names (`api-24.prod.internal`).
- FILE_NAME: a base name or path ending in a known file extension (`IMG_2041.HEIC`,
  `/sdcard/Download/report.pdf`). Web page extensions (`.html`, `.php`) are left out: they
  are visited URLs, not the user's files.
- MIME_TYPE: IANA media types `type/subtype` with the registered top-level types.
"""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from classifiers import rx
from classifiers.evidence import Signal
from classifiers.fieldview import FieldView
from classifiers.names import NameTokens
from classifiers.recognizer import FieldRecognizer, ValuePattern
from classifiers.siblings import siblings
from datamap.model import DatasetSample, FieldSample

# top-level labels that reverse-DNS ids start with (generic TLDs and common country codes)
_TLDS = ("com|org|net|io|co|me|tv|app|dev|ai|gg|ly|cc|info|biz|edu|gov|mobi|cn|jp|kr|de|fr|uk|ru|in|br|it|es|nl|se|"
         "ch|at|be|pl|tr|tw|hk|sg|id|vn|th|my|ph|au|nz|ca|mx|ar|us|eu|fm|im|to|so|xyz|games|air")
_PACKAGE = rf"(?:{_TLDS})(?:\.[A-Za-z][A-Za-z0-9_-]*){{1,6}}"
_EXTENSIONS = ("jpe?g|png|gif|heic|heif|webp|bmp|tiff?|svg|raw|dng|cr2|nef|mp4|mov|m4v|avi|mkv|webm|3gp|hevc|mp3|m4a|"
               "aac|wav|flac|ogg|opus|amr|pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|csv|tsv|json|xml|zip|rar|7z|tar|gz|"
               "tgz|apk|aab|ipa|exe|dmg|msi|deb|epub|mobi|key|pages|numbers|psd|ai|sketch|vcf|ics|eml|log|db|sqlite")
_MEDIA_TOP = "application|audio|font|image|message|model|multipart|text|video|chemical|x-[a-z]+"


#: what a process list calls a process's name (`ps`'s NAME and CMD, `top`'s COMMAND, /proc's comm)
PROCESS_NAME_COLUMNS = frozenset({"name", "cmd", "command", "comm", "process", "process name", "args", "cmdline"})


#: Android component and iOS controller classes, named inside an app's package
_COMPONENTS = ("Activity|Fragment|Service|Receiver|Provider|ViewController|Controller|Dialog"
               # a back end's data classes, as Spring Data writes them into each MongoDB document's
               # `_class` (`com.shop.user.entity.UserDO`) and Java serialisers into `@class`
               "|DO|DTO|VO|PO|BO|Entity|Model|Bean|Pojo|POJO|Document|Record")


class AppPackageRecognizer(FieldRecognizer):
    entity = "APP_PACKAGE"
    closed_format = True
    names = ("package", "package name", "packagename", "pkg", "pkg name", "bundle id", "bundleid", "bundle identifier",
             "app package", "application id", "applicationid", "app bundle", "installed apps", "installed packages",
             "source app", "foreground app", "running apps", "app list", "apps", "calling package", "requesting app", "caller package",
             # the header an Android WebView sends with its app's package (`X-Requested-With`)
             "requested with", "x requested with")
    # a platform's id of an app (Slack's `app_id` of `A6DB2SWUW`, an ad network's, a mini
    # program's `appid`) is no package: only reverse-DNS values make an `app id` the device's app
    weak_names = ("app", "application", "bundle", "source", "app id", "store app id")
    negative_names = ("version", "count", "size", "hash", "signature", "class", "java", "logger", "module", "thread",
                      "domain", "host", "hostname", "url", "email", "sdk", "vendor", "schema", "event", "namespace",
                      "logger", "tracker", "metric", "topic",
                      # a hardware package by its part or serial number (a home battery's
                      # `PackagePartNumber`, `PackageSerialNumber`): a physical pack, no app
                      "part number", "serial number", "part no", "serial no", "serial")
    patterns = (
        ValuePattern("reverse-dns app id", _PACKAGE, 0.45),
        # (quoted as JSON writes them, or as Python's `repr` does: `['com.tencent.mm', …]`)
        ValuePattern("list of app ids", rf"\[?\s*[\"']?{_PACKAGE}[\"']?(?:\s*[,;]\s*[\"']?{_PACKAGE}[\"']?)+\s*\]?", 0.6),
        # apps by their display names, as Chinese SDKs report them (`微信,支付宝,抖音`): any short
        # words, so this only backs a name that says apps
        # an Android application id outside the reverse-DNS habit (GameGuardian's
        # `catch_.me_.if_.you_.can_`): dotted Java identifiers, backing a package name only
        ValuePattern("java package", r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*){1,6}", 0.3),
        ValuePattern("list of app names", r"[^\s,，、|;]{1,24}(?:\s*[,，、|;]\s*[^\s,，、|;]{1,24}){2,}", 0.2),
    )
    context = ("package", "bundle", "app")
    # a platform's numeric key of an application (Discord's `application_id`, an app store's
    # track id `284882215`) is no package, however few values show it
    other_forms = (("numbers (a platform's numeric key of an app)", r"^\d+$"),)

    remembers_verdicts = False  # its validator is vectorised

    def value_signal(self, sample: FieldSample) -> Signal | None:
        """No app of the device when one package fills every row (Sensors Analytics' `$app_id`
        应用包名 `com.yami.town` on each event): the app that wrote the records, the same for everyone."""
        if FieldView.of(sample).distinct.constant():
            return None
        return super().value_signal(sample)

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        """A process list's name column (`ps`'s `NAME` beside `PID`, `top`'s `COMMAND`): on a
        phone or a TV every app runs as a process named by its package (`com.netflix.ninja`),
        so reverse-DNS names there are the apps the device runs."""
        if " ".join(NameTokens.of(sample.path).own) not in PROCESS_NAME_COLUMNS:
            return None
        pid = next((f for f in siblings(sample, dataset) if NameTokens.of(f.path).own == ("pid",)), None)
        if pid is None:
            return None
        return Signal("context", f"'{sample.path}' names the processes beside their '{pid.path}'", 0.3)

    def validate(self, candidates: pa.Array) -> pa.Array:
        """The last label must not itself be a top-level domain (`com.example.net` is a host)
        nor a class (`…ui.HomeActivity`); a list of display names has no labels."""
        last = rx.extract(candidates, r"\.(?P<last>[^.,;\]\"\s]+)[\"\]\s]*$").field("last")
        is_tld = rx.match(pc.utf8_lower(last), rf"^(?:{_TLDS})$")
        # nor a class of an app (`com.shop.ui.DetailActivity`): a screen or a component, not the app
        is_class = rx.match(last, rf"^[A-Z]\w*(?:{_COMPONENTS})$")
        # nor a D-Bus error name (`org.bluez.MediaEndpoint1.Error.NotImplemented`: an interface's
        # `Error.` and the error's name, as the D-Bus specification writes them), no app
        is_error = rx.match(candidates, _DBUS_ERROR)
        return pc.fill_null(pc.invert(pc.or_(pc.or_(is_tld, is_class), is_error)), True)


#: a D-Bus error name: an interface's reverse-DNS name, `.Error.` and the error (`….Error.NotImplemented`)
_DBUS_ERROR = r"^[\"']?[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+\.Error\.[A-Z]\w*[\"']?$"


#: directories of the operating system and its packages (FHS; Windows' own folders)
_SYSTEM_PATH = (r"^(?:/(?:usr|etc|lib|lib32|lib64|libx32|bin|sbin|boot|proc|sys|dev|run|snap|opt|srv|var/(?:lib|cache|log|"
                r"spool|backups))/|(?i:[a-z]:\\(?:windows|program files(?: \(x86\))?|programdata)\\)"
                # manual pages (`less.1.gz`): package managers install and log them by the thousand
                r"|(?:^|/)[^/]+\.[1-9][a-z]*\.gz$"
                # a package archive as apt elides its cache folder (`Preparing to unpack .../libudev1_252_amd64.deb`)
                r"|^\.\.\./(?:\d+-)?[^/]+\.[ud]?deb$)")


#: a service's own pictures and bundles (`smart/icon/…png`, `/static/img/…`, `assets/logo.svg`):
#: files an app ships or serves, no user's
_ASSET_PATH = r"(?i:(?:^|[/\\])(?:icons?|logos?|static|assets)[/\\])"
#: the folders a web service keeps its users' uploads in
_UPLOAD_FOLDER = r"(?:uploads?|upload_?files?|files|attachments?|images|imgs?|pics?|avatars?|userfiles)"
#: a web service's stored upload under a name the service made, a digest or a UUID (pig's avatar
#: `/admin/sys-file/local/2a14ae08150e483c93e12ac8934173e2.png`), or a long number (the moment it
#: was stored in epoch seconds or milliseconds, a snowflake id, random digits: the Spring Boot
#: templates' `upload/1613722327011.jpg`, a `FileController` naming each upload
#: `new Date().getTime()`), behind a URL path or relative to the server's upload folder: the
#: server's copy, no file of the device (whose own folders, `/storage/…`, `/sdcard/…`, `/Users/…`,
#: `DCIM/…`, stay files)
_STORED_UPLOAD = (r"(?i:^/?(?:[^/\\\s]+/)+(?:[0-9a-f]{24,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
                  r"\.[a-z0-9]{2,5}$"
                  # a bare number is a stored upload's name in the server's upload folder only (a
                  # platform's data export names its files by numbers too: `stickers_used/1….png`)
                  # (or a shorter digest there: Cortana-grid's `uploads/person/9f3a07c2b1e4.jpg`)
                  rf"|^/?(?:[^/\\\s]+/)*{_UPLOAD_FOLDER}/(?:[^/\\\s]+/)*(?:\d{{10,19}}|[0-9a-f]{{12,}})\.[a-z0-9]{{2,5}}$)")
_DEVICE_ROOT = (r"(?i:^/(?:storage|sdcard|mnt|data|users|home|var|private|tmp|system|media)/"
                # a phone's own folders, written relative to its storage (`DCIM/Camera/…`)
                r"|^(?:dcim|pictures|download|documents|movies|music|screenshots)/)")
#: a file in a service's log directory (`/data/logs/trip/track.log`: what Tencent CLS's
#: `__FILENAME__`, Alibaba SLS's `__path__` or Filebeat's `log.file.path` say a record was read
#: from): the program's own output, no user's file
LOG_FILE_PATH = r"(?i:(?:^|[/\\])logs?[/\\](?:[^/\\]+[/\\])*[^/\\]+$)"


class AppLabelRecognizer(FieldRecognizer):
    """An app's display name beside its package id (an app-usage log's `application_name`).

    AWARE's foreground apps: `package_name` `com.google.android.packageinstaller` beside
    `application_name` `Package installer`.

    `app_name` alone is as often the logging service's own name (syslog's `APP-NAME`), so the
    name speaks only beside a column of package ids in the same record: then the row is an app
    on someone's device and its label names that app as the package does."""

    entity = "APP_PACKAGE"
    names = ()
    context = ("package",)
    value_alone = False
    #: own names of an app's label
    LABELS = frozenset({"application name", "app name", "application label", "app label", "app title",
                        "application title", "app display name"})

    def context_signal(self, sample: FieldSample, dataset: DatasetSample) -> Signal | None:
        if " ".join(NameTokens.of(sample.path).own) not in self.LABELS:
            return None
        for other in siblings(sample, dataset):
            own = NameTokens.of(other.path).own
            if "package" not in own or not (pa.types.is_string(other.values.type)
                                            or pa.types.is_large_string(other.values.type)):
                continue
            packages = FieldView.of(other).informative
            if packages.total and packages.hits(rx.match(packages.values, rf"^{_PACKAGE}$", distinct=True)) \
                    >= 0.8 * packages.total:
                return Signal("context", f"an app's label beside its package ids ('{other.path}')", 0.6)
        return None


class FileNameRecognizer(FieldRecognizer):
    entity = "FILE_NAME"
    names = ("file name", "filename", "file", "file path", "filepath", "path", "attachment", "attachment name",
             "document name", "media name", "original name", "original filename", "upload name", "asset name",
             "download name", "local path", "file uri", "content uri")
    weak_names = ("name", "document", "media", "asset")
    negative_names = ("size", "count", "hash", "checksum", "md5", "sha", "type", "mime", "id", "url", "page",
                      "referrer", "endpoint", "route", "uri path", "log", "code", "line", "class", "ext", "extension",
                      # a code host's resources by their slugs (GitLab's `group_path`, `project_path`,
                      # `path_with_namespace`): where a group or a project lives, no file of a device
                      "project", "group", "namespace", "repo", "repository")
    # a user's picture (`avatar` 头像 `/uploads/20241203/….jpg`) is what the user uploaded, not a file of the device
    value_veto_names = ("avatar", "head img", "headimg", "headimgurl", "head image", "portrait",
                        # a product's or an app's picture (Tuya's device `icon`, a brand's `logo`)
                        "icon", "logo")
    patterns = (
        ValuePattern("file name", rf"(?i:(?:[A-Za-z]:\\|/|content://|file://)?(?:[^/\\:*?\"<>|\s]+[/\\])*[^/\\:*?\"<>|]+\.(?:{_EXTENSIONS}))", 0.7),
    )
    context = ("file", "attachment", "upload", "document")
    #: a size (`2368 kB`, `1.5 MiB`: `/proc/PID/status`'s `RssFile`, the memory of mapped files) is
    #: how much, no file's name, however few values say so
    #: and a folder (`Music/Playlists;PLAYLIST/;Playlist/`: where a player keeps its playlists), a
    #: path that ends in a slash, holds files but is none
    other_forms = (("sizes (a number and a unit of bytes)", r"^\d+(?:[.,]\d+)?\s?(?:[kKMGTP]i?B|bytes?|B)$"),
                   ("folders (paths that end in a slash)", r"^[^:]*/;?$"))
    # a column of a service's log files only (a log shipper's `__FILENAME__`): however it is
    # named, no file of a user's
    open_world_not = LOG_FILE_PATH

    remembers_verdicts = False  # its validator is vectorised

    def validate(self, candidates: pa.Array) -> pa.Array:
        """Files of the operating system and its manual pages (`/usr/share/man/man1/less.1.gz`, `C:\\Windows\\...`) are
        the machine's, not a user's: package managers and system logs are full of them; a
        service's icons, logos and static assets are its own, and so are its log files and the
        uploads it stores under names it made."""
        return pc.invert(pc.or_(pc.or_(pc.or_(rx.match(candidates, _SYSTEM_PATH), rx.match(candidates, _ASSET_PATH)),
                                       rx.match(candidates, LOG_FILE_PATH)),
                                pc.and_(rx.match(candidates, _STORED_UPLOAD), pc.invert(rx.match(candidates, _DEVICE_ROOT)))))


class MimeTypeRecognizer(FieldRecognizer):
    entity = "MIME_TYPE"
    closed_format = True
    names = ("mime", "mime type", "mimetype", "content type", "contenttype", "media type", "mediatype", "file type",
             "filetype", "document type", "uti", "file extension", "file ext", "extension")
    weak_names = ("format",)
    negative_names = ("count", "accept", "charset", "encoding", "header")
    # the formats a player, a converter or a server takes or gives (a media player's
    # `OutputFormats`, a playlist's `Formats`, `supported_types`): what a program can read, no
    # user's file, even where a value names one type only
    value_veto_names = ("formats", "supported", "accepted")
    patterns = (
        # one type and its parameters (`text/xml; charset=UTF-8`); a list of several types
        # (`audio/mpeg;audio/x-ms-wma;audio/aac`: the formats a player or a server supports, an
        # `Accept` header) is what a program can read, not the type of a user's file
        ValuePattern("media type", rf"(?i:(?:{_MEDIA_TOP})/[a-z0-9][\w.+-]*(?: ?; ?[\w.-]+=[^;]*)*;?)", 0.85),
        # a bare extension (`jpg`, `.HEIC`) is the file's type too, but says so only under a name
        ValuePattern("file extension", rf"(?i:\.?(?:{_EXTENSIONS}))", 0.3),
    )
    context = ("mime", "content type", "file")
