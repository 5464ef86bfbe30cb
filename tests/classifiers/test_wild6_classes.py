"""Classes of error a sixth blind benchmark of public data (benchmarks/wild6) exposed, each in
the shape the public data has: calendars, webhook payloads, Reddit API objects, study tables,
client-hint headers, tables of county figures."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample
from tests.classifiers.support import best_entity


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns`."""
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_addresses_written_as_mailto_uris_are_emails():
    # iCalendar's ORGANIZER and ATTENDEE: `mailto:` alone or after the attendee's common name
    organizers = ["mailto:rembrand@daxlab.com", "Jane Doe <MAILTO:jane.doe@example.org>",
                  "mailto:team-lead@example.com", "XYZ <mailto:xyz@xyz.com>", "mailto:omitted@example.com"] * 3
    assert best_entity("attendee", organizers) == "EMAIL_ADDRESS"
    assert best_entity("c07", organizers) == "EMAIL_ADDRESS"


def test_a_records_own_link_is_no_page_visited():
    permalinks = [f"/r/test/comments/{i:06x}/post_title_{i}/" for i in range(40)]
    assert best_entity("permalink", permalinks) is None
    assert best_entity("target_permalink", permalinks) is None
    # GitHub's `html_url` of the sender of a webhook: the account's address
    assert best_entity("sender.html_url", ["https://github.com/Codertocat"] * 7,
                       {"sender.login": ["Codertocat"] * 7, "sender.id": [21031067] * 7}) is None


def test_a_link_ending_in_its_own_objects_key_is_the_records_address_in_few_rows():
    shas = ["6113728f27ae82c7b1a177c8d03f9e96e0adf246", "ec26c3e57ca3a959ca5aad62de7213c562f8c821",
            "0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c"]
    columns = {"head_commit.id": shas, "head_commit.url": [f"https://github.com/o/r/commit/{s}" for s in shas],
               "sender.login": ["Codertocat"] * 3}
    assert classify("push", columns)["head_commit.url"] is None


def test_the_key_of_an_object_with_a_login_is_an_account_id():
    # whatever its role is called (a sponsor, a backer, a sponsorable): a login makes it an account
    columns = {"payload.backer.id": [2, 5, 583231, 21031067, 3877742] * 2,
               "payload.backer.node_id": ["MDQ6VXNlcjI=", "MDQ6VXNlcjU=", "MDQ6VXNlcjU4MzIzMQ==",
                                          "MDQ6VXNlcjIxMDMxMDY3", "MDQ6VXNlcjM4Nzc3NDI="] * 2,
               "payload.backer.login": ["monalisa", "octocat", "octo-a", "Codertocat", "username"] * 2,
               "payload.tier.id": [1, 2, 3, 4, 5] * 2}
    found = classify("sponsorship", columns)
    assert found["payload.backer.id"] == "ACCOUNT_ID"
    assert found["payload.backer.node_id"] == "ACCOUNT_ID"
    assert found["payload.tier.id"] is None  # a tier has no login


def test_a_people_objects_name_that_is_a_handle_is_an_account_id():
    handles = ["bboe_dev", "PyAPITestUser3", "Lil_SpazBot", "subreddit_stats", "Codertocat", "13steinj"] * 2
    assert classify("reddit_accounts", {"name": handles, "link_karma": list(range(12))})["name"] == "ACCOUNT_ID"
    assert classify("push", {"pusher.name": handles, "pusher.email": ["a@b.org"] * 12})["pusher.name"] == "ACCOUNT_ID"
    # real names stay names
    people = ["Leanne Graham", "Ervin Howell", "Clementine Bauch", "Patricia Lebsack", "Chelsey Dietrich",
              "Dennis Schulist"] * 2
    assert classify("accounts", {"name": people, "link_karma": list(range(12))})["name"] == "PERSON"


