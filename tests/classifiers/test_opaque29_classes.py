"""Values alone (issue 10, session 29): classes of personal data told by their values and their
table when every column is named `c01…`. Values written here, not copied from a benchmark."""
from __future__ import annotations

from tests.classifiers.support import classify_export as classify

GIVEN = ["Lavinia", "Marcus", "Helena", "Oscar", "Greta", "Tobias"]
EMAILS = [f"{g.lower()}.{i}@mailbox.example" for i, g in enumerate(GIVEN)]
BIRTHS = ["1990-02-11", "1985-07-30", "1979-12-01", "2001-05-17", "1995-03-08", "1988-09-21"]


def test_rarer_surnames_beside_given_names_are_the_rest_of_the_name():
    # a register: given names, then family names half of which no frequency list holds
    family = ["Haverbeke", "Johnston", "Torres", "Quillfeather", "Brennan", "Oyelaran"]
    found = classify(c01=GIVEN, c02=family, c03=BIRTHS, c04=["F", "M", "F", "M", "F", "M"])
    assert found["c01"] == "PERSON" and found["c02"] == "PERSON"
    # after a title column (`Mr.`, `Ms.`), the given names are names too, though half are rare
    found = classify(c01=["Mr.", "Ms.", "Mr.", "Dr.", "Ms.", "Mrs."],
                     c02=["Horace", "Ottilie", "Brannagh", "John", "Zenobe", "Maria"], c03=EMAILS)
    assert found["c02"] == "PERSON"
    # the towns beside the names are no names, though name lists hold some (`Florence`, `Austin`)
    found = classify(c01=GIVEN, c02=["Florence", "Lisbon", "Austin", "Porto", "Madrid", "Lyon"], c03=EMAILS)
    assert found["c02"] != "PERSON"


def test_passport_licence_and_rg_numbers_in_a_table_of_people_are_government_ids():
    # a guest register: its key, the guest's name and e-mail, then each one's passport number
    passports = ["KM4417092", "TR0938815", "P55120873", "ZX7720461", "AB3069914", "C81442705"]
    found = classify(c01=[1, 2, 3, 4, 5, 6], c02=GIVEN, c03=EMAILS, c04=passports)
    assert found["c04"] == "GOVERNMENT_ID"
    # Brazil's RG, grouped with its check digit
    found = classify(c01=[1, 2, 3, 4, 5, 6], c02=EMAILS,
                     c03=["24.318.775-2", "31.902.446-X", "18.554.020-7", "42.117.389-1", "9.876.543-0", "27.450.118-4"])
    assert found["c03"] == "GOVERNMENT_ID"
    # the register's own codes count up (`C0001001`...): no document's
    found = classify(c01=[1, 2, 3, 4, 5, 6], c02=GIVEN, c03=EMAILS,
                     c04=["C0001001", "C0001002", "C0001003", "C0001004", "C0001005", "C0001006"])
    assert found["c04"] != "GOVERNMENT_ID"
    # the same numbers in a table of things (a parts list) are no one's documents
    found = classify(c01=[1, 2, 3, 4, 5, 6], c02=passports, c03=[10, 20, 30, 40, 50, 60])
    assert found["c02"] != "GOVERNMENT_ID"


def test_birth_years_months_and_days_written_apart_are_birth_dates():
    # a person table as the OMOP CDM keeps it: key, gender concept, year, month and day of birth,
    # of a register of pensioners (their median born more than 90 years ago)
    found = classify(name="person.csv", c01=[1780, 30091, 37455, 41204, 55310, 60218, 71002, 80455],
                     c02=[8532, 8507, 8532, 8532, 8507, 8507, 8532, 8507],
                     c03=[1930, 1932, 1913, 1922, 1956, 1937, 1928, 1934],
                     c04=[2, 8, 7, 10, 9, 11, 1, 12], c05=[1, 14, 1, 30, 1, 7, 21, 1])
    assert [found[c] for c in ("c03", "c04", "c05")] == ["DATE_OF_BIRTH"] * 3
    # small numbers after a column that is no birth year (a visit's count) are no birth's parts
    found = classify(name="person.csv", c01=[1780, 30091, 37455, 41204, 55310, 60218, 71002, 80455],
                     c02=[3, 8, 7, 10, 9, 11, 1, 12], c03=[1, 14, 1, 30, 1, 7, 21, 1])
    assert found["c02"] is None and found["c03"] is None


