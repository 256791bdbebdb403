package io.kontor.command.lead;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.EmailAddresses;
import io.kontor.command.support.Claims;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One open lead per email address (seed 000: do not "burn" a prospect with parallel conversations).
 * The claim is the email's primary key, written in the command's transaction and released when the
 * lead is converted or disqualified. Every lead also stays registered with its email and the contact it
 * became, so an erasure finds the whole person.
 */
@Component
public class LeadRegistry {

    private final JdbcTemplate jdbc;

    public LeadRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void claimEmail(UUID leadId, String email) {
        String key = EmailAddresses.key(email);
        jdbc.update("INSERT INTO lead_registry (lead_id, email_key) VALUES (?, ?)", leadId, key);
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

    public void recordConversion(UUID leadId, UUID contactId) {
        jdbc.update("UPDATE lead_registry SET contact_id = ? WHERE lead_id = ?", contactId, leadId);
    }

    /** Forgets the erased lead's email: its claim (if still open) and its registration. */
    public void erase(UUID leadId, String email) {
        releaseEmail(leadId, email);
        jdbc.update("UPDATE lead_registry SET email_key = NULL WHERE lead_id = ?", leadId);
    }

    /** A lead as registered: its email (lower case, null once erased) and the contact it was converted into. */
    public record Registration(UUID leadId, String email, UUID contactId) {
    }

    /** The lead's registration, if it is known. */
    public Optional<Registration> registrationOf(UUID leadId) {
        return jdbc.query("SELECT lead_id, email_key, contact_id FROM lead_registry WHERE lead_id = ?", REGISTRATION, leadId)
                .stream().findFirst();
    }

    /** Every lead with this email (compared without case), and every lead converted into {@code contactId}. */
    public List<Registration> leadsOf(String email, UUID contactId) {
        List<Registration> found = new ArrayList<>();
        if (email != null) {
            found.addAll(jdbc.query("SELECT lead_id, email_key, contact_id FROM lead_registry WHERE email_key = ?", REGISTRATION,
                    EmailAddresses.key(email)));
        }
        if (contactId != null) {
            found.addAll(jdbc.query("SELECT lead_id, email_key, contact_id FROM lead_registry WHERE contact_id = ?", REGISTRATION,
                    contactId));
        }
        return found;
    }

    private static final RowMapper<Registration> REGISTRATION = (rs, row) -> new Registration(
            rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class));

    private static BusinessRuleViolation emailTaken(String email, UUID holder) {
        return new BusinessRuleViolation("open-lead-exists", "Lead " + (holder == null ? "" : holder + " ")
                + "with email " + email + " is still open (not yet converted or disqualified); work on it, convert it or disqualify it "
                + "instead of capturing another.",
                holder == null ? Map.of("email", email) : Map.of("email", email, "leadId", holder));
    }
}
