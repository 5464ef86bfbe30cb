"""Text files that are not valid UTF-8 (a Latin-1 export, a UTF-16 file with a BOM, one bad
byte in a million lines), made readable instead of rejected whole.

DuckDB's readers take UTF-8 only, so such a file is copied once, streaming, into a temporary
UTF-8 file: the encoding is detected from the file's first bytes (a BOM, else
charset-normalizer), and a byte that does not decode is replaced, never fatal.
"""
from __future__ import annotations

import codecs
import gzip
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

#: bytes looked at to detect the encoding
HEAD_BYTES = 256 * 1024
_CHUNK = 1 << 20
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass
class Transcoded:
    path: str  # a temporary UTF-8 file: the caller deletes it
    encoding: str
    replaced: int  # characters that did not decode and were replaced by U+FFFD

    @property
    def note(self) -> str:
        extra = f", {self.replaced} undecodable byte sequence(s) replaced" if self.replaced else ""
        return f"not UTF-8: read as {self.encoding}{extra}"


def detect_encoding(head: bytes) -> str:
    """The encoding of a file starting with `head`: its BOM, else the best guess, else UTF-8."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    best = from_bytes(head).best()
    return best.encoding if best is not None else "utf-8"


def _open(path: str, compressed: bool) -> BinaryIO:
    return gzip.open(path, "rb") if compressed else open(path, "rb")  # noqa: SIM115 - closed by caller


def is_utf8(path: str, *, compressed: bool = False) -> bool:
    """Whether the file's first bytes are UTF-8 (a UTF-16 or UTF-32 text, BOM or not, is not)."""
    with _open(path, compressed) as source:
        head = source.read(HEAD_BYTES)
    if any(head.startswith(bom) for bom, name in _BOMS if name != "utf-8-sig"):
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)  # a character cut at the end is not an error
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head


def to_utf8(path: str, *, compressed: bool = False, suffix: str = ".csv") -> Transcoded:
    """Copy `path` into a new temporary UTF-8 file (see the module's docstring)."""
    with _open(path, compressed) as source:
        head = source.read(HEAD_BYTES)
        encoding = detect_encoding(head)
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        handle, target = tempfile.mkstemp(suffix=suffix, prefix="datamap-utf8-")
        replaced = 0
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                chunk = head
                while chunk:
                    text = decoder.decode(chunk)
                    replaced += text.count("\ufffd")
                    out.write(text)
                    chunk = source.read(_CHUNK)
                tail = decoder.decode(b"", final=True)
                replaced += tail.count("\ufffd")
                out.write(tail)
        except BaseException:
            Path(target).unlink(missing_ok=True)
            raise
    return Transcoded(target, codecs.lookup(encoding).name, replaced)


#: the note of a CSV file read through `without_carriage_returns`
CARRIAGE_RETURNS_NOTE = "carriage returns inside values (a bare CR, or CRLF inside quotes) read as line feeds and spaces"


def without_carriage_returns(path: str, *, compressed: bool = False, suffix: str = ".csv") -> str:
    """Copy `path` into a new temporary file whose lines end in LF only: CRLF becomes LF and a
    bare CR a space. A CSV file of LF lines whose text cells hold CRLF or a bare CR (Markdown
    messages; pandas' `to_csv` quotes a cell for an LF, not for a lone CR) defeats DuckDB's
    sniffer, and a bare CR cuts the record it is in. The caller deletes the copy."""
    handle, target = tempfile.mkstemp(suffix=suffix, prefix="datamap-lf-")
    try:
        with _open(path, compressed) as source, os.fdopen(handle, "wb") as out:
            carried = b""
            while chunk := source.read(_CHUNK):
                chunk = carried + chunk
                carried = b"\r" if chunk.endswith(b"\r") else b""  # its LF may open the next chunk
                chunk = chunk[:-1] if carried else chunk
                out.write(chunk.replace(b"\r\n", b"\n").replace(b"\r", b" "))
            out.write(b" " if carried else b"")
    except BaseException:
        Path(target).unlink(missing_ok=True)
        raise
    return target


def holds_carriage_returns(path: str, *, compressed: bool = False) -> bool:
    """Whether the file's first bytes hold a CR at all."""
    with _open(path, compressed) as source:
        return b"\r" in source.read(HEAD_BYTES)
