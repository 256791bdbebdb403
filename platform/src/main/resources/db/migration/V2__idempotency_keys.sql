-- Answers to POST requests that carried an Idempotency-Key, so a retry gets the first answer again.
CREATE TABLE idempotency_key (
    principal      VARCHAR(255)             NOT NULL,
    idem_key       VARCHAR(255)             NOT NULL,
    request_hash   VARCHAR(64)              NOT NULL,
    state          VARCHAR(16)              NOT NULL,
    status         INTEGER,
    content_type   VARCHAR(255),
    location       VARCHAR(2048),
    etag           VARCHAR(64),
    event_position VARCHAR(32),
    body           BYTEA,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_idempotency_key PRIMARY KEY (principal, idem_key)
);
CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at);
