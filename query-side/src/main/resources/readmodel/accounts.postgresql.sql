-- A subtree is "path LIKE 'prefix%'"; in a non-C collation only a pattern-ops index serves that.
CREATE INDEX ix_account_tree_path_pattern ON account_tree (path varchar_pattern_ops);
