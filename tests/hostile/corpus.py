"""The hostile corpus: files, logs and databases an attacker, a broken export or bad luck
hands to `datamap scan`. Each case builds itself under a folder and says what a scan must make
of it: READ (a dataset with fields), EMPTY (a dataset without fields), ERROR (one error line and
one `scan_errors` row), or EITHER (read or recorded as an error, but never lost or fatal)."""
from __future__ import annotations

import gzip
import io
import os
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

READ, EMPTY, ERROR, EITHER = "read", "empty", "error", "either"


@dataclass(frozen=True)
class Case:
    id: str
    kind: str  # files | logs | databases
    name: str  # the file name in the corpus folder (the dataset name; a database: its file)
    expect: str
    build: Callable[[Path], None]
    needs_permissions: bool = False  # only meaningful where file permissions are enforced

    @property
    def dataset(self) -> str:
        """The dataset name a scan gives it (a rotated or compressed log drops `.gz`)."""
        return self.name.removesuffix(".gz") if self.kind == "logs" else self.name


def _bytes(data: bytes | Callable[[], bytes]) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        path.write_bytes(data() if callable(data) else data)
    return build


def _text(text: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    return _bytes(text.encode(encoding))


def _gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9)


def _parquet(rows: int = 500) -> bytes:
    sink = io.BytesIO()
    pq.write_table(pa.table({"email": pa.array([f"p{i}@example.com" for i in range(rows)], pa.string()),
                             "n": pa.array(range(rows), pa.int64())}), sink)
    return sink.getvalue()


def _symlink(target: str) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        os.symlink(target, path)
    return build


def _loop(path: Path) -> None:
    other = "." + path.name  # hidden, so the walk meets the loop once
    os.symlink(other, path)
    os.symlink(path.name, path.parent / other)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _unreadable_file(path: Path) -> None:
    path.write_text("email\na@example.com\n")
    path.chmod(0o000)


def _unreadable_folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.csv").write_text("email\na@example.com\n")
    path.chmod(0o000)


def _sqlite(statements: list[str], rows: dict[str, list[tuple[object, ...]]] | None = None) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        con = sqlite3.connect(path)
        for statement in statements:
            con.execute(statement)
        for table, values in (rows or {}).items():
            marks = ", ".join("?" * len(values[0]))
            quoted = table.replace('"', '""')
            con.executemany(f'INSERT INTO "{quoted}" VALUES ({marks})', values)
        con.commit()
        con.close()
    return build


def _corrupt_sqlite(path: Path) -> None:
    _sqlite(["CREATE TABLE t (id INTEGER, name TEXT)"],
            {"t": [(i, f"name {i}") for i in range(3000)]})(path)
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 61):  # every page but the header's is damaged
        data[offset] = 0xFF
    path.write_bytes(bytes(data))


def _truncated_sqlite(path: Path) -> None:
    _sqlite(["CREATE TABLE t (id INTEGER, email TEXT)"], {"t": [(i, f"u{i}@example.com") for i in range(3000)]})(path)
    path.write_bytes(path.read_bytes()[:6000])


