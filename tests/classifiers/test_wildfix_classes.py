"""Classes of error that recur across the blind benchmarks of public data (benchmarks/wild..wild11),
each in the shape the public data has: API objects' `type` discriminators (GitHub, CloudTrail),
the one filled record of a small API table, names and places written in other conventions,
values that copy or derive from a column beside them."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample


def results(name: str, columns: dict[str, list], embedded: bool = False):
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    return classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=embedded)


def classify(name: str, columns: dict[str, list], embedded: bool = False) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns` (`embedded`: with
    the NER over undecided columns' values)."""
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results(name, columns, embedded)}


def test_an_api_objects_type_is_its_kind_not_a_users_role():
    # GitHub's `user.type` (User, Bot), CloudTrail's `userIdentity.type` (Root, AssumedRole, ...)
    issues = {"user.login": ["octocat", "dependabot[bot]", "hubot", "octocat", "monalisa"],
              "user.type": ["User", "Bot", "User", "User", "User"]}
    assert classify("github_issues.ndjson", issues)["user.type"] is None
    trail = {"userIdentity.type": ["AssumedRole", "Root", "AWSService", "AssumedRole", "IAMUser"],
             "userIdentity.userName": ["alice", "root", "bob", "alice", "carol"]}
    assert classify("cloudtrail.ndjson", trail)["userIdentity.type"] is None
    # an account object's `type` holding roles a user registers as still is one, and so are the
    # names that say so themselves
    accounts = {"account.type": ["seller", "buyer", "buyer", "creator", "seller", "buyer"],
                "user_type": ["User", "Bot", "User", "User", "User", "User"]}
    found = classify("accounts.ndjson", accounts)
    assert found["account.type"] == "USER_ROLE"
    assert found["user_type"] == "USER_ROLE"


def test_the_explanation_says_the_type_is_the_objects_kind():
    found = {r.sample.path: r for r in results("github_issues.ndjson", {"user.type": ["User"] * 6})}
    signals = [s.detail for d in found["user.type"].detections if d.entity == "USER_ROLE" for s in d.signals]
    assert any("the kind of its 'user' object" in detail for detail in signals)


def test_one_title_is_no_column_of_full_names():
    # the one filled `name:` of fourteen identity documents, a course's title in a credential offer
    documents = {"c14": [None] * 8 + ["Texas Driver License"] + [None] * 5,
                 "c13": [None, "In Company Training"] + [None] * 12}
    found = classify("id_documents.csv", documents)
    assert found["c14"] is None and found["c13"] is None
    # two people already are a column of names
    people = {"c04": ["Quentin Tarantino", "Uma Thurman", "John Travolta"]}
    assert classify("family_members.csv", people)["c04"] == "PERSON"


def test_a_full_name_with_its_surname_in_capitals_and_its_parts():
    # a genealogy export's family members, values alone: given names, surnames in capitals, both
    family = {"c01": ["quentintarantino", "umathurman", "johntravolta"],
              "c02": ["Quentin", "Uma", "John"], "c03": ["TARANTINO", "THURMAN", "TRAVOLTA"],
              "c04": ["Quentin TARANTINO", "Uma THURMAN", "John TRAVOLTA"],
              "c05": ["quentintarantino@hotmail.fr", "umathurman@outlook.fr", "johntravolta@icloud.com"]}
    found = classify("family_members.csv", family)
    assert found["c02"] == found["c03"] == found["c04"] == "PERSON"
    # capitals after a word that is no given name stay what they were
    products = {"c01": ["Sales EMEA", "Apple IPHONE", "Grand CANYON", "Support APAC", "Cloud AWS"]}
    assert classify("products.csv", products)["c01"] is None


def test_days_written_as_eight_digit_numbers_are_no_ones_id():
    # HL7 patients and a DICOM worklist, values alone: birth dates as integers `YYYYMMDD`
    patients = {"c01": ["55555^182P478", "12345-67^internal", "55555^LAB^1", "4019060^^^^EPI", "A1^B", "A2^B",
                        "A3^B", "A4^B"],
                "c02": ["Everywoman^Eve", "Doe^John", "Smith^Anna", "Brown^Carl", "Jones^Mary", "Miller^Tom",
                        "Davis^Kim", "Wilson^Lee"],
                "c06": [19651015, 19650601, 19600514, 19650601, 19480203, 19670824, 20001007, 19460101]}
    # (values23: in a table of people, four or more plausible birth days are their birth dates)
    assert classify("hl7_patients.csv", patients)["c06"] == "DATE_OF_BIRTH"
    # integer ids of eight digits beside the same names still are the people's
    patients["c06"] = [40818713, 55529043, 61236644, 70010093, 83920114, 91130452, 43310891, 29981734]
    assert classify("hl7_patients.csv", patients)["c06"] == "ACCOUNT_ID"


