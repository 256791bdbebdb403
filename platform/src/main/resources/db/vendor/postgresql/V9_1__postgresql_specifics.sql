-- What only PostgreSQL needs.

-- A subtree is "path LIKE 'prefix%'"; in a non-C collation only a pattern-ops index serves that.
CREATE INDEX ix_account_view_path_pattern ON account_view (path varchar_pattern_ops);

-- Every committed append of events notifies listeners, so query nodes in other processes start
-- processing at once instead of at their next poll. NOTIFY is delivered on commit, once per transaction.
CREATE FUNCTION kontor_notify_events() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('kontor_events', '');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER domain_event_entry_notify
    AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION kontor_notify_events();
