-- The command side's set-based view of all accounts: what the Account aggregate alone cannot know
-- (does the parent exist and is it open, would a move close a cycle, who holds a debtor number).
-- Written in the same transaction as the events, so it never disagrees with the event store.
CREATE TABLE account_registry (
    account_id UUID        NOT NULL,
    parent_id  UUID,
    status     VARCHAR(16) NOT NULL,
    CONSTRAINT pk_account_registry PRIMARY KEY (account_id)
);
CREATE INDEX ix_account_registry_parent ON account_registry (parent_id, status);

-- A debtor number belongs to at most one open account: the primary key is the rule.
CREATE TABLE debtor_number_claim (
    debtor_number_key VARCHAR(64) NOT NULL,
    account_id        UUID        NOT NULL,
    CONSTRAINT pk_debtor_number_claim PRIMARY KEY (debtor_number_key)
);
CREATE INDEX ix_debtor_number_claim_account ON debtor_number_claim (account_id);

-- Moves take this one row lock first, so two moves never interleave their cycle checks.
CREATE TABLE hierarchy_lock (
    id INTEGER NOT NULL,
    CONSTRAINT pk_hierarchy_lock PRIMARY KEY (id)
);
INSERT INTO hierarchy_lock (id) VALUES (1);
