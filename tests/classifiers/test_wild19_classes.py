"""Classes of error a nineteenth blind benchmark of public data (benchmarks/wild19) exposed, each
in the shape the public data has: Loghub's parsed log tables (a message column beside the line's
level, pid, component and template), the Matrix spec's events (`geo:` URIs, `@user:server` ids),
the Shopify Admin API's `gid://` ids, Stripe's issuing cardholders and card objects, and an
Android TV's processes."""
from __future__ import annotations

import pyarrow as pa

from classifiers import log_table
from classifiers.engine import classify_dataset
from classifiers.secondary import _plausible_name
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.support import classify_table as classify

SSHD = ["reverse mapping checking getaddrinfo for ns.marryaldkfaczcz.com [173.234.31.186] failed - POSSIBLE BREAK-IN ATTEMPT!",
        "Invalid user webmaster from 173.234.31.186",
        "input_userauth_request: invalid user webmaster [preauth]",
        "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=173.234.31.186",
        "Failed password for invalid user webmaster from 173.234.31.186 port 38926 ssh2",
        "Received disconnect from 52.80.34.196: 11: Bye Bye [preauth]",
        "Received disconnect from 202.100.179.208: 11: Bye Bye [preauth]",
        "Received disconnect from 112.95.230.3: 11: Bye Bye [preauth]"]


def _parsed_log(message: str, lines: list[str]) -> DatasetSample:
    rows = len(lines)
    columns = {"LineId": [str(i + 1) for i in range(rows)], "Time": ["06:55:46"] * rows, "Component": ["LabSZ"] * rows,
               "Pid": ["24200"] * rows, message: lines, "EventId": ["E27"] * rows}
    return DatasetSample(name="openssh_structured.csv", source="test", kind="test",
                         fields=[FieldSample(path=k, values=pa.array(v)) for k, v in columns.items()])


def test_a_parsed_logs_message_column_is_read_as_log_text():
    # Loghub's `Content` beside `Pid`, `Component`, `EventId`: the clients' IPs in sshd's lines
    results = {r.sample.path: r for r in classify_dataset(_parsed_log("Content", SSHD))}
    found = {d.entity for d in results["Content"].accepted()}
    assert "IP_ADDRESS" in found
    assert "PERSON" not in found  # sshd's "Bye Bye" is no one's name
    assert all(not results[p].accepted() for p in ("LineId", "Pid", "EventId"))
    # a chat's `message` beside its user and channel is no parsed log
    chat = DatasetSample(name="chat.csv", source="test", kind="test", fields=[
        FieldSample(path="message", values=pa.array(["see you at 5", "ok"])),
        FieldSample(path="user", values=pa.array(["U1", "U2"])),
        FieldSample(path="channel", values=pa.array(["C1", "C1"]))])
    assert log_table.message_columns(chat) == set()
    assert log_table.message_columns(_parsed_log("Content", SSHD)) == {"Content"}


def test_a_programs_counters_and_phrases_in_log_text_are_no_phone_and_no_name():
    lines = ["ARPT: 621490.858770: wl0: wl_update_tcpkeep_seq: Updated seq/ack/win from UserClient Seq 2119064372, "
             "Ack 3325040593, Win size 278",
             "ARPT: 621146.080894: wl0: wl_update_tcpkeep_seq: Original Seq: 3014995849, Ack: 2590995288, Win size: 4096",
             "FA||Url||taskID[2019352994] dealloc"] * 2
    results = {r.sample.path: r for r in classify_dataset(_parsed_log("Content", lines))}
    assert "PHONE_NUMBER" not in {d.entity for d in results["Content"].accepted()}
    assert not _plausible_name("Bye Bye", machine_text=True)
    assert _plausible_name("Alice Walker", machine_text=True)


def test_a_geo_uri_is_a_precise_location():
    # Matrix's `m.location` message: RFC 5870's `geo:lat,lon[;u=…]`, named or not
    uris = ["geo:51.5008,0.1247", "geo:37.786971,-122.399677;u=35", "geo:-33.8688,151.2093"]
    assert classify("matrix_events.ndjson", {"content.geo_uri": uris})["content.geo_uri"] == "GPS_COORDINATE"
    assert classify("t.csv", {"c03": uris})["c03"] == "GPS_COORDINATE"