def test_numbered_study_subjects_are_account_ids_and_mail_subjects_are_not():
    assert best_entity("Subject", list(range(1, 41)), {"Gender": ["Female", "Male"] * 20}) == "ACCOUNT_ID"
    assert best_entity("Subj", [str(1 + i // 4) for i in range(32)]) == "ACCOUNT_ID"
    lines = ["Regarding your recent submission", "Test message", "Your free awards are expiring!",
             "Recapping December", "Meeting moved to Friday"] * 4
    assert best_entity("subject", lines) != "ACCOUNT_ID"


def test_what_kind_of_patient_is_no_patients_id():
    assert best_entity("patient_class", ["inpatient", "emergency", "not applicable", "outpatient"] * 10) is None


def test_a_block_of_percentages_is_no_coordinate_pair():
    # Midwest county figures: eleven columns of percentages printed with seven decimals
    import random
    rng = random.Random(7)
    columns = {f"c{i:02d}": [f"{rng.uniform(*((50.0, 99.5) if i % 2 else (0.1, 40.0))):.7f}" for _ in range(60)]
               for i in range(1, 12)}
    assert set(classify("midwest", columns).values()) == {None}
    # a lone pair of such columns still pairs as latitude and longitude
    pair = {"c01": [f"{rng.uniform(37.1, 37.9):.6f}" for _ in range(60)],
            "c02": [f"{rng.uniform(-122.6, -121.8):.6f}" for _ in range(60)]}
    assert set(classify("trips", pair).values()) == {"GPS_COORDINATE"}


def test_a_named_text_of_a_flat_record_with_its_author_is_user_content():
    titles = ["quidem molestiae enim", "sunt qui excepturi placeat culpa", "omnis laborum odio",
              "non esse culpa molestiae omnis sed optio", "eaque aut omnis a", "natus impedit quibusdam illo est",
              "quibusdam autem aliquid et et quia", "qui fuga est a eum", "saepe unde necessitatibus rem",
              "distinctio laborum qui"] * 2
    assert classify("albums", {"userId": [1 + i // 2 for i in range(20)], "id": list(range(20)),
                               "title": titles})["title"] == "USER_CONTENT"


def test_blank_texts_do_not_hide_the_written_ones():
    posts = ["PRAW client developers, I have made a branch that adds the new endpoint",
             "hello there, this is my first post in this community",
             "Looking for advice on my first sourdough loaf, it came out flat again"]
    selftext = [posts[i % 3] + f" ({i})" if i % 2 else "" for i in range(60)]
    assert best_entity("selftext", selftext, {"author": ["bboe", "PyAPITestUser3"] * 30}) == "USER_CONTENT"


def test_a_text_repeated_with_its_record_is_still_written_by_its_author():
    # one pull request delivered in many webhook events: its body repeats with its id
    body = ["This is a pretty simple change that we need to pull into master."] * 20
    columns = {"pull_request.id": [279147437] * 20, "pull_request.body": body,
               "pull_request.user.login": ["Codertocat"] * 20, "pull_request.user.id": [21031067] * 20}
    assert classify("pull_request", columns)["pull_request.body"] == "USER_CONTENT"
    # how the author stands to the record is no text of theirs
    assert classify("issue_comment", {"comment.author_association": ["OWNER"] * 9,
                                      "comment.body": ["You are totally right! I'll get this fixed."] * 9,
                                      "comment.user.login": ["Codertocat"] * 9})["comment.author_association"] is None


def test_client_hint_headers():
    models = ["ZC554KL", "DN2103", "KFKAWI", "SM-S918B", "Pixel 7", "M2101K6G"] * 3
    assert best_entity("headers.Sec-CH-UA-Model", models) == "DEVICE_MODEL"
    assert best_entity("headers.Sec-CH-UA-Form-Factors", ["Mobile"] * 10) is None
    packages = ["com.seraphic.openinet.pre", "com.internet.tvbrowser", "com.logicui.tvbrowser2", "pi.browser"] * 3
    assert best_entity("headers.x-requested-with", packages) == "APP_PACKAGE"


def test_places_that_key_a_panel_of_figures_are_no_ones_location():
    # Texas home sales: each city once a month; Midwest census counts: each county once a state
    cities = ["Abilene", "Amarillo", "Arlington", "Austin", "Beaumont", "Dallas", "El Paso", "Houston"]
    rows = [(c, y, m) for c in cities for y in (2000, 2001) for m in range(1, 7)]
    sales = {"city": [r[0] for r in rows], "year": [r[1] for r in rows], "month": [r[2] for r in rows],
             "sales": [float(70 + i % 40) for i in range(len(rows))],
             "median": [float(58000 + 137 * i) for i in range(len(rows))]}
    assert classify("txhousing", sales)["city"] is None
    # the same cities as where each user is, beside the user's id and the day: kept
    users = {"user_id": [f"u{i % 30}" for i in range(len(rows))], "city": [r[0] for r in rows],
             "month": [r[2] for r in rows]}
    assert classify("sessions", users)["city"] == "CITY"


def test_a_message_with_a_link_in_it_is_still_a_message():
    bodies = [f"Thank you for posting to r/test. Your submission [{w}](https://www.reddit.com/r/test/comments/{i}) "
              "was removed because the title must have a year in it." for i, w in
              enumerate(["best kind of offence", "my first loaf", "a cat", "the game", "news"] * 4)]
    bodies += ["Hi there! I'm reaching out to get your feedback on the platform: https://forms.gle/zwML5bTzFsiNP"] * 2
    assert best_entity("body", bodies, {"author": ["UnExplanationBot", "ModNewsletter"] * 11}) == "USER_CONTENT"
    # links alone are no text
    assert best_entity("body", [f"https://example.com/p/{i}" for i in range(20)]) != "USER_CONTENT"


def test_a_job_role_is_no_platform_role():
    roles = ["Sales_Executive", "Research_Scientist", "Laboratory_Technician", "Manufacturing_Director",
             "Healthcare_Representative", "Manager"] * 5
    assert best_entity("JobRole", roles, {"Age": list(range(20, 50)), "Gender": ["Female", "Male"] * 15}) is None
