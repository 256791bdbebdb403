-- Contacts as the query side shows them.
CREATE TABLE contact_view (
    id         UUID         NOT NULL,
    account_id UUID         NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name  VARCHAR(100) NOT NULL,
    email      VARCHAR(254),
    phone      VARCHAR(40),
    job_title  VARCHAR(150),
    version    BIGINT       NOT NULL,
    CONSTRAINT pk_contact_view PRIMARY KEY (id)
);
CREATE INDEX ix_contact_view_account ON contact_view (account_id, last_name, first_name);

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
    version              BIGINT                   NOT NULL,
    CONSTRAINT pk_opportunity_view PRIMARY KEY (id)
);
CREATE INDEX ix_opportunity_view_account ON opportunity_view (account_id, status);

CREATE TABLE opportunity_stakeholder (
    opportunity_id UUID        NOT NULL,
    contact_id     UUID        NOT NULL,
    role           VARCHAR(32) NOT NULL,
    influence      INTEGER     NOT NULL,
    interest       INTEGER     NOT NULL,
    CONSTRAINT pk_opportunity_stakeholder PRIMARY KEY (opportunity_id, contact_id)
);

-- The accounts projection's own copy of what each opportunity contributes to the rollups and the
-- pipeline report: the account it is on, its state, value and probability.
CREATE TABLE hierarchy_opportunity (
    opportunity_id UUID           NOT NULL,
    account_id     UUID           NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    stage          VARCHAR(32)    NOT NULL,
    amount         NUMERIC(38, 6) NOT NULL,
    currency       VARCHAR(3)     NOT NULL,
    probability    INTEGER        NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT pk_hierarchy_opportunity PRIMARY KEY (opportunity_id)
);
CREATE INDEX ix_hierarchy_opportunity_account ON hierarchy_opportunity (account_id, status);

-- The accounts projection's own copy of which account each contact is on.
CREATE TABLE hierarchy_contact (
    contact_id UUID   NOT NULL,
    account_id UUID   NOT NULL,
    version    BIGINT NOT NULL,
    CONSTRAINT pk_hierarchy_contact PRIMARY KEY (contact_id)
);

-- Money per account and currency, own and rolled up: open count, pipeline (open value), weighted
-- pipeline (value x probability / 100, kept exact), won count and won value.
CREATE TABLE account_money (
    account_id        UUID           NOT NULL,
    currency          VARCHAR(3)     NOT NULL,
    own_open          BIGINT         NOT NULL,
    own_pipeline      NUMERIC(38, 6) NOT NULL,
    own_weighted      NUMERIC(38, 6) NOT NULL,
    own_won_count     BIGINT         NOT NULL,
    own_won           NUMERIC(38, 6) NOT NULL,
    rollup_open       BIGINT         NOT NULL,
    rollup_pipeline   NUMERIC(38, 6) NOT NULL,
    rollup_weighted   NUMERIC(38, 6) NOT NULL,
    rollup_won_count  BIGINT         NOT NULL,
    rollup_won        NUMERIC(38, 6) NOT NULL,
    CONSTRAINT pk_account_money PRIMARY KEY (account_id, currency)
);
