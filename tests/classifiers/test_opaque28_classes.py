"""Values alone (issue 10, session 28): classes of personal data told by their values and their
table when every column is named `c01…`. Values written here, not copied from a benchmark."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample


def classify(name: str = "export.csv", **columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=path, values=pa.array([v for v in values if v is not None]),
                          null_ratio=sum(v is None for v in values) / len(values))
              for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="csv", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_streets_written_type_first_without_a_number_are_addresses():
    # a register's street column beside its house number: Portuguese, Spanish, French streets
    found = classify(c01=[1, 2, 3, 4, 5, 6],
                     c02=["Rua Ipero", "Avenida Graça Aranha", "Travessa Garoá", "Rua dos Gerânios",
                          "Calle Mayor", "Rue de la Paix"],
                     c03=["654", "849", "12", "s/n", "77", "3"])
    assert found["c02"] == "STREET_ADDRESS"
    # streets are no one's name, though a surname may follow the type (`Rua Francisco Vieira`)
    found = classify(c01=["Rua Francisco Vieira", "Rua Tomás Gonzaga", "Avenida Paulo Freire",
                          "Rua Monsenhor Azarias Sobreira", "Travessa Vila Rica"])
    assert found["c01"] == "STREET_ADDRESS"
    # words that merely start like a street type stay what they are
    found = classify(c01=["Rueda Grande", "Avenidas of Light", "Cours online", "Via satellite", "Ruaha river"])
    assert found["c01"] != "STREET_ADDRESS"


def test_full_names_of_five_words_and_particles_anywhere_are_names():
    # Portuguese and Spanish full names: given names, then surnames joined by `da`, `dos`, `de`
    found = classify(c01=["Rodrigo Murilo Enrico da Mata", "Anderson Pietro Carlos Eduardo Viana",
                          "Isabel Valentina da Luz", "Luana Beatriz dos Santos", "Heitor Vicente das Neves",
                          "María José de la Fuente"])
    assert found["c01"] == "PERSON"


def test_given_names_in_a_table_of_people_are_names():
    # a register: given names (Brazilian, Spanish, Galician), the person's e-mail, sex and birth date
    given = ["Iago", "Pedro", "Cauê", "Breno", "Thiago", "Ariana"]
    emails = [f"{g.lower()}.{i}@mailbox.example" for i, g in enumerate(given)]
    found = classify(c01=given, c02=emails, c03=["M", "M", "M", "M", "M", "F"],
                     c04=["1990-02-11", "1985-07-30", "1979-12-01", "2001-05-17", "1995-03-08", "1988-09-21"])
    assert found["c01"] == "PERSON"
    # surnames in capitals, as an old register keeps them
    surnames = ["SMITH", "NEWMAN", "MILLER", "ROSS", "CLARK", "JOHNSON"]
    found = classify(c01=surnames, c02=emails, c03=["M", "M", "M", "M", "M", "F"])
    assert found["c01"] == "PERSON"
    # the same table's months and cities hold given-name-list words (`June`, `Florence`): no names
    found = classify(c01=["June", "April", "May", "August", "June", "July"], c02=emails,
                     c03=["Florence", "Victoria", "Austin", "Paris", "Georgia", "Jordan"])
    assert found["c01"] is None and found["c03"] != "PERSON"
    # given names in a table of nothing about people (a product line's code names) stay unclaimed
    found = classify(c01=given, c02=[10, 20, 30, 40, 50, 60])
    assert found["c01"] is None


def test_portuguese_and_spanish_table_names_of_people_make_a_table_of_people():
    # `cadastro_pessoa` (a register of persons), `funcionario` (employees): their given names
    found = classify(name="cadastro_pessoa.csv", c01=["Iago", "Pedro", "Cauê", "Breno", "Thiago"],
                     c02=["alpha", "beta", "gamma", "delta", "epsilon"])
    assert found["c01"] == "PERSON"
