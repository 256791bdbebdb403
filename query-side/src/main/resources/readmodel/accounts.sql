-- The accounts read model: one row per account with its place in the hierarchy, its own and rolled-up
-- figures, and the projection's own record of every contact's and opportunity's place and contribution.

CREATE TABLE account_view (
    id              UUID                     NOT NULL,
    name            VARCHAR(200)             NOT NULL,
    search_name     VARCHAR(400)             NOT NULL,
    name_key        VARCHAR(400),
    kind            VARCHAR(16)              NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    parent_id       UUID,
    industry        VARCHAR(100),
    country         VARCHAR(2),
    region          VARCHAR(6),
    website         VARCHAR(2048),
    website_domain  VARCHAR(253),
    debtor_number   VARCHAR(40),
    employees       INTEGER,
    -- the owner set by hand (null: none); the effective owner falls back on the territory's (TerritoryOwners)
    owner_id        UUID,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    close_reason    VARCHAR(1000),
    external_ids    VARCHAR(2000),
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_account_view PRIMARY KEY (id)
);
CREATE INDEX ix_account_view_parent ON account_view (parent_id);
CREATE INDEX ix_account_view_search_name ON account_view (search_name);
CREATE INDEX ix_account_view_owner ON account_view (owner_id);
CREATE INDEX ix_account_view_country_region ON account_view (country, region);
CREATE INDEX ix_account_view_industry ON account_view (industry);
CREATE INDEX ix_account_view_website_domain ON account_view (website_domain);
CREATE INDEX ix_account_view_name_key ON account_view (name_key);

-- Each account's place in its hierarchy, in a table of its own: a move rewrites these rows for its whole
-- subtree, and H2 takes an updated row out of every index of its table and puts it back (account_view has
-- eight with its key). path lists the ids from the headquarters down to the account itself, each
-- followed by '/', so the subtree of an account is every row whose path starts with the account's path.
-- Its columns are named apart from account_view's, so the two join without qualifying every column. The rows
-- of a headquarters are found by their path (its prefix), so headquarters_id needs no index to keep up.
CREATE TABLE account_tree (
    account_id      UUID          NOT NULL,
    headquarters_id UUID          NOT NULL,
    path            VARCHAR(4000) NOT NULL,
    depth           INTEGER       NOT NULL,
    CONSTRAINT pk_account_tree PRIMARY KEY (account_id)
);
CREATE INDEX ix_account_tree_path ON account_tree (path);

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

-- The projection's own copy of what each opportunity contributes to the rollups and the pipeline
-- report: the account it is on, its state, value and probability.
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

-- The projection's own copy of which account each contact is on.
CREATE TABLE hierarchy_contact (
    contact_id UUID   NOT NULL,
    account_id UUID   NOT NULL,
    version    BIGINT NOT NULL,
    CONSTRAINT pk_hierarchy_contact PRIMARY KEY (contact_id)
);
