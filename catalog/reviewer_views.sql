-- Views for privacy reviewers, over the latest scan (scan_diff: the latest two scans).
-- Documented with example queries in docs/catalog.md; applied after views.sql.

-- ISO 8601 duration ('P90D', 'P1Y6M', 'PT12H') in days, as catalog/durations.py computes it
-- (calendar units as average lengths); NULL for NULL.
CREATE OR REPLACE MACRO iso_duration_days(d) AS (
    WITH parts AS (SELECT split_part(d, 'T', 1) AS ymd, split_part(d, 'T', 2) AS hms)
    SELECT CASE WHEN d IS NULL THEN NULL ELSE
        coalesce(TRY_CAST(regexp_extract(ymd, '(\d+)Y', 1) AS DOUBLE), 0) * 365.2425
      + coalesce(TRY_CAST(regexp_extract(ymd, '(\d+)M', 1) AS DOUBLE), 0) * 30.436875
      + coalesce(TRY_CAST(regexp_extract(ymd, '(\d+)W', 1) AS DOUBLE), 0) * 7
      + coalesce(TRY_CAST(regexp_extract(ymd, '(\d+)D', 1) AS DOUBLE), 0)
      + coalesce(TRY_CAST(regexp_extract(hms, '(\d+)H', 1) AS DOUBLE), 0) / 24
      + coalesce(TRY_CAST(regexp_extract(hms, '(\d+)M', 1) AS DOUBLE), 0) / 1440
      + coalesce(TRY_CAST(regexp_extract(hms, '(\d+)S', 1) AS DOUBLE), 0) / 86400 END
    FROM parts
);

-- The data map of the latest scan: one row per field and category, where the category is the
-- detected one or, for a field where nothing was detected, the one its declaration states.
-- category_source: detected | declared.
CREATE OR REPLACE VIEW data_map AS
SELECT
    fi.scan_id,
    fi.dataset,
    fi.field,
    coalesce(fi.category, fi.declared_category) AS category,
    CASE WHEN fi.category IS NULL THEN 'declared' ELSE 'detected' END AS category_source,
    fi.entity,
    fi.confidence,
    fi.is_primary,
    fi.status,
    fi.declared_category,
    coalesce(fi.purposes, []::VARCHAR[]) AS purposes,
    fi.retention,
    decl.retention_days,
    fi.retention_basis,
    fi.consent
FROM field_inventory fi
LEFT JOIN declarations decl ON decl.scan_id = fi.scan_id AND decl.declaration_id = fi.declaration_id
WHERE coalesce(fi.category, fi.declared_category, 'none') <> 'none';

-- One row per category present in the latest scan's data map: the clause that discloses it
-- (NULL: the policy never does), where it is, and what the data map declares for it.
CREATE OR REPLACE VIEW category_summary AS
SELECT
    dm.category,
    any_value(pc.name_en) AS category_name,
    any_value(pc.clause) AS clause,
    any_value(pc.clause) IS NOT NULL AS disclosed,
    count(DISTINCT dm.dataset) AS datasets,
    count(DISTINCT (dm.dataset, dm.field)) AS fields,
    count(DISTINCT (dm.dataset, dm.field)) FILTER (WHERE dm.status IN ('undeclared', 'mismatch')) AS undeclared_fields,
    list_sort(list_distinct(flatten(list(dm.purposes)))) AS purposes,
    list_sort(list_distinct(list(dm.retention))) AS retention,
    max(dm.retention_days) AS max_retention_days,
    list_sort(list_distinct(list(dm.dataset))) AS dataset_names,
    any_value(pc.fideslang) AS fideslang
FROM data_map dm
LEFT JOIN policy_categories pc ON pc.scan_id = dm.scan_id AND pc.category = dm.category
GROUP BY dm.category
ORDER BY fields DESC, dm.category;