def test_a_word_and_a_counter_is_no_geohash():
    # a directory's generated uids, values alone, beside the people's e-mail addresses
    people = {"c01": ["Babette Ryndérs", "Theadora Ebérle", "Rôw O'Connér", "Dàsya Cozàrt"] * 10,
              "c02": [f"user{i}" for i in range(40)],
              "c06": [f"person{i}@example.com" for i in range(40)],
              "c07": [f"+1 408 555 {1000 + i}" for i in range(40)]}
    assert classify("ldap_people.csv", people)["c02"] != "GEOHASH"
    # street-level cells still are places, those that end in digits after letters too
    cells = {"c02": ["u4pruydqqvj", "dr5ru7c2", "9q8yyk8yt", "gcpvj0e5", "u33dc1v0", "dqcjqcp8", "9q9p3v5x",
                     "c23nb62w", "u10j4bqq", "sv8wrqf2", "wecptn9", "wtstc07", "wtsmy23", "wwgqn00"] * 4}
    assert classify("checkins.csv", cells)["c02"] == "GEOHASH"


def test_streets_and_places_named_after_people_are_no_people():
    # a generator's users (JSONPlaceholder): the street of each address, values alone
    users = {"c01": list(range(1, 11)),
             "c02": ["Leanne Graham", "Ervin Howell", "Clementine Bauch", "Patricia Lebsack", "Chelsey Dietrich",
                     "Dennis Schulist", "Kurtis Weissnat", "Nicholas Runolfsdottir", "Glenna Reichert",
                     "Clementina DuBuque"],
             "c07": ["Kulas Light", "Victor Plains", "Douglas Extension", "Hoeger Mall", "Skiles Walks",
                     "Norberto Crossing", "Rex Trail", "Ellsworth Summit", "Dayna Park", "Kattie Turnpike"]}
    found = classify("users.csv", users, embedded=True)
    assert found["c02"] == "PERSON"
    # in a table of people they are the street each lives on
    assert found["c07"] == "STREET_ADDRESS"
    # the same streets in a table of nothing personal are a list of streets
    assert classify("streets.csv", {"c07": users["c07"]}, embedded=True)["c07"] is None
    # an activity's place: a city, a county with its state's and country's codes
    activities = {"c14": ["San Francisco", "El Dorado County, CA, USA"]}
    assert classify("strava_activities.csv", activities)["c14"] != "PERSON"
    # credits still are people
    credits = {"c05": ["Angus Young, Malcolm Young, Brian Johnson", "Mark Knopfler, John Illsley",
                       "Freddie Mercury, Brian May"]}
    assert classify("albums.csv", credits)["c05"] == "PERSON"


def test_two_letter_codes_of_no_one_country_are_no_states():
    # HL7 observations, values alone: each result's value type (`CE`, `NM`, `ST`, `TX`, `FT`), beside
    # an address of the producing lab
    types = ["CE"] * 38 + ["NM"] * 20 + ["TS"] * 5 + ["FT"] * 5 + ["DT"] * 4 + ["ST"] * 4 + ["TX"] * 3
    observations = {"c02": types,
                    "c11": ["1234 Main Street, Springfield, IL 62701"] * 79}
    assert classify("hl7_observations.csv", observations)["c02"] is None
    # a customer's state, values alone beside their address, is still where they are
    states = ["CA", "NY", "TX", "WA", "FL", "IL", "ON", "BC", "NSW", "QC"] * 8
    customers = {"c02": states[:79], "c11": ["1234 Main Street, Springfield, IL 62701"] * 79}
    assert classify("customers.csv", customers)["c02"] == "REGION"
    # a world-wide customer base's states, under their name or none: dozens of countries' codes
    world = ["LI", "PA", "NI", "SJ", "NO", "CA", "SA", "ON", "IL", "ST", "SP", "LA", "QA", "GA", "NSW", "BY", "ZH",
             "QLD", "KA", "SM", "AB", "PL", "HA", "SY", "MI"] * 4
    address = ["1234 Main Street, Springfield, IL 62701"] * 100
    assert classify("customers.csv", {"State": world, "Address": address})["State"] == "REGION"
    assert classify("customers.csv", {"c02": world, "c11": address})["c02"] in ("REGION", "COUNTRY")


