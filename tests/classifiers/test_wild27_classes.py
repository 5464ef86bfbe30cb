"""Classes of error a blind benchmark of public data showed (benchmarks/wild27), each with values
written here: a battery's readings in a table named for the battery, a sensor's battery glued to
its code (`wh65batt`), a chat export's sender beside its key, forms of address, a catalogue of
published works, a hospital's landlines, emergency contacts and record numbers, a role's name,
an organisation's own row, short messages by a named sender, PostgreSQL arrays, aircraft,
accessibility labels and Android's uids in logcat."""
from __future__ import annotations

from tests.classifiers.support import best_entity, classify_export, classify_table


def test_readings_in_a_battery_table_are_the_batterys_state():
    # Android's BatteryManager extras, one row a reading, in a table of their own
    table = classify_table("device_battery", {
        "level": [100, 96, 96, 3, 3, 100, 57, 12],
        "health": [2, 2, 2, 2, 2, 2, 2, 2],
        "status": [4, 2, 2, 3, 3, 5, 2, 3],
        "voltage": [5000, 4210, 4217, 3576, 3580, 4292, 4001, 3650],
        "ts": [3.884, 5.125, 7.282, 1.306, 3.187, 1.09, 4.847, 9.5]})
    assert table["level"] == "BATTERY_STATE"
    assert table["status"] == "BATTERY_STATE"
    assert table["voltage"] == "BATTERY_STATE"
    assert table["ts"] != "BATTERY_STATE"
    # the same names in a table of something else say nothing of a battery
    other = classify_table("game_players", {"level": [12, 40, 3, 55, 7, 19, 23, 8],
                                            "status": [4, 2, 2, 3, 3, 5, 2, 3]})
    assert other["level"] != "BATTERY_STATE"
    assert other["status"] != "BATTERY_STATE"


def test_a_sensors_battery_glued_to_its_code_is_battery_state():
    assert best_entity("wh65batt", ["0", "1", "0", "0"]) == "BATTERY_STATE"
    assert best_entity("leakbatt1", ["5", "4", "5", "3"]) == "BATTERY_STATE"
    assert best_entity("lowbatt", [0, 1, 0, 0]) == "BATTERY_STATE"
    # a word that merely ends in the letters is no battery
    assert best_entity("combat", ["0", "1", "0", "0"]) != "BATTERY_STATE"


def test_a_senders_name_and_key_in_a_chat_export_are_the_account():
    # Telegram Desktop's export: who sent each message, by name or handle and by key
    table = classify_table("messages", {
        "id": [1, 2, 3, 4, 5, 6],
        "type": ["message"] * 6,
        "from": ["Marjory.Cartwright", "Christelle61", "Coy99", "Judson.Adams", "Judson.Adams", "Brody9"],
        "from_id": [19, 7, 6, 8, 8, 3],
        "text": ["Incidunt consequuntur alias.", "Aperiam a eveniet provident nobis.", "Quia neque accusantium.",
                 "Impedit nemo ratione sequi.", "Sapiente aperiam voluptates.", "Dolor sit amet."]})
    assert table["from"] in {"ACCOUNT_ID", "PERSON"}
    assert table["from_id"] == "ACCOUNT_ID"
    # a route's ends by airport code and key are no accounts
    routes = classify_table("routes", {"from": ["JFK", "LAX", "ORD", "CVG", "ATL", "DEN"],
                                       "from_id": [1, 2, 3, 4, 5, 6]})
    assert routes["from"] != "ACCOUNT_ID"
    assert routes["from_id"] != "ACCOUNT_ID"


def test_a_title_of_forms_of_address_is_no_writing():
    # a hospital's doctors, each keyed to the user who keeps the record
    table = classify_table("doctors", {
        "user_id": [4, 5, 6, 7, 8, 9],
        "title": ["Dr.", "Dr. (Ms.)", "Prof.", "Dr.", "Dr. (Ms.)", "Mr."],
        "first_name": ["Imaran", "Xalak", "Mukesh", "Priya", "Lorum", "Meera"]})
    assert table["title"] != "USER_CONTENT"
    # a post's title by its user is still what they wrote
    posts = classify_table("posts", {
        "user_id": [4, 5, 6, 7, 8, 9],
        "title": ["My first garden harvest", "Why I quit my job", "Best ramen in town?",
                  "Help with my bike chain", "Sunset at the lake", "Finally finished the quilt"]})
    assert posts["title"] == "USER_CONTENT"


def test_a_books_title_in_a_catalogue_is_no_users_writing():
    table = classify_table("books", {
        "book_id": [1, 2, 3, 4, 5, 6],
        "title": ["Spring in action", "Effective Java", "Code Complete", "Clean Code", "Design patterns",
                  "The Pragmatic Programmer"],
        "isbn": ["161729120X", "0134685997", "0735619670", "0132350882", "0201633612", "020161622X"],
        "author": ["Craig Walls", "Joshua Bloch", "Steve McConnell", "Robert Martin", "Erich Gamma", "David Thomas"]})
    assert table["title"] != "USER_CONTENT"