-- Policy against data, per category of the policy plus any category or entity found that the
-- policy does not list. status:
--   gap          found in the data, the policy never discloses it
--   disclosed    found and disclosed
--   unseen       disclosed by the policy, found nowhere in the latest scan
--   absent       neither disclosed nor found
--   unmapped     an entity type found that the policy has no category for (category NULL)
CREATE OR REPLACE VIEW policy_coverage AS
WITH found AS (
    SELECT category, entity, count(DISTINCT (dataset, field)) AS fields, count(DISTINCT dataset) AS datasets
    FROM field_inventory
    WHERE entity IS NOT NULL
    GROUP BY ALL
), by_category AS (
    SELECT category, sum(fields) AS fields, list_sort(list(entity)) AS entities
    FROM found WHERE category IS NOT NULL GROUP BY category
), datasets_by_category AS (
    SELECT category, count(DISTINCT dataset) AS datasets
    FROM field_inventory WHERE category IS NOT NULL GROUP BY category
), policy AS (
    SELECT * FROM policy_categories WHERE scan_id = (SELECT scan_id FROM latest_scan)
)
SELECT
    coalesce(p.category, b.category) AS category,
    NULL::VARCHAR AS entity,
    p.clause,
    p.clause IS NOT NULL AS disclosed,
    coalesce(b.fields, 0)::BIGINT AS fields,
    coalesce(dc.datasets, 0)::BIGINT AS datasets,
    CASE
        WHEN b.category IS NOT NULL AND p.clause IS NULL THEN 'gap'
        WHEN b.category IS NOT NULL THEN 'disclosed'
        WHEN p.clause IS NOT NULL THEN 'unseen'
        ELSE 'absent'
    END AS status
FROM policy p
FULL OUTER JOIN by_category b ON b.category = p.category
LEFT JOIN datasets_by_category dc ON dc.category = coalesce(p.category, b.category)
UNION ALL
SELECT NULL, entity, NULL, false, fields, datasets, 'unmapped'
FROM found WHERE category IS NULL
ORDER BY array_position(['gap', 'unmapped', 'disclosed', 'unseen', 'absent'], status), category, entity;

-- Category x purpose of the latest scan's data map: how many fields and datasets of a category
-- are declared for a purpose, and whether the policy allows that purpose for the category.
CREATE OR REPLACE VIEW purpose_matrix AS
WITH pairs AS (
    SELECT scan_id, dataset, field, category, unnest(purposes) AS purpose FROM data_map
)
SELECT
    p.category,
    p.purpose,
    any_value(t.clause) AS purpose_clause,
    count(DISTINCT (p.dataset, p.field)) AS fields,
    count(DISTINCT p.dataset) AS datasets,
    coalesce(list_contains(any_value(pc.allowed_purposes), p.purpose), false) AS allowed
FROM pairs p
LEFT JOIN policy_terms t ON t.scan_id = p.scan_id AND t.kind = 'purpose' AND t.term = p.purpose
LEFT JOIN policy_categories pc ON pc.scan_id = p.scan_id AND pc.category = p.category
GROUP BY p.category, p.purpose
ORDER BY p.category, p.purpose;

-- Retention per dataset and category of the latest scan: what the data map declares, the
-- policy's limit (category max_retention, else the basis' max_duration), and how old the oldest
-- event in the sample was when scanned. status, first that applies:
--   undeclared           no retention declared
--   exceeds_policy       the declared retention is longer than the policy allows
--   held_longer          the data holds events older than the declared retention
--   ok                   within both (or no event time to judge by)
CREATE OR REPLACE VIEW retention_overview AS
WITH per_dataset AS (
    SELECT
        dm.scan_id, dm.dataset, dm.category,
        count(*) AS fields,
        arg_max(dm.retention, dm.retention_days) AS retention,  -- the longest declared
        max(dm.retention_days) AS retention_days,
        list_sort(list_distinct(list(dm.retention_basis))) AS bases,
        any_value(dm.retention_basis) AS basis
    FROM data_map dm
    GROUP BY ALL
), judged AS (
    SELECT
        r.*,
        coalesce(pc.max_retention, t.max_duration) AS policy_max_retention,
        iso_duration_days(coalesce(pc.max_retention, t.max_duration)) AS policy_max_days,
        d.oldest_event,
        d.newest_event,
        round(epoch(s.started_at - d.oldest_event) / 86400, 1) AS oldest_event_age_days
    FROM per_dataset r
    JOIN scans s ON s.scan_id = r.scan_id
    LEFT JOIN datasets d ON d.scan_id = r.scan_id AND d.dataset = r.dataset
    LEFT JOIN policy_categories pc ON pc.scan_id = r.scan_id AND pc.category = r.category
    LEFT JOIN policy_terms t ON t.scan_id = r.scan_id AND t.kind = 'retention_basis' AND t.term = r.basis
)
SELECT
    dataset, category, fields, retention, retention_days, bases AS retention_bases,
    policy_max_retention, policy_max_days, oldest_event, newest_event, oldest_event_age_days,
    CASE
        WHEN retention_days IS NULL THEN 'undeclared'
        WHEN policy_max_days IS NOT NULL AND retention_days > policy_max_days THEN 'exceeds_policy'
        WHEN oldest_event_age_days > retention_days THEN 'held_longer'
        ELSE 'ok'
    END AS status