def _timings(seed: int, count: int = 40) -> list[int]:
    """Key hold or flight times in milliseconds, irregular as typing is (60-400 ms)."""
    return [60 + (seed * 37 + i * 53 + (i * i) % 29 * 7) % 340 for i in range(count)]


def test_timings_of_a_table_named_for_typing_are_keystroke_rhythm():
    # a keystroke-dynamics study's features: each row a typing sample, each column a key's hold
    # or a digraph's flight time in milliseconds, and the user it was typed by
    users = [100 * (1 + i % 4) for i in range(40)]
    found = classify(name="ksd_features.csv", c01=_timings(1), c02=_timings(2), c03=_timings(3), c04=users)
    assert [found[c] for c in ("c01", "c02", "c03")] == ["KEYSTROKE_TIMING"] * 3
    assert found["c04"] != "KEYSTROKE_TIMING"  # a few users' numbers, repeated, are no timings
    # a key event log: the key, then its press and release times (device uptime in milliseconds)
    presses = [21858166 + 300 * i + (i * 17) % 90 for i in range(40)]
    holds = [70 + (i * 31) % 120 for i in range(40)]
    found = classify(name="keystroke_events.csv", c01=[chr(97 + i % 26) for i in range(40)], c02=presses,
                     c03=[p + h for p, h in zip(presses, holds)])
    assert found["c02"] == "KEYSTROKE_TIMING" and found["c03"] == "KEYSTROKE_TIMING"
    # the same numbers in a table named for something else (a sensor's readings) stay unclaimed
    found = classify(name="sensor_readings.csv", c01=_timings(1), c02=_timings(2), c03=_timings(3))
    assert found["c01"] != "KEYSTROKE_TIMING"


def test_a_district_between_the_street_and_its_city_is_part_of_the_address():
    # a Brazilian register: e-mail, street, house number, bairro, city, state
    found = classify(c01=EMAILS, c02=["Rua das Flores 12", "Avenida Brasil 400", "Rua Augusta 77",
                                      "Rua XV de Novembro 5", "Avenida Paulista 1000", "Rua Direita 9"],
                     c03=[12, 400, 77, 5, 1000, 9],
                     c04=["Jardim Botânico", "Vila Mariana", "Boa Vista", "Centro Histórico", "Bela Vista", "Cidade Baixa"],
                     c05=["Porto Alegre", "Rio de Janeiro", "São Paulo", "Curitiba", "São Paulo", "Porto Alegre"],
                     c06=["RS", "RJ", "SP", "PR", "SP", "RS"])
    assert found["c02"] == "STREET_ADDRESS" and found["c04"] == "LOCATION"
    # the same words after the city (a branch's name, a team) are no district of the address
    found = classify(c01=EMAILS, c02=["Rua das Flores 12", "Avenida Brasil 400", "Rua Augusta 77",
                                      "Rua XV de Novembro 5", "Avenida Paulista 1000", "Rua Direita 9"],
                     c03=["Porto Alegre", "Rio de Janeiro", "São Paulo", "Curitiba", "São Paulo", "Porto Alegre"],
                     c04=["RS", "RJ", "SP", "PR", "SP", "RS"],
                     c05=["Jardim Botânico", "Vila Mariana", "Boa Vista", "Centro Histórico", "Bela Vista", "Cidade Baixa"])
    assert found["c05"] != "LOCATION"


def test_leaving_a_page_and_a_trackers_page_pings_are_behaviour():
    # a web tracker's events: the visitor's IP address, then what they did on the page
    ips = [f"203.0.113.{10 + i % 37}" for i in range(30)]
    found = classify(c01=ips, c02=["enterPage", "leavePage", "click"] * 10)
    assert found["c02"] == "BEHAVIORAL_EVENT"
    found = classify(c01=ips, c02=["page_view", "page_ping", "link_click", "page_ping", "page_ping"] * 6)
    assert found["c02"] == "BEHAVIORAL_EVENT"
    # the same words in a table of nothing about anyone (a service's health checks) stay unclaimed
    found = classify(c01=["ping", "exit", "leave"] * 10, c02=list(range(30)))
    assert found["c01"] != "BEHAVIORAL_EVENT"