def _random(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _deep_json(depth: int) -> bytes:
    return ("[" * depth + "]" * depth + "\n").encode()


def _deep_object(depth: int) -> bytes:
    return ('{"a": ' * depth + "1" + "}" * depth + "\n").encode()


_ACCESS = "203.0.113.{i} - - [10/Oct/2024:13:55:36 +0000] \"GET /a?uid={i} HTTP/1.1\" 200 2326 \"-\" \"curl/8.0\"\n"
_USERS = "email,client_ip\n" + "".join(f"u{i}@example.org,198.51.100.{i % 250 + 1}\n" for i in range(40))

CASES: list[Case] = [
    # -- table files -----------------------------------------------------------------------
    Case("empty-csv", "files", "empty.csv", EMPTY, _bytes(b"")),
    Case("empty-tsv", "files", "empty.tsv", EMPTY, _bytes(b"")),
    Case("empty-ndjson", "files", "empty.ndjson", EMPTY, _bytes(b"")),
    Case("empty-parquet", "files", "empty.parquet", EMPTY, _bytes(b"")),
    # a file that holds no record is read and kept, like an empty database table: never an error
    Case("header-only-csv", "files", "header_only.csv", READ, _text("email,ip\n")),
    Case("zero-row-parquet", "files", "zero_rows.parquet", READ, _bytes(lambda: _parquet(rows=0))),
    Case("empty-json-array", "files", "empty_array.json", EMPTY, _text("[]")),
    Case("blank-lines-ndjson", "files", "blank.ndjson", EMPTY, _text("\n\n  \n")),
    Case("random-bytes-csv", "files", "random.csv", EITHER, _bytes(_random(8192, 1))),
    Case("nul-bytes-csv", "files", "nul.csv", EITHER, _bytes(b"\x00" * 4096)),
    Case("elf-binary-csv", "files", "elf.csv", EITHER, _bytes(b"\x7fELF\x02\x01\x01" + _random(4000, 2))),
    Case("truncated-parquet", "files", "truncated.parquet", ERROR, _bytes(lambda: _parquet()[:700])),
    Case("text-as-parquet", "files", "text.parquet", ERROR, _text("email\na@example.com\n")),
    Case("truncated-json", "files", "truncated.json", ERROR, _text('[{"email": "a@example.com"}, {"email": ')),
    Case("truncated-gzip-csv", "files", "cut.csv.gz", EITHER, _bytes(lambda: _gz(_USERS.encode() * 50)[:300])),
    Case("not-gzip-csv-gz", "files", "fake.csv.gz", ERROR, _text(_USERS)),
    Case("gzip-bomb-csv", "files", "bomb.csv.gz", READ, _bytes(lambda: _gz(b"a,b\n" + b"1,2\n" * 2_000_000))),
    Case("deep-array-json", "files", "deep.json", EITHER, _bytes(_deep_json(20000))),
    Case("deep-array-ndjson", "files", "deep.ndjson", EITHER, _bytes(_deep_json(20000))),
    Case("deep-object-ndjson", "files", "deep_object.ndjson", EITHER, _bytes(_deep_object(5000))),
    Case("json-scalar", "files", "scalar.json", EITHER, _text("42\n")),
    Case("huge-line-csv", "files", "huge_line.csv", EITHER, _bytes(b"a,b\n" + b"x" * (8 << 20))),
    Case("huge-cell-csv", "files", "huge_cell.csv", READ, _bytes(b"note,email\n" + b"7" * 100_000 + b",a@example.com\n")),
    Case("huge-text-cell-csv", "files", "huge_text.csv", READ, _bytes(b"note,email\n" + b"ab " * 300_000 + b",a@example.com\n")),
    Case("forty-digit-integers", "files", "bigint.csv", READ,
         _text("id,email\n" + "".join(f"{10**39 + i},u{i}@example.com\n" for i in range(20)))),
    Case("invalid-utf8-byte", "files", "bad_byte.csv", READ, _bytes(_USERS.encode() + b"Jos\xe9@example.org,1.2.3.4\n")),
    Case("utf16-bom", "files", "utf16.csv", READ, _text(_USERS, "utf-16")),
    Case("utf8-bom", "files", "utf8_bom.csv", READ, _bytes(b"\xef\xbb\xbf" + _USERS.encode())),
    Case("latin1-tsv", "files", "latin1.tsv", READ, _text("name\tcity\nJosé\tMünchen\nAnn\tKöln\n", "latin-1")),
    Case("mixed-encodings", "files", "mixed.csv", READ,
         _bytes("name,email\nJosé,a@example.com\n".encode() + "Müller,b@example.com\n".encode("latin-1"))),
    Case("newline-in-header", "files", "header_newline.csv", READ, _text('"first\nname",email\nAnn,a@example.com\n')),
    # Excel's line break in a header cell (a bare LF) in a file of CRLF lines: the sniffer gave up
    Case("crlf-newline-in-header", "files", "crlf_header_newline.csv", READ,
         _bytes(b'id,"new\nline",email\r\n' + b"".join(b"%d,v%d,u%d@example.com\r\n" % (i, i, i) for i in range(20)))),
    Case("crlf-newline-in-first-header-cell", "files", "crlf_first_newline.csv", READ,
         _bytes(b'"new\nline",id,email\r\n' + b"".join(b"v%d,%d,u%d@example.com\r\n" % (i, i, i) for i in range(20)))),
    Case("hostile-csv-header", "files", "hostile_header.csv", READ,
         _text('"a""b","x;DROP TABLE scans;--",' + "L" * 10240 + ',\u200femail\u200f,📧 email,,\u202eclear\n'
               + "".join(f"v{i},w{i},x{i},u{i}@example.com,y{i},z{i},t{i}\n" for i in range(20)))),
    Case("bom-json", "files", "bom.json", READ,
         _bytes(b"\xef\xbb\xbf" + b'[{"email": "a@example.com", "ip": "203.0.113.9"}, {"email": "b@example.com", "ip": "1.2.3.4"}]')),
    Case("bom-ndjson", "files", "bom.ndjson", READ,
         _bytes(b"\xef\xbb\xbf" + b"".join(b'{"email": "u%d@example.com"}\n' % i for i in range(10)))),
    Case("nul-in-a-cell-csv", "files", "nul_cell.csv", READ,
         _bytes(b"email,ip\na@example.com,1.2.3.4\nb@exa\x00mple.com,5.6.7.8\nc@example.com,9.9.9.9\n")),
    Case("duplicate-header", "files", "dup_header.csv", READ, _text("email,email\na@example.com,b@example.com\n")),
    Case("ragged-rows", "files", "ragged.csv", EITHER, _text("a,b\n1\n1,2,3,4\n,\n")),
    Case("only-newlines", "files", "newlines.csv", EITHER, _text("\n" * 1000)),
    Case("many-columns", "files", "wide.csv", READ,
         _text(",".join(f"c{i}" for i in range(120)) + "\n" + ",".join(str(i) for i in range(120)) + "\n")),
    Case("hostile-json-keys", "files", "keys.ndjson", READ,
         _text('{"a\\nb": 1, "\\u001b[2J": "x", "e\\"q": "a@example.com", "": 2}\n')),
    Case("parquet-ok", "files", "ok.parquet", READ, _bytes(_parquet)),
    Case("newline-in-name", "files", "new\nline.csv", READ, _text(_USERS)),
    Case("escape-in-name", "files", "\x1b[2Jclear.csv", READ, _text(_USERS)),
    Case("unicode-name", "files", "ü名前.csv", READ, _text(_USERS)),
    Case("rtl-override-name", "files", "\u202egpj.csv", READ, _text(_USERS)),
    Case("quote-in-name", "files", "it's \"q\".csv", READ, _text(_USERS)),
    Case("sql-in-name", "files", "x'); DROP TABLE scans; --.csv", READ, _text(_USERS)),
    Case("dangling-symlink", "files", "dangling.csv", ERROR, _symlink("does-not-exist.csv")),
    Case("symlink-loop", "files", "loop.csv", ERROR, _loop),
    Case("fifo", "files", "pipe.csv", ERROR, _fifo),
    Case("unreadable-file", "files", "secret.csv", ERROR, _unreadable_file, needs_permissions=True),
    Case("unreadable-folder", "files", "locked", ERROR, _unreadable_folder, needs_permissions=True),
    # -- logs ------------------------------------------------------------------------------
    Case("empty-log", "logs", "empty.log", EMPTY, _bytes(b"")),
    Case("blank-lines-log", "logs", "blank.log", EMPTY, _text("\n\n   \n\t\n")),
    Case("binary-log", "logs", "binary.log", ERROR, _bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(4096))),
    Case("one-huge-line-log", "logs", "one_line.log", ERROR, _bytes(b"z" * (16 << 20))),
    Case("deep-json-log", "logs", "deep_json.log", EITHER, _bytes(_deep_object(5000) * 3)),
    Case("nul-log", "logs", "nul.log", EITHER, _bytes(b"\x00" * 10000)),
    Case("crlf-log", "logs", "crlf.log", READ,
         _bytes("".join(_ACCESS.format(i=i) for i in range(1, 30)).replace("\n", "\r\n").encode())),
    Case("invalid-utf8-log", "logs", "bad_byte.log", READ,
         _bytes("".join(_ACCESS.format(i=i) for i in range(1, 30)).encode() + b"\xff\xfe broken\n")),
    Case("utf16-log", "logs", "utf16.log", EITHER, _text("".join(_ACCESS.format(i=i) for i in range(1, 30)), "utf-16")),
    Case("ansi-escapes-log", "logs", "ansi.log", READ,
         _text("".join(f"\x1b[31mERROR\x1b[0m login failed for user {i} from 10.0.0.{i}\n" for i in range(1, 30)))),
    Case("truncated-gzip-log", "logs", "cut.log.gz", EITHER,
         _bytes(lambda: _gz("".join(_ACCESS.format(i=i % 250) for i in range(5000)).encode())[:2000])),
    Case("not-gzip-log", "logs", "fake.log.gz", EITHER, _text("".join(_ACCESS.format(i=i) for i in range(1, 30)))),
    Case("json-scalars-log", "logs", "scalars.log", EITHER, _text("1\n2\n[]\n\"x\"\nnull\n")),
    # -- databases -------------------------------------------------------------------------
    Case("corrupt-sqlite", "databases", "corrupt.sqlite", EITHER, _corrupt_sqlite),
    Case("truncated-sqlite", "databases", "truncated.sqlite", EITHER, _truncated_sqlite),
    Case("text-as-sqlite", "databases", "text.sqlite", ERROR, _text("not a database at all\n" * 100)),
    Case("random-as-duckdb", "databases", "random.duckdb", ERROR, _bytes(_random(20000, 3))),
    Case("blob-columns-sqlite", "databases", "blob.sqlite", READ,
         _sqlite(["CREATE TABLE album_art (id INTEGER, email TEXT, cover BLOB)"],
                 {"album_art": [(i, f"u{i}@example.com", bytes(range(256)) * 4) for i in range(50)]})),
    Case("hostile-table-names-sqlite", "databases", "names.sqlite", READ,
         _sqlite(['CREATE TABLE "we""ird\nname" (email TEXT)', 'CREATE TABLE "\x1b[2J" ("e-mail\n" TEXT)'],
                 {'we"ird\nname': [("a@example.com",)], "\x1b[2J": [("b@example.com",)]})),
    Case("unknown-types-sqlite", "databases", "types.sqlite", READ,
         _sqlite(["CREATE TABLE t (a FOO, b BAR(3), c)"], {"t": [(1, "x", b"\x00\x01"), ("t", 2.5, None)]})),
    Case("huge-cell-sqlite", "databases", "huge.sqlite", READ,
         _sqlite(["CREATE TABLE t (note TEXT, email TEXT)"], {"t": [("9" * 200_000, "a@example.com")]})),
    Case("empty-table-sqlite", "databases", "empty_table.sqlite", READ,
         _sqlite(["CREATE TABLE users (email TEXT, client_ip TEXT)"])),
]
