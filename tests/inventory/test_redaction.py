"""Passwords never reach a message or the catalog, whatever characters they hold."""
from __future__ import annotations

import string
from functools import lru_cache
from urllib.parse import unquote

import duckdb
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from psycopg.conninfo import conninfo_to_dict
from sqlalchemy.engine import make_url

from inventory.connectors import SourceError, connector_for
from inventory.redaction import REDACTED, normalise_url, redact, redact_url
from inventory.scan import ScanOptions, scan

# passwords as people type them: URL delimiters, percent signs, unicode, one character
PASSWORDS = st.text(alphabet=st.sampled_from(string.ascii_letters + string.digits + "@/:%?#&=+ !'\"~éß€密"),
                    min_size=1, max_size=24)


def _url(password: str, scheme: str = "postgresql") -> str:
    return f"{scheme}://reader:{password}@db.internal:5432/shop"


@given(PASSWORDS)
@example("p@ss/word")
@example("x")
@example("%80")  # not UTF-8 once unescaped: the % signs are the password's own
@example("%00")  # a NUL once unescaped: likewise
@example("a:b@c")
def test_the_password_is_redacted_in_its_place_only(password):
    assert redact_url(_url(password)) == "postgresql://reader:***@db.internal:5432/shop"
    assert redact_url(normalise_url(_url(password))) == "postgresql://reader:***@db.internal:5432/shop"


@given(PASSWORDS)
@example("p@ss/word")
def test_drivers_read_the_password_the_user_wrote(password):
    # a literal '%' followed by two hex digits reads as an escape, as URLs define it
    assume("%" not in password)
    url = normalise_url(_url(password))
    parsed = make_url(url)
    assert (parsed.username, parsed.password, parsed.host, parsed.database) == ("reader", password, "db.internal", "shop")
    info = conninfo_to_dict(url)
    assert (info["password"], info["host"], info["dbname"]) == (password, "db.internal", "shop")


def test_escapes_already_in_a_url_are_kept():
    url = "postgresql://reader:p%40ss@db/shop"
    assert normalise_url(url) == url
    assert unquote(make_url(normalise_url("postgresql://reader:50%@db/shop")).password) == "50%"


def test_a_one_character_password_is_not_searched_for_in_free_text():
    message = "cannot connect to postgresql://reader:x@db.internal/shop: connection refused, next try"
    assert redact(message, ("x",)) == ("cannot connect to postgresql://reader:***@db.internal/shop: "
                                       "connection refused, next try")


def test_a_long_known_secret_is_redacted_anywhere():
    assert redact("auth failed for password Rd-secret-7f3a9c", ("Rd-secret-7f3a9c",)) == \
        f"auth failed for password {REDACTED}"


def test_urls_without_user_information_are_left_alone():
    for url in ("sqlite:///data/app@2024.sqlite", "duckdb:///x@y.duckdb", "postgresql://db.internal/shop"):
        assert redact_url(url) == url and normalise_url(url) == url


@lru_cache(maxsize=1)
def _refusal_text() -> str:
    """What a refused connection's error says around a password that cannot be in it: the
    driver's own words (`connection … failed: Connection refused`), which a password may
    happen to spell without leaking."""
    [error] = scan(["postgresql://reader:Q7zz9Q@127.0.0.1:9/shop"], ScanOptions()).errors
    return " ".join((error.one_line(), error.source))


@settings(max_examples=12, deadline=None)
@given(PASSWORDS)
@example("p@ss/word")
@example("x")
@example("%80")  # not UTF-8 once unescaped: the % signs are the password's own
@example("%00")  # a NUL once unescaped: likewise
def test_no_piece_of_the_password_reaches_the_scan_result(password):
    # a server that refuses the connection: the URL is in every message of the failure
    url = f"postgresql://reader:{password}@127.0.0.1:9/shop"
    # a password that is a piece of the URL's public parts ("o" of "shop") is no leak when seen
    assume(password not in "postgresql://reader@127.0.0.1:9/shop")
    # nor is one that is a word of the driver's message (the password `failed`)
    pieces = [password] + [p for p in password.split("@") + password.split("/") if len(p) >= 3]
    assume(not any(piece in _refusal_text() for piece in pieces if len(piece) >= 3))
    result = scan([url], ScanOptions())
    assert result.sources == ["shop"]
    [error] = result.errors
    for text in (error.one_line(), error.source, *result.sources):
        assert REDACTED in text or password not in text
        if len(password) >= 3:
            for piece in password.split("@") + password.split("/"):
                if len(piece) >= 3:
                    assert piece not in text, text
    assert "127.0.0.1" in error.message and error.message.count(REDACTED) == 1


def test_the_catalog_sources_hold_no_password(tmp_path):
    from catalog.writer import write_scan

    result = scan(["postgresql://reader:p@ss/word@127.0.0.1:9/shop"], ScanOptions())
    catalog = tmp_path / "c.duckdb"
    write_scan(catalog, result)
    con = duckdb.connect(str(catalog), read_only=True)
    dump = repr(con.execute("SELECT * FROM scans").fetchall()) + repr(con.execute("SELECT * FROM scan_errors").fetchall())
    assert "ss/word" not in dump and "word@" not in dump


def test_connector_for_a_bad_url_reports_it_redacted():
    with pytest.raises(SourceError) as caught:
        connector_for("nosuchdriver://reader:se@cr/et@db/x")
    assert "se@cr" not in str(caught.value) and "cr/et" not in str(caught.value)
