-- Browser sessions of the web interface (Spring Session JDBC's layout), in the database every node shares,
-- so a signed-in browser may be served by any query node. Attribute values are serialized Java objects.
CREATE TABLE web_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT pk_web_session PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX ux_web_session_id ON web_session (session_id);
CREATE INDEX ix_web_session_expiry ON web_session (expiry_time);
CREATE INDEX ix_web_session_principal ON web_session (principal_name);

CREATE TABLE web_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT pk_web_session_attributes PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT fk_web_session_attributes FOREIGN KEY (session_primary_id) REFERENCES web_session (primary_id) ON DELETE CASCADE
);
