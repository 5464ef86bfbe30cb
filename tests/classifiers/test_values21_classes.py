"""Values alone (issue 10, session 21): classes of personal data told by their values and their
neighbours when every column is named `c01…`. Values written here, not copied from a benchmark."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample

LOGINS = ["skyline42", "m_ortega", "QuietFox", "devnull7", "amara-k", "tlin", "zedd", "poppy_r", "hk99", "j0nas"]
NUMBERS = [5120, 88231, 731, 4409912, 1203, 6610, 91002, 30311, 7734, 555012]


def classify(**columns: list) -> dict[str, str | None]:
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name="export.csv", source="test", kind="csv", fields=fields),
                               embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_ids_and_logins_that_a_profile_link_of_the_row_spells_out_are_accounts():
    found = classify(c01=LOGINS, c02=[float(n) for n in NUMBERS],  # a float column's whole ids: `5120.0`
                     c03=[f"https://avatars.example.net/u/{n}?s=64" for n in NUMBERS],
                     c04=[f"https://code.example.org/{login}" for login in LOGINS], c05=list(range(10)))
    # the avatar's `/u/<id>` path names a user itself; then the login its one-segment link spells
    assert found["c02"] == "ACCOUNT_ID" and found["c01"] == "ACCOUNT_ID"
    # the links are the account's own, no pages someone visited; the row number stays a number
    assert found["c03"] is None and found["c04"] is None and found["c05"] is None


def test_a_one_segment_link_alone_is_a_page_not_a_profile():
    # a site's pages beside their slugs: one-segment paths too, in a table of nothing personal
    slugs = ["about", "contact", "pricing", "blog", "careers", "docs", "press", "terms", "privacy", "help"]
    found = classify(c01=slugs, c02=[f"https://www.example.com/{s}" for s in slugs], c03=list(range(10)))
    assert found["c01"] is None
    # and a value the link does not spell out row by row (shuffled) is nothing to it
    shifted = [f"https://avatars.example.net/u/{n}" for n in NUMBERS[1:] + NUMBERS[:1]]
    assert classify(c01=NUMBERS, c02=shifted)["c01"] is None


def test_a_screen_written_on_some_events_only_is_still_a_screen():
    agents = ["Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile",
              "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile",
              "Mozilla/5.0 (Linux; Android 14; Pixel 8 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile"] * 8
    # a Galaxy Ultra's 1440x3088, a Pixel 8 Pro's 1344x2992 and an iPhone 15's 1179x2556, on two
    # events of three: the CSV reader gives the sparse columns as floats (`1440.0`)
    sides = [(1440, 3088), (1179, 2556), (1344, 2992)] * 8
    width = [float(w) if i % 3 else None for i, (w, _) in enumerate(sides)]
    height = [float(h) if i % 3 else None for i, (_, h) in enumerate(sides)]
    found = classify(c01=agents, c02=[f"10.0.{i}.7" for i in range(24)], c03=width, c04=height)
    assert found["c03"] == "SCREEN_RESOLUTION" and found["c04"] == "SCREEN_RESOLUTION"
    # measurements with fractions beside the same devices are no screen
    fractions = [w + 0.5 if w is not None else None for w in width]
    found = classify(c01=agents, c02=[f"10.0.{i}.7" for i in range(24)], c03=fractions, c04=height)
    assert found["c03"] is None


NOTES = ["No pickles on mine please", "Can we move the call to Friday", "Thanks, that fixed it", "Running ten minutes late",
         "Left the keys at the front desk", "Happy birthday to you both", "Is the blue one still available",
         "See you at the station", "Great photos from the trip", "Please ring the bell twice"]


def test_short_sentences_beside_a_person_are_what_that_person_wrote():
    emails = [f"writer{i}@post.example" for i in range(10)]
    assert classify(c01=emails, c02=NOTES)["c02"] == "USER_CONTENT"
    # the same sentences in a table of nothing personal, and a package list's short descriptions,
    # are nobody's words
    assert classify(c01=list(range(10)), c02=NOTES)["c02"] is None
    blurbs = ["Fast JSON parser for Python", "Utilities for working with dates", "A tiny HTTP client library",
              "Bindings for the zlib compression library", "Command line tool to format code",
              "Plugin for the test runner", "Async database driver for PostgreSQL", "Parser for YAML configuration files",
              "Image processing helpers", "Colour output in terminals"]
    assert classify(c01=list(range(10)), c02=blurbs)["c02"] is None


def test_words_and_address_lines_beside_a_person_are_no_writing():
    emails = [f"writer{i}@post.example" for i in range(10)]
    verdicts = ["ACCEPT", "REJECT", "ACCEPT", "OK", "NODATA", "SKIPDATA", "ACCEPT", "REJECT", "OK", "ACCEPT"]
    assert classify(c01=emails, c02=verdicts)["c02"] != "USER_CONTENT"
    lines = ["2114 N. Oak Ave.", "77 Harbor Rd.", "Elm & 3rd streets", "1408 W. 9th St.", "5 Kings Way",
             "310 Mill Ln.", "Pine & Lake avenues", "62 Grove St.", "9 Bank Pl.", "4410 E. 2nd St."]
    assert classify(c01=emails, c02=lines)["c02"] != "USER_CONTENT"


def test_names_of_things_beside_a_person_are_no_writing():
    # a person's degrees, schools and the offices that issued their papers are named, not written
    emails = [f"writer{i}@post.example" for i in range(10)]
    schools = ["Northgate State University", "Lakeside College of Music", "Universidad de Valle Alto",
               "Harbour School of Design", "Eastfield Institute of Technology", "Riverside Fine Arts Academy",
               "University of Kingsbridge", "College of Applied Arts", "Marlow Technical Polytechnic",
               "Westmoor Open University"]
    offices = ["State Licensing Office", "National Passport Office", "Ministry of Internal Affairs",
               "Kent County Clerk", "Department of Motor Vehicles", "Federal Immigration Service",
               "Office of Vital Records", "National Passport Office", "Civil Registry Office", "Bureau of Records"]
    found = classify(c01=emails, c02=schools, c03=offices)
    assert found["c02"] != "USER_CONTENT" and found["c03"] != "USER_CONTENT"
    # what people write keeps lower-case words between, or ends as said (`Happy New Year!`)
    greetings = ["Happy New Year!", "See You Soon!", "Welcome Back Everyone!", "Congratulations To The Team!",
                 "Thank You All!", "Merry Christmas!", "Good Luck Tomorrow!", "Well Done!", "Get Well Soon!",
                 "Happy Birthday Sam!"]
    assert classify(c01=emails, c02=greetings)["c02"] == "USER_CONTENT"
    # a script without case has no titles: Chinese sentences stay what the person wrote
    messages = ["明天下午三点在公司门口见面吧", "这家店的服务态度真的很好", "请把文件发到我的邮箱里",
                "周末一起去爬山怎么样呢", "孩子今天发烧了要请假一天", "快递已经放在楼下的柜子里了",
                "谢谢大家这一年的帮助和支持", "会议改到下周二上午十点开始", "晚上回家的路上注意安全",
                "这个问题我们明天再讨论一下"]
    assert classify(c01=emails, c02=messages)["c02"] == "USER_CONTENT"


def test_hashes_that_recur_beside_profile_linked_accounts_are_no_cookies():
    # an API's commits: each author's login and id, their avatar link, and a 32-hex hash that
    # recurs with the author (a Gravatar id); the links are the object's own, no pages visited
    authors = [0, 1, 2, 0, 1, 2, 0, 1, 2, 3, 3, 0] * 2
    hashes = [f"{n:032x}" for n in (0x5EED01, 0xBEEF22, 0xC0FFEE, 0xABCDEF)]
    found = classify(c01=[LOGINS[a] for a in authors], c02=[NUMBERS[a] for a in authors],
                     c03=[f"https://avatars.example.net/u/{NUMBERS[a]}?v=4" for a in authors],
                     c04=[hashes[a] for a in authors])
    assert found["c02"] == "ACCOUNT_ID"
    assert found["c03"] is None and found["c04"] is None
