-- The query side's accounts: one row per account with its place in the hierarchy.
-- path lists the ids from the headquarters down to the account itself, each followed by '/', so the
-- subtree of an account is every row whose path starts with the account's path.
CREATE TABLE account_view (
    id              UUID                     NOT NULL,
    name            VARCHAR(200)             NOT NULL,
    search_name     VARCHAR(400)             NOT NULL,
    kind            VARCHAR(16)              NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    parent_id       UUID,
    headquarters_id UUID                     NOT NULL,
    path            VARCHAR(4000)            NOT NULL,
    depth           INTEGER                  NOT NULL,
    industry        VARCHAR(100),
    country         VARCHAR(2),
    region          VARCHAR(6),
    website         VARCHAR(2048),
    debtor_number   VARCHAR(40),
    owner_id        UUID,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    close_reason    VARCHAR(1000),
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_account_view PRIMARY KEY (id)
);
CREATE INDEX ix_account_view_parent ON account_view (parent_id);
CREATE INDEX ix_account_view_headquarters ON account_view (headquarters_id);
CREATE INDEX ix_account_view_path ON account_view (path);
CREATE INDEX ix_account_view_search_name ON account_view (search_name);
CREATE INDEX ix_account_view_owner ON account_view (owner_id);
CREATE INDEX ix_account_view_country_region ON account_view (country, region);
CREATE INDEX ix_account_view_industry ON account_view (industry);

-- Counts of each account (own) and of its whole subtree (rollup). Updated along ancestor paths only.
CREATE TABLE account_rollup (
    account_id                UUID   NOT NULL,
    own_accounts              BIGINT NOT NULL,
    rollup_accounts           BIGINT NOT NULL,
    own_contacts              BIGINT NOT NULL,
    rollup_contacts           BIGINT NOT NULL,
    own_open_opportunities    BIGINT NOT NULL,
    rollup_open_opportunities BIGINT NOT NULL,
    CONSTRAINT pk_account_rollup PRIMARY KEY (account_id)
);
