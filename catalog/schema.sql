-- datamap catalog: the DuckDB DDL in one place. Documented in docs/catalog.md.
-- Every table is keyed by scan_id: earlier scans stay queryable, views read the latest.
-- No raw values anywhere: examples are masked, the rest are statistics.

CREATE TABLE IF NOT EXISTS catalog_meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS scans (
    scan_id        INTEGER PRIMARY KEY,
    started_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ NOT NULL,
    sources        VARCHAR[],       -- printable source names, passwords redacted
    policy_name    VARCHAR,
    policy_path    VARCHAR,
    datamap_path   VARCHAR,
    threshold      DOUBLE,
    sample_rows    INTEGER,
    seed           INTEGER,
    datamap_version VARCHAR,
    datasets       INTEGER,
    fields         INTEGER,
    errors         INTEGER
);

CREATE TABLE IF NOT EXISTS datasets (
    scan_id        INTEGER NOT NULL,
    dataset        VARCHAR NOT NULL,
    source         VARCHAR,
    kind           VARCHAR,
    row_count      BIGINT,          -- estimate
    sampled_rows   INTEGER,
    oldest_event   TIMESTAMPTZ,     -- oldest event time seen in the sample
    newest_event   TIMESTAMPTZ,
    notes          VARCHAR[],
    PRIMARY KEY (scan_id, dataset)
);
-- where the connector reads the dataset: a file path, or a table as the JSON pair [schema, name]
ALTER TABLE datasets ADD COLUMN IF NOT EXISTS location VARCHAR;

-- Policy clause 9 (teens): per field holding a date of birth or an age, how many sampled people
-- are younger than the policy's teen age. Counts only: never a birth date.
CREATE TABLE IF NOT EXISTS age_profiles (
    scan_id        INTEGER NOT NULL,
    dataset        VARCHAR NOT NULL,
    field          VARCHAR NOT NULL,
    entity         VARCHAR,          -- DATE_OF_BIRTH or AGE
    people         INTEGER,          -- sampled values that read as a plausible age
    under_age      INTEGER,          -- of them, younger than teen_age
    teen_age       INTEGER,
    PRIMARY KEY (scan_id, dataset, field)
);

-- Re-identification (fingerprinting) risk of each dataset's quasi-identifiers together,
-- measured on the sample rows (method 'sample') or, for a sample too small, a prior summed
-- from published per-attribute entropies (method 'prior'). Statistics only.
CREATE TABLE IF NOT EXISTS reidentification (
    scan_id        INTEGER NOT NULL,
    dataset        VARCHAR NOT NULL,
    fields         VARCHAR[],        -- the quasi-identifier fields
    entities       VARCHAR[],
    rows           INTEGER,          -- sample rows with a quasi-identifier value
    entropy_bits   DOUBLE,           -- joint entropy of the combination in the sample
    unique_share   DOUBLE,           -- share of rows whose combination is unique
    min_group_size INTEGER,          -- k of k-anonymity over the sample
    prior_bits     DOUBLE,           -- sum of per-attribute priors (overstates correlated ones)
    method         VARCHAR,          -- sample | prior
    near_unique    BOOLEAN,
    PRIMARY KEY (scan_id, dataset)
);

CREATE TABLE IF NOT EXISTS fields (
    scan_id        INTEGER NOT NULL,
    dataset        VARCHAR NOT NULL,
    field          VARCHAR NOT NULL, -- column name or dot path (context.device.id)
    declared_type  VARCHAR,
    origin         VARCHAR,          -- column, json, log-field, log-slot, url-param
    comment        VARCHAR,
    is_list        BOOLEAN,
    sampled_values INTEGER,
    null_ratio     DOUBLE,
    distinct_estimate BIGINT,
    PRIMARY KEY (scan_id, dataset, field)
);

-- Every candidate detection with its evidence; `accepted` marks those at or above the
-- scan's threshold that datamap stands behind (the primary one per field, plus entities found
-- embedded in free text).
CREATE TABLE IF NOT EXISTS detections (
    scan_id        INTEGER NOT NULL,
    dataset        VARCHAR NOT NULL,
    field          VARCHAR NOT NULL,
    entity         VARCHAR NOT NULL, -- what the data is (IP_ADDRESS, ADVERTISING_ID, ...)
    category       VARCHAR,          -- what the policy calls it (device.ip_address, ...)
    confidence     DOUBLE NOT NULL,
    accepted       BOOLEAN NOT NULL,
    is_primary     BOOLEAN NOT NULL, -- false: found inside free text
    match_ratio    DOUBLE,
    recognizer     VARCHAR,
    evidence       JSON,             -- the signals: kind, detail, score, match_ratio
    examples       VARCHAR[]         -- masked
);

