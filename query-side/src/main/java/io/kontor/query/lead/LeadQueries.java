package io.kontor.query.lead;

import io.kontor.api.lead.FindLead;
import io.kontor.api.lead.LeadPage;
import io.kontor.api.lead.LeadStatus;
import io.kontor.api.lead.LeadView;
import io.kontor.api.lead.ListLeads;
import io.kontor.query.projection.ExternalIdsColumn;
import org.axonframework.queryhandling.QueryHandler;
import io.kontor.platform.visibility.Scope;
import io.kontor.platform.visibility.SqlCondition;
import io.kontor.platform.visibility.Visibility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

@Component
public class LeadQueries {

    static final RowMapper<LeadView> VIEW = (rs, row) -> new LeadView(rs.getObject("id", UUID.class),
            rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"), rs.getString("company_name"),
            rs.getString("phone"), rs.getString("website"), (Integer) rs.getObject("employees"), rs.getString("source"),
            LeadStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("score"),
            rs.getString("disqualification_reason"), rs.getObject("account_id", UUID.class),
            rs.getObject("contact_id", UUID.class), rs.getObject("opportunity_id", UUID.class),
            rs.getObject("captured_at", OffsetDateTime.class).toInstant(),
            ExternalIdsColumn.read(rs.getString("external_ids")), rs.getLong("version"));

    private final JdbcTemplate jdbc;
    private final Visibility visibility;

    public LeadQueries(JdbcTemplate jdbc, Visibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    @QueryHandler
    public Optional<LeadView> handle(FindLead query) {
        Scope scope = visibility.current();
        return jdbc.query("SELECT * FROM lead_view WHERE id = ?", VIEW, query.leadId()).stream().findFirst()
                .map(lead -> seenBy(List.of(lead), scope).get(0));
    }

    /**
     * A scoped caller lists the leads not converted yet and those whose person (the contact the lead became) is on
     * an account it sees, as the gate decides for one lead ({@code ResourceAccounts}).
     */
    @QueryHandler
    public LeadPage handle(ListLeads query) {
        Scope scope = visibility.current();
        List<Object> arguments = new ArrayList<>(List.of(query.status() == null ? "%" : query.status().name()));
        String where = " WHERE status LIKE ?";
        if (scope.restricted()) {
            SqlCondition visible = scope.accounts("c.account_id");
            where += " AND (contact_id IS NULL OR contact_id IN (SELECT c.id FROM contact_view c WHERE " + visible.sql() + "))";
            arguments.addAll(visible.arguments());
        }
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM lead_view" + where, Long.class, arguments.toArray());
        arguments.add(query.page().offset());
        arguments.add(query.page().size());
        List<LeadView> content = jdbc.query("SELECT * FROM lead_view" + where + " ORDER BY captured_at DESC, id "
                + "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", VIEW, arguments.toArray());
        int pages = (int) ((total + query.page().size() - 1) / query.page().size());
        return new LeadPage(seenBy(content, scope), query.page().page(), query.page().size(), total, pages);
    }

    /** The account a lead was converted into, and its opportunity there, shown only while the caller sees that account. */
    private static List<LeadView> seenBy(List<LeadView> leads, Scope scope) {
        if (!scope.restricted()) {
            return leads;
        }
        Set<UUID> visible = scope.visibleAmong(leads.stream().map(LeadView::accountId).filter(Objects::nonNull).toList());
        return leads.stream().map(lead -> lead.accountId() == null || visible.contains(lead.accountId()) ? lead
                : new LeadView(lead.id(), lead.firstName(), lead.lastName(), lead.email(), lead.companyName(), lead.phone(),
                lead.website(), lead.employees(), lead.source(), lead.status(), lead.score(), lead.disqualificationReason(),
                null, lead.contactId(), null, lead.capturedAt(), lead.externalIds(), lead.version())).toList();
    }
}
