package io.kontor.query.lead;

import io.kontor.api.lead.FindLead;
import io.kontor.api.lead.LeadPage;
import io.kontor.api.lead.LeadStatus;
import io.kontor.api.lead.LeadView;
import io.kontor.api.lead.ListLeads;
import io.kontor.query.projection.ExternalIdsColumn;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
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

    public LeadQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<LeadView> handle(FindLead query) {
        return jdbc.query("SELECT * FROM lead_view WHERE id = ?", VIEW, query.leadId()).stream().findFirst();
    }

    @QueryHandler
    public LeadPage handle(ListLeads query) {
        String status = query.status() == null ? "%" : query.status().name();
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM lead_view WHERE status LIKE ?", Long.class, status);
        List<LeadView> content = jdbc.query("SELECT * FROM lead_view WHERE status LIKE ? ORDER BY captured_at DESC, id "
                + "OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", VIEW, status, query.page().offset(), query.page().size());
        int pages = (int) ((total + query.page().size() - 1) / query.page().size());
        return new LeadPage(content, query.page().page(), query.page().size(), total, pages);
    }
}
