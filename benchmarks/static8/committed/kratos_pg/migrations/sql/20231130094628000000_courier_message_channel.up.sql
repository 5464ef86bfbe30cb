ALTER TABLE
  courier_messages
ADD
  column channel VARCHAR(32) NULL;