def test_matrix_user_ids_are_accounts_whatever_the_field_is_called():
    found = classify("matrix_events.ndjson", {
        "content.to": ["@bob:example.org", "@alice:example.org", "@carol:matrix.org"],
        "content.join_authorised_via_users_server": ["@bob:other.example.org"] * 3,
        "type": ["m.room.member"] * 3})
    assert found["content.to"] == found["content.join_authorised_via_users_server"] == "ACCOUNT_ID"
    # a handle without a server, or a time written after an `@`, is no Matrix id
    assert classify("t.csv", {"c1": ["@10:30", "@11:00", "@12:15"]})["c1"] is None


def test_global_ids_of_people_are_accounts_and_of_orders_are_not():
    found = classify("shopify_orders.ndjson", {
        "admin_graphql_api_id": ["gid://shopify/Order/450789469", "gid://shopify/Order/450789470"],
        "customer.admin_graphql_api_id": ["gid://shopify/Customer/207119551"] * 2})
    assert found["admin_graphql_api_id"] is None
    assert found["customer.admin_graphql_api_id"] == "ACCOUNT_ID"
    staff = ["gid://shopify/StaffMember/799407056", "gid://shopify/StaffMember/930143300"]
    assert classify("shopify_users.ndjson", {"admin_graphql_api_id": staff})["admin_graphql_api_id"] == "ACCOUNT_ID"


def test_a_cardholder_is_a_person():
    # Stripe Issuing: the cardholder object (and a card's `cardholder.id`) is the person it is issued to
    found = classify("stripe_issuing_cardholder.ndjson", {
        "id": ["ich_1Pgag4B7WZ01zgkWdPVfBngi"], "name": ["Jenny Rosen"], "email": ["jenny@example.com"]})
    assert found["id"] == "ACCOUNT_ID"
    found = classify("stripe_issuing_card.ndjson", {
        "id": ["ic_1Pgag5B7WZ01zgkWephORn8N"], "cardholder.id": ["ich_1Pgag4B7WZ01zgkWdPVfBngi"],
        "cardholder.name": ["Jenny Rosen"]})
    assert found["cardholder.id"] == "ACCOUNT_ID"
    assert found["id"] is None


def test_a_process_lists_package_names_are_the_apps_a_device_runs():
    # a Fire TV's `ps`: apps run as processes named by their package, as users that are sandboxes
    found = classify("firetv_processes.csv", {
        "USER": ["u0_a18", "u0_a2"], "PID": ["316", "15121"], "PPID": ["197", "197"],
        "NAME": ["com.netflix.ninja", "com.amazon.device.controllermanager"]})
    assert found["NAME"] == "APP_PACKAGE"
    assert found["USER"] is None
    # a person's login under `user` stays an account
    assert classify("logins.csv", {"user": ["jdoe", "asmith", "bwayne"], "pid": ["316", "318", "402"]})["user"] \
        == "ACCOUNT_ID"


def test_a_cards_scheme_is_no_network_and_no_card_number():
    found = classify("stripe_charge.ndjson", {
        "payment_method_details.card.network": ["visa"], "payment_method_details.card.brand": ["visa"]})
    assert found["payment_method_details.card.network"] is None
    found = classify("shopify_orders.ndjson", {
        "payment_details.credit_card_number": ["XXXX-XXXX-XXXX-4242", "•••• •••• •••• 4242"],
        "payment_details.credit_card_company": ["Visa", "Visa"]})
    assert found["payment_details.credit_card_number"] == "CREDIT_CARD"
    assert found["payment_details.credit_card_company"] is None
    # a device's network stays one
    assert classify("sessions.csv", {"network": ["wifi", "4g", "5g", "wifi"]})["network"] == "NETWORK_TYPE"


def test_a_documents_address_is_no_page_visited_and_a_status_message_is_the_users_words():
    # Stripe's charge `receipt_url`: where the receipt is fetched, no page its payer opened
    found = classify("stripe_charge.ndjson", {
        "receipt_url": ["https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8xUGdh"], "amount": [100]})
    assert found["receipt_url"] is None
    assert classify("web_events.csv", {"page_url": ["https://shop.example/cart", "https://shop.example/p/12"]})[
        "page_url"] == "VISITED_URL"
    found = classify("presence.csv", {"status_message": ["Making cupcakes", "At lunch, back at 2", "In a meeting"],
                                      "user": ["a", "b", "c"]})
    assert found["status_message"] == "USER_CONTENT"
