"""Values alone (issue 10, session 28): classes of personal data told by their values and their
table when every column is named `c01…`. Values written here, not copied from a benchmark."""
from __future__ import annotations

from tests.classifiers.support import classify_export as classify


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


def test_latin_american_networks_codes_are_carriers_and_their_imsis_device_ids():
    # a telecom's sessions: each subscriber's SIM network (MCC+MNC) and IMSI, Brazil and Argentina
    networks = ["72404", "72406", "72234", "722310", "72404", "72406", "72234", "722310", "72405", "73001"] * 4
    imsis = [f"{n}{i:0{15 - len(n)}d}" for i, n in enumerate(networks, start=4815162)]
    found = classify(c01=[int(n) for n in networks], c02=[int(i) for i in imsis])
    assert found["c01"] == "MOBILE_CARRIER"
    assert found["c02"] == "IMSI" or found["c02"] == "DEVICE_ID"


def test_country_names_in_other_languages_are_places():
    # a Spanish-language app's users' countries, in a table about people (their e-mails)
    countries = ["Brasil", "México", "España", "Argentina", "Alemania", "Estados Unidos", "Brasil", "México"]
    emails = [f"persona{i}@correo.example" for i in range(len(countries))]
    found = classify(c01=emails, c02=countries)
    assert found["c02"] in ("COUNTRY", "LOCATION")


def test_phone_numbers_stored_without_their_plus_are_phone_numbers():
    # E.164 numbers kept in an integer column: Spain, Germany, Japan, the US, Brazil
    numbers = [34612345678, 4915112345678, 819012345678, 14155552671, 5511987654321, 34687654321,
               4917612345678, 819087654321, 12025550123, 5521998765432]
    found = classify(c01=numbers)
    assert found["c01"] == "PHONE_NUMBER"
    # ids of eleven to thirteen digits are no phone numbers
    found = classify(c01=[10000000001 + 7919 * i for i in range(10)])
    assert found["c01"] != "PHONE_NUMBER"


def test_device_models_written_in_lower_case_are_models():
    # an analytics pipeline that folds its properties: iPhones as Apple names them, Androids lower-cased
    models = ["iPhone 14", "sm-a546e", "redmi note 12", "pixel 8 pro", "cph2451", "moto g84 5g", "iPhone 15 Pro",
              "sm-s918b", "asus_ai2302", "pixel 7a"]
    found = classify(c01=models * 3)
    assert found["c01"] == "DEVICE_MODEL"


def test_test_range_ssns_in_a_table_of_people_are_government_ids():
    # a generator's patients: names, birth dates and SSNs of the never-issued 999 area
    found = classify(name="patients.csv",
                     c01=["Margaret Whitlock", "Thomas Abernathy", "Ingrid Solberg", "Robert Kowalczyk",
                          "Elena Ferreira", "Daniel Okonkwo"],
                     c02=["1952-03-14", "1987-11-02", "1961-05-01", "1969-07-30", "1991-01-09", "1975-05-21"],
                     c03=["999-26-9016", "999-14-6692", "999-93-5213", "999-87-7431", "999-60-1185", "999-22-5276"])
    assert found["c03"] == "US_SSN"
    # the same grouped numbers in a table of parts say nothing of anyone
    found = classify(name="parts.csv", c01=["Widget", "Gadget", "Sprocket", "Flange", "Gear", "Valve"],
                     c02=["999-26-9016", "999-14-6692", "999-93-5213", "999-87-7431", "999-60-1185", "999-22-5276"])
    assert found["c02"] is None


