package io.kontor.query.account;

import io.kontor.query.figures.Contribution;
import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.api.opportunity.Stage;
import io.kontor.query.projection.BatchScoped;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The accounts projection's own record of each opportunity: where it is and what it contributes. The
 * pipeline reports read it too. Kept apart from the opportunities projection, so each can be replayed alone.
 */
public class OpportunityFacts {

    public record Fact(UUID opportunityId, UUID accountId, OpportunityStatus status, Stage stage, BigDecimal amount,
                       String currency, int probability, long version) {

        public Contribution contribution() {
            return Contribution.of(status, amount, currency, probability);
        }

        Fact with(OpportunityStatus newStatus, Stage newStage, BigDecimal newAmount, String newCurrency, int newProbability,
                  long newVersion) {
            return new Fact(opportunityId, accountId, newStatus, newStage, newAmount, newCurrency, newProbability, newVersion);
        }
    }

    private final JdbcTemplate jdbc;
    private final BatchScoped<PendingFacts> pending;

    public OpportunityFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.pending = new BatchScoped<>("opportunity-facts", () -> new PendingFacts(jdbc));
    }

    /** The fact as this batch left it, or as stored. */
    public Optional<Fact> find(UUID opportunityId) {
        PendingFacts batch = pending.current();
        Fact changed = batch == null ? null : batch.changed.get(opportunityId);
        if (changed != null) {
            return Optional.of(changed);
        }
        List<Fact> facts = jdbc.query("SELECT opportunity_id, account_id, status, stage, amount, currency, probability, version "
                        + "FROM hierarchy_opportunity WHERE opportunity_id = ?",
                (rs, row) -> new Fact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        OpportunityStatus.valueOf(rs.getString(3)), Stage.valueOf(rs.getString(4)), rs.getBigDecimal(5),
                        rs.getString(6), rs.getInt(7), rs.getLong(8)), opportunityId);
        return facts.stream().findFirst();
    }

    public void insert(Fact fact) {
        pending.update(batch -> {
            batch.inserted.add(fact.opportunityId());
            batch.changed.put(fact.opportunityId(), fact);
        });
    }

    public void update(Fact fact) {
        pending.update(batch -> batch.changed.put(fact.opportunityId(), fact));
    }


    /** The facts a batch inserted or changed, written once each when it commits. */
    private static final class PendingFacts implements BatchScoped.Buffer {

        private final JdbcTemplate jdbc;
        private final Set<UUID> inserted = new HashSet<>();
        private final Map<UUID, Fact> changed = new LinkedHashMap<>();

        PendingFacts(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void flush() {
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            changed.values().forEach(fact -> {
                Object[] values = {fact.status().name(), fact.stage().name(), fact.amount(), fact.currency(),
                        fact.probability(), fact.version(), fact.accountId(), fact.opportunityId()};
                (inserted.contains(fact.opportunityId()) ? inserts : updates).add(values);
            });
            inserted.clear();
            changed.clear();
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO hierarchy_opportunity (status, stage, amount, currency, probability, version, "
                        + "account_id, opportunity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", inserts);
            }
            if (!updates.isEmpty()) {
                jdbc.batchUpdate("UPDATE hierarchy_opportunity SET status = ?, stage = ?, amount = ?, currency = ?, "
                        + "probability = ?, version = ?, account_id = ? WHERE opportunity_id = ?", updates);
            }
        }
    }
}
