"""Classes of error a blind benchmark of public data showed (benchmarks/wild25), each with values
written here: a typing study's key events (press and release times beside the keys), Japanese
forms' kanji names (氏名, 名前, 住所), Brazilian records (`logradouro`, `bairro`, `rg`, dotted
CPFs, names of five words), a phone's motion-sensor axes taken for coordinates, a `wifi` field
holding the network's name, and a leading `num` that counts."""
from __future__ import annotations

from classifiers.checksums import brazil_cpf
from classifiers.names import NameTokens
from tests.classifiers.support import best_entity, classify_table

DOWN = [5120433, 5120702, 5120958, 5121240, 5121511, 5121799, 5122030, 5122317]
UP = [5120541, 5120790, 5121077, 5121333, 5121640, 5121890, 5122151, 5122410]
KEYS = ["p", "a", "s", "s", "w", "o", "r", "d"]


def test_key_event_times_beside_the_keys_are_the_typing_rhythm():
    table = classify_table("keystrokes", {"UserId": [7] * 8, "Key": KEYS, "DownTime": DOWN, "UpTime": UP})
    assert table["DownTime"] == "KEYSTROKE_TIMING"
    assert table["UpTime"] == "KEYSTROKE_TIMING"
    # the 136M-keystrokes study's spelling
    table = classify_table("keystrokes", {"LETTER": KEYS, "PRESS_TIME": DOWN, "RELEASE_TIME": UP})
    assert table["PRESS_TIME"] == "KEYSTROKE_TIMING"
    # the same times with no keys beside them are a machine's, not a typist's
    table = classify_table("events", {"host": ["a", "b"] * 4, "DownTime": DOWN, "UpTime": UP})
    assert table["DownTime"] != "KEYSTROKE_TIMING"
    assert table["UpTime"] != "KEYSTROKE_TIMING"


def test_japanese_kanji_field_names():
    assert NameTokens.of("氏名").own == ("full", "name")
    assert NameTokens.of("氏名（カタカナ）").own == ("full", "name")
    assert NameTokens.of("名前").own == ("full", "name")
    assert NameTokens.of("住所").own == ("address",)
    assert best_entity("氏名", ["滝雛", "富田理絵", "山口果穂", "丹羽小雪", "中川由美", "原口広幸"]) == "PERSON"
    assert best_entity("氏名（カタカナ）", ["タキヒナ", "トミダリエ", "ヤマグチカホ", "タンバコユキ"]) == "PERSON"
    assert best_entity("住所", ["東京都品川区東品川1-1-1", "茨城県水戸市三の丸1-5-38", "大阪府大阪市北区梅田3-1-1"]) \
        == "STREET_ADDRESS"
    assert best_entity("生年月日", ["1962/05/16", "1978/12/26", "1982/02/18", "1983/07/28"]) == "DATE_OF_BIRTH"


def test_portuguese_address_parts():
    assert NameTokens.of("logradouro").own == ("street", "address")
    assert NameTokens.of("bairro").own == ("neighborhood",)
    streets = ["Rua das Acácias", "Avenida Graça Aranha", "Travessa Vila Rica", "Rua Trinta e Um de Março"]
    assert best_entity("logradouro", streets) == "STREET_ADDRESS"
    # neighbourhoods that read like people's names (`Jorge Teixeira`, `Dom Bosco`) by their name
    assert best_entity("bairro", ["Jorge Teixeira", "Dom Bosco", "Novo Aleixo", "Passo das Pedras",
                                  "Tabuleiro do Martins"]) == "CITY"


