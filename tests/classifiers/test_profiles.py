"""Privacy statistics of a classified sample: teens counted, re-identification measured."""
from __future__ import annotations

import random
from datetime import date

import pyarrow as pa

from classifiers.engine import classify_dataset
from classifiers.profiles import MIN_ROWS_MEASURED, QUASI_IDENTIFIERS, profile_dataset
from datamap.flatten import fields_from_table
from datamap.model import DatasetSample

AS_OF = date(2026, 6, 1)
MODELS = ["iPhone15,3", "SM-S918B", "Pixel 8 Pro", "iPhone14,2", "SM-A546B", "Pixel 7a", "M2101K6G", "CPH2451"]
ZONES = ["America/New_York", "Europe/Berlin", "Asia/Shanghai", "Asia/Tokyo", "Europe/Paris", "America/Chicago"]
SCREENS = ["1170x2532", "1080x2400", "1440x3120", "750x1334", "1284x2778", "720x1600"]


def _profile(table: pa.Table):
    sample = DatasetSample(name="t", source="", kind="parquet", fields=fields_from_table(table), rows=table,
                           sampled_rows=table.num_rows)
    return profile_dataset(sample, classify_dataset(sample, embedded=False), 0.5, teen_age=18, as_of=AS_OF)


def test_uniformly_random_device_attributes_single_out_almost_everyone():
    rng = random.Random(1)
    table = pa.table({
        "device_model": [rng.choice(MODELS) for _ in range(400)],
        "timezone": [rng.choice(ZONES) for _ in range(400)],
        "screen_resolution": [rng.choice(SCREENS) for _ in range(400)],
        "os_version": [f"Android {rng.randrange(8, 15)}.{rng.randrange(0, 9)}" for _ in range(400)],
    })
    risk = _profile(table).reidentification
    assert risk is not None and risk.method == "sample"
    assert {"DEVICE_MODEL", "TIME_ZONE", "SCREEN_RESOLUTION", "OPERATING_SYSTEM"} <= set(risk.entities)
    # 8 x 6 x 6 x 63 combinations for 400 rows: most rows are alone in their group
    assert risk.unique_share > 0.5 and risk.near_unique
    assert risk.min_group_size == 1
    assert risk.entropy_bits > 7


def test_a_few_common_combinations_are_low_risk():
    rng = random.Random(2)
    combos = [("iPhone15,3", "America/New_York"), ("SM-S918B", "Europe/Berlin"), ("Pixel 8 Pro", "Asia/Tokyo")]
    rows = [rng.choice(combos) for _ in range(300)]
    risk = _profile(pa.table({"device_model": [m for m, _ in rows], "timezone": [z for _, z in rows]})).reidentification
    assert risk is not None and risk.method == "sample"
    assert risk.unique_share == 0 and not risk.near_unique
    assert risk.min_group_size > 50
    assert risk.entropy_bits < 1.6  # log2(3)


def test_a_tiny_sample_falls_back_to_published_priors():
    table = pa.table({"device_model": MODELS[:5], "timezone": ZONES[:5]})
    risk = _profile(table).reidentification
    assert risk is not None and risk.method == "prior" and len(table) < MIN_ROWS_MEASURED
    assert risk.prior_bits == QUASI_IDENTIFIERS["DEVICE_MODEL"] + QUASI_IDENTIFIERS["TIME_ZONE"]
    assert risk.unique_share is None


def test_nested_quasi_identifiers_are_read_from_their_struct_path():
    rng = random.Random(3)
    table = pa.table({"context": [{"device": {"model": rng.choice(MODELS)}, "timezone": rng.choice(ZONES)}
                                  for _ in range(200)]})
    risk = _profile(table).reidentification
    assert risk is not None and risk.method == "sample"
    assert set(risk.fields) == {"context.device.model", "context.timezone"}
    assert risk.rows == 200


def test_teens_are_counted_from_birth_dates_and_ages():
    born = [date(2012, 1, 1)] * 30 + [date(1990, 5, 5)] * 70  # 14 and 36 years old on AS_OF
    ages = [15] * 10 + [40] * 90
    profile = _profile(pa.table({"birth_date": born, "age": ages, "email": [f"u{i}@example.com" for i in range(100)]}))
    by_field = {a.field: a for a in profile.ages}
    assert (by_field["birth_date"].people, by_field["birth_date"].under_age) == (100, 30)
    assert (by_field["age"].people, by_field["age"].under_age) == (100, 10)
    assert by_field["birth_date"].share == 0.3


def test_birth_dates_written_as_text_are_read_in_their_format():
    born = ["03/04/2013"] * 20 + ["12/11/1980"] * 20  # day/month/year: 13 and 45 years old
    profile = _profile(pa.table({"date_of_birth": born, "email": [f"u{i}@example.com" for i in range(40)]}))
    [ages] = profile.ages
    assert (ages.people, ages.under_age) == (40, 20)


def test_no_age_field_means_no_age_profile():
    assert _profile(pa.table({"email": [f"u{i}@example.com" for i in range(50)]})).ages == []
