"""Classes of error a blind benchmark of public data showed (benchmarks/wild26), each with values
written here: a moment inside a battery object, a screen's on/off status, a text's colour, the
slugs tools give their resources under `displayName`, REST resource names of devices, an app's
label beside its package, rich text escaped twice (Reddit's `body_html`), a key whose word
before it names a thing, and fediverse handles with few local accounts among them."""
from __future__ import annotations

from datetime import datetime, timedelta

from tests.classifiers.support import best_entity, classify_table

MOMENTS = [datetime(2021, 3, 13, 16, 5) + timedelta(minutes=7 * i) for i in range(6)]


def test_a_moment_inside_a_battery_object_is_no_battery_state():
    # one device's record, as an API answers for it
    table = classify_table("sensors", {"reported.batteryStatus.percentage": [100],
                                       "reported.batteryStatus.updateTime": MOMENTS[:1]})
    assert table["reported.batteryStatus.percentage"] == "BATTERY_STATE"
    assert table["reported.batteryStatus.updateTime"] != "BATTERY_STATE"


def test_a_screens_status_is_no_resolution():
    codes = [1, 3, 0, 2, 1, 3, 0, 2, 1, 0]
    assert best_entity("screen_status", codes) != "SCREEN_RESOLUTION"
    assert best_entity("screen_state", codes) != "SCREEN_RESOLUTION"
    # the screen's size is still its resolution
    assert best_entity("screen_resolution", ["1080x2340", "1170x2532", "1440x3040"]) == "SCREEN_RESOLUTION"


def test_a_texts_colour_is_a_property_of_the_text():
    table = classify_table("comments", {
        "author": ["bsimpson", "potsdamn", "spynaut", "Qualjo", "kalak55"],
        "body": ["Try /var/log/nginx/access.log", "America is stupid, what else is new...",
                 "Yeah it was getting a little hectic at times", "Dude I need to download this again", "Thanks OP"],
        "author_flair_text": [":flag-pa: Pennsylvania", ":flag-fl: Florida", ":flag-ny: New York", None, None],
        "author_flair_text_color": ["dark", "dark", "dark", None, None]})
    assert table["body"] == "USER_CONTENT"
    assert table["author_flair_text_color"] != "USER_CONTENT"


def test_slugs_under_display_name_are_no_person_names():
    assert best_entity("displayName", ["my-test-org", "acme-prod", "field-team", "demo-org"]) != "PERSON"
    assert best_entity("displayName", ["test-sa", "ingest-bot", "export_job"]) != "PERSON"
    # people's display names stay people's
    assert best_entity("displayName", ["David Schoch", "Eric Book", "Maria Lopez", "Mickaël Canouil"]) == "PERSON"


def test_a_resource_name_that_ends_at_a_device_is_a_device_id():
    names = ["projects/c0md3mm0c7pet3vico8g/devices/emucpuc989qdqebrvv29so0",
             "projects/c43bu3eb9da7puhjoor0/devices/bl7ukshbutbg109kco1u",
             "projects/c43bu3eb9da7puhjoor0/devices/bchonod7rihjtvdmd2vg"]
    assert best_entity("name", names) == "DEVICE_ID"
    assert best_entity("targetName", names) == "DEVICE_ID"
    # a project's own resource name is no device
    assert best_entity("name", ["projects/c10u7p094l47cdv013pg", "projects/c43bu3eb9da7puhjoor0"]) != "DEVICE_ID"


def test_an_apps_label_beside_its_package_names_the_app():
    packages = ["com.google.android.packageinstaller", "com.aware.phone", "com.facebook.orca", "com.android.chrome"]
    labels = ["Package installer", "AWARE", "Messenger", "Chrome"]
    table = classify_table("applications_foreground", {"package_name": packages, "application_name": labels})
    assert table["package_name"] == "APP_PACKAGE"
    assert table["application_name"] == "APP_PACKAGE"
    # a service's own `app_name` with no package beside it is no app on someone's device
    table = classify_table("service_log", {"app_name": ["billing", "checkout", "billing", "search"],
                                           "level": ["INFO", "WARN", "INFO", "ERROR"]})
    assert table["app_name"] != "APP_PACKAGE"


def test_rich_text_escaped_for_json_is_read_as_what_people_wrote():
    bodies = ['&lt;!-- SC_OFF --&gt;&lt;div class="md"&gt;&lt;p&gt;I&amp;#39;m not available right now.&lt;/p&gt;'
              '\n&lt;/div&gt;&lt;!-- SC_ON --&gt;',
              '&lt;!-- SC_OFF --&gt;&lt;div class="md"&gt;&lt;p&gt;a reply&lt;/p&gt;\n&lt;/div&gt;&lt;!-- SC_ON --&gt;',
              '&lt;div class="md"&gt;&lt;p&gt;Thanks for the help, that fixed it&lt;/p&gt;\n&lt;/div&gt;',
              '&lt;div class="md"&gt;&lt;p&gt;you have been added as an approved submitter&lt;/p&gt;&lt;/div&gt;',
              '&lt;div class="md"&gt;&lt;p&gt;Try the RAM sticks? Try one and then the other&lt;/p&gt;\n&lt;/div&gt;',
              '&lt;div class="md"&gt;&lt;p&gt;it was at the park in St. Paul actually.&lt;/p&gt;\n&lt;/div&gt;']
    assert best_entity("body_html", bodies) == "USER_CONTENT"


def test_a_key_is_of_the_thing_named_right_before_it():
    uuids = ["e08be434-8e72-11e6-9761-0e45482b2aab", "63da1d30-8e71-11e6-8ad5-0e96f1313b97",
             "bd600206-8e72-11e6-bf04-0ee844677561", "f3b2c5a8-8e72-11e6-8f0c-0e1a1b2c3d4e"]
    assert best_entity("author_flair_template_id", uuids) != "ACCOUNT_ID"
    # the author's own key stays the author's account
    assert best_entity("author_id", uuids) == "ACCOUNT_ID"
    assert best_entity("author_user_id", uuids) == "ACCOUNT_ID"


def test_handles_at_servers_with_two_local_accounts_are_no_emails():
    acct = ["diegantobass", "thomasw@toot.community", "xaranix19@mastodon.social", "schochastics",
            "erc_bk@fosstodon.org", "yann@rstats.me", "bob@fosstodon.org", "tw@mastodon.org", "kim@hachyderm.io"]
    assert best_entity("acct", acct) == "ACCOUNT_ID"
    # an e-mail column stays e-mails
    assert best_entity("email", [a for a in acct if "@" in a]) == "EMAIL_ADDRESS"


def test_the_name_of_a_unix_user_or_group_entry_is_its_login():
    table = classify_table("useradd", {"name": ["scott", "deploy", "maria"], "UID": [1000, 1001, 1002],
                                       "GID": [1000, 1001, 1002], "home": ["/home/scott", "/home/deploy", "/home/maria"],
                                       "shell": ["/bin/sh", "/bin/bash", "/bin/bash"]})
    assert table["name"] != "PERSON"
    # a web API's user record with a uid keeps its people's names
    table = classify_table("users", {"uid": ["u81", "u82", "u83"], "name": ["Scott Hall", "Maria Lopez", "Jane Doe"]})
    assert table["name"] == "PERSON"
