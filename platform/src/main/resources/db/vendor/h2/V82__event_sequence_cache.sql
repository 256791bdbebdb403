-- H2 hands out the global index from a cache of 32 numbers and, each time the cache runs out, writes the
-- sequence's new high-water mark in a transaction of its own. With WRITE_DELAY=0 each of those is a full commit
-- of the store (the changed pages of every open transaction are written with it), once every 32 events: a JFR
-- profile of a 100,000-account import spent 37% of the import thread's CPU there. With a cache of 200 it is
-- once every 200 events. The price: after a kill -9, up to 200 numbers are never used; Axon's tokens see
-- them as gaps, which time out (a minute) like any other gap. PostgreSQL's sequences write no such commit.
ALTER SEQUENCE domain_event_entry_global_index_seq CACHE 200;
