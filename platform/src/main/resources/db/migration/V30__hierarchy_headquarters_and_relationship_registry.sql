-- Each account's headquarters (the root of its tree), kept by the command side's hierarchy package on
-- every opening and move. "Do these two accounts share a hierarchy" becomes two primary-key reads
-- instead of a recursive walk per row, and the links a move or reassignment splits are found by joins.
ALTER TABLE account_registry ADD COLUMN headquarters_id UUID;

CREATE TABLE account_registry_headquarters_backfill (
    account_id      UUID NOT NULL,
    headquarters_id UUID NOT NULL,
    CONSTRAINT pk_account_registry_headquarters_backfill PRIMARY KEY (account_id)
);
INSERT INTO account_registry_headquarters_backfill (account_id, headquarters_id)
WITH RECURSIVE tree (account_id, headquarters_id, depth) AS (
    SELECT account_id, account_id, 0 FROM account_registry WHERE parent_id IS NULL
    UNION ALL
    SELECT r.account_id, t.headquarters_id, t.depth + 1 FROM account_registry r JOIN tree t ON r.parent_id = t.account_id
    WHERE t.depth < 10000
)
SELECT account_id, headquarters_id FROM tree;
UPDATE account_registry SET headquarters_id = (SELECT b.headquarters_id FROM account_registry_headquarters_backfill b
                                               WHERE b.account_id = account_registry.account_id);
DROP TABLE account_registry_headquarters_backfill;
ALTER TABLE account_registry ALTER COLUMN headquarters_id SET NOT NULL;

-- The relationships between people that are current (not ended), for the rules that span contacts:
-- REPORTS_TO never closes a cycle, contact-to-contact relationships stay inside one hierarchy, and a
-- move or reassignment ends those it splits. Ended relationships leave this table; their history is
-- in the events.
CREATE TABLE relationship_registry (
    relationship_id UUID        NOT NULL,
    from_contact_id UUID        NOT NULL,
    type            VARCHAR(32) NOT NULL,
    to_contact_id   UUID,
    to_account_id   UUID,
    CONSTRAINT pk_relationship_registry PRIMARY KEY (relationship_id)
);
CREATE INDEX ix_relationship_registry_from ON relationship_registry (from_contact_id, type);
CREATE INDEX ix_relationship_registry_to ON relationship_registry (to_contact_id);
