ALTER TABLE hydra_client ADD rotated_secrets JSONB NULL;
