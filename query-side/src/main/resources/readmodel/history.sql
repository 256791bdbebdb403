-- Versions of accounts, contacts and opportunities with the interval each was valid in (event time),
-- for hierarchies and pipeline reports as they stood at any instant. valid_to is open (NULL) for the
-- current version.
CREATE TABLE account_history (
    account_id UUID                     NOT NULL,
    sequence   BIGINT                   NOT NULL,
    valid_from TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to   TIMESTAMP WITH TIME ZONE,
    parent_id  UUID,
    status     VARCHAR(16)              NOT NULL,
    name       VARCHAR(200)             NOT NULL,
    kind       VARCHAR(16)              NOT NULL,
    industry   VARCHAR(100),
    country    VARCHAR(2),
    region     VARCHAR(6),
    owner_id   UUID,
    CONSTRAINT pk_account_history PRIMARY KEY (account_id, sequence)
);
CREATE INDEX ix_account_history_valid ON account_history (valid_from, valid_to);
-- Each history event copies the entity's current version (valid_to IS NULL) and closes it; without this
-- index finding it scanned every version of the entity.
CREATE INDEX ix_account_history_current ON account_history (account_id, valid_to);
-- A hierarchy as of an instant walks down its subtree level by level (PointInTime.subtreeAt): children by parent,
-- contacts and opportunities by account. Without these it read every version valid then, of every tree.
CREATE INDEX ix_account_history_parent ON account_history (parent_id, valid_from);

CREATE TABLE contact_history (
    contact_id UUID                     NOT NULL,
    sequence   BIGINT                   NOT NULL,
    valid_from TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to   TIMESTAMP WITH TIME ZONE,
    account_id UUID                     NOT NULL,
    CONSTRAINT pk_contact_history PRIMARY KEY (contact_id, sequence)
);
CREATE INDEX ix_contact_history_valid ON contact_history (valid_from, valid_to);
CREATE INDEX ix_contact_history_current ON contact_history (contact_id, valid_to);
CREATE INDEX ix_contact_history_account ON contact_history (account_id, valid_from);

CREATE TABLE opportunity_history (
    opportunity_id UUID                     NOT NULL,
    sequence       BIGINT                   NOT NULL,
    valid_from     TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to       TIMESTAMP WITH TIME ZONE,
    account_id     UUID                     NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    stage          VARCHAR(32)              NOT NULL,
    amount         NUMERIC(38, 6)           NOT NULL,
    currency       VARCHAR(3)               NOT NULL,
    probability    INTEGER                  NOT NULL,
    CONSTRAINT pk_opportunity_history PRIMARY KEY (opportunity_id, sequence)
);
CREATE INDEX ix_opportunity_history_valid ON opportunity_history (valid_from, valid_to);
CREATE INDEX ix_opportunity_history_current ON opportunity_history (opportunity_id, valid_to);
CREATE INDEX ix_opportunity_history_account ON opportunity_history (account_id, valid_from);
