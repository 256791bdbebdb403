-- Read models live in generations: each generation of a read model is a schema of its own
-- (rm_<read model>_<generation>) holding the read model's tables, created by the query side from the
-- read model's own SQL. One generation per read model is LIVE (every read and every live event goes
-- there); a replay BUILDs the next one beside it, and switches to it at the end in one transaction.
-- The old generation is RETIRED and its schema dropped a little later (dropped_at); a FAILED or CANCELLED
-- one is dropped at once. The rows stay, as the read models' own history.
CREATE TABLE read_model_generation (
    read_model   VARCHAR(64)              NOT NULL,
    generation   INTEGER                  NOT NULL,
    schema_name  VARCHAR(64)              NOT NULL,
    shape        VARCHAR(64)              NOT NULL,
    state        VARCHAR(16)              NOT NULL,
    position     BIGINT                   NOT NULL,
    events_done  BIGINT                   NOT NULL,
    events_total BIGINT                   NOT NULL,
    requested_by VARCHAR(255)             NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    ended_at     TIMESTAMP WITH TIME ZONE,
    failure      VARCHAR(1000),
    dropped_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_read_model_generation PRIMARY KEY (read_model, generation)
);
CREATE INDEX ix_read_model_generation_state ON read_model_generation (state);

-- The read models used to live in the default schema, one processor each. They are rebuilt into their
-- first generation by the single projections processor when the query side starts.
DROP TABLE account_view;
DROP TABLE account_rollup;
DROP TABLE account_money;
DROP TABLE hierarchy_opportunity;
DROP TABLE hierarchy_contact;
DROP TABLE contact_view;
DROP TABLE opportunity_view;
DROP TABLE opportunity_stakeholder;
DROP TABLE lead_view;
DROP TABLE account_history;
DROP TABLE contact_history;
DROP TABLE opportunity_history;
DROP TABLE projection_replay_request;
DELETE FROM token_entry WHERE processor_name IN ('accounts', 'contacts', 'opportunities', 'leads', 'history');
DELETE FROM dead_letter_entry WHERE processing_group IN ('accounts', 'contacts', 'opportunities', 'leads', 'history');
