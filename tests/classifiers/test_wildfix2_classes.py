"""Classes of error that still cost the blind public-data benchmarks (benchmarks/wild..wild12)
after session 12, each in the shape the public data has: mail headers' envelope addresses, a
CMS's own page paths and configured links, places of the things a table of people points at."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample


def results(name: str, columns: dict[str, list]):
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    return classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    """Every field's best entity in a dataset called `name` holding `columns`."""
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results(name, columns)}


#: a Message-ID is written as an address in angle brackets too
MESSAGE_IDS = ["<791407.263728.a23f87@y.ewreqr.org>", "<B0950073156@apus.netpar.com.br>",
               "<QLHMAUTBMRLPSUHSWPVQEL@post.sk>", "<3f21937f0f636c8cec1db30bf.042ea43672@mcsv.net>",
               "<OF0C5D2406.A7134351@notes.na.collabserv.com>", "<WV2NM42D-CCK6-2IHH@ncs.gov.ng>"]


def test_envelope_addresses_in_angle_brackets_are_addresses():
    # real spam's headers: `Return-Path` as `<addr>` alone, `Reply-To` mixing every mailbox form
    headers = {"Return-Path": ["<captivatedm41@tin.it>", "<>", "<smgesi4@gmail.com>", "<suvorov.s@nalg.ru>",
                               "<nicoletta_bernasconi@it.ibm.com>", "<suvorov.s@nalg.ru>"],
               "Reply-To": ['"VICTORIA Souvenirs" <smgesi4@gmail.com>', "purchasing@aquiIlaindustries.com",
                            "=?utf-8?Q?Continuity=20Insights?= <info@continuityinsights.com>",
                            "<info@alejandrosalcedo.es>", "henry@example.com <ivan@example.com>",
                            "<meteo@regione.vda.it>"],
               "Cc": ["simple@example.net, =?UTF-8?Q?John_=22Johnny=22_Doe?= <john.doe@example.com>",
                      "eve@example.com <frank@example.com>"],
               "Message-ID": MESSAGE_IDS}
    found = classify("mail_headers.csv", headers)
    assert found["Return-Path"] == found["Reply-To"] == found["Cc"] == "EMAIL_ADDRESS"
    # a Message-ID, named or not, stays none: angle brackets alone never decide
    assert found["Message-ID"] is None
    assert classify("mail_headers.csv", {"c09": MESSAGE_IDS})["c09"] is None


SLUGS = ["root", "home-page", "events-index", "blog-index", "standard-index", "contact-us", "christmas",
         "tentative-unpublished-event", "someone-elses-event", "saint-patrick"]


def test_a_pages_own_path_and_a_configured_link_are_no_visits():
    # Wagtail's page tree: `url_path` ends in the page's own `slug`, whoever owns the page
    pages = {"pk": list(range(1, 11)), "title": [s.replace("-", " ").title() for s in SLUGS], "slug": SLUGS,
             "owner": [None, None, 3, 3, 4, 4, 5, 5, 6, 6],
             "url_path": ["/"] + [f"/home-page/{s}/" for s in SLUGS[1:]]}
    assert classify("wagtail_page.ndjson", pages)["url_path"] is None
    # a carousel item's external link: only a weak name (`link`) and nobody who visited it
    carousel = {"pk": [1, 2, 1, 2, 3, 4, 5], "image": [9, 7, 15, 12, 13, 14, 11],
                "link_external": ["http://www.flickr.com/photos/kkoshy/", "http://www.flickr.com/photos/jim_bendon_1957/",
                                  "http://www.flickr.com/photos/lipkee/", "http://www.flickr.com/photos/jim_bendon_1957/",
                                  "http://www.flickr.com/photos/pomager/", "http://www.flickr.com/photos/sdasmarchives/",
                                  "http://www.flickr.com/photos/rk-photo/"],
                "caption": ["White wagtail", "Wagtail", "Grey wagtail", "Wagtail sproing", "Pied wagtail",
                            "Yellow wagtail", "Wagtails"]}
    assert classify("wagtail_carouselitem.ndjson", carousel)["link_external"] is None


def test_pages_visitors_opened_stay_visits():
    # page views: the event's own id is no tail of the pages opened; a weak name beside a visitor
    views = {"id": list(range(1, 11)), "anonymous_id": [f"c0a8{i % 3:04d}-77e2-4f3c-9b8e-1c2d3e4f5a6b" for i in range(10)],
             "page_path": [f"/products/{s}" for s in SLUGS],
             "link": [f"https://shop.example.com/p/{s}" for s in SLUGS],
             "ip": [f"203.0.113.{i}" for i in range(10)]}
    found = classify("page_views.ndjson", views)
    assert found["page_path"] == found["link"] == "VISITED_URL"


def test_the_explanation_says_the_path_is_the_pages_own():
    pages = {"pk": list(range(1, 11)), "slug": SLUGS, "url_path": ["/"] + [f"/home-page/{s}/" for s in SLUGS[1:]]}
    found = {r.sample.path: r for r in results("wagtail_page.ndjson", pages)}
    details = [s.detail for d in found["url_path"].detections if d.entity == "VISITED_URL" for s in d.signals]
    assert any("row's own 'slug'" in d for d in details)


