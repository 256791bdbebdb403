-- Issue 16: crypto-shredding of personal data, and a tamper-evident event log.

-- One AES-256 key per person (contact or lead). Erasure sets data_key to NULL in the erasure's own
-- transaction: the row stays as a tombstone, so nothing encrypts for that person again.
CREATE TABLE subject_key (
    subject_id UUID                     NOT NULL,
    data_key   BYTEA,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_subject_key PRIMARY KEY (subject_id)
);

-- Each event's SHA-256, chained to its aggregate's previous event (see EventHashes).
ALTER TABLE domain_event_entry ADD COLUMN event_hash BYTEA;

-- The log's running hash at a position, optionally signed (Ed25519) with a key the database never sees.
CREATE TABLE integrity_checkpoint (
    position   BIGINT                   NOT NULL,
    events     BIGINT                   NOT NULL,
    log_hash   BYTEA                    NOT NULL,
    signature  BYTEA,
    key_id     VARCHAR(64),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_integrity_checkpoint PRIMARY KEY (position)
);

-- Every lead with its email and the contact it became: an erasure by email or lead finds the whole person.
CREATE TABLE lead_registry (
    lead_id    UUID NOT NULL,
    email_key  VARCHAR(254),
    contact_id UUID,
    CONSTRAINT pk_lead_registry PRIMARY KEY (lead_id)
);
CREATE INDEX ix_lead_registry_email ON lead_registry (email_key);
CREATE INDEX ix_lead_registry_contact ON lead_registry (contact_id);
-- The unique key leads with the account; an erasure by email looks contacts up by the email alone.
CREATE INDEX ix_contact_registry_email ON contact_registry (email_key);
