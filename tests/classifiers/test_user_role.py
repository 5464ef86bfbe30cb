"""The identity a user registers as (seller, creator, agency, brand)."""
from __future__ import annotations

import pytest

from classifiers.recognizers.user_role import UserRoleRecognizer
from tests.classifiers.support import best_entity, name_score

ROLES = ["seller", "creator", "agency", "brand", "influencer", "analyst", "Advertiser", "merchant"]


@pytest.fixture(scope="module")
def recognizer():
    return UserRoleRecognizer()


@pytest.mark.parametrize("name", ["identity", "user_type", "role", "persona", "accountType", "user.role", "shenfen"])
def test_role_names(recognizer, name):
    assert name_score(recognizer, name) >= 0.7


@pytest.mark.parametrize("name", ["identity_card", "id_number", "iam_role_arn", "event_type", "mime_type", "plan"])
def test_not_role_names(recognizer, name):
    assert name_score(recognizer, name) < 0.5


def test_named_role_column():
    assert best_entity("identity", ROLES * 4) == "USER_ROLE"


def test_role_words_alone_do_not_decide():
    assert best_entity("c4", ROLES * 4) is None


def test_subscription_plans_are_not_roles():
    assert best_entity("plan", ["free", "basic", "enterprise", "pro"] * 5) is None


def test_chinese_role_words():
    assert best_entity("shenfen", ["商家", "达人", "机构", "品牌方"] * 5) == "USER_ROLE"
