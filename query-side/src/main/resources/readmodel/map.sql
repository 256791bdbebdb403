-- The account map read model (io.kontor.query.map). Accounts, contacts, seats and relationships are kept
-- as periods of event time (valid_from inclusive, valid_to exclusive, NULL while current), each keyed by the global
-- position of the event that began it, so a map can be drawn as it stood at any instant. An account's period
-- holds its parent, not its headquarters: a move of a subtree begins one period, of the account moved, and a
-- reader finds a hierarchy by walking down the parents valid at the instant (ix_map_account_parent).
CREATE TABLE map_account (
    account_id      UUID                     NOT NULL,
    from_position   BIGINT                   NOT NULL,
    valid_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to        TIMESTAMP WITH TIME ZONE,
    parent_id       UUID,
    name            VARCHAR(200)             NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    CONSTRAINT pk_map_account PRIMARY KEY (account_id, from_position)
);
CREATE INDEX ix_map_account_current ON map_account (account_id, valid_to);
CREATE INDEX ix_map_account_parent ON map_account (parent_id, valid_to);

CREATE TABLE map_contact (
    contact_id    UUID                     NOT NULL,
    from_position BIGINT                   NOT NULL,
    valid_from    TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to      TIMESTAMP WITH TIME ZONE,
    account_id    UUID                     NOT NULL,
    first_name    VARCHAR(100)             NOT NULL,
    last_name     VARCHAR(100)             NOT NULL,
    job_title     VARCHAR(150),
    CONSTRAINT pk_map_contact PRIMARY KEY (contact_id, from_position)
);
CREATE INDEX ix_map_contact_current ON map_contact (contact_id, valid_to);
CREATE INDEX ix_map_contact_account ON map_contact (account_id, valid_to);
CREATE INDEX ix_map_contact_account_from ON map_contact (account_id, valid_from);

CREATE TABLE map_seat (
    opportunity_id UUID                     NOT NULL,
    contact_id     UUID                     NOT NULL,
    from_position  BIGINT                   NOT NULL,
    valid_from     TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to       TIMESTAMP WITH TIME ZONE,
    roles          VARCHAR(120)             NOT NULL,
    influence      INTEGER                  NOT NULL,
    interest       INTEGER                  NOT NULL,
    attitude       INTEGER                  NOT NULL,
    coverage       VARCHAR(16)              NOT NULL,
    raci           VARCHAR(1),
    CONSTRAINT pk_map_seat PRIMARY KEY (opportunity_id, contact_id, from_position)
);
CREATE INDEX ix_map_seat_current ON map_seat (opportunity_id, valid_to);
CREATE INDEX ix_map_seat_from ON map_seat (opportunity_id, valid_from);

-- Each relationship as it is now (the contact's relationships list: current and ended, with their dates),
-- with the source contact's sequence number for idempotency; and its periods on the map: from the event
-- that recorded it to the one that ended it, with the strength, sentiment and note of each period.
CREATE TABLE map_relationship (
    relationship_id UUID        NOT NULL,
    from_contact_id UUID        NOT NULL,
    type            VARCHAR(32) NOT NULL,
    to_contact_id   UUID,
    to_account_id   UUID,
    strength        INTEGER     NOT NULL,
    sentiment       INTEGER     NOT NULL,
    starts_on       DATE        NOT NULL,
    ends_on         DATE,
    end_cause       VARCHAR(32),
    note            VARCHAR(2000),
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_map_relationship PRIMARY KEY (relationship_id)
);
CREATE INDEX ix_map_relationship_from ON map_relationship (from_contact_id);
CREATE INDEX ix_map_relationship_to ON map_relationship (to_contact_id);

CREATE TABLE map_relationship_period (
    relationship_id UUID                     NOT NULL,
    from_position   BIGINT                   NOT NULL,
    valid_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to        TIMESTAMP WITH TIME ZONE,
    from_contact_id UUID                     NOT NULL,
    type            VARCHAR(32)              NOT NULL,
    to_contact_id   UUID,
    to_account_id   UUID,
    strength        INTEGER                  NOT NULL,
    sentiment       INTEGER                  NOT NULL,
    starts_on       DATE                     NOT NULL,
    note            VARCHAR(2000),
    CONSTRAINT pk_map_relationship_period PRIMARY KEY (relationship_id, from_position)
);
CREATE INDEX ix_map_relationship_period_current ON map_relationship_period (relationship_id, valid_to);
CREATE INDEX ix_map_relationship_period_from ON map_relationship_period (from_contact_id, valid_to);
CREATE INDEX ix_map_relationship_period_from_time ON map_relationship_period (from_contact_id, valid_from);

CREATE TABLE map_opportunity (
    opportunity_id UUID                     NOT NULL,
    account_id     UUID                     NOT NULL,
    name           VARCHAR(200)             NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT pk_map_opportunity PRIMARY KEY (opportunity_id)
);

CREATE TABLE map_review (
    review_id   UUID                     NOT NULL,
    account_id  UUID                     NOT NULL,
    reviewed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by VARCHAR(200),
    note        VARCHAR(2000),
    CONSTRAINT pk_map_review PRIMARY KEY (review_id)
);
CREATE INDEX ix_map_review_account ON map_review (account_id, reviewed_at);
