"""Classes of error a twenty-second blind benchmark of public data (benchmarks/wild22) exposed,
each in the shape public data has it, with values written here: decentralized identifiers of
accounts under any name, HTTP headers' values taken for personal data, a hardware package's
part and serial numbers taken for app files, and the system accounts a process runs as."""
from __future__ import annotations

from classifiers.recognizers.street_address import is_street_address
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


def test_http_headers_values_are_no_address_and_no_network():
    # a proxy's access log: the response's Content-Type and the request's Connection header
    assert best_entity("origin_Content-Type", ["text/plain; charset=utf-8", "text/html; charset=UTF-8"]) \
        != "STREET_ADDRESS"
    assert not is_street_address("text/plain; charset=utf-8")  # its `plain` is no street, `8` no number
    assert best_entity("request_Connection", ["Keep-Alive", "close"]) is None
    assert best_entity("request.headers.Connection", ["close", "keep-alive, Upgrade"]) is None
    # a street line and a device's network type stay what they are
    assert best_entity("address", ["12 Plain Street", "4 Elm Road", "77 Harbour Lane"]) == "STREET_ADDRESS"
    assert best_entity("connection", ["wifi", "4g", "wifi", "lte", "wifi"]) == "NETWORK_TYPE"


def test_a_hardware_packages_part_and_serial_numbers_are_no_app():
    # a home battery's blocks: the pack's part number and serial number
    assert best_entity("PackagePartNumber", ["1092170-03-E", "1092170-22-G"]) != "APP_PACKAGE"
    assert best_entity("PackageSerialNumber", ["TG1211200012AB", "TG1211200034CD"]) != "APP_PACKAGE"
    # an Android app's package stays an app
    assert best_entity("package_name", ["com.whatsapp", "com.spotify.music", "org.telegram.messenger"]) \
        == "APP_PACKAGE"


def test_the_system_accounts_a_process_runs_as_are_no_persons_account():
    # an audit record's identities of an executed command, as Laurel writes them resolved
    audit = {"SYSCALL.pid": ["11021", "11022", "11023", "11024"], "SYSCALL.exe": ["/usr/sbin/nft"] * 4}
    assert best_entity("SYSCALL.UID", ["root"] * 4, audit) != "ACCOUNT_ID"
    assert best_entity("SYSCALL.EUID", ["root", "root", "www-data", "root"], audit) != "ACCOUNT_ID"
    # a person's login among them makes it an account again
    assert best_entity("SYSCALL.UID", ["root", "mkowalski", "root", "jdoe"], audit) == "ACCOUNT_ID"
    assert best_entity("username", ["alice", "bob", "carol", "dave"]) == "ACCOUNT_ID"
    # who authenticated is a login, even as root (a database's administrator holds its password)
    assert best_entity("user", ["root", "root", "root"], {"connection": ["192.0.2.7:51002"] * 3,
                                                          "mechanism": ["SCRAM-SHA-256"] * 3}) == "ACCOUNT_ID"


def test_the_text_of_a_chat_message_is_what_its_sender_wrote():
    # a conversation's last message and a reaction's message, nested as a chat API answers
    convo = {"lastMessage.sender.did": DIDS[:3], "lastMessage.sentAt": ["2025-05-19T01:56:19Z"] * 3}
    assert best_entity("lastMessage.text", ["Hello", "See you at 6?", "thanks!"], convo) == "USER_CONTENT"
    assert best_entity("messages.text", ["Can you hear me?", "ok", "Running late, sorry"]) == "USER_CONTENT"
    # a message's type and id are no writing
    assert best_entity("lastMessage.$type", ["chat.bsky.convo.defs#messageView"] * 3, convo) != "USER_CONTENT"


def test_the_age_of_a_network_flow_is_its_lifetime():
    # an IDS's flow record: seconds the flow lived
    flow = {"flow.pkts_toserver": [2, 4, 9, 3, 5], "flow.state": ["closed"] * 5}
    assert best_entity("flow.age", [0, 12, 3, 45, 7], flow) != "AGE"
    assert best_entity("lease.age", [30, 12, 3, 45, 7]) != "AGE"
    # a patient's and a user's age stay ages
    assert best_entity("patient.age", [34, 27, 61, 45, 19]) == "AGE"
    assert best_entity("age", [34, 27, 61, 45, 19]) == "AGE"


def test_a_backend_services_address_is_no_clients():
    # a reverse proxy's access log: the backend it forwarded to, the host it forwarded for
    assert best_entity("ServiceAddr", ["172.17.0.3:80", "172.16.16.25:8008", "10.0.0.7:80"]) != "IP_ADDRESS"
    assert best_entity("request.headers.X-Forwarded-Host", ["127.0.0.1", "10.0.0.2"]) != "IP_ADDRESS"
    # the client's address in the same log stays an IP address
    assert best_entity("ClientHost", ["172.17.0.1", "192.168.65.1", "203.0.113.9"]) == "IP_ADDRESS"
    assert best_entity("ClientAddr", ["172.17.0.1:39496", "192.168.65.1:29366"]) == "IP_ADDRESS"
