-- Views over the latest scan. Documented in docs/catalog.md.

CREATE OR REPLACE VIEW latest_scan AS
SELECT max(scan_id) AS scan_id FROM scans;

-- The scan each dataset's current state comes from: the latest scan for what it read, and for
-- a dataset that failed in the latest scan (unreadable file, dropped table, dead server) the
-- last scan that did read it, flagged `stale`. A dataset that is simply gone is not carried.
CREATE OR REPLACE VIEW current_datasets AS
WITH latest AS (SELECT scan_id FROM latest_scan),
failed AS (
    SELECT dataset, source FROM scan_errors WHERE scan_id = (SELECT scan_id FROM latest)
),
present AS (
    SELECT dataset, scan_id FROM datasets WHERE scan_id = (SELECT scan_id FROM latest)
),
carried AS (
    SELECT d.dataset, max(d.scan_id) AS scan_id
    FROM datasets d
    WHERE d.scan_id < (SELECT scan_id FROM latest)
      AND d.dataset NOT IN (SELECT dataset FROM present)
      AND (d.dataset IN (SELECT dataset FROM failed WHERE coalesce(dataset, '') <> '')
           OR d.source IN (SELECT source FROM failed WHERE coalesce(dataset, '') = ''))
    GROUP BY d.dataset
)
SELECT dataset, scan_id, false AS stale FROM present
UNION ALL
SELECT dataset, scan_id, true AS stale FROM carried;

-- One row per field and accepted category of the latest scan (category NULL for a field with
-- no personal data), with the clause that discloses it and what the data map declares.
-- status: declared | undeclared | mismatch | not_personal.
CREATE OR REPLACE VIEW field_inventory AS
WITH accepted AS (
    SELECT d.*,
           max(CASE WHEN d.is_primary THEN d.confidence END)
               OVER (PARTITION BY d.scan_id, d.dataset, d.field) AS primary_confidence
    FROM detections d
    JOIN current_datasets cd ON cd.dataset = d.dataset AND cd.scan_id = d.scan_id
    WHERE d.accepted
)
SELECT
    f.scan_id,
    f.dataset,
    f.field,
    a.entity,
    a.category,
    -- an entity found inside free text never outranks what the field itself is
    CASE WHEN a.is_primary OR a.primary_confidence IS NULL THEN a.confidence
         ELSE least(a.confidence, a.primary_confidence - 0.001) END AS confidence,
    coalesce(a.is_primary, true) AS is_primary,
    pc.clause,
    pc.name_en AS category_name,
    decl.category AS declared_category,
    decl.purposes,
    decl.retention,
    decl.basis AS retention_basis,
    decl.consent,
    decl.declaration_id,
    CASE
        WHEN a.category IS NULL AND coalesce(decl.category, 'none') <> 'none' THEN 'declared'
        WHEN a.category IS NULL THEN 'not_personal'
        WHEN decl.declaration_id IS NULL THEN 'undeclared'
        WHEN decl.category = a.category THEN 'declared'
        ELSE 'mismatch'
    END AS status,
    a.examples,
    a.evidence,
    f.declared_type,
    f.origin,
    cd.stale
FROM fields f
JOIN current_datasets cd ON cd.dataset = f.dataset AND cd.scan_id = f.scan_id
LEFT JOIN accepted a ON a.scan_id = f.scan_id AND a.dataset = f.dataset AND a.field = f.field
LEFT JOIN policy_categories pc ON pc.scan_id = f.scan_id AND pc.category = a.category
LEFT JOIN field_declarations fd ON fd.scan_id = f.scan_id AND fd.dataset = f.dataset AND fd.field = f.field
LEFT JOIN declarations decl ON decl.scan_id = fd.scan_id AND decl.declaration_id = fd.declaration_id;
