ALTER TABLE identities ADD metadata_public jsonb NULL;
ALTER TABLE identities ADD metadata_admin jsonb NULL;