def test_given_beside_family_are_a_names_parts_in_a_small_api_table():
    # FHIR's Practitioner flattened (Medplum's sample): two rows, `given` and `family` side by side
    practitioners = {"id": ["124", "125"], "given": ["Alice", "Medplum"], "family": ["Smith", "Admin"],
                     "photo_url": ["https://www.medplum.com/img/cdc-femaledoc.png", None],
                     "last_updated": ["2021-01-02T12:00:00Z", "2021-01-01T12:00:00Z"]}
    found = classify("fhir_practitioners.csv", practitioners)
    assert found["given"] == found["family"] == "PERSON"
    # alone, or beside codes, each name still says little
    assert classify("fhir_practitioners.csv", {"id": ["124", "125"], "given": ["Alice", "Medplum"]})["given"] is None
    taxa = {"family": ["Motacillidae", "Motacillidae"], "given": ["1", "2"]}
    assert classify("taxa.csv", taxa)["family"] is None


def test_the_place_of_a_job_or_a_store_is_no_persons():
    # a résumé field experiment (openintro's `resume`): applicants, and the city of the job applied for
    cities = ["Chicago", "Boston"] * 6
    applicants = {"firstname": ["Allison", "Kristen", "Lakisha", "Latonya", "Carrie", "Jay"] * 2,
                  "gender": ["f", "f", "f", "f", "f", "m"] * 2, "job_city": cities,
                  "received_callback": [0, 0, 1, 0, 0, 0] * 2}
    assert classify("resume_callbacks.csv", applicants)["job_city"] is None
    stores = {"customer_email": [f"c{i}@example.com" for i in range(12)], "store_country": ["Germany", "France"] * 6,
              "store_state": ["Bavaria", "Hesse"] * 6}
    found = classify("orders.csv", stores)
    assert found["store_country"] is None and found["store_state"] is None
    # the applicant's own city stays a place
    assert classify("resume_callbacks.csv", {**applicants, "city": cities})["city"] == "CITY"


def test_a_vcards_formatted_name_beside_its_structured_name():
    # khard's test vCards flattened: `FN` holds test names as often as people's
    cards = {"UID": [f"uid-{i}" for i in range(8)],
             "FN": ["second contact with minimal Vcard", "minimal contact", "Joe Citizen", None, "second contact",
                    "Wile E. Coyote", "Foo Bar", "최유림"],
             "N": [None, None, "Citizen;Joe;;;", "Smith;Michael;;;", None, "Coyote;Wile;E.;;", None, None],
             "EMAIL": [None, None, "joe@example.org", None, None, "wile@acme.example", None, None]}
    assert classify("vcards.csv", cards)["FN"] == "PERSON"
    # a `fn` of numbers is none, and so is `fn` without its `N`
    assert classify("vcards.csv", {"fn": ["1", "2", "3", "4"], "n": ["a", "b", "c", "d"]})["fn"] is None
    assert classify("vcards.csv", {"FN": cards["FN"], "UID": cards["UID"]})["FN"] is None


def test_cellular_beside_telephone_is_the_channel_a_bank_called_on():
    # the UCI bank marketing data: `contact` is `cellular` for most clients, `telephone` for few
    contact = ["cellular"] * 64 + ["unknown"] * 29 + ["telephone"] * 7
    assert classify("bank_clients.csv", {"age": list(range(20, 120)), "contact": contact})["contact"] is None
    # a device's network types, `unknown` among them, stay network types
    network = ["wifi"] * 50 + ["cellular"] * 40 + ["unknown"] * 10
    assert classify("sessions.csv", {"c07": network})["c07"] == "NETWORK_TYPE"


SUBREDDITS = ["wow_fashion_now", "cats", "AskReddit", "memes", "Python", "datasets", "europe", "aww",
              "learnprogramming", "NoStupidQuestions", "food", "DIY"]


def test_a_communitys_display_name_is_no_persons():
    # Reddit's subreddit objects: `display_name` says person, the values are communities' names
    subreddits = {"id": [f"2q{i:03d}" for i in range(12)], "display_name": SUBREDDITS,
                  "subscribers": [1200 * i for i in range(12)], "over18": [False] * 12}
    found = results("reddit_subreddits.ndjson", subreddits)
    best = {r.sample.path: r.best() for r in found}
    assert best["display_name"] is None
    details = [s.detail for r in found if r.sample.path == "display_name" for d in r.detections
               if d.entity == "PERSON" for s in d.signals]
    assert any("the names of the table's things" in d for d in details)
    # beside an e-mail, or in a table of users, the same handles are people's display names
    users = {**subreddits, "email": [f"u{i}@example.com" for i in range(12)]}
    assert classify("reddit_subreddits.ndjson", users)["display_name"] == "PERSON"
    assert classify("users.ndjson", subreddits)["display_name"] == "PERSON"


