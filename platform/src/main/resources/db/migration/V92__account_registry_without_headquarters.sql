-- An account's headquarters is found by walking up its parents (Hierarchies.headquartersOf): stored per account,
-- a move of a 10,000-account subtree rewrote 10,000 rows of the registry in the command's transaction.
ALTER TABLE account_registry DROP COLUMN headquarters_id;
