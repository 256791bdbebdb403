-- Query nodes announce themselves here, so each can take its fair share of the projections' segments.
CREATE TABLE query_node (
    node_id   VARCHAR(255)             NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_query_node PRIMARY KEY (node_id)
);
