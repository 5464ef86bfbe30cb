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
