"""Static mode on the general classes of error left after the label review of session 23
(benchmarks/static/LABEL_REVIEW.md): references to people by a role word, a worker's and a
thing's doings, a web session's key named by whose session it is. Each schema here is written
for the test, in the shapes real projects use."""
from __future__ import annotations

from catalog.checks.static import columns_from_sql

from tests.catalog.check_helpers import static_flagged


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    return static_flagged(schema)


# an applicant tracking system and a CRM's activities: people referred to by the part they play
ROLES = """
CREATE TABLE applications (
  id bigint PRIMARY KEY,
  candidate_id bigint NOT NULL,
  recruiter_id bigint,
  coordinator_id bigint,
  updater_id bigint,
  reportee_id bigint,
  accessor_id bigint,
  job_id bigint,
  stage_id bigint,
  source_id bigint
);
CREATE TABLE tasks (
  id varchar(18) PRIMARY KEY,
  who_id varchar(18),
  what_id varchar(18),
  subject varchar(255)
);
CREATE TABLE preferences (
  user_id bigint PRIMARY KEY,
  editor varchar(20),
  poster varchar(255)
);
"""


def test_a_person_named_by_a_role_before_a_key_is_an_account_reference() -> None:
    flagged = _flagged(ROLES)
    for column in ("recruiter_id", "coordinator_id", "updater_id", "reportee_id", "accessor_id"):
        assert flagged.get(("applications", column)) == "account.id", column
    assert flagged.get(("tasks", "who_id")) == "account.id"  # a CRM task's lead or contact
    # the things a record points to stay things; the bare words are a setting and a picture
    for column in ("job_id", "stage_id", "source_id"):
        assert ("applications", column) not in flagged, column
    assert ("tasks", "what_id") not in flagged
    assert ("preferences", "editor") not in flagged and ("preferences", "poster") not in flagged


# a job queue (delayed_job, GoodJob) beside a wiki whose pages an editor locks
DOINGS = """
CREATE TABLE delayed_jobs (
  id bigint PRIMARY KEY,
  handler text NOT NULL,
  locked_by varchar(255),
  locked_at timestamp
);
CREATE TABLE good_jobs (
  id uuid PRIMARY KEY,
  queue_name text,
  locked_by_id uuid
);
CREATE TABLE pages (
  id bigint PRIMARY KEY,
  title varchar(255),
  locked_by integer,
  replaced_by bigint,
  resolved_by integer,
  referred_by varchar(255)
);
"""


def test_a_workers_lock_and_a_records_replacement_are_no_ones() -> None:
    flagged = _flagged(DOINGS)
    assert ("delayed_jobs", "locked_by") not in flagged  # `host:pid` of the worker
    assert ("good_jobs", "locked_by_id") not in flagged
    assert ("pages", "replaced_by") not in flagged  # the page that replaced this one
    # an editor's lock of a page, and who resolved something, stay a person's
    assert flagged.get(("pages", "locked_by")) == "account.id"
    assert flagged.get(("pages", "resolved_by")) == "account.id"
    assert flagged.get(("pages", "referred_by")) == "account.id"  # who referred someone: a person


# an authentication service's browser sessions, referred to from other tables
SESSIONS = """
CREATE TABLE browser_sessions (
  user_session_id uuid PRIMARY KEY,
  user_id uuid NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE TABLE sso_logins (
  id uuid PRIMARY KEY,
  user_session_id uuid,
  login_token text
);
CREATE TABLE audit_events (
  id bigint PRIMARY KEY,
  login_session_id uuid,
  user_session_id bigint
);
"""


def test_a_persons_web_session_key_is_what_its_cookie_carries() -> None:
    flagged = _flagged(SESSIONS)
    assert flagged.get(("browser_sessions", "user_session_id")) == "tracking.cookie_id"
    assert flagged.get(("sso_logins", "user_session_id")) == "tracking.cookie_id"
    assert flagged.get(("audit_events", "login_session_id")) == "tracking.cookie_id"
    # an integer is the session row's number, not the cookie's value
    assert ("audit_events", "user_session_id") not in flagged


# a web tracker's event table, written with the tracker's abbreviations (Snowplow's atomic.events)
TRACKER = """
CREATE TABLE atomic.events (
  event_id char(36) NOT NULL,
  domain_userid varchar(128),
  domain_sessionid char(128),
  refr_domain_userid varchar(128),
  network_userid varchar(128),
  br_name varchar(50),
  br_family varchar(50),
  br_version varchar(50),
  br_viewwidth integer,
  br_viewheight integer,
  doc_width integer,
  dvce_screenwidth integer
);
"""


def test_a_trackers_browser_cookie_ids_and_window_size_read_by_its_abbreviations() -> None:
    flagged = _flagged(TRACKER, "redshift")
    for column in ("domain_userid", "domain_sessionid", "refr_domain_userid", "network_userid"):
        assert flagged.get(("events", column)) == "tracking.cookie_id", column
    for column in ("br_name", "br_family", "br_version"):
        assert flagged.get(("events", column)) == "device.user_agent", column
    # a window's and a page's size are the visitor's to change; the display's size is the device's
    for column in ("br_viewwidth", "br_viewheight", "doc_width"):
        assert ("events", column) not in flagged, column
    assert flagged.get(("events", "dvce_screenwidth")) == "device.screen_resolution"
