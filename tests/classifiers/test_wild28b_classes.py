"""Classes of error left on social-API JSON by a blind benchmark (benchmarks/wild26), each with
values written here: a message's addressee named by a username, a post's hint (a fixed
vocabulary of what the post holds) and a flair's text (a label picked from a community's list)."""
from __future__ import annotations

from tests.classifiers.support import classify_table


def test_a_messages_addressee_by_username_is_an_account():
    table = classify_table("messages", {
        "author": ["roxven", "roxven", "kalak55", "spynaut", "roxven"],
        "dest": ["Qualjo", "Qualjo", "bsimpson", "potsdamn", "Qualjo"],
        "subject": ["re: reply", "re: reply", "hello", "question", "approved submitter"],
        "body": ["I'm not available right now.", "a reply", "Thanks for the help yesterday",
                 "Can you check the wiki page?", "you have been added as an approved submitter"]})
    assert table["dest"] == "ACCOUNT_ID"


def test_a_flights_destination_is_no_account():
    # an airport code beside its origin: no sender, no addressee
    table = classify_table("flights", {"origin": ["EWR", "LGA", "JFK", "JFK", "LGA"],
                                       "dest": ["IAH", "MIA", "BQN", "ATL", "ORD"],
                                       "carrier": ["UA", "AA", "B6", "DL", "UA"]})
    assert table["dest"] != "ACCOUNT_ID"


def test_a_posts_hint_and_a_flairs_text_are_no_content():
    table = classify_table("posts", {
        "author": ["roxven", "kalak55", "spynaut", "Qualjo", "bsimpson"],
        "title": ["My new desk setup", "What is this bug?", "Finally finished it", "Any advice?", "Look at this"],
        "selftext": ["Took me months to build it all", "It crashes on start every time I open it",
                     "Three years of work went into this", "I am moving to a new city next week", ""],
        "post_hint": ["image", "self", "image", "self", "link"],
        "author_flair_text": ["Trusted Contributor", None, "Moderator", "Trusted Contributor", None]})
    assert table["selftext"] == "USER_CONTENT"
    assert table["post_hint"] != "USER_CONTENT"
    assert table["author_flair_text"] != "USER_CONTENT"


def test_a_password_hint_stays_its_owners_words():
    hints = ["my first dog's name", "the street where I grew up", "mum's birthday plus the year",
             "favourite band and the year we met", "the usual one with a bang at the end"]
    table = classify_table("users", {"username": ["roxven", "kalak55", "spynaut", "Qualjo", "bsimpson"],
                                     "password_hint": hints})
    assert table["password_hint"] == "USER_CONTENT"
