"""Classes of error left after benchmarks/wild13 that recur in any unseen public source: a
system's verdicts and state changes under an `action` or `event` name (AWS VPC flow logs'
`ACCEPT`/`REJECT`, `who -a`'s `reboot`), and a view's column layout named after the things it
shows (Review Board's `review_request_columns`). Each in the shape the public data has."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample


def results(name: str, columns: dict[str, list]):
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    return classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results(name, columns)}


def test_a_firewalls_verdict_is_no_persons_action():
    # a VPC flow log of four lines: the last one has no data
    flows = {"account-id": ["123456789010"] * 4, "srcaddr": ["198.51.100.1", "192.0.2.1", "192.0.2.1", "-"],
             "dstport": ["443", "49152", "49152", "-"], "action": ["ACCEPT", "ACCEPT", "REJECT", "-"],
             "log-status": ["OK", "OK", "OK", "NODATA"]}
    found = results("vpc_flow_logs.csv", flows)
    action = next(r for r in found if r.sample.path == "action")
    assert action.best() is None
    # explain says why: the values are the system's verdicts
    assert any("system's verdicts" in s.detail for d in action.detections for s in d.signals)
    # a user's actions stay behaviour, however few lines
    assert classify("audit.ndjson", {"action": ["repo.create", "team.add_member", "repo.create"]})["action"] \
        == "BEHAVIORAL_EVENT"
    assert classify("events.csv", {"event": ["login", "logout", "login", "purchase"]})["event"] == "BEHAVIORAL_EVENT"


def test_a_machines_reboot_is_no_persons_event():
    # `who -a` as jc parses it: the boot record beside the logged-in users
    who = {"event": ["reboot", None, None, None, None], "user": [None, "joeuser", "joeuser", "joeuser", "joeuser"],
           "tty": [None, "console", "ttys000", "ttys003", "ttys004"]}
    assert classify("jc_who.ndjson", who)["event"] is None


def test_a_views_column_layout_is_no_request_and_no_review():
    # Review Board's profile: which columns the dashboard shows, and how it sorts them
    profile = {"review_request_columns": ["star,summary,submitter,time_added,last_updated_since", "", ""],
               "sort_review_request_columns": ["-last_updated", "", ""], "user": [1, 2, 4]}
    found = classify("reviewboard_accounts_profile.ndjson", profile)
    assert found["review_request_columns"] is None and found["sort_review_request_columns"] is None
    # the requested page itself stays a page visited
    assert classify("access.ndjson", {"request": ["GET /r/12/ HTTP/1.1", "GET /dashboard/ HTTP/1.1",
                                                  "POST /api/review-requests/ HTTP/1.1"]})["request"] == "VISITED_URL"


def test_a_principal_that_is_an_api_token_is_no_persons_account():
    # Okta's rate-limit settings: each for one API token, set by an admin
    limits = {"id": ["prlnpbzamkh0Z8xYo1d7", "prlonn4aroMawFVD81d7", "prloor7m4efox2b921d7"],
              "principalId": ["00T1cuuokxSImd8ST1d7", "00T1dnauwfcmvN3bq1d7", "00T1doilwxfYVehRY1d7"],
              "principalType": ["SSWS_TOKEN", "SSWS_TOKEN", "SSWS_TOKEN"],
              "lastUpdatedBy": ["00unkw1sfbTw08c0g1d7", "00unli90kor62oF5Z1d7", "00unkw1sfbTw08c0g1d7"]}
    found = results("okta_rate_limits.ndjson", limits)
    principal = next(r for r in found if r.sample.path == "principalId")
    assert principal.best() is None
    assert any("every one is a program" in s.detail for d in principal.detections for s in d.signals)
    assert next(r for r in found if r.sample.path == "lastUpdatedBy").best().entity == "ACCOUNT_ID"
    # people among the principals keep them people's accounts
    limits["principalType"] = ["USER", "SSWS_TOKEN", "USER"]
    assert classify("okta_rate_limits.ndjson", limits)["principalId"] == "ACCOUNT_ID"


def test_a_groups_handle_keys_the_group_though_the_listing_repeats_it():
    # Slack's usergroups.list as slack-go's tests decode it: the marketing team listed twice
    groups = {"id": ["S0615G0KT", "S0614TZR7", "S0615G0KT"], "name": ["Marketing Team", "Team Admins", "Marketing Team"],
              "handle": ["marketing-team", "admins", "marketing-team"],
              "created_by": ["U060RNRCZ", "USLACKBOT", "U060RNRCZ"]}
    found = classify("slack_usergroups.ndjson", groups)
    assert found["handle"] is None and found["created_by"] == "ACCOUNT_ID"
    # a people table's handle is still the person's
    assert classify("users.ndjson", {"id": ["1", "2", "3"], "handle": ["alice_w", "bob_k", "carol99"],
                                     "email": ["a@x.org", "b@x.org", "c@x.org"]})["handle"] == "ACCOUNT_ID"


def test_a_location_object_that_is_an_enterprise_names_no_place():
    # a Slack audit log entry: where it happened is the enterprise grid, `Birdland`
    entry = {"action": ["user_login"], "actor.user.id": ["W123AB456"], "context.location.type": ["enterprise"],
             "context.location.id": ["E1701NCCA"], "context.location.name": ["Birdland"],
             "context.ip_address": ["1.23.45.67"]}
    fields = [FieldSample(path=p, values=pa.array(v)) for p, v in entry.items()]
    found = {r.sample.path: r for r in classify_dataset(DatasetSample(name="slack_audit_logs.ndjson", source="test",
                                                                     kind="test", fields=fields), embedded=False)}
    name = found["context.location.name"]
    assert name.best() is None
    assert any("an organisation" in s.detail for d in name.detections for s in d.signals)
    # a location object of another kind stays a place
    entry["context.location.type"] = ["city"]
    entry["context.location.name"] = ["San Francisco, CA"]
    fields = [FieldSample(path=p, values=pa.array(v)) for p, v in entry.items()]
    found = {r.sample.path: r for r in classify_dataset(DatasetSample(name="slack_audit_logs.ndjson", source="test",
                                                                     kind="test", fields=fields), embedded=False)}
    assert found["context.location.name"].best().entity == "LOCATION"
