CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS hydra_oauth2_flow_device_challenge_idx ON hydra_oauth2_flow (device_challenge_id);
