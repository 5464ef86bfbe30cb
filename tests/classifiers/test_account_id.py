"""Account ids: name-driven; ids of orders, sessions, traces and uploads stay `none`."""
from __future__ import annotations

import uuid

import pyarrow as pa

import pytest

from classifiers.recognizers.account_id import AccountIdRecognizer
from tests.classifiers.support import best_entity, name_score, real_column

NUMBERS = [str(10_000_000 + 7919 * i) for i in range(30)]
UUIDS = [str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://example.com/{i}")) for i in range(30)]


@pytest.fixture(scope="module")
def recognizer():
    return AccountIdRecognizer()


@pytest.mark.parametrize("name", ["user_id", "uid", "userId", "account_id", "member_id", "author_id", "buyer_id",
                                  "user.id", "Cust_ID", "customerId", "openid", "remote_user", "username"])
def test_account_names(recognizer, name):
    assert name_score(recognizer, name) >= 0.7


@pytest.mark.parametrize("name", ["order_id", "session_id", "trace_id", "upload_id", "comment_id", "event_id",
                                  "device_id", "domain_userid", "network_userid", "user_agent", "user_type",
                                  "user_count", "request_id", "id"])
def test_not_account_names(recognizer, name):
    assert name_score(recognizer, name) < 0.5


@pytest.mark.parametrize("values", [NUMBERS, UUIDS, [f"usr_{i:04X}KJ" for i in range(30)]])
def test_named_account_columns(values):
    assert best_entity("user_id", values) == "ACCOUNT_ID"


@pytest.mark.parametrize("path", ["order_id", "session_id", "trace_id", "c5", "upload_id"])
def test_ids_of_other_things_are_none(path):
    assert best_entity(path, UUIDS) is None
    assert best_entity(path, NUMBERS) is None


def test_real_customer_ids():
    assert best_entity("Cust_ID", real_column("CardBase.csv", "Cust_ID")) == "ACCOUNT_ID"


@pytest.mark.parametrize("name", ["bank_account", "account_manager", "billing_account_id", "account_balance",
                                  "account_number"])
def test_financial_and_staff_accounts_are_not_account_ids(recognizer, name):
    assert name_score(recognizer, name) < 0.5


@pytest.mark.parametrize(("dataset", "path", "is_account"), [
    ("shop/public.users", "id", True),
    ("crm/customers.parquet", "uuid", True),
    ("customers_cdc.jsonl", "after.id", True),
    ("kunden.csv", "id", True),
    ("shop/public.orders", "id", False),
    ("shop/public.users", "device.id", False),
])
def test_the_key_of_a_table_of_people_is_an_account_id(dataset, path, is_account):
    from classifiers.engine import classify_dataset
    from datamap.model import DatasetSample, FieldSample

    sample = DatasetSample(name=dataset, source="t", kind="table",
                           fields=[FieldSample(path=path, values=pa.array([str(1000 + i) for i in range(30)]))])
    [result] = classify_dataset(sample, embedded=False)
    best = result.best()
    assert (best is not None and best.entity == "ACCOUNT_ID") == is_account


def test_an_external_id_is_the_account_a_vendor_knows_the_person_by():
    from classifiers.recognizers.account_id import AccountIdRecognizer
    from tests.classifiers.support import name_score

    assert name_score(AccountIdRecognizer(), "user_data.external_id") >= 0.7
    assert name_score(AccountIdRecognizer(), "external_link") == 0.0


def test_wechat_and_alipay_user_ids_by_their_values_alone():
    import random

    r = random.Random(7)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    openids = ["o" + "".join(r.choice(alphabet) for _ in range(27)) for _ in range(40)]
    assert best_entity("c3", openids) == "ACCOUNT_ID"
    assert best_entity("c3", ["2088" + "".join(r.choice("0123456789") for _ in range(12)) for _ in range(40)]) == "ACCOUNT_ID"
    # tokens of the same length and alphabet that do not all start like an openid say nothing alone
    assert best_entity("c3", ["".join(r.choice(alphabet) for _ in range(28)) for _ in range(40)]) is None


@pytest.mark.parametrize(("dataset", "other", "is_account"), [
    ("dump.sql/t_user_address", "user_id", False),  # the addresses of users, numbered
    ("shop/public.customer_orders", "customerId", False),
    ("app/public.users", "inviter_id", True),  # another person's id: the rows are still users
    ("app/public.users", "email", True),
])
def test_a_table_that_points_at_its_people_is_not_a_table_of_them(dataset, other, is_account):
    from classifiers.engine import classify_dataset
    from datamap.model import DatasetSample, FieldSample

    ids = pa.array([str(1000 + i) for i in range(30)])
    sample = DatasetSample(name=dataset, source="t", kind="table",
                           fields=[FieldSample(path="id", values=ids), FieldSample(path=other, values=ids)])
    best = classify_dataset(sample, embedded=False)[0].best()
    assert (best is not None and best.entity == "ACCOUNT_ID") == is_account


def test_what_a_record_says_of_its_patient_is_no_patient_id():
    from tests.classifiers.support import best_entity

    assert best_entity("PatientWeight", [80.0, 72.5, 0.0, 65.0, 91.2, 55.0]) != "ACCOUNT_ID"
    assert best_entity("StudyInstanceUID", [f"1.2.840.113619.2.55.3.{i}" for i in range(10)]) != "ACCOUNT_ID"
    assert best_entity("patient_id", [f"{1000 + i}" for i in range(10)]) == "ACCOUNT_ID"


def test_a_hospital_s_medical_record_number_is_its_patient_s_id():
    from tests.classifiers.support import best_entity

    assert best_entity("mrn", [f"MRN{100000 + i * 37}" for i in range(20)]) == "ACCOUNT_ID"
    assert best_entity("patient_no", [str(1000000 + i * 71) for i in range(20)]) == "ACCOUNT_ID"


@pytest.mark.parametrize("name", ["login_method", "登录方式", "login_mode", "注册方式"])
def test_how_someone_logs_in_is_no_account_id(name):
    from tests.classifiers.fields import best_entity as best

    assert best(name, ["password", "sms_code", "wechat", "apple_id", "password", "sms_code"] * 5) != "ACCOUNT_ID"


def test_the_key_of_a_person_object_and_the_people_a_name_calls_by_role():
    # GitHub's `user.node_id` (its GraphQL key) beside `user.login`
    node_ids = ["MDQ6VXNlcjMxODk4MDQ2", "MDQ6VXNlcjMxODk5MDY3"] * 10
    assert best_entity("user.node_id", node_ids, {"user.login": ["octo-a", "octo-b"] * 10}) == "ACCOUNT_ID"
    # a student's or an employee's number referencing them; Mastodon's `acct`
    assert best_entity("student", [str(1 + i % 7) for i in range(20)]) == "ACCOUNT_ID"
    assert best_entity("acct", ["mastodonpy_test", "admin", "alice@social.example"] * 5) == "ACCOUNT_ID"
    # how the author stands to the record (OWNER, MEMBER, NONE) is no id of anyone
    assert best_entity("author_association", ["MEMBER", "NONE", "OWNER", "CONTRIBUTOR"] * 5) is None
    # the key of a nested thing is not a person's
    assert best_entity("repo.node_id", node_ids) is None


@pytest.mark.parametrize(("name", "values"), [("login_browser", ["Chrome", "Edge", "Safari", "Firefox"]),
                                              ("login_os", ["Windows 10", "Windows 7", "Linux x86_64", "Windows 10"]),
                                              ("登录日志id", [str(i) for i in range(1, 5)])])
def test_what_a_login_came_from_and_its_log_are_no_account(name, values):
    # zero-admin's `sys_user.login_browser` (浏览器类型), `login_os` and `sys_login_log.id` (登录日志id)
    from tests.classifiers.fields import best_entity as best

    assert best(name, values * 10) != "ACCOUNT_ID"


def test_a_login_alone_is_still_the_account():
    from tests.classifiers.fields import best_entity as best

    assert best("login", ["zhangwei", "liuyang88", "admin", "chenjie"] * 10) == "ACCOUNT_ID"
