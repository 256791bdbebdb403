package io.kontor.standalone;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every projection's tables, read whole and sorted, so a read model can be compared before and after a replay
 * ({@code territory_reevaluation} is left out: it records when the background worker ran, which a replay does not repeat).
 */
final class ReadModels {

    static final List<String> TABLES = List.of("account_view", "account_tree", "account_rollup", "account_money", "hierarchy_opportunity",
            "hierarchy_contact", "contact_view", "opportunity_view", "opportunity_stakeholder", "lead_view",
            "account_history", "contact_history", "opportunity_history", "probe_account", "map_account", "map_contact",
            "map_seat", "map_relationship", "map_relationship_period", "map_opportunity", "map_review", "data_subject",
            "erasure_record", "territory_version", "territory_assignment", "territory_account", "territory_account_fact");

    private ReadModels() {
    }

    static Map<String, List<String>> snapshot(JdbcTemplate jdbc) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : TABLES) {
            tables.put(table, jdbc.queryForList("SELECT * FROM " + table).stream()
                    .map(row -> new TreeMap<>(row).toString()).sorted().toList());
        }
        return tables;
    }
}
