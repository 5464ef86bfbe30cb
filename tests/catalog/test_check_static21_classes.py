"""Static mode on the shapes benchmarks/static21 found: an encrypted photo service's
golang-migrate migrations (Ente), a theatre's `pg_dump` (FasT), a classifieds site's MySQL
install script with Hungarian-notation columns (Osclass), a production dbt project whose
descriptions are docs blocks (Open edX Aspects), a FHIR warehouse's Redshift DDL and
AdventureWorks in Snowflake. Each excerpt is written the way those projects write it."""
from __future__ import annotations

from pathlib import Path

from catalog.checks.static import columns_from_sql, read_static

from tests.catalog.check_helpers import static_flagged


def _flagged(sql: str, dialect: str = "postgres") -> dict[tuple[str, str], str]:
    schema = columns_from_sql(sql, dialect, "m.sql")
    assert not schema.errors, schema.errors
    return static_flagged(schema)


# Osclass (`oc-includes/osclass/installer/struct.sql`): a type tag before every column, a comment
# for the installer's table prefix, a listing's place kept in a table of its own
OSCLASS = """
CREATE TABLE /*TABLE_PREFIX*/t_user (
    pk_i_id INT UNSIGNED NOT NULL AUTO_INCREMENT,
    dt_reg_date DATETIME NOT NULL,
    s_name VARCHAR(100) NOT NULL,
    s_username VARCHAR(100) NOT NULL,
    s_email VARCHAR(100) NOT NULL,
    s_address VARCHAR(100) NULL,
    s_city VARCHAR(100) NULL,
    d_coord_lat DECIMAL(10, 6),
    d_coord_long DECIMAL(10, 6),
    b_company TINYINT(1) NOT NULL DEFAULT 0,
    i_items INT(10) UNSIGNED NULL DEFAULT 0,
    s_access_ip VARCHAR(50) NOT NULL DEFAULT '',
        PRIMARY KEY (pk_i_id)
) ENGINE=InnoDB DEFAULT CHARACTER SET 'UTF8' COLLATE 'UTF8_GENERAL_CI';

CREATE TABLE /*TABLE_PREFIX*/t_item (
    pk_i_id INT UNSIGNED NOT NULL AUTO_INCREMENT,
    fk_i_user_id INT UNSIGNED NULL,
    f_price FLOAT NULL,
    s_contact_name VARCHAR(100) NULL,
    s_contact_email VARCHAR(140) NULL,
    s_ip VARCHAR(64) NOT NULL DEFAULT '',
        PRIMARY KEY (pk_i_id),
        FOREIGN KEY (fk_i_user_id) REFERENCES /*TABLE_PREFIX*/t_user (pk_i_id)
) ENGINE=InnoDB DEFAULT CHARACTER SET 'UTF8' COLLATE 'UTF8_GENERAL_CI';

CREATE TABLE /*TABLE_PREFIX*/t_item_location (
    fk_i_item_id INT UNSIGNED NOT NULL,
    s_address VARCHAR(100) NULL,
    s_city VARCHAR(100) NULL,
    d_coord_lat DECIMAL(10, 6),
    d_coord_long DECIMAL(10, 6),
        PRIMARY KEY (fk_i_item_id),
        FOREIGN KEY (fk_i_item_id) REFERENCES /*TABLE_PREFIX*/t_item (pk_i_id)
) ENGINE=InnoDB DEFAULT CHARACTER SET 'UTF8' COLLATE 'UTF8_GENERAL_CI';

CREATE TABLE /*TABLE_PREFIX*/t_country (
    pk_c_code CHAR(2) NOT NULL,
    s_name VARCHAR(80) NOT NULL,
        PRIMARY KEY (pk_c_code)
) ENGINE=InnoDB DEFAULT CHARACTER SET 'UTF8' COLLATE 'UTF8_GENERAL_CI';
"""


def test_a_type_tag_before_every_column_says_how_it_is_stored_not_what_it_holds() -> None:
    flagged = _flagged(OSCLASS, "mysql")
    assert flagged[("t_user", "s_name")] == "identity.person_name"
    assert flagged[("t_user", "pk_i_id")] == "account.id"  # the key of a table of people
    assert ("t_user", "i_items") not in flagged and ("t_user", "b_company") not in flagged
    assert ("t_country", "s_name") not in flagged  # a list of countries stays no one's


def test_coordinates_beside_a_street_address_typed_in_are_its_fix_not_an_ip_lookup() -> None:
    flagged = _flagged(OSCLASS, "mysql")
    assert flagged[("t_user", "d_coord_lat")] == "location.precise"  # (beside the user's last IP)
    assert flagged[("t_user", "s_access_ip")] == "device.ip_address"


def test_a_row_about_people_told_in_a_second_table_keeps_its_places() -> None:
    flagged = _flagged(OSCLASS, "mysql")
    assert flagged[("t_item_location", "s_address")] == "contact.postal_address"
    assert flagged[("t_item_location", "s_city")] == "location.approximate"
    assert flagged[("t_item_location", "d_coord_lat")] == "location.precise"


