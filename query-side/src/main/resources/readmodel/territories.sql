-- The territories read model: every version of every territory, which territory each account belongs to
-- (as periods, so any instant can be asked), the account facts the rules test (as periods too, so a
-- version that takes effect in the past is evaluated against the accounts as they were then), and the
-- background re-evaluations a new version starts. Periods: valid_from <= T < valid_to (NULL = open).

-- One row per version of a territory (the contract with the visibility slice names the first six columns).
CREATE TABLE territory_version (
    territory_id UUID                        NOT NULL,
    version      INTEGER                     NOT NULL,
    name         VARCHAR(200)                NOT NULL,
    parent_id    UUID,
    valid_from   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    valid_to     TIMESTAMP(6) WITH TIME ZONE,
    priority     INTEGER                     NOT NULL,
    rule_match   VARCHAR(3)                  NOT NULL,
    rules        VARCHAR(1000000)            NOT NULL,
    owner_id     UUID,
    members      VARCHAR(60000)              NOT NULL,
    CONSTRAINT pk_territory_version PRIMARY KEY (territory_id, version)
);
CREATE INDEX ix_territory_version_valid_to ON territory_version (valid_to);

-- Which territory an account belongs to, as periods; an account matching no territory has no row for that
-- period. Each row records the version that matched, the conditions that matched, and that version's owner.
CREATE TABLE territory_assignment (
    account_id   UUID                        NOT NULL,
    territory_id UUID                        NOT NULL,
    valid_from   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    valid_to     TIMESTAMP(6) WITH TIME ZONE,
    version      INTEGER                     NOT NULL,
    matched      VARCHAR(60000)              NOT NULL,
    owner_id     UUID,
    CONSTRAINT pk_territory_assignment PRIMARY KEY (account_id, valid_from)
);
CREATE INDEX ix_territory_assignment_territory ON territory_assignment (territory_id, valid_to);
CREATE INDEX ix_territory_assignment_owner ON territory_assignment (owner_id, valid_to);

-- Each account's present facts and place in the hierarchy (to find the accounts a headquarters' country
-- reaches, and the subtree a move carries); version is the account's last applied sequence number.
CREATE TABLE territory_account (
    account_id UUID   NOT NULL,
    parent_id  UUID,
    version    BIGINT NOT NULL,
    CONSTRAINT pk_territory_account PRIMARY KEY (account_id)
);
CREATE INDEX ix_territory_account_parent ON territory_account (parent_id);
-- No headquarters column: a move would rewrite it for a whole subtree. What the rules need of the headquarters, its
-- country, is in each account's facts; the accounts of a tree are found by walking down (ix_territory_account_parent).

-- What the rules test, per account and period.
CREATE TABLE territory_account_fact (
    account_id           UUID                        NOT NULL,
    valid_from           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    valid_to             TIMESTAMP(6) WITH TIME ZONE,
    is_open              BOOLEAN                     NOT NULL,
    kind                 VARCHAR(16)                 NOT NULL,
    industry             VARCHAR(100),
    country              VARCHAR(2),
    region               VARCHAR(6),
    headquarters_country VARCHAR(2),
    employees            INTEGER,
    CONSTRAINT pk_territory_account_fact PRIMARY KEY (account_id, valid_from)
);

-- Re-evaluations of every account from an instant on, started by a new version of a territory and run in
-- the background (ReevaluationWorker), in chunks of accounts in id order; next_account is where the next
-- chunk starts.
CREATE TABLE territory_reevaluation (
    territory_id UUID                        NOT NULL,
    version      INTEGER                     NOT NULL,
    from_instant TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    accounts     BIGINT                      NOT NULL,
    done         BIGINT                      NOT NULL,
    next_account UUID,
    requested_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP(6) WITH TIME ZONE,
    finished_at  TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_territory_reevaluation PRIMARY KEY (territory_id, version)
);
CREATE INDEX ix_territory_reevaluation_finished ON territory_reevaluation (finished_at);
