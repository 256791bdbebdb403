package io.kontor.query.lead;

import io.kontor.api.common.CompanyNames;
import io.kontor.api.common.Domains;
import io.kontor.api.common.EmailAddresses;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.Websites;
import io.kontor.api.lead.FindLeadMatches;
import io.kontor.api.lead.LeadMatch;
import io.kontor.api.lead.LeadView;
import io.kontor.api.lead.MatchReason;
import org.axonframework.queryhandling.QueryHandler;
import io.kontor.platform.visibility.Scope;
import io.kontor.platform.visibility.Visibility;
import io.kontor.query.account.HierarchyPath;
import io.kontor.query.visibility.VisibleTree;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Open accounts a lead probably belongs to, so a conversion goes into the existing customer instead
 * of creating a duplicate: the same website domain, the lead's email domain on the account's website
 * or on its contacts' addresses (free mail providers never match), or the same company name once
 * case, accents, punctuation and legal forms are set aside. Strongest evidence first.
 */
@Component
public class LeadMatching {

    private static final int LIMIT = 20;
    private static final String OPEN_ACCOUNTS = "SELECT id, name, headquarters_id FROM account_view "
            + "JOIN account_tree ON account_id = id WHERE status = 'OPEN' AND ";

    private final JdbcTemplate jdbc;
    private final Visibility visibility;

    public LeadMatching(JdbcTemplate jdbc, Visibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    @QueryHandler
    public List<LeadMatch> handle(FindLeadMatches query) {
        LeadView lead = jdbc.query("SELECT * FROM lead_view WHERE id = ?", LeadQueries.VIEW, query.leadId()).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("lead", query.leadId()));
        Map<UUID, Candidate> candidates = new LinkedHashMap<>();
        String website = lead.website() == null ? null : Websites.domainOf(lead.website()).map(Domains::registrable).orElse(null);
        if (website != null) {
            collect(candidates, MatchReason.SAME_WEBSITE_DOMAIN, OPEN_ACCOUNTS + "website_domain = ?", website);
        }
        String email = EmailAddresses.domainOf(lead.email()).map(Domains::registrable)
                .filter(domain -> !Domains.isFreeMail(domain)).orElse(null);
        if (email != null) {
            collect(candidates, MatchReason.SAME_EMAIL_DOMAIN, OPEN_ACCOUNTS + "website_domain = ?", email);
            collect(candidates, MatchReason.SAME_EMAIL_DOMAIN, OPEN_ACCOUNTS + "id IN (SELECT account_id FROM contact_view "
                    + "WHERE email_domain = ?)", email);
        }
        String name = CompanyNames.key(lead.companyName());
        if (!name.isEmpty()) {
            collect(candidates, MatchReason.SAME_COMPANY_NAME, OPEN_ACCOUNTS + "name_key = ?", name);
        }
        Scope scope = visibility.current();
        if (scope.restricted()) {
            keepVisible(candidates, scope);
        }
        return candidates.values().stream()
                .sorted(Comparator.comparingInt(Candidate::strength).reversed()
                        .thenComparing(candidate -> candidate.name.toLowerCase(Locale.ROOT)))
                .limit(LIMIT)
                .map(Candidate::toMatch)
                .toList();
    }

    /** A scoped caller is matched to visible accounts only, each under the headquarters it is shown ({@link VisibleTree}). */
    private void keepVisible(Map<UUID, Candidate> candidates, Scope scope) {
        candidates.keySet().retainAll(scope.visibleAmong(candidates.keySet()));
        if (candidates.isEmpty()) {
            return;
        }
        Map<UUID, List<UUID>> paths = new HashMap<>();
        jdbc.query("SELECT account_id, path FROM account_tree WHERE account_id IN (" + String.join(", ", Collections.nCopies(candidates.size(), "?"))
                + ")", rs -> {
            paths.put(rs.getObject(1, UUID.class), new HierarchyPath(rs.getString(2)).ids());
        }, candidates.keySet().toArray());
        Set<UUID> named = new HashSet<>();
        paths.values().forEach(named::addAll);
        Set<UUID> visible = scope.visibleAmong(named);
        candidates.replaceAll((id, candidate) -> candidate.shownUnder(
                VisibleTree.visiblePath(paths.getOrDefault(id, List.of(id)), visible).get(0)));
    }

    private void collect(Map<UUID, Candidate> candidates, MatchReason reason, String sql, String value) {
        jdbc.query(sql, rs -> {
            UUID id = rs.getObject("id", UUID.class);
            candidates.computeIfAbsent(id, key -> {
                try {
                    return new Candidate(id, rs.getString("name"), rs.getObject("headquarters_id", UUID.class));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).reasons.add(reason);
        }, value);
    }

    private static final class Candidate {
        private final UUID id;
        private final String name;
        private final UUID headquartersId;
        private final Set<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);

        Candidate(UUID id, String name, UUID headquartersId) {
            this.id = id;
            this.name = name;
            this.headquartersId = headquartersId;
        }

        /** Each reason weighs more than all weaker ones together: website 4, email 2, name 1. */
        int strength() {
            return reasons.stream().mapToInt(reason -> 1 << (MatchReason.values().length - 1 - reason.ordinal())).sum();
        }

        Candidate shownUnder(UUID shownHeadquarters) {
            Candidate shown = new Candidate(id, name, shownHeadquarters);
            shown.reasons.addAll(reasons);
            return shown;
        }

        LeadMatch toMatch() {
            List<MatchReason> ordered = new ArrayList<>(reasons);
            return new LeadMatch(id, name, headquartersId, ordered.get(0), List.copyOf(ordered));
        }
    }
}
