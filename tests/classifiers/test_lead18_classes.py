"""Classes of error wild17 left (its README): a person object's key spelt as an object id or a
public hash, not `id` (Baremetrics' `customer.oid`, I Done This' `user.hash_id`)."""
from __future__ import annotations

import pyarrow as pa

from classifiers.engine import classify_dataset
from datamap.model import DatasetSample, FieldSample


def classify(name: str, columns: dict[str, list]) -> dict[str, str | None]:
    fields = [FieldSample(path=path, values=pa.array(values)) for path, values in columns.items()]
    results = classify_dataset(DatasetSample(name=name, source="test", kind="test", fields=fields), embedded=False)
    return {r.sample.path: (r.best().entity if r.best() else None) for r in results}


def test_a_person_object_s_object_id_or_hash_id_is_its_account_id():
    # Baremetrics' subscription events: the customer object keyed by `oid`, the plan too
    subscriptions = {
        "oid": ["sub_8ZYxlBwMRsHpp", "sub_2jNwo8dcYQ6v5", "sub_Gyq3bTDMDhq4b"],
        "customer.oid": ["cus_Eb4sFnDQlvPNxq", "cus_9s6XKzkNRiz8i3", "cus_7Bn4V0oXFRq8W2"],
        "customer.email": ["ada@example.com", "grace@example.org", "alan@example.net"],
        "plan.oid": ["plan_basic", "plan_pro", "plan_basic"],
        "plan.name": ["Basic", "Pro", "Basic"],
        "mrr": [1900, 4900, 1900],
    }
    found = classify("baremetrics_subscriptions.ndjson", subscriptions)
    assert found["customer.oid"] == "ACCOUNT_ID"
    assert found["plan.oid"] != "ACCOUNT_ID"  # a plan is no person
    # I Done This' entries: who did it, keyed by the public hash of their row id
    entries = {
        "hash_id": ["1f9a4e0c7b", "7c2d9e1a3f", "a0b1c2d3e4"],
        "body": ["shipped the onboarding email", "fixed the login redirect", "reviewed two PRs"],
        "user.hash_id": ["5b6c7d8e9f", "0a1b2c3d4e", "5b6c7d8e9f"],
        "user.full_name": ["Ada Lovelace", "Grace Hopper", "Ada Lovelace"],
        "team.hash_id": ["e5f6a7b8c9", "e5f6a7b8c9", "e5f6a7b8c9"],
    }
    found = classify("idonethis_entries.ndjson", entries)
    assert found["user.hash_id"] == "ACCOUNT_ID"
    assert found["team.hash_id"] != "ACCOUNT_ID"


def test_a_catalogue_entity_s_url_is_its_page_not_one_visited():
    # Last.fm's scrobbles: the track played, its artist (an object in some records) with its page
    # (a listener plays a few artists over and over)
    artists = ["Die+%C3%84rzte", "Wir+sind+Helden", "The+Offspring"] * 10
    scrobbles = {
        "name": [f"Song {n}" for n in range(30)],
        "url": [f"https://www.last.fm/music/{a}/_/Song+{n}" for n, a in enumerate(artists)],
        "artist.name": [a.replace("+", " ") for a in artists],
        "artist.url": [f"https://www.last.fm/music/{a}" for a in artists],
        "album.url": [f"https://www.last.fm/music/{a}/Greatest+Hits" for a in artists],
        "date.uts": [str(1_600_000_000 + n * 200) for n in range(30)],
    }
    found = classify("lastfm_recent_tracks.ndjson", scrobbles)
    assert found["artist.url"] != "VISITED_URL" and found["album.url"] != "VISITED_URL"
    # the page of an event a visitor opened stays a page visited
    pageviews = {"context.page.url": [f"https://shop.example.com/artist/{n}" for n in range(30)],
                 "anonymousId": [f"5b1f3a4e-0c1d-4a5b-9e8f-{n:012d}" for n in range(30)]}
    assert classify("segment_pages.ndjson", pageviews)["context.page.url"] == "VISITED_URL"


def test_a_nickname_makes_no_object_an_account():
    # Stripe's subscription items: a plan's `nickname` is the plan's label, its `id` no person's
    items = {
        "items.plan.id": ["price_1MoBy5LkdIwHu7ixZhnattbh", "price_1MoC3TLkdIwHu7ixcIbKelAC"] * 5,
        "items.plan.nickname": ["Basic monthly", "Pro yearly"] * 5,
        "items.plan.amount": [1900, 19000] * 5,
        "items.plan.interval": ["month", "year"] * 5,
    }
    assert classify("stripe_subscription_items.ndjson", items)["items.plan.id"] != "ACCOUNT_ID"
    # a member object's id beside its login is the member's account
    members = {"member.id": [1578108, 2236514, 93217] * 3, "member.login": ["vinyl_vic", "djmarta", "octo"] * 3,
               "member.role": ["admin", "member", "member"] * 3}
    assert classify("org_members.ndjson", members)["member.id"] == "ACCOUNT_ID"
