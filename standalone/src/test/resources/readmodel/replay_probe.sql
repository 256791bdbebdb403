-- The replay tests' probe: the accounts opened, as the probe read model saw them.
CREATE TABLE probe_account (
    account_id UUID   NOT NULL,
    position   BIGINT NOT NULL,
    CONSTRAINT pk_probe_account PRIMARY KEY (account_id)
);
