-- The global index's cache from 200 to 1,000 numbers (V82 raised it from H2's 32). Each time the cache runs
-- out, H2 writes the sequence's high-water mark in a transaction of its own, and with WRITE_DELAY=0 that
-- commit writes every page changed and not yet written, of every transaction in flight. Since the store holds
-- a transaction's pages until its commit (EmbeddedStoreBuffer), those sequence commits became the import
-- thread's largest cost: 33.6% of its CPU samples (JFR, 100,000-account import). At 1,000 they are five
-- times rarer. The price stays what V82 describes: after a kill -9 up to 1,000 numbers are never used, and
-- Axon's tokens hold them as gaps until the gap timeout (a minute) cleans them; StandaloneDurabilityIT and
-- ImportDurabilityIT kill the service and find every acknowledged write readable after the restart.
ALTER SEQUENCE domain_event_entry_global_index_seq CACHE 1000;
