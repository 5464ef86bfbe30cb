"""Classes of error a thirteenth blind benchmark of public data (benchmarks/wild13) exposed, each
in the shape the public data has: Slack API payloads (an audit log's actor, a dialog's submission,
a user group's `users`, message texts with mentions, a bot's `app_id`), Django fixtures (a form
with unset mail settings), device tool outputs of one record each (`acpi -V`, `upower -d`,
`hciconfig`, `udevadm`) and threads keyed by the parent message's user."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns` (a column given as
    a list of lists is a JSON array field: its elements flattened, its lengths kept)."""
    fields = []
    for path, values in columns.items():
        if values and all(isinstance(v, list) for v in values):
            fields.append(FieldSample(path=path, values=pa.array([x for v in values for x in v]),
                                      list_lengths=pa.array([len(v) for v in values], pa.int32())))
        else:
            fields.append(FieldSample(path=path, values=pa.array(values)))
    results = classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_a_hex_literal_is_no_geohash():
    # hciconfig's `hci_revision` / `lmp_subversion` of one Bluetooth adapter
    found = classify("hciconfig.ndjson", {"hci_revision": ["0x22bb"], "lmp_subversion": ["0x22bb"],
                                          "device": ["hci0"]})
    assert found["hci_revision"] is None and found["lmp_subversion"] is None
    # a real cell stays one
    assert classify("pings.ndjson", {"geohash": ["u4pruydqqvj"]})["geohash"] == "GEOHASH"


def test_a_path_of_the_machines_file_system_is_no_page_and_no_file_of_the_user():
    # upower's `native_path`, multipath's `MPATH_SBIN_PATH`: one value each
    found = classify("upower.ndjson", {"native_path": ["/sys/devices/LNXSYSTM:00/device:00/PNP0C0A:00/power_supply/BAT0"],
                                       "E.MPATH_SBIN_PATH": ["/sbin"], "vendor": ["NOTEBOOK"]})
    assert found["native_path"] is None and found["E.MPATH_SBIN_PATH"] is None
    # a site's path is still a page visited
    assert classify("hits.ndjson", {"page_path": ["/shop/cart", "/products/12", "/", "/checkout"]})["page_path"] \
        == "VISITED_URL"


def test_an_unset_author_field_writes_nothing():
    # Mezzanine's contact form: `email_from` is empty, so its `content` is the site's own text
    form = {"content": ["<p>Fill in the form below to get in touch with us.</p>"], "email_from": [""],
            "send_email": [True]}
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in form.items()]
    results = classify_dataset(DatasetSample(name="mezzanine_forms_form.ndjson", source="test", kind="test",
                                             fields=fields), embedded=False)
    content = next(r for r in results if r.sample.path == "content")
    signals = [s.detail for d in content.detections for s in d.signals]
    assert signals and not any("email_from" in detail for detail in signals)
    # a filled author still makes the record a person's writing
    form["email_from"] = ["visitor@example.com"]
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in form.items()]
    results = classify_dataset(DatasetSample(name="mezzanine_forms_form.ndjson", source="test", kind="test",
                                             fields=fields), embedded=False)
    content = next(r for r in results if r.sample.path == "content")
    assert any("email_from" in s.detail for d in content.detections for s in d.signals)


def test_a_person_id_qualified_by_its_record_is_an_account():
    # Slack's thread replies: `parent_user_id` is the parent message's author
    ids = ["U1234", None, None, None]
    found = classify("slack_messages.ndjson", {"ts": ["1493305433.915644", "1", "2", "3"], "parent_user_id": ids,
                                               "parent_id": ["m1", "m2", "m3", "m4"]})
    assert found["parent_user_id"] == "ACCOUNT_ID"
    assert found["parent_id"] is None  # the parent record's own key stays no one's


def test_a_list_of_people_by_id_is_accounts():
    # a Slack user group's `users`; a list of words is not
    found = classify("slack_usergroups.ndjson", {"id": ["S0614TZR7"], "users": [["user1", "user2"]]})
    assert found["users"] == "ACCOUNT_ID"
    assert classify("groups.ndjson", {"users": [["Jane Doe", "John Smith"]]})["users"] != "ACCOUNT_ID"


