"""Static mode on the classes of false alarm left across the static benchmarks in session 24
(notes/prec24.md): a business customer's account taken for a person's. Each schema here is
written for the test, in the shapes real projects use (a vendor's Fivetran dbt package, a
product-analytics export, a social network's accounts)."""
from __future__ import annotations

from tests.catalog.check_helpers import flagged_in_dbt as _flagged_dbt, flagged_in_sql as _flagged_sql


# a cloud telephony vendor's accounts (with subaccounts) own numbers and place calls; the
# people are the callers, known by their phone numbers
TELEPHONY = """
version: 2
sources:
  - name: telephony
    tables:
      - name: account_history
        columns:
          - name: id
            description: The unique identifier of the account.
          - name: friendly_name
            description: A human readable description of the account.
          - name: owner_account_id
            description: The unique identifier of the parent account.
          - name: status
          - name: type
          - name: created_at
      - name: call
        columns:
          - name: id
          - name: account_id
            description: The unique identifier of the account responsible for this call.
          - name: caller_name
          - name: from_phone_number
          - name: to_phone_number
          - name: duration
"""

# a product-analytics export: visitors (people) belong to accounts (their companies)
ANALYTICS = """
version: 2
models:
  - name: account_history
    columns:
      - name: account_id
      - name: first_visit_at
      - name: last_visit_at
      - name: last_updated_at
  - name: visitor_history
    columns:
      - name: visitor_id
      - name: account_id
        description: Foreign key referencing the account associated with this visitor.
      - name: email
      - name: full_name
  - name: visitor_account_history
    columns:
      - name: visitor_id
      - name: account_id
      - name: last_updated_at
  - name: page_event
    columns:
      - name: visitor_id
      - name: account_id
      - name: page_id
      - name: occurred_at
"""


def test_accounts_that_hold_nothing_of_a_person_are_no_ones_account() -> None:
    flagged = _flagged_dbt(TELEPHONY)
    assert ("call", "account_id") not in flagged
    assert ("account_history", "owner_account_id") not in flagged
    assert ("account_history", "id") not in flagged
    # the callers stay people
    assert flagged.get(("call", "from_phone_number")) == "profile.phone_number"
    assert flagged.get(("call", "caller_name")) == "identity.person_name"
    flagged = _flagged_dbt(ANALYTICS)
    for table in ("account_history", "visitor_history", "visitor_account_history", "page_event"):
        assert (table, "account_id") not in flagged, table
    assert ("visitor_history", "visitor_id") in flagged
    assert flagged.get(("visitor_history", "email")) == "contact.email"


# a social network's accounts are its people: a login, a display name
SOCIAL = """
CREATE TABLE accounts (
  id bigint PRIMARY KEY,
  username varchar(30) NOT NULL,
  display_name varchar(255),
  created_at timestamp
);
CREATE TABLE statuses (
  id bigint PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  text text
);
"""


# a helpdesk: a user's login account beside the mailboxes it fetches from
HELPDESK = """
CREATE TABLE email_account (
  id integer PRIMARY KEY,
  email_id integer NOT NULL,
  host varchar(128),
  port integer
);
CREATE TABLE user_account (
  id integer PRIMARY KEY,
  user_id integer NOT NULL,
  username varchar(64),
  passwd varchar(128)
);
"""


def test_a_persons_account_keeps_its_key_everywhere() -> None:
    flagged = _flagged_sql(SOCIAL)
    assert flagged.get(("statuses", "account_id")) == "account.id"
    assert flagged.get(("accounts", "username")) == "account.id"
    flagged = _flagged_sql(HELPDESK)  # a user's login account is no link table
    assert flagged.get(("user_account", "user_id")) == "account.id"
    assert flagged.get(("user_account", "username")) == "account.id"


# a forum's installable parts credit their authors; its posts are written by its members
PACKAGES = """
CREATE TABLE plugin_control (
  unique_key varchar(40) PRIMARY KEY,
  name varchar(64),
  description text,
  author varchar(64),
  version varchar(10)
);
CREATE TABLE forum_lang (
  lang_id integer PRIMARY KEY,
  lang_iso varchar(30),
  lang_local_name varchar(255),
  lang_author varchar(255)
);
CREATE TABLE extensions (
  id integer PRIMARY KEY,
  name varchar(255),
  author varchar(255),
  licence varchar(50)
);
CREATE TABLE posts (
  id integer PRIMARY KEY,
  author varchar(255),
  body text
);
"""


