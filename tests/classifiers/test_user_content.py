"""User content: free text told by its statistics; machine text is not content."""
from __future__ import annotations

import pyarrow as pa
import pytest

from classifiers.recognizers.user_content import UserContentRecognizer
from tests.classifiers.support import best_entity, name_score, real_column, value_score

COMMENTS = [
    "Loved this video, the ending made my day!", "Does anyone know where to buy that jacket?",
    "Terrible customer service, still waiting for my refund.", "First time trying this recipe and it worked great",
    "Can you make a tutorial about the lighting setup please", "My cat watched the whole thing with me lol",
    "I disagree with most of the points made here, honestly.", "这个视频太好看了，谢谢分享！", "Wow, such a beautiful place to visit",
    "Ordered two of these and both arrived broken.",
]


@pytest.fixture(scope="module")
def recognizer():
    return UserContentRecognizer()


@pytest.mark.parametrize("name", ["comment", "body", "message", "caption", "post_text", "bio", "review_text", "pinglun"])
def test_content_names(recognizer, name):
    assert name_score(recognizer, name) > 0.4


@pytest.mark.parametrize("name", ["comment_id", "comment_count", "message_type", "body_bytes_sent", "mkt_content",
                                  "content_type", "error_message"])
def test_not_content_names(recognizer, name):
    assert name_score(recognizer, name) == 0.0


def test_free_text_values(recognizer):
    assert value_score(recognizer, COMMENTS) >= 0.5
    assert best_entity("body", COMMENTS) == "USER_CONTENT"


@pytest.mark.parametrize("values", [
    ["rate limit exceeded", "invalid token format", "timeout after 30s"] * 5,  # repeated error strings
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12%d.0" % i
     for i in range(10)],
    [f"https://app.example.com/shop/{i}?ref=home page" for i in range(10)],
    [f'{{"event": "view", "id": {i}, "props": "a b c"}}' for i in range(10)],
])
def test_machine_text_is_not_content(recognizer, values):
    assert value_score(recognizer, values) == 0.0


def test_real_text_columns_are_not_content():
    assert best_entity("job_title", real_column("Customer_Segmentation.csv", "job_title")) is None
    assert best_entity("university", real_column("Customer_Segmentation.csv", "university")) is None


def test_short_replies_under_a_content_name():
    replies = ["nice!", "lol", "so cute", "first", "where is this?", "love it", "agreed", "same here", "wow", "ok!"]
    assert best_entity("comment", replies) == "USER_CONTENT"


def test_a_content_name_over_non_text_is_not_content():
    assert best_entity("note", [f"hello {i}" for i in range(30)]) is None
    assert best_entity("body", [str(i) for i in range(30)]) is None


def test_error_messages_that_read_like_prose_are_not_content():
    errors = [f"Connection to upstream host number {i} timed out after thirty seconds while fetching the order"
              for i in range(20)]
    assert best_entity("error_message", errors) is None
    assert best_entity("c1", errors) == "USER_CONTENT"  # with no name to say otherwise, prose is prose


def test_posts_in_rich_text_markup_are_content_and_xml_is_not():
    from tests.classifiers.support import best_entity

    posts = [f"<p>Went for a long ride by the river today {i}, the weather was lovely and calm.</p>" for i in range(20)]
    assert best_entity("content", posts) == "USER_CONTENT"
    xml = [f"<event><id>{i}</id><kind>sync</kind><ok>true</ok></event>" for i in range(20)]
    assert best_entity("content", xml) != "USER_CONTENT"


def test_an_account_s_bio_repeated_on_each_of_its_posts_is_still_content():
    import random

    import pyarrow as pa

    from classifiers.engine import classify_dataset
    from datamap.model import DatasetSample, FieldSample

    rng = random.Random(2)
    words = "went for a long ride by the river today and the weather was lovely calm bright cold".split()
    bios = [" ".join(rng.choice(words) for _ in range(9)).capitalize() + "." for _ in range(20)]
    owners = [rng.randrange(20) for _ in range(120)]
    fields = [FieldSample(path="account.id", values=pa.array([str(1000 + o) for o in owners])),
              FieldSample(path="account.note", values=pa.array([f"<p>{bios[o]}</p>" for o in owners]))]
    results = classify_dataset(DatasetSample(name="statuses.json", source="test", kind="json", fields=fields),
                               embedded=False)
    assert results[1].best() is not None and results[1].best().entity == "USER_CONTENT"


def _classify_json(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    from classifiers.engine import classify_dataset
    from datamap.model import DatasetSample, FieldSample

    fields = [FieldSample(path=p, values=pa.array(v)) for p, v in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="json", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_the_texts_of_a_record_with_its_author_are_content_however_short():
    # statuses a test account posted (Mastodon.py's recorded cassettes): short, repeated, in
    # markup, and the account's bio repeated with each of its statuses
    toots = ["<p>Toot!</p>", "<p>Toot, too!</p>", "<p>oh no!</p>", "<p>hello world</p>", "<p>a reply</p>"]
    rows = 40
    found = _classify_json("statuses.ndjson", {
        "id": [str(110249416270916530 + i) for i in range(rows)],
        "content": [toots[i % 5] if i % 4 else f"<p>post number {i}</p>" for i in range(rows)],
        "spoiler_text": ["Content warning" if i % 8 == 0 else "" for i in range(rows)],
        "account.id": [str(110248832373441811 + i % 3) for i in range(rows)],
        "account.username": [f"tester_{i % 3}" for i in range(rows)],
        "account.note": ["<p>I walk funny</p>" if i % 3 == 0 else "" for i in range(rows)],
    })
    assert found["content"] == found["spoiler_text"] == found["account.note"] == "USER_CONTENT"
    # an issue's title and body beside its `user.login`
    found = _classify_json("issues.ndjson", {
        "title": [f"Test issue {i}" for i in range(20)], "body": [f"I tried it {i} times, no luck" for i in range(20)],
        "user.login": [f"octo-user-{i % 2}" for i in range(20)], "user.id": [str(31898046 + i % 2) for i in range(20)]})
    assert found["title"] == found["body"] == "USER_CONTENT"


def test_a_program_s_few_messages_beside_a_user_are_not_the_user_s_writing():
    messages = ["cart recalculated", "payment authorized", "order placed", "stock reserved"]
    rows = 200
    found = _classify_json("service.ndjson", {"message": [messages[i % 4] for i in range(rows)],
                                              "user.id": [str(1000 + i % 50) for i in range(rows)]})
    assert found["message"] is None
    # and titles with nobody who wrote them (a catalogue's) stay unclaimed
    found = _classify_json("products.ndjson", {"title": [f"Blue widget {i}" for i in range(20)],
                                               "sku": [f"SKU-{i:04d}" for i in range(20)]})
    assert found["title"] is None
