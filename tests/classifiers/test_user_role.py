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


@pytest.mark.parametrize("values", [
    ["个人买家", "企业采购", "入驻商家", "带货主播", "MCN机构", "供应商", "分销员"] * 8,
    ["商家", "达人", "机构", "品牌方", "普通用户", "主播"] * 8,
    ["一般會員", "賣家", "直播主", "團購主", "企業帳號"] * 8,     # traditional characters
])
def test_chinese_platform_roles_by_their_values_alone(values):
    assert best_entity("c7", values) == "USER_ROLE"


@pytest.mark.parametrize("values", [
    ["高级会员", "金卡会员", "普通会员", "钻石会员", "银卡会员"] * 8,   # membership levels are no roles
    ["医疗机构", "教育机构", "金融机构", "政府机构"] * 8,             # kinds of institution
    [f"{name}旗舰店" for name in "甲乙丙丁戊己庚辛壬癸"] * 2,             # shop names vary
])
def test_other_chinese_categories_are_no_roles(values):
    assert best_entity("c7", values) is None
