"""Industry: named columns confirmed by sector vocabulary; product categories alone stay `none`."""
from __future__ import annotations

import pytest

from classifiers.recognizers.industry import IndustryRecognizer
from tests.classifiers.support import best_entity, name_score

INDUSTRIES = ["E-commerce", "Beauty & Personal Care", "Financial Services", "Healthcare", "Pet Supplies",
              "Manufacturing", "Real Estate", "Education", "Jewelry & Accessories", "Fashion", "Software"]


@pytest.fixture(scope="module")
def recognizer():
    return IndustryRecognizer()


@pytest.mark.parametrize("name", ["industry", "sector", "vertical", "company.industry", "business_sector", "hangye"])
def test_industry_names(recognizer, name):
    assert name_score(recognizer, name) >= 0.7


@pytest.mark.parametrize("name", ["industry_code", "product_category", "sku", "disk_sector_size", "region"])
def test_not_industry_names(recognizer, name):
    assert name_score(recognizer, name) < 0.5


def test_named_industry_column():
    assert best_entity("industry", INDUSTRIES * 3) == "INDUSTRY"


def test_industry_words_alone_do_not_decide():
    assert best_entity("c9", INDUSTRIES * 3) is None


def test_named_column_of_other_things_is_not_an_industry():
    assert best_entity("sector", [f"{i}.{i % 5}" for i in range(20)]) is None


def test_named_industry_columns_in_other_languages():
    assert best_entity("hangye", ["电商", "美妆", "教育", "金融", "游戏"] * 4) == "INDUSTRY"
    assert best_entity("industry", ["Maschinenbau", "Einzelhandel", "Gesundheitswesen"] * 5) == "INDUSTRY"


def test_product_categories_are_not_industries():
    assert best_entity("category", INDUSTRIES * 3) is None


@pytest.mark.parametrize("values", [
    ["制造业", "金融业", "批发和零售业", "教育", "建筑业", "住宿和餐饮业"] * 10,                # GB/T 4754 sections
    ["互联网/IT", "金融/银行", "教育/培训", "医疗/健康", "制造业", "房地产/建筑", "自由职业"] * 8,  # form names
    ["製造業", "金融及保險業", "批發及零售業", "教育業", "營建工程業"] * 10,                    # Taiwan's, traditional
])
def test_chinese_industries_by_their_values_alone(values):
    assert best_entity("c7", values) == "INDUSTRY"


def test_categories_that_share_the_short_names_are_no_industry():
    # an app store's or a news site's categories (no trade named as the classification names one)
    assert best_entity("c7", ["游戏", "体育", "教育", "金融", "旅游", "娱乐"] * 10) is None
    assert best_entity("c7", ["美妆个护", "服装配饰", "食品饮料", "数码家电"] * 10) is None