# Open edX Aspects (`models/enrollment/schema.yml`, `models/_docs/docs.md`): descriptions are
# dbt docs blocks, shared by every model that shows the column
ASPECTS_SCHEMA = """
version: 2
models:
  - name: fact_enrollments
    columns:
      - name: actor_id
        description: '{{ doc("actor_id") }}'
      - name: course_name
        description: '{{ doc("course_name") }}'
      - name: name
        description: '{{ doc("learner_name") }}'
"""
ASPECTS_DOCS = """
{% docs actor_id %}
The "id" portion of the xAPI Actor for this event.
{% enddocs %}

{% docs course_name %}
The name of the course
{% enddocs %}

{% docs learner_name %}
The full name of the learner based on their edx-platform UserProfile "name" field
{% enddocs %}
"""


def test_a_dbt_description_that_points_to_a_docs_block_reads_the_block(tmp_path: Path) -> None:
    (tmp_path / "dbt_project.yml").write_text("name: aspects\nversion: '1.0'\n")
    (tmp_path / "models" / "_docs").mkdir(parents=True)
    (tmp_path / "models" / "schema.yml").write_text(ASPECTS_SCHEMA)
    (tmp_path / "models" / "_docs" / "docs.md").write_text(ASPECTS_DOCS)
    schema = read_static([tmp_path])
    assert not schema.errors, schema.errors
    comments = {c.name: c.comment for c in schema.columns}
    assert comments["name"].startswith("The full name of the learner")
    flagged = static_flagged(schema)
    assert flagged[("fact_enrollments", "name")] == "identity.person_name"
    assert ("fact_enrollments", "course_name") not in flagged


# Ente (`server/migrations/35_add_push_tokens_table.up.sql`, `19_add_encrypted_email_columns`,
# `121_create_legacy_kits`) and FasT (`db/structure.sql`): push services' tokens, a cipher's
# nonces and headers, a SEPA mandate's debtor and IBAN
ENTE_FAST = """
CREATE TABLE IF NOT EXISTS push_tokens
(
    user_id          BIGINT NOT NULL,
    fcm_token        TEXT   NOT NULL,
    apns_token       TEXT,
    push_application_id TEXT,
    created_at       bigint NOT NULL
);
CREATE TABLE public.passbook_devices (
    id bigint NOT NULL,
    device_id character varying,
    push_token character varying
);
CREATE TABLE users (user_id BIGINT PRIMARY KEY, name TEXT, creation_time BIGINT NOT NULL);
ALTER TABLE users
    ADD COLUMN encrypted_email BYTEA,
    ADD COLUMN email_decryption_nonce BYTEA;
CREATE TABLE IF NOT EXISTS files (
    file_id BIGSERIAL PRIMARY KEY,
    owner_id BIGINT NOT NULL,
    file_decryption_header TEXT NOT NULL,
    encrypted_owner_blob TEXT NOT NULL
);
CREATE TABLE public.members_sepa_mandates (
    id bigint NOT NULL,
    debtor_name character varying,
    iban character varying(34),
    issued_on date NOT NULL
);
"""


def test_a_push_services_token_addresses_one_device() -> None:
    flagged = _flagged(ENTE_FAST)
    assert flagged[("push_tokens", "fcm_token")] == "device.device_id"
    assert flagged[("push_tokens", "apns_token")] == "device.device_id"
    assert flagged[("passbook_devices", "push_token")] == "device.device_id"
    assert ("push_tokens", "push_application_id") not in flagged  # (Pendo's: the key of an app)


def test_a_ciphers_nonce_header_and_blob_are_not_what_they_decrypt() -> None:
    flagged = _flagged(ENTE_FAST)
    assert flagged[("users", "encrypted_email")] == "contact.email"  # (encrypted, still the address)
    assert ("users", "email_decryption_nonce") not in flagged
    assert ("files", "file_decryption_header") not in flagged
    assert ("files", "encrypted_owner_blob") not in flagged


def test_a_direct_debits_debtor_and_iban_are_a_persons() -> None:
    flagged = _flagged(ENTE_FAST)
    assert flagged[("members_sepa_mandates", "debtor_name")] == "identity.person_name"
    assert flagged[("members_sepa_mandates", "iban")] == "financial.payment_card"