def test_ids_whose_prefix_names_a_person_are_account_ids():
    # a telemetry table's user column: `usr_` and hex, some rows without a user
    ids = ["usr_bc582189", "usr_f293de70", None, "usr_5c34f5f8", "usr_98a197af", "usr_fb1d8f25", None, "usr_3dc8be33"]
    found = classify(c01=ids * 3, c02=[12.5, 13.1, 11.0, 9.8, 10.2, 14.4, 8.1, 7.7] * 3)
    assert found["c01"] == "ACCOUNT_ID"
    # event names and versions that start with the same words are no ids
    found = classify(c01=["user_engagement", "user_signup", "customer_support", "user_v2", "member_login"] * 4)
    assert found["c01"] != "ACCOUNT_ID"


def test_event_names_of_typing_and_automatic_capture_are_behaviour():
    # a product-analytics export: who (an id), when, and which event (PostHog's built-in ones)
    events = ["$autocapture", "$pageview", "$pageleave", "signed_up", "$autocapture", "$pageview"] * 4
    found = classify(c01=[f"usr_{i:08x}a" for i in range(24)], c02=events)
    assert found["c02"] == "BEHAVIORAL_EVENT"


def test_accented_city_names_complete_an_address_block():
    # a Brazilian register: person, e-mail, CEP, street, number, district, city, state
    found = classify(c01=["Luna Isabelle da Mata", "Breno Levi Jesus", "Nicole Laura Souza", "Antonio Guilherme Jesus",
                          "Felipe Juan Corte Real"],
                     c02=["luna@mail.example", "breno@mail.example", "nicole@mail.example", "antonio@mail.example",
                          "felipe@mail.example"],
                     c03=["79090-370", "57060-152", "79831-220", "71515-120", "63031-200"],
                     c04=["Rua Hotel", "Travessa Vila Rica", "Rua Trinta e Um de Março", "Avenida Paulista", "Rua Monsenhor Azarias"],
                     c05=["654", "849", "12", "77", "3"],
                     c06=["Campo Grande", "Maceió", "Dourados", "Brasília", "Juazeiro do Norte"],
                     c07=["MS", "AL", "MS", "DF", "CE"])
    assert found["c06"] in ("CITY", "LOCATION")


def test_panel_sizes_no_list_names_yet_beside_a_device_model_are_screen_dimensions():
    # an event collector's device table: row id, width, height, Android API level, model code
    sizes = [(1200, 2670), (1200, 2664), (1440, 3168), (1220, 2712), (1264, 2780), (1084, 2412)] * 5
    models = ["23127PN0CC", "BVL-AN00", "PJD110", "2312DRA50C", "V2309A", "CPH2581"] * 5
    found = classify(name="device_data.csv", c01=list(range(1, 31)), c02=[w for w, _ in sizes],
                     c03=[h for _, h in sizes], c04=[34, 33, 34, 31, 34, 33] * 5, c05=models)
    assert found["c02"] == "SCREEN_RESOLUTION" and found["c03"] == "SCREEN_RESOLUTION"
    # two columns of amounts of the same magnitude vary row by row: no panels
    found = classify(name="device_data.csv", c01=list(range(1, 31)), c02=[1200 + 14 * i for i in range(30)],
                     c03=[2600 + 22 * i for i in range(30)], c05=models)
    assert found["c02"] is None and found["c03"] is None


def test_makers_beside_a_model_code_are_the_devices_makers():
    # Build.MODEL then Build.BRAND of an app's devices, nothing else in the table
    models = ["23127PN0CC", "BVL-AN00", "PJD110", "2312DRA50C", "V2309A", "CPH2581"] * 5
    makers = ["Xiaomi", "HONOR", "OnePlus", "Redmi", "vivo", "OPPO"] * 5
    found = classify(c01=models, c02=makers)
    assert found["c01"] == "DEVICE_MODEL" and found["c02"] == "DEVICE_MODEL"


def test_android_releases_with_their_api_level_are_operating_systems():
    # a crash reporter's devices: Android with its API level, iOS as bare versions
    systems = ["14 (API 33)", "12 (API 31)", "11 (API 30)", "13 (API 32)", "17.3", "17.3.1", "14 (API 33)", "16.7.5"]
    found = classify(c01=systems * 4)
    assert found["c01"] == "OPERATING_SYSTEM"


