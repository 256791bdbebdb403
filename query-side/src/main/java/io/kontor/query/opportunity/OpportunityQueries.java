package io.kontor.query.opportunity;

import io.kontor.api.common.Money;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.FindOpportunity;
import io.kontor.api.opportunity.ListAccountOpportunities;
import io.kontor.api.opportunity.OpportunityPage;
import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.api.opportunity.OpportunityView;
import io.kontor.api.opportunity.Raci;
import io.kontor.api.opportunity.Stage;
import io.kontor.api.opportunity.Stakeholder;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.api.opportunity.StakeholderRoles;
import io.kontor.query.projection.ExternalIdsColumn;
import org.axonframework.queryhandling.QueryHandler;
import io.kontor.platform.visibility.Scope;
import io.kontor.platform.visibility.SqlCondition;
import io.kontor.platform.visibility.Visibility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Component
public class OpportunityQueries {

    private final JdbcTemplate jdbc;
    private final Visibility visibility;

    public OpportunityQueries(JdbcTemplate jdbc, Visibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    @QueryHandler
    public Optional<OpportunityView> handle(FindOpportunity query) {
        return withStakeholders(jdbc.query("SELECT * FROM opportunity_view WHERE id = ?", this::row, query.opportunityId()))
                .stream().findFirst();
    }

    @QueryHandler
    public OpportunityPage handle(ListAccountOpportunities query) {
        if (jdbc.queryForList("SELECT id FROM account_view WHERE id = ?", UUID.class, query.accountId()).isEmpty()) {
            throw new NotFoundException("account", query.accountId());
        }
        String status = query.status() == null ? "%" : query.status().name();
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM opportunity_view WHERE account_id = ? AND status LIKE ?",
                Long.class, query.accountId(), status);
        List<OpportunityView> content = withStakeholders(jdbc.query("SELECT * FROM opportunity_view WHERE account_id = ? "
                        + "AND status LIKE ? ORDER BY opened_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", this::row,
                query.accountId(), status, query.page().offset(), query.page().size()));
        int pages = (int) ((total + query.page().size() - 1) / query.page().size());
        return new OpportunityPage(content, query.page().page(), query.page().size(), total, pages);
    }

    private OpportunityView row(ResultSet rs, int row) throws SQLException {
        OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
        return new OpportunityView(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("name"), new Money(rs.getBigDecimal("amount"), rs.getString("currency")).scaled(),
                Stage.valueOf(rs.getString("stage")), rs.getInt("probability"), rs.getBoolean("probability_explicit"),
                OpportunityStatus.valueOf(rs.getString("status")), rs.getObject("expected_close_date", LocalDate.class),
                rs.getObject("owner_id", UUID.class), rs.getString("close_reason"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(), closedAt == null ? null : closedAt.toInstant(),
                List.of(), ExternalIdsColumn.read(rs.getString("external_ids")), rs.getLong("version"));
    }

    private List<OpportunityView> withStakeholders(List<OpportunityView> views) {
        if (views.isEmpty()) {
            return views;
        }
        Map<UUID, List<Stakeholder>> byOpportunity = new HashMap<>();
        String in = String.join(", ", java.util.Collections.nCopies(views.size(), "?"));
        List<Object> arguments = new ArrayList<>(views.stream().map(OpportunityView::id).toList());
        String seen = "";
        Scope scope = visibility.current();
        if (scope.restricted()) {
            // a seat of a person on an account the caller may not see is left out of the buying center it reads
            SqlCondition visible = scope.accounts("c.account_id");
            seen = " AND contact_id IN (SELECT c.id FROM contact_view c WHERE " + visible.sql() + ")";
            arguments.addAll(visible.arguments());
        }
        jdbc.query("SELECT opportunity_id, contact_id, role, influence, interest, roles, attitude, coverage, raci "
                + "FROM opportunity_stakeholder WHERE opportunity_id IN (" + in + ")" + seen + " ORDER BY role, contact_id", rs -> {
            String raci = rs.getString(9);
            byOpportunity.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(new Stakeholder(
                    rs.getObject(2, UUID.class), StakeholderRole.valueOf(rs.getString(3)), StakeholderRoles.parse(rs.getString(6)),
                    rs.getInt(4), rs.getInt(5), rs.getInt(7), Coverage.valueOf(rs.getString(8)),
                    raci == null ? null : Raci.valueOf(raci)));
        }, arguments.toArray());
        return views.stream().map(view -> new OpportunityView(view.id(), view.accountId(), view.name(), view.value(),
                view.stage(), view.probability(), view.probabilityExplicit(), view.status(), view.expectedCloseDate(),
                view.ownerId(), view.closeReason(), view.openedAt(), view.closedAt(),
                List.copyOf(byOpportunity.getOrDefault(view.id(), List.of())), view.externalIds(), view.version())).toList();
    }
}
