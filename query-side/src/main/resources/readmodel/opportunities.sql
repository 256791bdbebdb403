-- Opportunities as the query side shows them, with their buying center.
CREATE TABLE opportunity_view (
    id                   UUID                     NOT NULL,
    account_id           UUID                     NOT NULL,
    name                 VARCHAR(200)             NOT NULL,
    amount               NUMERIC(38, 6)           NOT NULL,
    currency             VARCHAR(3)               NOT NULL,
    stage                VARCHAR(32)              NOT NULL,
    probability          INTEGER                  NOT NULL,
    probability_explicit BOOLEAN                  NOT NULL,
    status               VARCHAR(16)              NOT NULL,
    expected_close_date  DATE,
    owner_id             UUID,
    close_reason         VARCHAR(1000),
    opened_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at            TIMESTAMP WITH TIME ZONE,
    external_ids         VARCHAR(2000),
    version              BIGINT                   NOT NULL,
    CONSTRAINT pk_opportunity_view PRIMARY KEY (id)
);
CREATE INDEX ix_opportunity_view_account ON opportunity_view (account_id, status);

-- A seat: role is its primary role (the one closest to the decision), roles all of them, comma-separated.
CREATE TABLE opportunity_stakeholder (
    opportunity_id UUID         NOT NULL,
    contact_id     UUID         NOT NULL,
    role           VARCHAR(32)  NOT NULL,
    influence      INTEGER      NOT NULL,
    interest       INTEGER      NOT NULL,
    roles          VARCHAR(120) NOT NULL,
    attitude       INTEGER      NOT NULL,
    coverage       VARCHAR(16)  NOT NULL,
    raci           VARCHAR(1),
    CONSTRAINT pk_opportunity_stakeholder PRIMARY KEY (opportunity_id, contact_id)
);
-- A person's seats, for the right of access.
CREATE INDEX ix_opportunity_stakeholder_contact ON opportunity_stakeholder (contact_id);
