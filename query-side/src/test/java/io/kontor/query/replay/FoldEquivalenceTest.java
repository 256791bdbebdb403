package io.kontor.query.replay;

import io.kontor.query.account.AccountsReadModel;
import io.kontor.query.contact.ContactsReadModel;
import io.kontor.platform.privacy.SubjectKeys;
import io.kontor.query.history.HistoryReadModel;
import io.kontor.query.lead.LeadsReadModel;
import io.kontor.query.map.MapReadModel;
import io.kontor.query.opportunity.OpportunitiesReadModel;
import io.kontor.query.privacy.PrivacyReadModel;
import io.kontor.query.readmodel.BulkFold;
import io.kontor.query.readmodel.ReadModel;
import io.kontor.query.readmodel.ReadModelDatabases;
import io.kontor.query.readmodel.ReadModelHandlers;
import io.kontor.query.readmodel.Vendor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild folds the first pass in memory and lets the handlers carry on from what the fold wrote;
 * both ways must give the very rows the live handlers give, batch boundaries wherever they fall.
 */
class FoldEquivalenceTest {

    private static final List<String> TABLES = List.of("account_view", "account_tree", "account_rollup", "account_money",
            "hierarchy_opportunity", "hierarchy_contact", "account_history", "contact_history", "opportunity_history",
            "opportunity_view", "opportunity_stakeholder", "contact_view", "map_account", "map_contact", "map_seat", "map_relationship",
            "map_relationship_period", "map_opportunity", "map_review", "lead_view", "data_subject", "erasure_record");
    private static final String[] READ_MODELS = {"accounts", "history", "opportunities", "contacts", "map", "leads", "privacy"};

    @ParameterizedTest
    @ValueSource(longs = {20261201, 7, 42})
    void foldingTheFirstPartAndHandlingTheRestGivesTheRowsOfHandlingEverything(long seed) {
        List<DomainEventMessage<?>> events = new RandomHistory(seed).events(3_000);
        int foldedUpTo = new Random(seed).nextInt(events.size());

        JdbcTemplate handled = ReadModelDatabases.h2(READ_MODELS);
        handle(readModels(handled), events, new Random(seed));

        JdbcTemplate rebuilt = ReadModelDatabases.h2(READ_MODELS);
        List<ReadModel> rebuiltModels = readModels(rebuilt);
        BatchedRows rows = new BatchedRows(rebuilt, Vendor.H2);
        List<BulkFold> folds = rebuiltModels.stream().map(readModel -> readModel.bulk().get()).toList();
        events.subList(0, foldedUpTo).forEach(event -> folds.forEach(fold -> fold.apply(event, rows)));
        folds.forEach(fold -> fold.finish(rows));
        rows.flush();
        handle(rebuiltModels, events.subList(foldedUpTo, events.size()), new Random(seed));

        assertThat(tables(rebuilt)).isEqualTo(tables(handled));
        assertThat(tables(handled).get("account_money")).as("money rows are compared").isNotEmpty();
        assertThat(tables(handled).get("opportunity_stakeholder")).as("seats are compared").isNotEmpty();
        assertThat(tables(handled).get("contact_view")).as("erased contacts are compared").anyMatch(row -> row.contains("[erased]"));
        assertThat(tables(handled).get("map_relationship_period")).as("relationships' periods are compared")
                .anyMatch(row -> row.contains("[erased]"));
        assertThat(tables(handled).get("map_review")).as("reviews are compared").isNotEmpty();
        assertThat(tables(handled).get("lead_view")).as("converted and erased leads are compared")
                .anyMatch(row -> row.contains("STATUS=CONVERTED")).anyMatch(row -> row.contains("[erased]"));
        assertThat(tables(handled).get("data_subject")).as("legal holds are compared").anyMatch(row -> row.contains("litigation"));
        assertThat(tables(handled).get("erasure_record")).as("erasures are compared").isNotEmpty();
    }

    private static List<ReadModel> readModels(JdbcTemplate jdbc) {
        return List.of(AccountsReadModel.of(jdbc), HistoryReadModel.of(jdbc), OpportunitiesReadModel.of(jdbc),
                ContactsReadModel.of(jdbc), MapReadModel.of(jdbc), LeadsReadModel.of(jdbc),
                PrivacyReadModel.of(jdbc, new SubjectKeys(jdbc, Duration.ofMinutes(1))));
    }

    /** Through the handlers, in units of work (batches) of random size, as the live processor does. */
    private static void handle(List<ReadModel> readModels, List<DomainEventMessage<?>> events, Random random) {
        List<ReadModelHandlers> handlers = readModels.stream().map(ReadModelHandlers::new).toList();
        int at = 0;
        while (at < events.size()) {
            int batch = 1 + random.nextInt(200);
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            for (DomainEventMessage<?> event : events.subList(at, Math.min(events.size(), at + batch))) {
                for (ReadModelHandlers readModel : handlers) {
                    try {
                        readModel.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            unitOfWork.commit();
            at += batch;
        }
    }

    private static Map<String, List<String>> tables(JdbcTemplate jdbc) {
        Function<Map<String, Object>, String> row = columns -> new TreeMap<>(columns).toString();
        Map<String, List<String>> tables = new TreeMap<>();
        TABLES.forEach(table -> tables.put(table, jdbc.queryForList("SELECT * FROM " + table).stream().map(row).sorted().toList()));
        return tables;
    }
}
