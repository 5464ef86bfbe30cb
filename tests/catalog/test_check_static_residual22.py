"""Static mode on the general classes of error left across benchmarks/static..static18 (session
22): each schema here is written for the test, in the shapes real projects use."""
from __future__ import annotations

from catalog.checks.static import columns_from_sql

from tests.catalog.check_helpers import static_flagged


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    return static_flagged(schema)


# a community site: its members' pictures, kept as links, paths or bytes
PICTURES = """
CREATE TABLE members (
  id bigint PRIMARY KEY,
  email varchar(255) NOT NULL,
  avatar_url varchar(500),
  small_photo_url varchar(255),
  profile_image_url text,
  photo_path varchar(255),
  image varchar(255),
  thumbnail varchar(255),
  avatar_width integer,
  avatar_type varchar(20),
  has_avatar boolean NOT NULL DEFAULT false
);
CREATE TABLE avatar_images (
  id text PRIMARY KEY,
  bytes bytea NOT NULL
);
CREATE TABLE teams (
  id bigint PRIMARY KEY,
  name varchar(100),
  profile_image_url text
);
CREATE TABLE products (
  id bigint PRIMARY KEY,
  sku varchar(40),
  photo_url varchar(255),
  image varchar(255)
);
"""


def test_a_persons_picture_is_content_wherever_it_is_kept() -> None:
    flagged = _flagged(PICTURES)
    for column in ("avatar_url", "small_photo_url", "profile_image_url", "photo_path", "image", "thumbnail"):
        assert flagged.get(("members", column)) == "user_content", column
    assert flagged.get(("avatar_images", "bytes")) == "user_content"  # the rows are avatars
    # what is said of a picture is no picture; a team's, a product's picture is no one's
    for column in ("avatar_width", "avatar_type", "has_avatar"):
        assert ("members", column) not in flagged, column
    assert ("teams", "profile_image_url") not in flagged
    assert ("products", "photo_url") not in flagged and ("products", "image") not in flagged


# a CRM's people: each row is a person, who is also owned by a sales rep and belongs to an account
CRM_PEOPLE = """
CREATE TABLE contact (
  id varchar(18) PRIMARY KEY,
  owner_id varchar(18),
  account_id varchar(18),
  first_name varchar(40),
  last_name varchar(80),
  email varchar(80)
);
CREATE TABLE employee (
  id int PRIMARY KEY,
  manager_id int,
  forecast_user_id int,
  username varchar(80)
);
CREATE TABLE customer (
  customer_id int PRIMARY KEY,
  store_id int,
  first_name text,
  email text,
  uuid uuid NOT NULL
);
CREATE TABLE customer_notes (
  id int PRIMARY KEY,
  customer_id int,
  body text
);
CREATE TABLE passkey_users (
  id serial PRIMARY KEY,
  rp_id varchar(512) NOT NULL,
  username varchar(100) NOT NULL,
  user_id char(64) NOT NULL
);
CREATE TABLE user_sessions_summary (
  id int PRIMARY KEY,
  user_id int,
  sessions int
);
"""


def test_the_key_of_a_persons_row_beside_their_owner_is_theirs() -> None:
    flagged = _flagged(CRM_PEOPLE)
    assert flagged.get(("contact", "id")) == "account.id"
    assert flagged.get(("employee", "id")) == "account.id"
    assert flagged.get(("customer", "uuid")) == "account.id"  # the person's other key
    # a row about someone (their notes, a count of their sessions) is numbered by its own key
    assert ("customer_notes", "id") not in flagged
    assert ("user_sessions_summary", "id") not in flagged
    # a user's record at a relying party, pointing to the user it is of: the row is numbered
    assert ("passkey_users", "id") not in flagged


# an HR schema: a person's office phone and its extension, beside their photo's path
EXTENSIONS = """
CREATE TABLE staff_members (
  staff_id int PRIMARY KEY,
  last_name varchar(40) NOT NULL,
  home_phone varchar(24),
  extension varchar(4),
  photo_path varchar(255)
);
CREATE TABLE uploads (
  upload_id int PRIMARY KEY,
  path varchar(255),
  extension varchar(10)
);
"""


def test_an_extension_beside_a_persons_phone_is_the_phones() -> None:
    flagged = _flagged(EXTENSIONS)
    assert flagged.get(("staff_members", "extension")) == "profile.phone_number"
    assert flagged.get(("staff_members", "photo_path")) == "user_content"
    assert flagged.get(("uploads", "extension")) != "profile.phone_number"
