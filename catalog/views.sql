-- Views over the latest scan. Documented in docs/catalog.md.

CREATE OR REPLACE VIEW latest_scan AS
SELECT max(scan_id) AS scan_id FROM scans;

-- One row per field and accepted category of the latest scan (category NULL for a field with
-- no personal data), with the clause that discloses it and what the data map declares.
-- status: declared | undeclared | mismatch | not_personal.
CREATE OR REPLACE VIEW field_inventory AS
WITH accepted AS (
    SELECT d.*,
           max(CASE WHEN d.is_primary THEN d.confidence END)
               OVER (PARTITION BY d.scan_id, d.dataset, d.field) AS primary_confidence
    FROM detections d
    WHERE d.accepted AND d.scan_id = (SELECT scan_id FROM latest_scan)
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
    f.origin
FROM fields f
LEFT JOIN accepted a USING (scan_id, dataset, field)
LEFT JOIN policy_categories pc ON pc.scan_id = f.scan_id AND pc.category = a.category
LEFT JOIN field_declarations fd ON fd.scan_id = f.scan_id AND fd.dataset = f.dataset AND fd.field = f.field
LEFT JOIN declarations decl ON decl.scan_id = fd.scan_id AND decl.declaration_id = fd.declaration_id
WHERE f.scan_id = (SELECT scan_id FROM latest_scan);
