-- Views over what the data says about the people in it (teens, re-identification risk), and
-- the identifiers a subject-rights request is served by. Documented in docs/catalog.md.

-- Per current field holding a date of birth or an age: how many sampled people are younger
-- than the policy's teen age, and whether the data map declares the guardian consent the
-- policy requires for such data (clause 9).
-- consent_status: no_teens | consented | no_guardian_consent | not_required
CREATE OR REPLACE VIEW teen_data AS
WITH required AS (
    SELECT scan_id, any_value(consent) AS consent
    FROM policy_categories
    WHERE list_has_any(entities, ['DATE_OF_BIRTH', 'AGE'])
    GROUP BY scan_id
)
SELECT
    ap.dataset,
    ap.field,
    ap.entity,
    ap.people,
    ap.under_age,
    round(ap.under_age / nullif(ap.people, 0), 4) AS teen_share,
    ap.teen_age,
    r.consent AS required_consent,
    (SELECT string_agg(DISTINCT fi.consent, ', ') FROM field_inventory fi
     WHERE fi.dataset = ap.dataset AND fi.consent IS NOT NULL) AS declared_consents,
    CASE
        WHEN ap.under_age = 0 THEN 'no_teens'
        WHEN r.consent IS NULL THEN 'not_required'
        WHEN EXISTS (SELECT 1 FROM field_inventory fi
                     WHERE fi.dataset = ap.dataset AND fi.consent = r.consent) THEN 'consented'
        ELSE 'no_guardian_consent'
    END AS consent_status
FROM age_profiles ap
JOIN current_datasets cd ON cd.dataset = ap.dataset AND cd.scan_id = ap.scan_id
LEFT JOIN required r ON r.scan_id = ap.scan_id
ORDER BY ap.dataset, ap.field;

-- Per current dataset: its quasi-identifiers (device attributes, approximate location, date of
-- birth, postal address) and how well their combination singles people out, with the
-- purposes the data map declares for the dataset and whether one of them needs to recognise
-- a person or device (`singles_out` in the policy).
CREATE OR REPLACE VIEW reidentification_risk AS
WITH declared AS (
    SELECT fi.dataset, list_sort(list_distinct(flatten(list(fi.purposes)))) AS purposes
    FROM field_inventory fi
    WHERE fi.purposes IS NOT NULL
    GROUP BY fi.dataset
),
needs AS (
    SELECT scan_id, list(term) AS purposes
    FROM policy_terms WHERE kind = 'purpose' AND coalesce(singles_out, false)
    GROUP BY scan_id
)
SELECT
    r.dataset,
    r.fields AS quasi_identifiers,
    len(r.fields) AS attributes,
    r.rows,
    r.entropy_bits,
    r.unique_share,
    r.min_group_size AS k,
    r.prior_bits,
    r.method,
    r.near_unique,
    d.purposes AS declared_purposes,
    coalesce(list_has_any(d.purposes, n.purposes), false) AS purpose_needs_it,
    CASE
        WHEN NOT r.near_unique THEN 'low'
        WHEN coalesce(list_has_any(d.purposes, n.purposes), false) THEN 'expected'
        ELSE 'high'
    END AS risk
FROM reidentification r
JOIN current_datasets cd ON cd.dataset = r.dataset AND cd.scan_id = r.scan_id
LEFT JOIN declared d ON d.dataset = r.dataset
LEFT JOIN needs n ON n.scan_id = r.scan_id
ORDER BY r.near_unique DESC, r.unique_share DESC NULLS LAST, r.dataset;

-- Per current field of a sensitive category (PIPL art. 28: the policy's `sensitive: true`):
-- whether the data map covers it with a separate consent (art. 29: a consent the policy marks
-- `separate`) or states another legal basis (art. 13). Rule DM022 checks the same.
-- status: separate_consent | legal_basis | missing
CREATE OR REPLACE VIEW sensitive_data AS
SELECT DISTINCT
    dm.dataset,
    dm.field,
    dm.category,
    pc.clause,
    dm.consent,
    decl.legal_basis,
    CASE
        WHEN coalesce(t.separate, false) THEN 'separate_consent'
        WHEN decl.legal_basis IS NOT NULL THEN 'legal_basis'
        ELSE 'missing'
    END AS status
FROM data_map dm
JOIN policy_categories pc ON pc.scan_id = dm.scan_id AND pc.category = dm.category AND coalesce(pc.sensitive, false)
LEFT JOIN field_inventory fi ON fi.scan_id = dm.scan_id AND fi.dataset = dm.dataset AND fi.field = dm.field
LEFT JOIN declarations decl ON decl.scan_id = fi.scan_id AND decl.declaration_id = fi.declaration_id
LEFT JOIN policy_terms t ON t.scan_id = dm.scan_id AND t.kind = 'consent' AND t.term = dm.consent
WHERE dm.scan_id = (SELECT scan_id FROM latest_scan);
