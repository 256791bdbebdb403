-- The people Kontor holds data about, for the right of access: every contact and lead with its email
-- (lower case) and, for a converted lead, the contact it became; a contact's legal hold. An erased
-- person keeps a row without email (so a late event cannot bring it back).
CREATE TABLE data_subject (
    subject_id     UUID                     NOT NULL,
    kind           VARCHAR(8)               NOT NULL,
    email_key      VARCHAR(254),
    contact_id     UUID,
    legal_hold     VARCHAR(1000),
    hold_placed_by VARCHAR(255),
    hold_placed_at TIMESTAMP WITH TIME ZONE,
    version        BIGINT                   NOT NULL,
    CONSTRAINT pk_data_subject PRIMARY KEY (subject_id)
);
CREATE INDEX ix_data_subject_email ON data_subject (email_key);
CREATE INDEX ix_data_subject_contact ON data_subject (contact_id);

-- Who was erased, when, by whom and why; no personal data.
CREATE TABLE erasure_record (
    subject_id UUID                     NOT NULL,
    erasure_id UUID                     NOT NULL,
    kind       VARCHAR(8)               NOT NULL,
    reason     VARCHAR(1000)            NOT NULL,
    erased_by  VARCHAR(255),
    erased_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_erasure_record PRIMARY KEY (subject_id)
);
CREATE INDEX ix_erasure_record_erasure ON erasure_record (erasure_id);
