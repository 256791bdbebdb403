-- The command side's set-based view of contacts and opportunities (see V3 for accounts).

-- Two contacts of one account never share an email (compared without case): the unique key is the rule.
CREATE TABLE contact_registry (
    contact_id UUID         NOT NULL,
    account_id UUID         NOT NULL,
    email_key  VARCHAR(254),
    CONSTRAINT pk_contact_registry PRIMARY KEY (contact_id),
    CONSTRAINT uq_contact_registry_email UNIQUE (account_id, email_key)
);

-- Which account an opportunity is on and whether it is still open: an account with open
-- opportunities cannot be closed.
CREATE TABLE opportunity_registry (
    opportunity_id UUID        NOT NULL,
    account_id     UUID        NOT NULL,
    status         VARCHAR(16) NOT NULL,
    CONSTRAINT pk_opportunity_registry PRIMARY KEY (opportunity_id)
);
CREATE INDEX ix_opportunity_registry_account ON opportunity_registry (account_id, status);

-- Who sits in which buying center, so that a contact's move can end the roles it leaves behind.
CREATE TABLE stakeholder_registry (
    opportunity_id UUID NOT NULL,
    contact_id     UUID NOT NULL,
    CONSTRAINT pk_stakeholder_registry PRIMARY KEY (opportunity_id, contact_id)
);
CREATE INDEX ix_stakeholder_registry_contact ON stakeholder_registry (contact_id);
