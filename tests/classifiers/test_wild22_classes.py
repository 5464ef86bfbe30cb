"""Classes of error a twenty-second blind benchmark of public data (benchmarks/wild22) exposed,
each in the shape public data has it, with values written here: decentralized identifiers of
accounts under any name, HTTP headers' values taken for personal data, a hardware package's
part and serial numbers taken for app files, and the system accounts a process runs as."""
from __future__ import annotations

from tests.classifiers.support import best_entity

# AT Protocol DIDs (did:plc: 24 base32 characters) and a did:web
DIDS = ["did:plc:q7x2mbv4kd3s6nwe5ryt2hfa", "did:plc:k4vn6fw3azl2pqc7ue5mjx3d", "did:web:alice.example.org",
        "did:plc:t2z5wrk7hbe3uy4qmx6cnv2f", "did:plc:a5mr3xv6qtk2wz7ehn4bdpy3", "did:plc:r6hw2kxz5qn3dv7m4cfeat2u"]


def test_decentralized_identifiers_are_accounts_whatever_the_field_is_called():
    # a post's author, a chat message's sender, a notification's subject, a session's own DID
    assert best_entity("author.did", DIDS) == "ACCOUNT_ID"
    assert best_entity("sender.did", DIDS[:3]) == "ACCOUNT_ID"
    assert best_entity("record.subject", DIDS) == "ACCOUNT_ID"
    assert best_entity("c07", DIDS) == "ACCOUNT_ID"
    # a record's AT URI holds a DID but is the record's address; plain words stay nothing
    assert best_entity("uri", [f"at://{d}/app.bsky.feed.post/3l{i}xq7" for i, d in enumerate(DIDS)]) \
        != "ACCOUNT_ID"
    assert best_entity("status", ["did:not:finish"] * 2 + ["running", "done", "queued", "failed"]) != "ACCOUNT_ID"
