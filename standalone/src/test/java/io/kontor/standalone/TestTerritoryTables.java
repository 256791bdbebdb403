package io.kontor.standalone;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The territories read model's tables as TERRITORY-CONTRACT.md fixes them, created for the visibility tests until the
 * territories slice (which owns and fills them) is on this branch; the tests write the rows themselves.
 */
final class TestTerritoryTables {

    private TestTerritoryTables() {
    }

    static synchronized void create(JdbcTemplate jdbc) {
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS territory_version (
                  territory_id UUID NOT NULL, version INT NOT NULL, name VARCHAR(200) NOT NULL, parent_id UUID,
                  valid_from TIMESTAMP(6) WITH TIME ZONE NOT NULL, valid_to TIMESTAMP(6) WITH TIME ZONE,
                  PRIMARY KEY (territory_id, version))""");
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS territory_assignment (
                  account_id UUID NOT NULL, territory_id UUID NOT NULL,
                  valid_from TIMESTAMP(6) WITH TIME ZONE NOT NULL, valid_to TIMESTAMP(6) WITH TIME ZONE,
                  PRIMARY KEY (account_id, valid_from))""");
    }
}