def test_brazils_identity_documents_and_long_names():
    assert brazil_cpf("529.982.247-25")
    assert not brazil_cpf("529.982.247-26")
    assert not brazil_cpf("111.111.111-11")
    cpfs = ["529.982.247-25", "453.178.287-91", "111.444.777-35", "935.411.347-80", "390.533.447-05"]
    assert best_entity("cpf", cpfs) == "GOVERNMENT_ID"
    # a CPF's dotted form with its check digits is telling without a name
    assert best_entity("c03", cpfs) == "GOVERNMENT_ID"
    assert best_entity("c03", ["529.982.247-26", "453.178.287-92", "111.444.777-36", "935.411.347-81"]) \
        != "GOVERNMENT_ID"
    assert best_entity("rg", ["16.602.818-6", "26.881.017-5", "20.227.247-3", "34.097.708-X"]) == "GOVERNMENT_ID"
    # two given names and two surnames with their particles
    names = ["Luna Isabelle Rosângela da Mata", "Rodrigo Francisco Fábio Corte Real",
             "Isis Isabella Fabiana Viana", "Anderson Pietro Carlos Eduardo Viana", "Breno Levi Luan Jesus"]
    assert best_entity("nome", names) == "PERSON"
    assert best_entity("nome_mae", ["Rosângela Tânia", "Nicole Laura Isadora", "Lúcia Isabelly Rayssa"]) == "PERSON"


def test_motion_sensor_axes_are_no_coordinates():
    gravity = {"gravityX": [0.237026, 0.153827, 0.737115, 0.700304, 0.642544, 1.061679],
               "gravityY": [4.698321, 4.762366, 5.004480, 6.135591, 6.307524, 6.251560],
               "gravityZ": [8.604611, 8.571093, 8.401254, 7.617901, 7.481282, 7.480534]}
    table = classify_table("touches", {"RawX": [638.75, 597.5, 316.875, 176.25, 621.25, 575.0],
                                       "RawY": [938.1818, 844.8485, 1052.7273, 949.697, 961.8182, 863.0303],
                                       **gravity})
    assert all(table[axis] != "GPS_COORDINATE" for axis in gravity)
    # the same numbers named as a map's stay coordinates
    table = classify_table("fixes", {"lat": gravity["gravityY"], "lon": gravity["gravityZ"]})
    assert table["lat"] == "GPS_COORDINATE"


def test_a_wifi_field_of_network_names_is_no_network_type():
    assert best_entity("properties.wifi", ["launchpad", "", "Home Wifi", "CoffeeShop-Guest"]) != "NETWORK_TYPE"
    # a `wifi` flag or a type still is one
    assert best_entity("wifi", ["true", "false", "true", "true"]) == "NETWORK_TYPE"
    assert best_entity("network", ["wifi", "4g", "wifi", "lte"]) == "NETWORK_TYPE"


def test_a_leading_num_counts():
    assert NameTokens.of("num_sta").own == ("count", "sta")
    assert NameTokens.of("user-num_sta").own == ("user", "count", "sta")
    assert best_entity("user-num_sta", [12, 20, 4, 0, 7, 3, 1, 9]) is None
    # a thing's own number keeps its `num` (French and Spanish names lead with it)
    assert NameTokens.of("num_tel").own == ("num", "tel")
    assert NameTokens.of("phone_num").own == ("phone", "num")


def test_dotted_numbers_past_255_are_no_ip_addresses():
    # a CPF written in four dotted groups (`200.100.300.22`) is no IPv4 address: its name stands
    assert best_entity("cpf_cliente", ["555.555.555.55", "200.100.300.22", "301.412.523.63"]) == "GOVERNMENT_ID"
    assert best_entity("cpf_cliente", ["10.0.0.12", "192.168.1.20", "172.16.4.1"]) != "GOVERNMENT_ID"


def test_feedback_and_complaints_are_what_people_wrote():
    texts = ["Estou gostando do atendimento, mas o banco tem muito que melhorar ainda.",
             "Serviço rápido com entrega do que é pedido.",
             "Estou tendo muitos problemas com o aplicativo desde ontem."]
    assert best_entity("feedbacks", texts) == "USER_CONTENT"
    assert best_entity("reclamacoes", texts) == "USER_CONTENT"


def test_a_number_beside_its_area_code_is_a_phone_number():
    # Brazilian forms keep the DDD (area code) apart from the subscriber's number
    table = classify_table("telefone", {"ddd": ["41", "82", "86", "21", "95"],
                                        "numero": ["999570146", "39945903", "35006330", "997538804", "38416516"]})
    assert table["numero"] == "PHONE_NUMBER"
    # without the area code beside it, or of another shape, a `numero` is any number
    assert classify_table("t", {"numero": ["999570146", "39945903", "35006330"]})["numero"] is None
    assert classify_table("t", {"area_code": ["41", "82", "86"], "number": ["10293", "10294", "10295"]})["number"] \
        is None
