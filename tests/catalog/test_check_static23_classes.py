"""Static mode on the classes benchmarks/static23 found in ORM schema code (Rallly's Prisma
schema, healthchecks' Django models), each written as those projects write it."""
from __future__ import annotations

from catalog.checks.static import _subject, read_static
from catalog.checks.static_django import read_django
from catalog.checks.static import columns_from_models

from tests.catalog.check_helpers import static_flagged

PRISMA = '''\
model User {
  id    String @id @default(cuid())
  name  String
  email String @unique
  @@map("users")
}

model Participant {
  id     String  @id @default(cuid())
  name   String
  /// Per person edit link: grants edit access to this response without a session
  token  String? @unique
  userId String? @map("user_id")
  user   User?   @relation(fields: [userId], references: [id])
  @@map("participants")
}

model Account {
  id                String @id @default(cuid())
  userId            String @map("user_id")
  provider          String
  providerAccountId String @map("provider_account_id")
  user              User   @relation(fields: [userId], references: [id])
  @@map("accounts")
}

model License {
  id            String  @id @default(cuid())
  licenseKey    String  @unique @map("license_key")
  licenseeName  String? @map("licensee_name")
  @@map("licenses")
}

model Integration {
  id                String @id @default(cuid())
  providerAccountId String @map("provider_account_id")
  @@map("integrations")
}
'''


def _flagged(tmp_path, name: str, text: str) -> dict:
    (tmp_path / name).write_text(text)
    return static_flagged(read_static([tmp_path / name]))


def test_people_by_the_part_they_take(tmp_path):
    flagged = _flagged(tmp_path, "schema.prisma", PRISMA)
    assert flagged[("participants", "name")] == "identity.person_name"  # a participant is a person
    assert flagged[("licenses", "licensee_name")] == "identity.person_name"


def test_an_identity_providers_account_id_beside_a_user(tmp_path):
    flagged = _flagged(tmp_path, "schema.prisma", PRISMA)
    assert flagged[("accounts", "provider_account_id")] == "account.id"
    assert ("integrations", "provider_account_id") not in flagged  # no user beside it: a provider's own


def test_a_distributive_description_names_no_person(tmp_path):
    assert _subject("Per person edit link: grants edit access") == "edit link"
    assert _subject("Person who signed") == "Person"
    flagged = _flagged(tmp_path, "schema.prisma", PRISMA)
    assert flagged.get(("participants", "token")) != "identity.person_name"


HEALTHCHECKS = '''\
from django.contrib.auth.models import User
from django.db import models


class Check(models.Model):
    name = models.CharField(max_length=100, blank=True)
    owner = models.ForeignKey(User, models.CASCADE)


class Ping(models.Model):
    owner = models.ForeignKey(Check, models.CASCADE)
    remote_addr = models.GenericIPAddressField(blank=True, null=True)
'''


def test_a_declared_key_to_a_thing_is_no_ones_account():
    schema = columns_from_models(read_django(HEALTHCHECKS, "hc/api/models.py"), "hc/api/models.py")
    flagged = static_flagged(schema)
    assert ("api_ping", "owner_id") not in flagged  # points to api_check: a check's key
    assert flagged[("api_check", "owner_id")] == "account.id"  # points to the user model
    assert flagged[("api_ping", "remote_addr")] == "device.ip_address"