def test_a_phones_volume_steps_beside_its_mute_switch_or_ringer_mode_are_audio_settings():
    # a phone's telemetry: its battery level and charging flag, then its media volume (0-15)
    # and mute switch, then the headphones it plays to
    rows = 30
    phones = ["AirPods Pro", "Galaxy Buds2 Pro", "Sony WH-1000XM5", "Bose QuietComfort 45", "JBL Tune 510BT"]
    found = classify(c01=[10 + (i * 7) % 90 for i in range(rows)], c02=[i % 3 == 0 for i in range(rows)],
                     c03=[(i * 5) % 16 for i in range(rows)], c04=[i % 4 == 0 for i in range(rows)],
                     c05=[phones[i % 5] for i in range(rows)])
    assert found["c03"] == "AUDIO_SETTING" and found["c04"] == "AUDIO_SETTING"
    # the volume beside the ringer mode
    found = classify(c01=[(i * 5) % 16 for i in range(rows)], c02=[["normal", "silent", "vibrate"][i % 3] for i in range(rows)],
                     c03=[phones[i % 5] for i in range(rows)])
    assert found["c01"] == "AUDIO_SETTING"
    # small counts beside a flag in a table of no audio (a basket's items, paid or not) stay unclaimed
    found = classify(c01=[(i * 5) % 16 for i in range(rows)], c02=[i % 4 == 0 for i in range(rows)],
                     c03=[f"order-{i}" for i in range(rows)])
    assert found["c01"] is None


COMPLAINTS = ["A entrega atrasou duas semanas e ninguém respondeu.", "Fui mal atendido na agência do centro.",
              "The app keeps logging me out before I can pay.", "Cobraram uma tarifa que eu não contratei.",
              "Waited forty minutes on the phone for nothing.", "Gostei do atendimento mas o site é lento."]


def test_prose_of_a_table_named_for_complaints_or_feedback_is_what_people_wrote():
    found = classify(name="banco_reclamacoes.csv", c01=[1, 2, 3, 4, 5, 6], c02=[7, 8, 9, 7, 8, 9], c03=COMPLAINTS)
    assert found["c03"] == "USER_CONTENT"
    # the same sentences in a table named for things (a catalogue's blurbs) are no one's words
    found = classify(name="product_catalog.csv", c01=[1, 2, 3, 4, 5, 6], c02=[7, 8, 9, 7, 8, 9], c03=COMPLAINTS)
    assert found["c03"] != "USER_CONTENT"


def test_dicom_age_strings_in_years_are_ages():
    # a DICOM study export's PatientAge: three digits and Y
    found = classify(c01=["076Y", "024Y", "058Y", "060Y", "042Y", "031Y"])
    assert found["c01"] == "AGE"
    # three digits and M are a size as often (`512M` of memory): no age by their values
    found = classify(c01=["100M", "512M", "256M", "128M", "064M", "032M"])
    assert found["c01"] is None


def test_numbers_of_a_people_key_with_gaps_beyond_chance_are_their_account_ids(tmp_path):
    """Customers numbered 103..496 with gaps (a third of the range, as a sales database keeps
    them): orders whose numbers all land on customers' numbers point at them, though a third of
    the range is too dense for a few numbers to tell; numbers spread over the range do not."""
    import random

    from tests.inventory.test_references24 import _best, _people, _results, _write
    rng = random.Random(7)
    ids = sorted(rng.sample(range(103, 497), 130))
    _people(tmp_path, "customers", ids)
    _write(tmp_path / "orders.csv", ["c01", "c02", "c03"],
           [[10100 + n, rng.choice(ids), rng.randint(103, 496)] for n in range(400)])
    orders = _results(tmp_path)["orders"]
    assert _best(orders, "c02") == "ACCOUNT_ID"
    assert _best(orders, "c03") is None  # any number of the range: a third of them land by chance
