package io.kontor.command.lead;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.EmailAddresses;
import io.kontor.command.support.Claims;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One open lead per email address (seed 000: do not "burn" a prospect with parallel conversations).
 * The claim is the email's primary key, written in the command's transaction and released when the
 * lead is converted or disqualified.
 */
@Component
public class LeadRegistry {

    private final JdbcTemplate jdbc;

    public LeadRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void claimEmail(UUID leadId, String email) {
        String key = EmailAddresses.key(email);
        List<UUID> holder = jdbc.queryForList("SELECT lead_id FROM lead_email_claim WHERE email_key = ?", UUID.class, key);
        if (!holder.isEmpty()) {
            throw emailTaken(email, holder.get(0));
        }
        if (!Claims.tryWrite(jdbc, "INSERT INTO lead_email_claim (email_key, lead_id) VALUES (?, ?)", key, leadId)) {
            // Claimed by a concurrent capture that committed meanwhile: name it too.
            throw emailTaken(email, jdbc.queryForList("SELECT lead_id FROM lead_email_claim WHERE email_key = ?",
                    UUID.class, key).stream().findFirst().orElse(null));
        }
    }

    public void releaseEmail(UUID leadId, String email) {
        jdbc.update("DELETE FROM lead_email_claim WHERE email_key = ? AND lead_id = ?", EmailAddresses.key(email), leadId);
    }

    private static BusinessRuleViolation emailTaken(String email, UUID holder) {
        return new BusinessRuleViolation("open-lead-exists", "Lead " + (holder == null ? "" : holder + " ")
                + "with email " + email + " is still open (not yet converted or disqualified); work on it, convert it or disqualify it "
                + "instead of capturing another.",
                holder == null ? Map.of("email", email) : Map.of("email", email, "leadId", holder));
    }
}
