-- Imports from other CRMs (Salesforce, HubSpot): what the command side needs to apply them in any order,
-- recognise their records on the next import, and undo them.

-- A record's id in another system belongs to one Kontor record per source and object: the primary key is
-- the rule. Written by the aggregates' registry in the command's transaction. imported_values is what the
-- last import said about the record (JSON), so that a later export changes only what changed at the source.
CREATE TABLE external_id_claim (
    source          VARCHAR(40)   NOT NULL,
    record_type     VARCHAR(24)   NOT NULL,
    external_id     VARCHAR(255)  NOT NULL,
    aggregate_id    UUID          NOT NULL,
    imported_values VARCHAR(8000),
    -- The id first: a chunk looks its rows up with external_id IN (...), which H2 serves from an index only
    -- when the IN column leads it (with source first it scanned every claim of the source).
    CONSTRAINT pk_external_id_claim PRIMARY KEY (external_id, source, record_type)
);
CREATE INDEX ix_external_id_claim_aggregate ON external_id_claim (aggregate_id);

-- What lead matching compares, kept by the command side for the import's duplicate candidates: the
-- company-name key and the website's registrable domain of every open account.
CREATE TABLE account_match_key (
    account_id     UUID         NOT NULL,
    name_key       VARCHAR(400),
    website_domain VARCHAR(253),
    CONSTRAINT pk_account_match_key PRIMARY KEY (account_id)
);
CREATE INDEX ix_account_match_key_name ON account_match_key (name_key);
CREATE INDEX ix_account_match_key_domain ON account_match_key (website_domain);

-- One row per import: its state and counts, written in each chunk's transaction, so it never claims more
-- or less than the event store holds. owner and heartbeat_at say which node runs it and that it still does.
CREATE TABLE import_job (
    id             UUID                     NOT NULL,
    source         VARCHAR(16)              NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    principal      VARCHAR(255)             NOT NULL,
    correlation_id VARCHAR(255)             NOT NULL,
    currency       VARCHAR(3),
    atomic         BOOLEAN                  NOT NULL,
    total_rows     INTEGER                  NOT NULL,
    done_rows      INTEGER                  NOT NULL,
    created        INTEGER                  NOT NULL,
    updated        INTEGER                  NOT NULL,
    unchanged      INTEGER                  NOT NULL,
    matched        INTEGER                  NOT NULL,
    failed         INTEGER                  NOT NULL,
    next_step      INTEGER                  NOT NULL,
    owner          VARCHAR(255),
    heartbeat_at   TIMESTAMP WITH TIME ZONE,
    accepted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE,
    failure        VARCHAR(2000),
    event_position BIGINT,
    reverted_by    VARCHAR(255),
    revert_correlation_id VARCHAR(255),
    CONSTRAINT pk_import_job PRIMARY KEY (id)
);
CREATE INDEX ix_import_job_status ON import_job (status, accepted_at);

-- The uploaded files, kept until the import ends so that a restarted node can resume it.
CREATE TABLE import_file (
    import_id UUID         NOT NULL,
    ordinal   INTEGER      NOT NULL,
    name      VARCHAR(255) NOT NULL,
    charset   VARCHAR(40),
    size      BIGINT       NOT NULL,
    content   BYTEA,
    CONSTRAINT pk_import_file PRIMARY KEY (import_id, ordinal)
);

-- Row errors, warnings and duplicate candidates, in the order they were found.
CREATE TABLE import_problem (
    import_id UUID          NOT NULL,
    seq       INTEGER       NOT NULL,
    kind      VARCHAR(16)   NOT NULL,
    file      VARCHAR(255),
    line      INTEGER,
    object    VARCHAR(32),
    field     VARCHAR(100),
    message   VARCHAR(2000) NOT NULL,
    record_id UUID,
    CONSTRAINT pk_import_problem PRIMARY KEY (import_id, seq)
);

-- Every record an import created or changed, with what the previous import had said about it: revert
-- reads the record's history from the event store and undoes exactly this import's part of it.
CREATE TABLE import_change (
    import_id       UUID          NOT NULL,
    record_type     VARCHAR(24)   NOT NULL,
    aggregate_id    UUID          NOT NULL,
    contact_id      UUID,
    action          VARCHAR(16)   NOT NULL,
    source          VARCHAR(40)   NOT NULL,
    external_id     VARCHAR(255)  NOT NULL,
    previous_values VARCHAR(8000),
    CONSTRAINT pk_import_change PRIMARY KEY (import_id, record_type, aggregate_id, external_id)
);

-- Chunks of imports from the same source take their source's row first: two imports of one export never
-- interleave their claims of the same ids.
CREATE TABLE import_lock (
    source VARCHAR(40) NOT NULL,
    CONSTRAINT pk_import_lock PRIMARY KEY (source)
);
INSERT INTO import_lock (source) VALUES ('salesforce');
INSERT INTO import_lock (source) VALUES ('hubspot');
