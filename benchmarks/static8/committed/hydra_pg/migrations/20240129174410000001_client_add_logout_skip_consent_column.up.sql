ALTER TABLE hydra_client ADD COLUMN skip_logout_consent BOOLEAN NULL;
