-- The territories as the command side checks them: the latest version of each, for the rules that span
-- territories. Names are unique (users are scoped by territory name), priorities are unique among the
-- siblings of one parent (they break ties between siblings), and the tree has no cycles.
-- sibling_key is the parent's id, or the nil UUID for top-level territories (a unique key ignores NULLs).
CREATE TABLE territory_registry (
    territory_id UUID         NOT NULL,
    name_key     VARCHAR(200) NOT NULL,
    parent_id    UUID,
    sibling_key  UUID         NOT NULL,
    priority     INTEGER      NOT NULL,
    CONSTRAINT pk_territory_registry PRIMARY KEY (territory_id),
    CONSTRAINT uq_territory_registry_name UNIQUE (name_key),
    CONSTRAINT uq_territory_registry_priority UNIQUE (sibling_key, priority)
);
CREATE INDEX ix_territory_registry_parent ON territory_registry (parent_id);