def test_a_people_tables_key_after_constant_columns_is_their_account_id():
    # a clinical trial's patients as CDISC writes them: study and domain constant, then the subject
    subjects = [f"01-701-{n}" for n in (1015, 1023, 1028, 1033, 1034, 1047, 1097, 1111, 1115, 1118)]
    found = classify(name="patients.csv", c01=["CDISCPILOT01"] * 10, c02=["DM"] * 10, c03=subjects,
                     c04=[34, 45, 29, 51, 38, 62, 41, 57, 33, 48],
                     c05=["F", "M", "F", "M", "F", "F", "M", "F", "M", "M"])
    assert found["c03"] == "ACCOUNT_ID"
    assert found["c01"] is None and found["c02"] is None


def test_a_town_state_and_zip_followed_by_the_country_is_an_address():
    # a shipment's destination as an international shipper writes it
    found = classify(c01=[1, 2, 3, 4, 5, 6], c02=["Jobstown, NJ 08041 USA", "Marlborough, MA 01752 USA",
                                                  "Austin, TX 78701 USA", "Salem, OR 97301 USA",
                                                  "Dayton, OH 45402 USA", "Provo, UT 84601 USA"])
    assert found["c02"] == "STREET_ADDRESS"


def test_addresses_labelled_email_instead_of_mailto_are_emails():
    # a patient header's telecom values as some EHR vendors write them
    found = classify(c01=["email:judith.schulz@mail.example", "email:dennis.wilson@mail.example",
                          "email:arthur.tynan@mail.example", "email:samuel.finch@mail.example",
                          "email:john.mccarroll@mail.example"])
    assert found["c01"] == "EMAIL_ADDRESS"


def test_birth_timestamps_mostly_at_midnight_are_birth_dates():
    # a person table's birth dates kept as DATETIME: midnights, and a test fixture's odd moments
    from datetime import datetime
    births = [datetime(1948, 1, 1), datetime(1975, 4, 8), datetime(1975, 5, 27), datetime(1976, 8, 25),
              datetime(1965, 9, 30, 12, 34, 56, 700000), datetime(1995, 9, 30, 12, 34, 56, 700000)]
    found = classify(name="person.csv", c01=[1, 2, 6, 7, 42, 43], c02=["M", "M", "M", "F", "M", "M"], c03=births)
    assert found["c03"] == "DATE_OF_BIRTH"
    # events of the same people at any time of day are no births
    events = [datetime(1998, 1, 1, 9, 14, 3), datetime(2005, 4, 8, 17, 2, 44), datetime(2011, 5, 27, 8, 41, 5),
              datetime(2016, 8, 25, 22, 10, 9), datetime(2019, 9, 30, 12, 34, 56), datetime(2021, 9, 30, 6, 5, 1)]
    found = classify(name="person.csv", c01=[1, 2, 6, 7, 42, 43], c02=["M", "M", "M", "F", "M", "M"], c03=events)
    assert found["c03"] != "DATE_OF_BIRTH"


def test_bare_cpf_numbers_in_a_table_of_people_are_government_ids():
    # a register of persons (`cadastro_pessoa`): given names, then each CPF as an integer (check digits hold)
    found = classify(name="cadastro_pessoa.csv", c01=["Iago", "Pedro", "Cauê", "Breno", "Thiago"],
                     c02=[86730543540, 55565893569, 38767897100, 78673781620, 72788740417])
    assert found["c02"] == "GOVERNMENT_ID"
    # eleven-digit mobile numbers beside the same names fail the check digits: no CPFs
    found = classify(name="cadastro_pessoa.csv", c01=["Iago", "Pedro", "Cauê", "Breno", "Thiago"],
                     c02=[11987654321, 21998765432, 31991234567, 41987651234, 51999887766])
    assert found["c02"] != "GOVERNMENT_ID"
