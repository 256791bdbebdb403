package io.kontor.query.account;

import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.api.opportunity.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The accounts projection's own record of each opportunity: where it is and what it contributes. The
 * pipeline reports read it too. Kept apart from the opportunities projection, so each can be replayed alone.
 */
@Component
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

    public OpportunityFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Fact> find(UUID opportunityId) {
        List<Fact> facts = jdbc.query("SELECT opportunity_id, account_id, status, stage, amount, currency, probability, version "
                        + "FROM hierarchy_opportunity WHERE opportunity_id = ?",
                (rs, row) -> new Fact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        OpportunityStatus.valueOf(rs.getString(3)), Stage.valueOf(rs.getString(4)), rs.getBigDecimal(5),
                        rs.getString(6), rs.getInt(7), rs.getLong(8)), opportunityId);
        return facts.stream().findFirst();
    }

    public void insert(Fact fact) {
        jdbc.update("INSERT INTO hierarchy_opportunity (opportunity_id, account_id, status, stage, amount, currency, "
                        + "probability, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                fact.opportunityId(), fact.accountId(), fact.status().name(), fact.stage().name(), fact.amount(),
                fact.currency(), fact.probability(), fact.version());
    }

    public void update(Fact fact) {
        jdbc.update("UPDATE hierarchy_opportunity SET status = ?, stage = ?, amount = ?, currency = ?, probability = ?, "
                        + "version = ? WHERE opportunity_id = ?",
                fact.status().name(), fact.stage().name(), fact.amount(), fact.currency(), fact.probability(),
                fact.version(), fact.opportunityId());
    }

    public void deleteAll() {
        jdbc.update("DELETE FROM hierarchy_opportunity");
        jdbc.update("DELETE FROM hierarchy_contact");
    }
}