def test_a_hospitals_other_numbers_and_keys_of_its_people():
    table = classify_table("patients", {
        "id": [2, 3, 4, 5, 6, 7],
        "first_name": ["Rahul", "Geetika", "Dev", "Anika", "Ravi", "Meera"],
        "phone_number": ["+91-9876543210", "0121199426", "0267142068", "9812345678", "9811122233", "9141015050"],
        "landline": ["020-25478965", "04918111784", "5568319668", "020-25478966", "04918111785", "5568319669"],
        "emergency_contact": [9811122233, 8888888888, 9683574635, 4903099515, 9105483820, 9812345670],
        "mrd_number": ["316825299915778", "353024548920776", "944943575336234", "316825299915779",
                       "353024548920777", "944943575336235"]})
    assert table["landline"] == "PHONE_NUMBER"
    assert table["emergency_contact"] == "PHONE_NUMBER"
    assert table["mrd_number"] == "ACCOUNT_ID"
    doctors = classify_table("doctors", {"id": [3, 4, 5, 6, 7, 8],
                                         "first_name": ["Mukesh", "Imaran", "Xalak", "Priya", "Lorum", "Meera"]})
    assert doctors["id"] == "ACCOUNT_ID"
    # the name of an emergency contact is a person's, not a number
    assert best_entity("emergency_contact_name", ["Jane Smith", "Rahul Verma", "Maria Lopez", "John Doe"]) != "PHONE_NUMBER"


def test_a_roles_name_is_the_persons_name_not_the_account():
    # one organisation's record names its owner once: the name has to speak
    assert best_entity("owner_name", ["Dr. Meera Deshmukh"]) == "PERSON"
    assert best_entity("creator_name", ["Meera Deshmukh"]) == "PERSON"
    # a user name is still a login
    assert best_entity("user_name", ["mukesh", "priya.sharma", "rverma90", "xdave"]) == "ACCOUNT_ID"


def test_an_organisations_own_name_and_numbers_are_no_persons():
    # one hospital's record in a hospital management system
    table = classify_table("hospitals", {
        "id": [3],
        "name": ["Green Valley Center"],
        "city": ["Pune"],
        "phone_number": ["+91-9876543210"],
        "registration_number": ["GVMC-202506"],
        "license_number": ["MH-GVMC-2023-7865"],
        "external_id": ["GVMC001"],
        "number_of_beds": [150]})
    assert table["name"] != "PERSON"
    assert table["license_number"] != "GOVERNMENT_ID"
    assert table["external_id"] != "ACCOUNT_ID"
    # a table of people keeps its names and licences
    doctors = classify_table("doctors", {"name": ["Imaran Pandey", "Xalak Dave", "Priya Sharma", "Rahul Verma"],
                                         "email": ["imaran.pandey0@hospital.com", "xalak.dave1@hospital.com",
                                                   "priya.sharma@example.com", "rahul.verma90@example.com"]})
    assert doctors["name"] == "PERSON"


def test_short_messages_beside_the_senders_name_are_writing():
    # Facebook Messenger's download: who sent each message by the name it shows; the other
    # messages are a file, a sticker, a call, with no text (nulls, as a scan samples them)
    table = classify_export(
        "messages.jsonl",
        sender_id_INTERNAL=[0, 0, 0, 0, 0, 0, 0],
        sender_name=["Alice", "Bob", "Bob", "Bob", "Alice", "Bob", "Bob"],
        timestamp_ms=[1415147732056, 1415147681489, 1415147325354, 1415147308604, 1415147297141, 1415147254275,
                      1415147240411],
        content=["Hello", "Whats up!", "you what", None, None, None, None])
    assert table["content"] == "USER_CONTENT"


def test_a_postgres_array_of_items_is_no_address():
    # one hospital's row, as pg_dump writes its `text[]` column
    facilities = ['{ICU,MRI,"CT Scan",Pharmacy,"24x7 Ambulance"}']
    assert best_entity("facilities", facilities) != "STREET_ADDRESS"
    # an address line is still one
    assert best_entity("address", ["123 Greenway Road", "25 Nehru Nagar", "44 Kala Path", "902 Dua Circle"]) \
        == "STREET_ADDRESS"


def test_aircraft_are_no_devices():
    planes = ["Airbus A350", "Boeing 747-8", "Airbus A320", "Boeing 777", "Airbus A330-900", "Boeing 787",
              "LockheedMartin LM-100J", "Embraer E175"]
    assert best_entity("model_name", planes) != "DEVICE_MODEL"
    # phones stay devices
    assert best_entity("model_name", ["iPhone 13 Pro", "Pixel 7", "Galaxy S23", "Redmi Note 12"]) == "DEVICE_MODEL"


def test_an_accessibility_label_is_no_writing():
    labels = ["Add Attributes", "Key", "Value", "Save", "Open from gallery", "About app", "Large brush"]
    assert best_entity("contentDescription", labels) != "USER_CONTENT"


def test_a_uid_in_an_android_log_is_an_apps_no_persons_account():
    uids = [1000, 10013, 10032, 1000, 2000, 10029]
    logcat = classify_table("device.log", {"WifiService.uid": uids}, kind="logcat")
    assert logcat["WifiService.uid"] != "ACCOUNT_ID"
    # a Linux audit log's uid of a person who logged in stays an account
    audit = classify_table("audit.log", {"sshd.uid": [1000, 1001, 1002, 1000, 1003, 1001]}, kind="text-log")
    assert audit["sshd.uid"] == "ACCOUNT_ID"
