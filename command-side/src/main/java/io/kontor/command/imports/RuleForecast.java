package io.kontor.command.imports;

import io.kontor.api.account.AccountProfileRules;
import io.kontor.api.common.EmailAddresses;
import io.kontor.imports.record.AccountRecord;
import io.kontor.imports.record.ContactRecord;
import io.kontor.imports.record.LeadRecord;
import io.kontor.imports.record.RowProblem;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * For a dry run: the set-based rules that would refuse a row when applied, checked read-only against the
 * registry and against the earlier rows of the same files. A debtor number held by another open account, a
 * closed parent or account, an email already at the contact's account, another open lead with the email.
 */
final class RuleForecast {

    private final JdbcTemplate jdbc;
    private final Map<String, Object> claimedInFiles = new HashMap<>();

    RuleForecast(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RowProblem> refusal(Decision decision) {
        var record = decision.step().record();
        boolean creates = decision.action() == Decision.Action.CREATE;
        if (record instanceof AccountRecord account) {
            if (!creates && "CLOSED".equals(status(decision.id()))) {
                return refuse(decision, null, "account " + decision.id() + " is closed and takes no changes (account-closed)");
            }
            UUID parent = decision.reference("parent");
            if (parent != null && decision.changed().contains("parent") && "CLOSED".equals(status(parent))) {
                return refuse(decision, record.sourceField("parent"), "parent account " + parent + " is closed (parent-closed)");
            }
            String debtor = AccountProfileRules.debtorNumberKey(account.profile().debtorNumber());
            if (debtor != null && decision.changed().contains("debtorNumber")) {
                List<UUID> holder = jdbc.queryForList("SELECT account_id FROM debtor_number_claim WHERE debtor_number_key = ?",
                        UUID.class, debtor);
                Object inFiles = claimedInFiles.putIfAbsent("debtor:" + debtor, decision.id());
                if ((!holder.isEmpty() && !holder.get(0).equals(decision.id())) || (inFiles != null && !inFiles.equals(decision.id()))) {
                    return refuse(decision, record.sourceField("debtorNumber"), "debtor number " + account.profile().debtorNumber()
                            + " already belongs to open account " + (holder.isEmpty() ? inFiles : holder.get(0)) + " (debtor-number-taken)");
                }
            }
        } else if (record instanceof ContactRecord contact && contact.details().email() != null
                && (creates || decision.changed().contains("email") || decision.changed().contains("account"))) {
            UUID account = decision.reference("account");
            String email = EmailAddresses.key(contact.details().email());
            List<UUID> holder = jdbc.queryForList("SELECT contact_id FROM contact_registry WHERE account_id = ? AND email_key = ?",
                    UUID.class, account, email);
            Object inFiles = claimedInFiles.putIfAbsent("contact:" + account + ":" + email, decision.id());
            if ((!holder.isEmpty() && !holder.get(0).equals(decision.id())) || (inFiles != null && !inFiles.equals(decision.id()))) {
                return refuse(decision, record.sourceField("email"), "account " + account + " already has a contact with email "
                        + contact.details().email() + (holder.isEmpty() ? "" : " (contact " + holder.get(0) + ")")
                        + " (contact-email-taken)");
            }
        } else if (record instanceof LeadRecord lead && creates) {
            String email = EmailAddresses.key(lead.details().email());
            List<UUID> holder = jdbc.queryForList("SELECT lead_id FROM lead_email_claim WHERE email_key = ?", UUID.class, email);
            if (!holder.isEmpty() || claimedInFiles.putIfAbsent("lead:" + email, decision.id()) != null) {
                return refuse(decision, record.sourceField("email"), "another open lead" + (holder.isEmpty() ? "" : " (" + holder.get(0)
                        + ")") + " has email " + lead.details().email() + " (open-lead-exists)");
            }
        }
        return Optional.empty();
    }

    private String status(UUID accountId) {
        return jdbc.queryForList("SELECT status FROM account_registry WHERE account_id = ?", String.class, accountId)
                .stream().findFirst().orElse(null);
    }

    private static Optional<RowProblem> refuse(Decision decision, String field, String message) {
        var record = decision.step().record();
        return Optional.of(new RowProblem(record.at(), record.type(), field, message));
    }
}
