"""Classes of error a seventeenth blind benchmark of public data (benchmarks/wild17) exposed, each
in the shape the public data has: a media player's description (media-player-info), the
`/proc/PID/status` of a process (gopsutil's test data), the user and group databases of
systemd's sysusers tests, Last.fm's users (pylast's cassettes), OHDSI's OMOP sample database
(Eunomia), Jira issues and Beeminder datapoints (Zulip bots' fixtures)."""
from __future__ import annotations

from tests.classifiers.support import classify_table as classify


def test_a_list_of_media_types_is_what_a_program_supports_not_a_files_type():
    found = classify("media_players.csv", {
        "Media.OutputFormats": ["audio/mpeg;audio/x-ms-wma;audio/x-wav", "audio/mpeg;audio/aac;audio/x-wav;audio/x-aiff",
                                "audio/x-ms-wma;audio/3gpp;audio/mp4;audio/aac", "audio/mpeg;audio/x-ms-wma",
                                "audio/mpeg;audio/aac;"],
        "Media.InputFormats": ["audio/x-wav", "audio/mpeg;audio/x-ms-wma;audio/x-wav", "audio/x-wav", "audio/mpeg",
                               "audio/x-ms-wma"],
        "Vendor": ["Sony", "Apple", "Acer", "Ali", "Amazon"]})
    assert found["Media.OutputFormats"] is None
    assert found["Media.InputFormats"] is None
    # one file's type, with its parameters, is still one
    found = classify("uploads.csv", {
        "content_type": ["image/jpeg", "application/pdf", "text/plain; charset=UTF-8", "image/heic", "video/mp4"],
        "uploaded_by": ["alice", "bob", "carol", "dave", "erin"]})
    assert found["content_type"] == "MIME_TYPE"


def test_capability_masks_sizes_and_folders_are_no_postcode_and_no_file():
    # `CapEff` starts with `cap` (an Italian postcode), `RssFile` ends with `file`
    found = classify("proc_status.ndjson", {
        "Name": ["ksoftirqd/0", "server"], "CapEff": ["0000003fffffffff", "0000000000000000"],
        "CapBnd": ["0000003fffffffff", "0000003fffffffff"], "RssFile": ["2368 kB", "0 kB"]})
    assert found["CapEff"] is None
    assert found["CapBnd"] is None
    assert found["RssFile"] is None
    # a player's playlist folders are where files go, no file
    found = classify("media_players.csv", {"Storage.PlaylistPath": ["Music/Playlists;PLAYLIST/;Playlist/", "Playlists/",
                                                                    "PLAYLIST/;Playlist/"]})
    assert found["Storage.PlaylistPath"] is None
    # an Italian address's CAP and a file column stay what they are
    found = classify("clienti.csv", {"cap": ["00184", "20121", "50123", "80133", "10121"],
                                     "citta": ["Roma", "Milano", "Firenze", "Napoli", "Torino"]})
    assert found["cap"] == "LOCATION"
    assert classify("files.csv", {"file": ["IMG_2041.HEIC", "report.pdf", "notes.txt"]})["file"] == "FILE_NAME"


def test_a_web_apis_endpoint_and_a_profiles_address_are_no_pages_visited():
    found = classify("lastfm_http_log.ndjson", {
        "uri": ["https://ws.audioscrobbler.com/2.0/"] * 6, "status": ["200", "200", "403", "200", "400", "200"]})
    assert found["uri"] is None
    found = classify("github_labels.ndjson", {
        "url": ["https://api.github.com/repos/zulip/zulip/labels/enhancement",
                "https://api.github.com/repos/zulip/zulip/labels/help%20wanted",
                "https://api.github.com/repos/zulip/zulip/labels/needs%20review"],
        "name": ["enhancement", "help wanted", "needs review"]})
    assert found["url"] is None
    # nor is a person's profile address in a table of users: the account's link
    found = classify("lastfm_users.ndjson", {
        "url": ["https://www.last.fm/user/RJ", "https://www.last.fm/user/test_user", "https://www.last.fm/user/RJ",
                "https://www.last.fm/user/test+user", "https://www.last.fm/user/RJ", "https://www.last.fm/user/RJ"],
        "realname": ["Richard Jones", "", "Richard Jones", "", "Richard Jones", "Richard Jones"]})
    assert found["url"] is None
    # the pages a visitor opened stay visits
    found = classify("pageviews.csv", {"page_url": ["https://shop.example.com/cart", "https://shop.example.com/item/12",
                                                    "https://shop.example.com/", "https://shop.example.com/checkout",
                                                    "https://shop.example.com/item/7"],
                                       "visitor_id": ["a1", "a2", "a1", "a3", "a2"]})
    assert found["page_url"] == "VISITED_URL"


