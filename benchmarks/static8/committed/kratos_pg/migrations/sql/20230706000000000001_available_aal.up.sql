ALTER TABLE identities ADD COLUMN available_aal VARCHAR(4) NULL;
