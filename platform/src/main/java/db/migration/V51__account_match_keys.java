package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontor.api.common.CompanyNames;
import io.kontor.api.common.Domains;
import io.kontor.api.common.Websites;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills {@code account_match_key} for the accounts opened before it existed, from their events: the
 * latest name and website of every account still open. From then on the command side keeps it in each
 * command's transaction. Read straight from the event table, as Flyway runs before Axon starts.
 */
public class V51__account_match_keys extends BaseJavaMigration {

    private static final String EVENTS = "io.kontor.api.account.";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        ObjectMapper json = new ObjectMapper();
        Map<String, String[]> keys = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT aggregate_identifier, payload_type, payload "
                + "FROM domain_event_entry WHERE payload_type IN (?, ?, ?) ORDER BY global_index")) {
            select.setString(1, EVENTS + "AccountOpened");
            select.setString(2, EVENTS + "AccountProfileUpdated");
            select.setString(3, EVENTS + "AccountClosed");
            try (ResultSet events = select.executeQuery()) {
                while (events.next()) {
                    String account = events.getString(1);
                    if (events.getString(2).endsWith("AccountClosed")) {
                        keys.remove(account);
                        continue;
                    }
                    JsonNode profile = json.readTree(events.getBytes(3)).path("profile");
                    String name = profile.path("name").asText(null);
                    String website = profile.path("website").isTextual() ? profile.path("website").asText() : null;
                    keys.put(account, new String[]{CompanyNames.key(name),
                            website == null ? null : Websites.domainOf(website).map(Domains::registrable).orElse(null)});
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO account_match_key (account_id, name_key, website_domain) VALUES (?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<String, String[]> entry : keys.entrySet()) {
                insert.setObject(1, java.util.UUID.fromString(entry.getKey()));
                insert.setString(2, entry.getValue()[0].isEmpty() ? null : entry.getValue()[0]);
                insert.setString(3, entry.getValue()[1]);
                insert.addBatch();
                if (++pending % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