def test_the_name_of_a_person_object_with_a_full_name_is_the_persons():
    # a Slack audit log's actor: a display name, not a login
    found = classify("slack_audit_logs.ndjson", {"actor.user.id": ["W123AB456"], "actor.user.name": ["Charlie Parker"],
                                                 "actor.user.email": ["bird@slack.com"]})
    assert found["actor.user.name"] == "PERSON"
    # a login there stays an account
    assert classify("pushes.ndjson", {"pusher.name": ["Codertocat", "octocat", "hubot", "monalisa", "defunkt"]}
                    )["pusher.name"] == "ACCOUNT_ID"


def test_a_name_beside_an_email_and_a_phone_is_a_persons():
    # a Slack dialog's submission: one form sent
    found = classify("slack_interactions.ndjson", {"submission.name": ["Sigourney Dreamweaver"],
                                                   "submission.email": ["sigdre@example.com"],
                                                   "submission.phone": ["+1 800-555-1212"]})
    assert found["submission.name"] == "PERSON"
    # an organisation's contact record keeps its name an organisation's
    assert classify("suppliers.ndjson", {"name": ["Acme Widgets Inc"], "email": ["sales@acme.example"],
                                         "phone": ["+1 800-555-0100"]})["name"] != "PERSON"


def test_a_level_in_a_battery_record_is_its_charge():
    # `acpi -V`: one battery among adapters and thermal zones; `upower -d`: one battery
    acpi = {"type": ["Battery", "Adapter", "Thermal", "Cooling"], "id": [0, 0, 0, 0],
            "state": ["Charging", None, None, None], "charge_percent": [71, None, None, None]}
    assert classify("acpi.ndjson", acpi)["charge_percent"] == "BATTERY_STATE"
    upower = {"detail.type": ["battery"], "detail.state": ["charging"], "detail.percentage": [42.5469],
              "detail.voltage": [12.191]}
    assert classify("upower.ndjson", upower)["detail.percentage"] == "BATTERY_STATE"
    # a percentage in a record of no battery is none
    assert classify("disks.ndjson", {"type": ["disk"], "state": ["running"], "used_percent": [71]}
                    )["used_percent"] is None


def test_a_message_written_with_chat_markup_is_content():
    # slack-go's test messages: most open with a mention (`<@U…|name>`), links carry labels
    texts = ["Hello world", "is testing", "hello edited",
             "<@U2147483697|tester> uploaded a file: <https://test.slack.com/files/tester/abc/test.txt|test.txt> "
             "and commented: test comment here",
             "<@U2147483697|tester> shared a file: <https://test.slack.com/files/tester/abc/test_post|test post>",
             "Pushing is the answer", "is doing that thing", "<@U2147483828|cal> has joined the channel",
             "<@U2147483828|cal> has left the channel", "<@U2147483828|cal> set the channel topic: hello world",
             "<@U2147483828|cal> set the channel purpose: whatever",
             '<@U2147483828|cal> has renamed the channel from "random" to "watercooler"',
             "<U1234|@cal> archived the channel", "<U1234|@cal> un-archived the channel", "test", "foo",
             "<@U2147483828|cal> has joined the group", "<@U2147483828|cal> set the group topic: hello world"]
    assert classify("slack_messages.ndjson", {"type": ["message"] * len(texts), "text": texts})["text"] == "USER_CONTENT"


def test_a_platforms_app_id_is_no_package_of_the_device():
    # a Slack app's id (`A6DB2SWUW`); reverse-DNS values still are the device's app
    assert classify("slack_messages.ndjson", {"bot_profile.app_id": ["A6DB2SWUW"]})["bot_profile.app_id"] is None
    assert classify("installs.ndjson", {"app_id": ["com.tencent.mm", "com.zhiliaoapp.musically", "com.whatsapp"]}
                    )["app_id"] == "APP_PACKAGE"
