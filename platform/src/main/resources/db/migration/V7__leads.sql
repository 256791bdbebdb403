-- At most one open (not yet converted or disqualified) lead per email address, compared without case.
CREATE TABLE lead_email_claim (
    email_key VARCHAR(254) NOT NULL,
    lead_id   UUID         NOT NULL,
    CONSTRAINT pk_lead_email_claim PRIMARY KEY (email_key)
);

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
    version                 BIGINT                   NOT NULL,
    CONSTRAINT pk_lead_view PRIMARY KEY (id)
);
CREATE INDEX ix_lead_view_status ON lead_view (status, captured_at);

-- What lead-to-account matching compares: the account's website domain and company-name key, and
-- the email domains of its contacts.
ALTER TABLE account_view ADD COLUMN website_domain VARCHAR(253);
ALTER TABLE account_view ADD COLUMN name_key VARCHAR(400);
CREATE INDEX ix_account_view_website_domain ON account_view (website_domain);
CREATE INDEX ix_account_view_name_key ON account_view (name_key);
ALTER TABLE contact_view ADD COLUMN email_domain VARCHAR(253);
CREATE INDEX ix_contact_view_email_domain ON contact_view (email_domain);