def test_one_kind_of_record_beside_varying_events_is_no_action():
    # CloudTrail records: `eventType` is AwsApiCall in all five, `eventName` says what was done
    trail = {"eventVersion": ["1.08"] * 5, "eventType": ["AwsApiCall"] * 5,
             "eventName": ["DescribeLaunchConfigurations", "AssumeRole", "DescribeLaunchConfigurations",
                           "GetResource", "AssumeRole"],
             "eventSource": ["autoscaling.amazonaws.com", "sts.amazonaws.com", "autoscaling.amazonaws.com",
                             "apigateway.amazonaws.com", "sts.amazonaws.com"],
             "recipientAccountId": ["123456789012"] * 5}
    found = classify("cloudtrail.ndjson", trail)
    assert found["eventType"] is None and found["eventName"] == "BEHAVIORAL_EVENT"
    # one kind of event alone (an export of one event) stays an event
    assert classify("appsflyer_events.ndjson", {"event_name": ["af_purchase"] * 7,
                                                "customer_user_id": [f"u{i}" for i in range(7)]})["event_name"] \
        == "BEHAVIORAL_EVENT"


def test_a_messages_or_a_responses_content_type_is_no_files_type():
    # spam's headers: `multipart/alternative; boundary=…`, `text/plain; charset=…`
    headers = {"Subject": [f"Offer {i}" for i in range(6)],
               "Content-Type": ['multipart/alternative; boundary="----=_NextPart_000_0007"',
                                'text/plain; charset="iso-8859-1"', "text/html; charset=UTF-8",
                                'multipart/mixed; boundary="b1_5a5c"', "text/plain", 'text/plain; charset="utf-8"']}
    found = {r.sample.path: r for r in results("mail_headers.csv", headers)}
    assert found["Content-Type"].best() is None
    assert any("header's parameters" in s.detail for d in found["Content-Type"].detections for s in d.signals)
    # Zeek's `resp_mime_types`: what the server sent back
    assert classify("zeek_http.csv", {"resp_mime_types": ["text/html", "text/plain", "image/png"] * 3})[
        "resp_mime_types"] is None
    # the types of files people upload stay theirs
    uploads = {"file_name": ["IMG_2041.HEIC", "report.pdf", "clip.mp4"] * 3,
               "mime_type": ["image/heic", "application/pdf", "video/mp4"] * 3}
    assert classify("uploads.csv", uploads)["mime_type"] == "MIME_TYPE"


def test_a_posts_link_is_part_of_the_post():
    # Reddit's submissions: the author's title and text, and the link the submission points at
    posts = {"author": ["Watchful1", "spez", "kn0thing", "Watchful1", "GallowBoob", "spez"],
             "title": ["Check this out", "Announcing a change", "What is your favourite book?", "Weekly thread",
                       "Found this in my garden", "We're updating our policies"],
             "selftext": ["", "Today we are rolling out something new for all of you.", "I just finished one.",
                          "Post your questions here.", "", "Read the full post for the details of the change."],
             "url": ["https://i.redd.it/abc123.jpg", "https://www.reddit.com/r/announcements/comments/x1/",
                     "https://www.reddit.com/r/books/comments/x2/", "https://www.reddit.com/r/help/comments/x3/",
                     "https://imgur.com/gallery/xyz", "https://www.redditinc.com/policies"]}
    assert classify("reddit_submissions.ndjson", posts)["url"] is None
    # page views with a visitor's IP keep their pages, whatever the column is called
    views = {**posts, "ip": [f"203.0.113.{i}" for i in range(6)]}
    assert classify("reddit_submissions.ndjson", views)["url"] == "VISITED_URL"


def test_an_action_only_some_records_carry_stays_an_action():
    # Snowplow's web events: `se_action` is `login` in the six structured events of 120
    event = ["unstruct"] * 56 + ["page_view"] * 50 + ["page_ping"] * 8 + ["struct"] * 6
    snowplow = {"event": event, "se_action": [None] * 114 + ["login"] * 6,
                "domain_userid": [f"d{i % 9}" for i in range(120)]}
    assert classify("snowplow_web_events.csv", snowplow)["se_action"] == "BEHAVIORAL_EVENT"
    # as a scan samples it: the six values, and the share of records without one
    fields = [FieldSample(path="event", values=pa.array(event)),
              FieldSample(path="se_action", values=pa.array(["login"] * 6), null_ratio=0.95),
              FieldSample(path="domain_userid", values=pa.array(snowplow["domain_userid"]))]
    sampled = classify_dataset(DatasetSample(name="snowplow_web_events.csv", source="test", kind="test",
                                             fields=fields), embedded=False)
    assert [r.best().entity for r in sampled if r.sample.path == "se_action"] == ["BEHAVIORAL_EVENT"]
    # a CSV's empty cells as empty strings are no values either
    blank = {**snowplow, "se_action": [""] * 114 + ["login"] * 6}
    assert classify("snowplow_web_events.csv", blank)["se_action"] == "BEHAVIORAL_EVENT"