CREATE TABLE IF NOT EXISTS scan_errors (
    scan_id        INTEGER NOT NULL,
    dataset        VARCHAR,
    source         VARCHAR,
    stage          VARCHAR,
    error          VARCHAR,
    message        VARCHAR
);

-- The policy in force for each scan.
CREATE TABLE IF NOT EXISTS policy_categories (
    scan_id        INTEGER NOT NULL,
    category       VARCHAR NOT NULL,
    clause         VARCHAR,          -- NULL: the policy never discloses this category
    name_en        VARCHAR,
    name_zh        VARCHAR,
    entities       VARCHAR[],
    fideslang      VARCHAR,
    dlp            VARCHAR[],
    allowed_purposes VARCHAR[],
    max_retention  VARCHAR,
    consent        VARCHAR,
    PRIMARY KEY (scan_id, category)
);

CREATE TABLE IF NOT EXISTS policy_terms (
    scan_id        INTEGER NOT NULL,
    kind           VARCHAR NOT NULL, -- purpose | retention_basis | consent
    term           VARCHAR NOT NULL,
    clause         VARCHAR,
    name_en        VARCHAR,
    name_zh        VARCHAR,
    fideslang      VARCHAR,
    max_duration   VARCHAR,
    PRIMARY KEY (scan_id, kind, term)
);
-- a purpose that needs to recognise a person or device (re-identification rule DM021)
ALTER TABLE policy_terms ADD COLUMN IF NOT EXISTS singles_out BOOLEAN;
-- PIPL: sensitive categories (art. 28) and the separate consents that cover them (art. 29)
ALTER TABLE policy_categories ADD COLUMN IF NOT EXISTS sensitive BOOLEAN;
ALTER TABLE policy_terms ADD COLUMN IF NOT EXISTS separate BOOLEAN;
-- the text of the cited clauses in each language, for reports in the reader's language
CREATE TABLE IF NOT EXISTS policy_clauses (
    scan_id        INTEGER NOT NULL,
    clause         VARCHAR NOT NULL,
    text_en        VARCHAR,
    text_zh        VARCHAR,
    PRIMARY KEY (scan_id, clause)
);

-- The data map (datamap.yaml) in force for each scan, and which declaration covers each field.
CREATE TABLE IF NOT EXISTS declarations (
    scan_id        INTEGER NOT NULL,
    declaration_id INTEGER NOT NULL,
    dataset_pattern VARCHAR NOT NULL,
    field_pattern  VARCHAR NOT NULL,
    category       VARCHAR,          -- a category id, or 'none'
    purposes       VARCHAR[],
    retention      VARCHAR,          -- ISO 8601 duration
    retention_days DOUBLE,
    basis          VARCHAR,
    consent        VARCHAR,
    source_file    VARCHAR,
    line           INTEGER,
    PRIMARY KEY (scan_id, declaration_id)
);

CREATE TABLE IF NOT EXISTS field_declarations (
    scan_id        INTEGER NOT NULL,
    dataset        VARCHAR NOT NULL,
    field          VARCHAR NOT NULL,
    declaration_id INTEGER NOT NULL,
    PRIMARY KEY (scan_id, dataset, field)
);

-- a legal basis other than consent for sensitive data (PIPL art. 13), stated in the data map
ALTER TABLE declarations ADD COLUMN IF NOT EXISTS legal_basis VARCHAR;

-- Incremental scans (docs/scale.md): the fingerprint of what was read and of what classified it;
-- reused_from names the scan whose results were copied, unread, because the fingerprint was
-- unchanged (NULL: read in this scan). Catalogs written before have NULL: nothing to reuse.
ALTER TABLE datasets ADD COLUMN IF NOT EXISTS fingerprint VARCHAR;
ALTER TABLE datasets ADD COLUMN IF NOT EXISTS reused_from INTEGER;
ALTER TABLE scans ADD COLUMN IF NOT EXISTS reused INTEGER;  -- datasets reused, unread
-- References across a source (classifiers/references.py): the table.column a column is declared a
-- foreign key to, and what the references pass took a key column for (people, contacts, things),
-- so that a rescan reusing the table reads its keys again. Names only: never a value.
ALTER TABLE fields ADD COLUMN IF NOT EXISTS foreign_key VARCHAR;
ALTER TABLE fields ADD COLUMN IF NOT EXISTS reference_key VARCHAR;
