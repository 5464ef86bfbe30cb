"""Classes of error the newer wild benchmarks still showed (wild13's bluetoothctl devices,
wild14's GitLab hooks, wild16's YouTube comments, Synthea encounters and Nominatim places),
each in the shape the public data has: a user object's `name` beside its login, a change set's
two sides, a typed value's `.value` wrapper, an apostrophe in a surname, a geocoder's place
hierarchy, a Bluetooth headset's alias."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.names import NameTokens
from datamap.model import DatasetSample, FieldSample


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns` (a dotted path
    is a field of a nested object)."""
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


#: GitLab's issue hook: who acted, as the API writes a user (`name` is the one they set)
ISSUE_HOOK = {
    "object_kind": ["issue"] * 3,
    "user.id": [42, 7, 19],
    "user.name": ["Administrator", "Ellen Ripley", "User1"],
    "user.username": ["root", "eripley", "user1"],
    "user.email": ["admin@example.com", "ripley@example.com", "user1@example.com"],
    "object_attributes.id": [301, 302, 303],
    "object_attributes.author_id": [42, 7, 19],
    "object_attributes.title": ["New API: create/update/delete file", "Crash when saving a draft twice",
                                "Typo in the install guide"],
    "object_attributes.description": ["Create new API for manipulations with repository",
                                      "The editor freezes when I press save twice in a row",
                                      "The second step says 'intsall' instead of 'install'"],
    # (one change in three events, as a hook reports it)
    "changes.title.previous": [None, None, "Typo"],
    "changes.title.current": [None, None, "Typo in the install guide"],
    "changes.updated_at.previous": ["2017-09-15 16:50:55 UTC", "2017-09-15 16:52:00 UTC", "2017-09-15 17:00:00 UTC"],
    "changes.updated_at.current": ["2017-09-15 16:54:55 UTC", "2017-09-15 16:58:00 UTC", "2017-09-15 17:05:00 UTC"],
}


def test_a_user_object_s_name_beside_its_login_is_the_name_its_owner_set():
    found = classify("gitlab_issue_hook.ndjson", ISSUE_HOOK)
    assert found["user.name"] == "PERSON"
    assert found["user.username"] == "ACCOUNT_ID"
    # the same in a table of users (Discogs' `users`)
    users = {"id": [1578108, 2236514, 93217], "username": ["example", "vinyl_vic", "djmarta"],
             "name": ["Example Sandbox", "Vic", "Marta Ruiz"], "num_lists": [0, 3, 12]}
    assert classify("discogs_users.ndjson", users)["name"] == "PERSON"
    # without a login beside it, a one-token `name` of a user stays the account's handle
    pusher = {"pusher.name": ["Codertocat", "octocat", "bboe_dev"], "pusher.email": ["a@example.com"] * 3}
    assert classify("push_events.ndjson", pusher)["pusher.name"] == "ACCOUNT_ID"


def test_a_change_set_side_holds_what_the_field_it_names_holds():
    found = classify("gitlab_issue_hook.ndjson", ISSUE_HOOK)
    assert found["object_attributes.title"] == "USER_CONTENT"
    assert found["changes.title.current"] == "USER_CONTENT"
    # the change of a field that holds nothing personal stays nothing
    assert found["changes.updated_at.current"] is None


