ALTER TABLE selfservice_verification_flows ADD COLUMN session_id UUID;