# A FHIR warehouse on Redshift (Third-Opinion's `ddl/*.sql`, extracted from its Glue jobs): each
# resource flattened into a table, its lists into tables of their own, coded values as
# `_code`/`_system`/`_display`/`_text`
FHIR = """
CREATE TABLE IF NOT EXISTS public.conditions (
    condition_id VARCHAR(255) NOT NULL,
    patient_id VARCHAR(255) NOT NULL,
    clinical_status_code VARCHAR(50),
    clinical_status_display VARCHAR(255),
    clinical_status_system VARCHAR(255),
    condition_text VARCHAR(MAX),
    onset_age_value DECIMAL(10,2),
    onset_age_unit VARCHAR(20),
    recorder_type VARCHAR(50),
    recorder_id VARCHAR(255),
    asserter_type VARCHAR(50),
    asserter_id VARCHAR(255)
) DISTKEY (patient_id) SORTKEY (patient_id);
CREATE TABLE IF NOT EXISTS public.condition_notes (
        condition_id VARCHAR(255),
        note_text VARCHAR(MAX),
        note_author_reference VARCHAR(255),
        note_time TIMESTAMP
    ) SORTKEY (condition_id, note_time);
CREATE TABLE IF NOT EXISTS public.patient_names (
        patient_id VARCHAR(255),
        name_use VARCHAR(50),
        name_text VARCHAR(255),
        family_name VARCHAR(255)
    ) SORTKEY (patient_id, name_use);
CREATE TABLE IF NOT EXISTS public.patient_addresses (
        patient_id VARCHAR(255),
        address_use VARCHAR(50),
        address_text VARCHAR(500),
        city VARCHAR(100)
    ) SORTKEY (patient_id, address_use);
CREATE TABLE IF NOT EXISTS public.patient_telecoms (
        patient_id VARCHAR(255),
        telecom_system VARCHAR(50),
        telecom_value VARCHAR(255),
        telecom_use VARCHAR(50)
    ) SORTKEY (patient_id);
CREATE TABLE IF NOT EXISTS public.practitioner_names (
        practitioner_id VARCHAR(255),
        text VARCHAR(255),
        family VARCHAR(255),
        given VARCHAR(255)
    ) SORTKEY (practitioner_id);
CREATE TABLE IF NOT EXISTS public.practitioner_addresses (
        practitioner_id VARCHAR(255),
        line VARCHAR(500),
        city VARCHAR(100)
    ) SORTKEY (practitioner_id);
"""


def test_a_coded_values_text_is_the_codes_label_not_someones_writing() -> None:
    flagged = _flagged(FHIR, "redshift")
    assert ("conditions", "condition_text") not in flagged
    assert ("conditions", "clinical_status_display") not in flagged
    assert flagged[("condition_notes", "note_text")] == "user_content"  # a clinician's note stays


def test_a_name_or_an_address_written_out_whole_is_that_name_or_address() -> None:
    flagged = _flagged(FHIR, "redshift")
    assert flagged[("patient_names", "name_text")] == "identity.person_name"
    assert flagged[("patient_addresses", "address_text")] == "contact.postal_address"
    assert ("patient_names", "name_use") not in flagged and ("patient_addresses", "address_use") not in flagged


def test_a_column_named_by_the_part_it_holds_in_a_table_of_names_addresses_or_telecoms() -> None:
    flagged = _flagged(FHIR, "redshift")
    assert flagged[("practitioner_names", "family")] == "identity.person_name"
    assert flagged[("practitioner_names", "given")] == "identity.person_name"
    assert flagged[("practitioner_names", "text")] == "identity.person_name"
    assert flagged[("practitioner_addresses", "line")] == "contact.postal_address"
    assert flagged[("patient_telecoms", "telecom_value")] == "profile.phone_number"
    assert ("patient_telecoms", "telecom_system") not in flagged


def test_who_recorded_or_asserted_a_condition_and_a_reference_to_an_author_are_people() -> None:
    flagged = _flagged(FHIR, "redshift")
    assert flagged[("conditions", "recorder_id")] == "account.id"  # (beside its kind: a practitioner, a patient)
    assert flagged[("conditions", "asserter_id")] == "account.id"
    assert flagged[("condition_notes", "note_author_reference")] == "account.id"


def test_the_unit_of_an_age_is_no_age() -> None:
    flagged = _flagged(FHIR, "redshift")
    assert flagged[("conditions", "onset_age_value")] == "identity.date_of_birth"
    assert ("conditions", "onset_age_unit") not in flagged


def test_a_position_in_a_video_is_no_place() -> None:
    flagged = _flagged("""
CREATE TABLE video_playback_events (
    actor_id VARCHAR(255), video_position DECIMAL(9, 3), pickup_position POINT
);""")
    assert ("video_playback_events", "video_position") not in flagged
    assert flagged[("video_playback_events", "pickup_position")] == "location.precise"


ASPECTS_BLOCKS = """
version: 2
models:
  - name: dim_course_blocks
    columns:
      - name: course_key
        description: The CourseKey for this course run
      - name: display_name_with_location
        description: The block's display name with section, subsection, and unit prepended to the name.
      - name: location
        description: The location of the block
  - name: students
    columns:
      - name: display_name
        description: The student's display name
"""


def test_a_things_display_name_is_no_ones_and_leaves_its_table_no_ones(tmp_path: Path) -> None:
    (tmp_path / "schema.yml").write_text(ASPECTS_BLOCKS)
    flagged = static_flagged(read_static([tmp_path / "schema.yml"]))
    assert ("dim_course_blocks", "display_name_with_location") not in flagged
    assert ("dim_course_blocks", "location") not in flagged  # (a block's place in its course, no one's)
    assert flagged[("students", "display_name")] == "identity.person_name"
