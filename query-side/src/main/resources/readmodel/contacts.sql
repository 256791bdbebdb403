-- Contacts as the query side shows them.
CREATE TABLE contact_view (
    id           UUID         NOT NULL,
    account_id   UUID         NOT NULL,
    first_name   VARCHAR(100) NOT NULL,
    last_name    VARCHAR(100) NOT NULL,
    email        VARCHAR(254),
    email_domain VARCHAR(253),
    phone        VARCHAR(40),
    job_title    VARCHAR(150),
    external_ids VARCHAR(2000),
    version      BIGINT       NOT NULL,
    CONSTRAINT pk_contact_view PRIMARY KEY (id)
);
CREATE INDEX ix_contact_view_account ON contact_view (account_id, last_name, first_name);
CREATE INDEX ix_contact_view_email_domain ON contact_view (email_domain);