def test_a_bare_name_beside_the_real_name_is_the_login():
    # `/etc/passwd`: the login, the real name in `gecos`
    found = classify("passwd.csv", {
        "name": ["root", "systemd-network", "u1", "u2", "nobody"], "password": ["x"] * 5,
        "uid": ["0", "192", "222", "300", "65534"], "gid": ["0", "192", "222", "300", "65534"],
        "gecos": ["root", "Systemd Network Management", "", "", "Kernel Overflow User"],
        "home": ["/root", "/", "/", "/", "/nonexistent"],
        "shell": ["/bin/bash", "/usr/sbin/nologin", "/bin/zsh", "/usr/sbin/nologin", "/usr/sbin/nologin"]})
    assert found["name"] == "ACCOUNT_ID"
    # a group's number equals its user's where each user has a group of their own: still a group's
    assert found["gid"] is None
    # Last.fm's users: `name` is the login, `realname` the person
    found = classify("lastfm_users.ndjson", {"name": ["RJ", "test_user", "RJ"],
                                             "realname": ["Richard Jones", "", "Richard Jones"]})
    assert found["name"] == "ACCOUNT_ID"
    assert found["realname"] == "PERSON"
    # a bare name without a real name beside it is not a login
    assert classify("teams.csv", {"name": ["infra", "payments", "growth"], "size": ["4", "7", "3"]})["name"] is None


def test_omops_person_source_value_is_the_patients_id():
    found = classify("omop_person.csv", {
        "PERSON_ID": ["6", "123", "129", "16", "65"],
        "PERSON_SOURCE_VALUE": ["001f4a87-70d0-435c-a4b9-1425f6928d33", "052d9254-80e8-428f-b8b6-69518b0ef3f3",
                                "054d32d5-904f-4df4-846b-8c08d165b4e9", "00444703-f2c9-45c9-a247-f6317a43a929",
                                "0a7b4bb3-a8b1-4c2f-a7e4-8fa9d0f0f6b3"],
        "GENDER_SOURCE_VALUE": ["F", "M", "F", "M", "F"]})
    assert found["PERSON_SOURCE_VALUE"] == "ACCOUNT_ID"
    assert found["GENDER_SOURCE_VALUE"] is None


def test_a_work_items_status_and_priority_are_no_persons():
    found = classify("zulip_jira.ndjson", {
        "key": ["TEST-16", "TEST-1", "TEST-2", "TEST-1", "TEST-2"], "fields.creator.name": ["admin"] * 5,
        "fields.status.name": ["To Do", "In Progress", "Done", "To Do", "Code Review"],
        "fields.priority.name": ["Medium", "High", "Low", "Medium", "Highest"]})
    assert found["fields.status.name"] is None
    assert found["fields.priority.name"] is None
    # an assignee's name is still a person's
    assert classify("issues.ndjson", {"fields.assignee.displayName": ["Jane Doe", "John Smith", "Maria Garcia"]})[
        "fields.assignee.displayName"] == "PERSON"


def test_a_dated_entry_is_no_address_line():
    # Beeminder's datapoints: `via` is an Italian street word, but the line opens with a date
    found = classify("beeminder_datapoints.ndjson", {
        "fulltext": ["2018-Jun-02 entered at 13:49 via api", "2018-Jun-02 entered at 14:14 via api",
                     "2018-Feb-06 entered at 14:51 via api"]})
    assert found["fulltext"] is None
    found = classify("indirizzi.csv", {"indirizzo": ["Via Roma 12", "Via Garibaldi 5", "Corso Italia 33"]})
    assert found["indirizzo"] == "STREET_ADDRESS"