def test_the_author_a_plugin_credits_is_no_one_on_the_platform() -> None:
    flagged = _flagged_sql(PACKAGES)
    for table, column in (("plugin_control", "author"), ("forum_lang", "lang_author"), ("extensions", "author")):
        assert (table, column) not in flagged, (table, column)
    assert ("posts", "author") in flagged  # a post's author is a member


# a marketing tool's leads: the person's own address, their company and its billing address;
# an order bills the person who placed it
LEADS = """
version: 2
models:
  - name: lead
    columns:
      - name: id
      - name: email
      - name: first_name
      - name: company
      - name: address
      - name: city
      - name: country
      - name: postal_code
      - name: billing_street
      - name: billing_city
      - name: billing_state
      - name: billing_country
      - name: billing_postal_code
  - name: orders
    columns:
      - name: id
      - name: customer_id
      - name: email
      - name: billing_city
      - name: billing_postal_code
      - name: shipping_city
"""


def test_a_leads_company_billing_address_beside_their_own_is_the_companys() -> None:
    flagged = _flagged_dbt(LEADS)
    for column in ("billing_street", "billing_city", "billing_state", "billing_country", "billing_postal_code"):
        assert ("lead", column) not in flagged, column
    assert flagged.get(("lead", "city")) == "location.approximate"  # the lead's own
    assert flagged.get(("orders", "billing_city")) == "location.approximate"
    assert ("orders", "billing_postal_code") in flagged


# a survey tool and a help centre: questions asked of everyone, people's responses
SURVEYS = """
CREATE TABLE polls (
  id integer PRIMARY KEY,
  question varchar(255) NOT NULL,
  voting_locked boolean
);
CREATE TABLE survey_questions (
  id integer PRIMARY KEY,
  question_text text
);
CREATE TABLE faq (
  id integer PRIMARY KEY,
  question text,
  answer text
);
CREATE TABLE responses (
  id integer PRIMARY KEY,
  user_id integer,
  question_id integer,
  response_text text
);
"""


def test_the_question_a_poll_or_survey_asks_is_no_ones_writing() -> None:
    flagged = _flagged_sql(SURVEYS)
    for table, column in (("polls", "question"), ("survey_questions", "question_text"), ("faq", "question"),
                          ("faq", "answer")):
        assert (table, column) not in flagged, (table, column)
    assert flagged.get(("responses", "response_text")) == "user_content"  # what a person answered


# an auth server's key sets and signed tokens, a payment notification; a helpdesk's staff sign
# their e-mails
SIGNATURES = """
CREATE TABLE jwks (
  kid varchar(24) PRIMARY KEY,
  created_at bigint NOT NULL,
  signature varchar(16) NOT NULL,
  enc_key bytea NOT NULL
);
CREATE TABLE oauth2_sessions (
  id bigint PRIMARY KEY,
  user_id bigint NOT NULL,
  access_token_signature varchar(255)
);
CREATE TABLE inbound_webhooks (
  id uuid PRIMARY KEY,
  payload jsonb,
  signature varchar
);
CREATE TABLE staff (
  id integer PRIMARY KEY,
  email varchar(255),
  signature text
);
"""


def test_a_cryptographic_signature_is_no_ones_writing() -> None:
    flagged = _flagged_sql(SIGNATURES)
    for table, column in (("jwks", "signature"), ("oauth2_sessions", "access_token_signature"),
                          ("inbound_webhooks", "signature")):
        assert (table, column) not in flagged, (table, column)
    assert flagged.get(("staff", "signature")) == "user_content"  # the one under their e-mails


# a document-signing service's teams: their own sending address, reply-to and profile; the
# people invited to them
TEAMS = '''
CREATE TABLE "TeamEmail" (
  "teamId" integer PRIMARY KEY,
  "name" text NOT NULL,
  "email" text NOT NULL
);
CREATE TABLE "TeamGlobalSettings" (
  "id" text PRIMARY KEY,
  "teamId" integer,
  "emailReplyTo" text
);
CREATE TABLE "TeamProfile" (
  "id" text PRIMARY KEY,
  "teamId" integer,
  "bio" text
);
CREATE TABLE "TeamMemberInvite" (
  "id" integer PRIMARY KEY,
  "teamId" integer,
  "email" text NOT NULL
);
'''


def test_a_teams_own_address_and_profile_are_the_teams() -> None:
    flagged = _flagged_sql(TEAMS)
    for table, column in (("TeamEmail", "email"), ("TeamGlobalSettings", "emailReplyTo"), ("TeamProfile", "bio")):
        assert (table, column) not in flagged, (table, column)
    assert flagged.get(("TeamMemberInvite", "email")) == "contact.email"  # the person invited
