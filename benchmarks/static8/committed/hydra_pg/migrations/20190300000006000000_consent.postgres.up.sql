ALTER TABLE hydra_oauth2_consent_request ADD acr TEXT NULL DEFAULT '';