def test_a_value_wrapper_is_read_as_the_object_it_stands_in():
    assert NameTokens.of("snippet.authorChannelId.value").own == ("author", "channel", "id")
    assert NameTokens.of("record.#text").own == ("record",)
    # a bag of custom data or a device's status holds many things: its `value` stays a value
    assert NameTokens.of("custom_data.value").own == ("value",)
    assert NameTokens.of("result.status.value").own == ("value",)
    comments = {
        "snippet.topLevelComment.snippet.authorDisplayName": ["Leah Oru", "kbd_fan", "Marco Polo"],
        "snippet.topLevelComment.snippet.authorChannelId.value": ["UCyV0-Lq1rGt7m3eXAbz_tWg",
                                                                  "UC2pmfLm7iq6Ov1UwYrWYkZA",
                                                                  "UCqEr-X_bvdkNW6eG1pQ1yLw"],
        "snippet.topLevelComment.snippet.textOriginal": ["Great explanation, thanks!",
                                                         "At 3:12 you said the opposite of the slide",
                                                         "Could you do one on recursion next?"],
        "snippet.channelId": ["UC_x5XG1OV2P6uZZ5FSM9Ttw"] * 3,
    }
    found = classify("youtube_comment_threads.ndjson", comments)
    assert found["snippet.topLevelComment.snippet.authorChannelId.value"] == "ACCOUNT_ID"
    # a chat's or a video's channel is no person's account
    assert found["snippet.channelId"] is None


def test_a_surname_with_an_apostrophe_is_a_name_word():
    encounters = {"participant.individual.display": ["Dr. Chi716 O'Connell601", "Dr. Mason910 Quitzon246",
                                                     "Dr. Margene509 Heller342", "Dr. Chi716 O'Connell601",
                                                     "Dr. Bennett146 Breitenberg711"] * 4,
                  "serviceProvider.display": ["PCP184677", "HALLMARK HEALTH SYSTEM", "PCP184677",
                                              "LAWRENCE GENERAL HOSPITAL", "HALLMARK HEALTH SYSTEM"] * 4}
    found = classify("fhir_encounter.ndjson", encounters)
    assert found["participant.individual.display"] == "PERSON"
    assert found["serviceProvider.display"] is None


def test_a_geocoder_s_display_name_in_a_table_of_places_is_no_person():
    places = {"place_id": [1431352, 19421137, 289843209, 13453520, 30713617, 97346223] * 3,
              # (a geocoder's answers also name places after people: a school, a square)
              "display_name": ["Rio de Janeiro, Brazil", "Jean Monnet", "Paris, Ontario, Canada",
                               "Ruth Bader Ginsburg", "Moscow, Latah County, Idaho, United States of America",
                               "Bonneville County, Idaho, United States of America"] * 3,
              "type": ["administrative", "administrative", "town", "town", "city", "administrative"] * 3}
    found = classify("nominatim_places.ndjson", places)
    assert found["display_name"] != "PERSON"
    # elsewhere, a display name of people stays theirs
    people = {"id": [1, 2, 3, 4, 5, 6] * 3,
              "display_name": ["Jean Monnet", "Ruth Bader Ginsburg", "Ada Lovelace", "Alan Turing",
                               "Grace Hopper", "Linus Torvalds"] * 3}
    assert classify("members.csv", people)["display_name"] == "PERSON"


def test_a_bluetooth_device_that_says_audio_is_named_as_an_audio_device():
    devices = {"address": ["22:06:33:62:B3:19", "F4:4E:FD:11:22:33", "00:1A:7D:DA:71:13"],
               "name": ["TaoTronics TT-BH336", "Living Room", "Thinkpad Keyboard"],
               "alias": ["TaoTronics TT-BH336", "Living Room", "Thinkpad Keyboard"],
               "class": ["0x00240404", "0x00240414", "0x00002540"],
               "icon": ["audio-headset", "audio-card", "input-keyboard"],
               "paired": ["yes", "yes", "no"]}
    found = classify("bluetoothctl_devices.ndjson", devices)
    assert found["name"] == "AUDIO_DEVICE"
    assert found["alias"] == "AUDIO_DEVICE"
    # keyboards and mice: their names are no audio devices
    inputs = dict(devices, icon=["input-keyboard", "input-mouse", "input-keyboard"],
                  **{"class": ["0x00002540", "0x00002580", "0x00002540"]})
    assert classify("bluetoothctl_devices.ndjson", inputs)["name"] != "AUDIO_DEVICE"