FROM judged
ORDER BY dataset, category;

-- Personal data found in the latest scan that the data map does not declare (no declaration
-- covers the field) or declares as something else (mismatch).
CREATE OR REPLACE VIEW undeclared_personal_data AS
SELECT
    fi.dataset, fi.field, fi.category, fi.entity, fi.confidence, fi.is_primary,
    fi.clause, fi.clause IS NOT NULL AS disclosed,
    fi.status, fi.declared_category, fi.examples
FROM field_inventory fi
WHERE fi.entity IS NOT NULL AND fi.status IN ('undeclared', 'mismatch')
ORDER BY fi.clause IS NOT NULL, fi.dataset, fi.field, fi.category;

-- What changed between two scans: datasets and fields added or gone, and categories a field
-- gained or lost (accepted detections). kind: dataset | field | category; change: added | gone.
CREATE OR REPLACE MACRO scan_diff_between(old_scan, new_scan) AS TABLE
WITH
    ds_old AS (SELECT dataset FROM datasets WHERE scan_id = old_scan),
    ds_new AS (SELECT dataset FROM datasets WHERE scan_id = new_scan),
    f_old AS (SELECT dataset, field FROM fields WHERE scan_id = old_scan),
    f_new AS (SELECT dataset, field FROM fields WHERE scan_id = new_scan),
    c_old AS (SELECT DISTINCT dataset, field, category FROM detections
              WHERE scan_id = old_scan AND accepted AND category IS NOT NULL),
    c_new AS (SELECT DISTINCT dataset, field, category FROM detections
              WHERE scan_id = new_scan AND accepted AND category IS NOT NULL),
    changes AS (
        SELECT 'dataset' AS kind, 'added' AS change, dataset, NULL::VARCHAR AS field, NULL::VARCHAR AS category
            FROM (SELECT * FROM ds_new EXCEPT SELECT * FROM ds_old)
        UNION ALL SELECT 'dataset', 'gone', dataset, NULL, NULL FROM (SELECT * FROM ds_old EXCEPT SELECT * FROM ds_new)
        UNION ALL SELECT 'field', 'added', dataset, field, NULL FROM (SELECT * FROM f_new EXCEPT SELECT * FROM f_old)
        UNION ALL SELECT 'field', 'gone', dataset, field, NULL FROM (SELECT * FROM f_old EXCEPT SELECT * FROM f_new)
        UNION ALL SELECT 'category', 'added', * FROM (SELECT * FROM c_new EXCEPT SELECT * FROM c_old)
        UNION ALL SELECT 'category', 'gone', * FROM (SELECT * FROM c_old EXCEPT SELECT * FROM c_new)
    )
SELECT old_scan::INTEGER AS old_scan, new_scan::INTEGER AS new_scan, kind, change, dataset, field, category
FROM changes;

-- scan_diff_between for the latest scan against the one before it; empty after a single scan.
CREATE OR REPLACE VIEW scan_diff AS
SELECT *
FROM scan_diff_between((SELECT max(scan_id) FROM scans WHERE scan_id < (SELECT scan_id FROM latest_scan)),
                       (SELECT scan_id FROM latest_scan))
WHERE old_scan IS NOT NULL;
