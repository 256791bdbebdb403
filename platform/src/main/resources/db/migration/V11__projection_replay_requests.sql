-- A replay resets every segment of a projection, so the node that runs it must hold them all. While its
-- request stands, the other query nodes let go of that projection's segments (see SegmentBalancer).
CREATE TABLE projection_replay_request (
    projection_name VARCHAR(255)             NOT NULL,
    requested_by    VARCHAR(255)             NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_projection_replay_request PRIMARY KEY (projection_name)
);
