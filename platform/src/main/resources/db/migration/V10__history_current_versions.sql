-- Each history event copies the entity's current version (valid_to IS NULL) and closes it. Without
-- these indexes finding it scanned every version of the entity: a headquarters changed ten thousand
-- times cost ten thousand rows per change.
CREATE INDEX ix_account_history_current ON account_history (account_id, valid_to);
CREATE INDEX ix_contact_history_current ON contact_history (contact_id, valid_to);
CREATE INDEX ix_opportunity_history_current ON opportunity_history (opportunity_id, valid_to);
