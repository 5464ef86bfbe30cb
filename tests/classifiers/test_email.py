"""E-mail addresses."""
from __future__ import annotations

import pytest

from classifiers.recognizers.email import EmailRecognizer, is_email
from tests.classifiers.support import best_entity, name_score, real_column, value_score


@pytest.fixture(scope="module")
def recognizer():
    return EmailRecognizer()


@pytest.mark.parametrize("name", ["email", "e_mail", "emailAddress", "contact.email", "user_mail", "youxiang"])
def test_email_names(recognizer, name):
    assert name_score(recognizer, name) >= 0.7


@pytest.mark.parametrize("name", ["email_verified", "email_opt_in", "emails_sent", "email_domain", "email_hash",
                                  "mailbox_size_count", "email_template"])
def test_not_email_names(recognizer, name):
    assert name_score(recognizer, name) == 0.0


@pytest.mark.parametrize("value", ["a@b.co", "jane.doe+tag@example.com", "o'brien@mail.example.ie", "x_y@sub.dom.org"])
def test_email_values(value):
    assert is_email(value)


@pytest.mark.parametrize("value", ["a@@b.com", ".a@b.com", "a..b@c.com", "a@b", "a@-b.com", "a@b.c0m", "@b.com"])
def test_not_email_values(value):
    assert not is_email(value)


def test_real_email_columns(recognizer):
    assert value_score(recognizer, real_column("Customer_Segmentation.csv", "email")) >= 0.85
    assert best_entity("c1", real_column("sample-data.csv", "email")) == "EMAIL_ADDRESS"


def test_hostnames_are_not_emails():
    assert best_entity("host", [f"api-{i}.prod.internal" for i in range(10)]) is None


def test_mailboxes_with_a_display_name_are_addresses_and_message_ids_are_not():
    mailboxes = ["Jane Doe <jane@example.org>", '"Doe, John" <john.doe@example.com>', "bob@example.net (Bob Roe)",
                 "ann@example.org", "Dingus Lovers <list@example.com>"]
    assert best_entity("to", mailboxes) == "EMAIL_ADDRESS"
    message_ids = [f"<{15090 + i}.61304.110929@mail.example.org>" for i in range(5)]
    assert best_entity("c4", message_ids) is None


def test_the_id_of_the_message_replied_to_is_no_reply_to_address():
    ids = [str(110249418415815202 + i) for i in range(10)]
    assert best_entity("in_reply_to_id", ids) is None
    assert best_entity("reply_to", [f"desk{i}@example.org" for i in range(10)]) == "EMAIL_ADDRESS"
