"""Personal data inside Chinese sentences and Han person names as whole values."""
from __future__ import annotations

import random

import pyarrow as pa
import pytest

from classifiers import secondary
from classifiers.chinese_text import entities, is_han_name
from classifiers.recognizers.han_name import HanNameValueRecognizer
from datamap.model import FieldSample
from tests.classifiers.fields import best_entity, value_signal


@pytest.mark.parametrize(("text", "entity", "span"), [
    ("司机王建国已接单,乘客李娜在杭州市西湖区等待上车", "PERSON", "王建国"),
    ("司机王建国已接单,乘客李娜在杭州市西湖区等待上车", "PERSON", "李娜"),
    ("司机王建国已接单,乘客李娜在杭州市西湖区等待上车", "CITY", "杭州市"),
    ("用户的登录地点由昆明市变为青岛市", "CITY", "青岛市"),
    ("乘客从西湖区文三路90号出发", "STREET_ADDRESS", "西湖区文三路90号"),
    ("司机端华为 Mate 60 Pro电量仅剩9%,已提醒充电", "DEVICE_MODEL", "华为 Mate 60 Pro"),
    ("司机端华为 Mate 60 Pro电量仅剩9%,已提醒充电", "BATTERY_STATE", "电量仅剩9%"),
])
def test_what_a_chinese_sentence_names(text: str, entity: str, span: str) -> None:
    assert any(span in found for found in entities(text).get(entity, []))


@pytest.mark.parametrize("text", ["缓存刷新完成,耗时35毫秒", "师傅绕路,已转人工处理", "定时任务执行完毕", "no Han text here"])
def test_sentences_without_people_or_places(text: str) -> None:
    assert "PERSON" not in entities(text) and "CITY" not in entities(text)


@pytest.mark.parametrize("value", ["张伟", "欧阳娜娜", "王先生", "李女士", "沈建国", "郑梓萱"])
def test_han_names(value: str) -> None:
    assert is_han_name(value)


# everyday words that start with a family name, places, makers, too long or not Han
@pytest.mark.parametrize("value", ["金融", "师傅", "黄石", "华为", "常州市", "高新区", "王府井大街", "张 伟", "Zhang Wei", "王"])
def test_not_han_names(value: str) -> None:
    assert not is_han_name(value)


def _names(n: int) -> list[str]:
    r = random.Random(7)
    return [r.choice("王李张刘陈杨黄赵吴周") + "".join(r.choice("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超") for _ in range(r.choice([1, 2])))
            for _ in range(n)]


def test_a_column_of_han_names_is_told_by_its_values() -> None:
    signal = value_signal(HanNameValueRecognizer(), _names(200))
    assert signal is not None and signal.score >= 0.5
    assert best_entity("c07", _names(200)) == "PERSON"


def test_a_column_of_repeated_words_is_no_names() -> None:
    # few distinct values: a category, whatever their shape
    assert value_signal(HanNameValueRecognizer(), ["王伟", "李娜", "张敏"] * 60) is None
    assert value_signal(HanNameValueRecognizer(), ["杭州市", "苏州市", "长沙市", "青岛市"] * 50) is None


def test_names_inside_chinese_log_messages_are_secondary_detections() -> None:
    lines = [f"[INFO] [派单] 司机{a}已接单,乘客{b}在杭州市西湖区等待上车" for a, b in zip(_names(20), _names(40)[20:])]
    sample = FieldSample(path="(free text)", values=pa.array(lines, pa.string()), origin="message")
    found = {d.entity: d for d in secondary.detect(sample)}
    assert {"PERSON", "CITY"} <= set(found)
    assert not found["PERSON"].primary and found["PERSON"].confidence >= 0.5
    assert all("*" in e for e in found["PERSON"].examples)  # masked, never the raw name
    assert "the Chinese reading" in found["PERSON"].signals[0].detail  # what explain shows
