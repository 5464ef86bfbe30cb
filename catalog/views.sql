-- Views over the latest scan. Documented in docs/catalog.md.

CREATE OR REPLACE VIEW latest_scan AS
SELECT max(scan_id) AS scan_id FROM scans;

-- The scan each dataset's current state comes from. A scan covers the sources it read (or
-- tried to read); each source's datasets come from the latest scan that covered it, so scanning
-- one source leaves the datasets of the others current. For a dataset that failed in that scan
-- (unreadable file, dropped table, dead server), the last scan that did read it, flagged
-- `stale`. A dataset that is simply gone from its source is not carried.
CREATE OR REPLACE VIEW current_datasets AS
WITH covered AS (
    SELECT unnest(sources) AS source, scan_id FROM scans
    UNION
    SELECT source, scan_id FROM scan_errors WHERE coalesce(dataset, '') = '' AND source IS NOT NULL
),
source_scan AS (
    SELECT source, max(scan_id) AS scan_id FROM covered GROUP BY source
),
failed AS (
    SELECT e.dataset, e.source FROM scan_errors e JOIN source_scan s ON s.source = e.source AND s.scan_id = e.scan_id
),
present AS (
    SELECT d.dataset, d.scan_id FROM datasets d JOIN source_scan s ON s.source = d.source AND s.scan_id = d.scan_id
),
carried AS (
    SELECT d.dataset, max(d.scan_id) AS scan_id
    FROM datasets d
    JOIN source_scan s ON s.source = d.source
    WHERE d.scan_id < s.scan_id
      AND d.dataset NOT IN (SELECT dataset FROM present)
      AND (d.dataset IN (SELECT dataset FROM failed WHERE coalesce(dataset, '') <> '')
           OR d.source IN (SELECT source FROM failed WHERE coalesce(dataset, '') = ''))
    GROUP BY d.dataset
)
SELECT dataset, scan_id, false AS stale FROM present
UNION ALL
SELECT dataset, scan_id, true AS stale FROM carried;

-- One row per field and accepted category of the current datasets (category NULL for a field with
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