def test_the_local_part_of_the_email_beside_it_is_the_login():
    # a directory's people and a family's members, values alone: uid and e-mail side by side
    people = {"c01": ["Ännheimè", "Sàn Fråncêscô"] * 4, "c02": [f"user{i}" for i in range(8)],
              "c03": ["Babette Ryndérs", "Theadora Ebérle"] * 4, "c08": [f"user{i}@test.com" for i in range(8)]}
    assert classify("ldap_european_people.csv", people)["c02"] == "ACCOUNT_ID"
    family = {"c01": ["ADULT", "ADULT", "CHILD"], "c02": ["quentintarantino", "umathurman", "johntravolta"],
              "c05": ["quentintarantino@hotmail.fr", "umathurman@outlook.fr", "johntravolta@icloud.com"]}
    assert classify("family_members.csv", family)["c02"] == "ACCOUNT_ID"
    # a column that is not the address's local part stays what it was
    other = {"c02": ["alpha", "beta", "gamma", "delta", "omega", "kappa"],
             "c08": [f"user{i}@test.com" for i in range(6)]}
    assert classify("things.csv", other)["c02"] is None


def test_one_known_given_name_and_surname_is_a_name():
    # a Mastodon account's display name in each of its statuses: one distinct value, a person's
    statuses = {"c25": ["John Lennon"] * 117 + [None] * 23}
    assert classify("mastodon_statuses.csv", statuses)["c25"] == "PERSON"


def test_one_name_in_a_format_of_its_own_is_a_name():
    # HL7 visits and patients, values alone: the one attending doctor, the one mother's name
    visits = {"c05": ["2342^Elliott^John^J.^^^", None, None, None],
              "c07": ["9873^HIBBARD^JILLIAN^M.^^^", None]  * 2}
    found = classify("hl7_visits.csv", visits)
    assert found["c05"] == found["c07"] == "PERSON"


def test_a_column_that_copies_a_decided_one_holds_the_same_data():
    # Okta's devices: the display name and the resource's display name are the serial number
    serials = ["HQPWN2JYWK", "C02XL0GYJGH5", "F4GT82K1HG7F", "DMPVJ8Q7Q1GC", "R52N40ABCDZ", "G6TZ1234ABCD",
               "FVFXK0ABJ1WT"]
    devices = {"profile.displayName": serials, "profile.serialNumber": serials,
               "profile.udid": [f"00008120-001C5D4A3E3260{i}E" for i in range(10, 17)],
               "resourceDisplayName.value": serials}
    found = classify("okta_devices.ndjson", devices)
    assert found["profile.serialNumber"] == "DEVICE_ID"
    assert found["profile.displayName"] == found["resourceDisplayName.value"] == "DEVICE_ID"
    # one value in every row is a default, no copy
    constant = {"profile.serialNumber": serials, "profile.displayName": ["n/a"] * 7, "kind": ["n/a"] * 7}
    assert classify("okta_devices.ndjson", constant)["profile.displayName"] is None


def test_handles_with_and_without_their_server_are_accounts():
    # Mastodon statuses' `account.acct`: local users bare, remote ones as user@server
    acct = (["Gargron", "kate_l", "zefr", "nolan", "trwnh"] + [f"user{i}@hachyderm.io" for i in range(20)]) * 4
    assert classify("mastodon_statuses.ndjson", {"account.acct": acct})["account.acct"] == "ACCOUNT_ID"
    # an e-mail column with a few junk words still is one
    emails = [f"person{i}@example.org" for i in range(40)] + ["unknown"] * 5
    assert classify("customers.csv", {"contact": emails})["contact"] == "EMAIL_ADDRESS"


def test_a_copy_is_found_when_a_document_lacks_the_key():
    # the seventh device has no serial number: its display name is its owner's name for it
    serials = ["HQPWN2JYWK", "GW3M2TP2DH", "D9WLVTF4KX", "HPFJ7QVQ09", "MC45KF24NP", "J2K7Y951FG"]
    devices = {"profile.displayName": serials + ["Aniket’s iPhone"], "profile.serialNumber": serials,
               "resourceDisplayName.value": serials + ["Aniket’s iPhone"]}
    found = classify("okta_devices.ndjson", devices)
    assert found["profile.displayName"] == found["resourceDisplayName.value"] == "DEVICE_ID"
