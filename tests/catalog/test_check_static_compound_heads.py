"""A compound column name is what its head (last words) says; its first words say whose or of
what. When two recognizers read a name equally strongly, the one reading the head decides:
`request_ip` is an IP address (of a request), not a page visited."""
from __future__ import annotations

from catalog.checks.static import columns_from_sql

from tests.catalog.check_helpers import static_flagged

ACCESS_LOG = """
CREATE TABLE access_log (
    id bigint PRIMARY KEY,
    request_ip varchar(45),
    request_user_agent text,
    request_referer text,
    request_time timestamp
);
"""


def test_the_head_of_a_compound_name_decides_a_tie() -> None:
    schema = columns_from_sql(ACCESS_LOG, "postgres", "m.sql")
    assert not schema.errors, schema.errors
    flagged = static_flagged(schema)
    assert flagged[("access_log", "request_ip")] == "device.ip_address"
    assert flagged[("access_log", "request_user_agent")] == "device.user_agent"
    # the referrer is the page the request came from: its head is still the page
    assert flagged[("access_log", "request_referer")] == "behavioral"
