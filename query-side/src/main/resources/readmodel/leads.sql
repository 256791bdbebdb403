-- Leads as the query side shows them.
CREATE TABLE lead_view (
    id                      UUID                     NOT NULL,
    first_name              VARCHAR(100)             NOT NULL,
    last_name               VARCHAR(100)             NOT NULL,
    email                   VARCHAR(254)             NOT NULL,
    company_name            VARCHAR(200)             NOT NULL,
    phone                   VARCHAR(40),
    website                 VARCHAR(2048),
    employees               INTEGER,
    source                  VARCHAR(100),
    status                  VARCHAR(16)              NOT NULL,
    score                   INTEGER,
    disqualification_reason VARCHAR(1000),
    account_id              UUID,
    contact_id              UUID,
    opportunity_id          UUID,
    captured_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    external_ids            VARCHAR(2000),
    version                 BIGINT                   NOT NULL,
    CONSTRAINT pk_lead_view PRIMARY KEY (id)
);
CREATE INDEX ix_lead_view_status ON lead_view (status, captured_at);
