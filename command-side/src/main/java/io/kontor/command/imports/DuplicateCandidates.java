package io.kontor.command.imports;

import io.kontor.api.common.CompanyNames;
import io.kontor.api.common.Domains;
import io.kontor.api.common.EmailAddresses;
import io.kontor.api.common.Websites;
import io.kontor.imports.record.AccountRecord;
import io.kontor.imports.record.ImportRecord;
import io.kontor.imports.record.LeadRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Rows an import would create that look like accounts Kontor already has, by the rules lead matching uses:
 * the same website domain (a lead's email domain too, never a free mail provider's) or the same company
 * name once case, accents, punctuation and legal forms are set aside. Also rows of the files that look like
 * each other. Each is reported as a candidate; nothing is ever merged.
 */
@Component
class DuplicateCandidates {

    private static final int BATCH = 500;
    private static final int PER_ROW = 3;

    private final JdbcTemplate jdbc;

    DuplicateCandidates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Candidates for the records without a claim (the rows to be created). */
    List<Problem> find(PreparedImport prepared, ClaimCache claims) {
        List<ImportRecord> created = new ArrayList<>();
        List<ImportRecord> records = prepared.steps().stream().filter(Step.Apply.class::isInstance).map(Step::record)
                .filter(record -> record instanceof AccountRecord || record instanceof LeadRecord).toList();
        claims.prefetch(records.stream().map(ImportRecord::key).toList());
        records.stream().filter(record -> claims.get(record.key()).isEmpty()).forEach(created::add);
        Map<ImportRecord, Keys> keys = new HashMap<>();
        created.forEach(record -> keys.put(record, Keys.of(record)));
        Map<String, List<UUID>> byDomain = existing("website_domain", keys.values().stream()
                .flatMap(k -> k.domains().keySet().stream()).toList());
        Map<String, List<UUID>> byName = existing("name_key", keys.values().stream().map(Keys::name)
                .filter(name -> !name.isEmpty()).toList());
        Map<String, ImportRecord> firstByDomain = new HashMap<>();
        Map<String, ImportRecord> firstByName = new HashMap<>();
        List<Problem> candidates = new ArrayList<>();
        for (ImportRecord record : created) {
            Keys key = keys.get(record);
            Set<UUID> found = new LinkedHashSet<>();
            key.domains().forEach((domain, from) ->
                    byDomain.getOrDefault(domain, List.of()).stream().filter(found::add).limit(PER_ROW).forEach(id ->
                            candidates.add(candidate(record, record.sourceField(from), "same website domain " + domain
                                    + " as existing account " + id, id))));
            if (!key.name().isEmpty()) {
                String field = record.sourceField(record instanceof LeadRecord ? "companyName" : "name");
                byName.getOrDefault(key.name(), List.of()).stream().filter(found::add).limit(PER_ROW).forEach(id ->
                        candidates.add(candidate(record, field, "same company name as existing account " + id, id)));
            }
            if (record instanceof AccountRecord) {
                inFile(record, key, firstByDomain, firstByName, candidates);
            }
        }
        return candidates;
    }

    private static void inFile(ImportRecord record, Keys key, Map<String, ImportRecord> firstByDomain,
                               Map<String, ImportRecord> firstByName, List<Problem> candidates) {
        ImportRecord earlier = null;
        String reason = null;
        for (String domain : key.domains().keySet()) {
            if (earlier == null) {
                earlier = firstByDomain.putIfAbsent(domain, record);
                reason = "same website domain " + domain;
            }
        }
        if (earlier == null && !key.name().isEmpty()) {
            earlier = firstByName.putIfAbsent(key.name(), record);
            reason = "same company name";
        }
        if (earlier != null) {
            candidates.add(candidate(record, record.sourceField("name"), reason + " as the row at " + earlier.at().file()
                    + " line " + earlier.at().line() + "; both are imported", null));
        }
    }

    private Map<String, List<UUID>> existing(String column, Collection<String> values) {
        List<String> distinct = values.stream().distinct().toList();
        Map<String, List<UUID>> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += BATCH) {
            List<String> batch = distinct.subList(from, Math.min(distinct.size(), from + BATCH));
            jdbc.query("SELECT " + column + ", account_id FROM account_match_key WHERE " + column + " IN ("
                            + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")",
                    rs -> {
                        found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                    }, batch.toArray());
        }
        return found;
    }

    private static Problem candidate(ImportRecord record, String field, String message, UUID existing) {
        return new Problem("CANDIDATE", record.at().file(), record.at().line(), record.type(), field,
                message + "; not merged", existing);
    }

    /**
     * What a record is compared by: its name key and the domains of its website (and, for a lead, its email),
     * each with the Kontor field it came from.
     */
    private record Keys(String name, Map<String, String> domains) {

        static Keys of(ImportRecord record) {
            Map<String, String> domains = new java.util.LinkedHashMap<>();
            String name;
            if (record instanceof AccountRecord account) {
                name = CompanyNames.key(account.profile().name());
                website(account.profile().website(), domains);
            } else {
                LeadRecord lead = (LeadRecord) record;
                name = CompanyNames.key(lead.details().companyName());
                website(lead.details().website(), domains);
                EmailAddresses.domainOf(lead.details().email()).map(Domains::registrable)
                        .filter(domain -> !Domains.isFreeMail(domain)).ifPresent(domain -> domains.putIfAbsent(domain, "email"));
            }
            return new Keys(name, domains);
        }

        private static void website(String website, Map<String, String> domains) {
            if (website != null) {
                Websites.domainOf(website).map(Domains::registrable).ifPresent(domain -> domains.put(domain, "website"));
            }
        }
    }
}
