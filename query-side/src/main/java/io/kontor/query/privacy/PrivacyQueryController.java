package io.kontor.query.privacy;

import io.kontor.api.common.EmailAddresses;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** The right of access and the record of erasures (ADMIN). */
@RestController
@Tag(name = "Privacy")
public class PrivacyQueryController {

    private final SubjectAccess access;
    private final JdbcTemplate jdbc;

    public PrivacyQueryController(SubjectAccess access, JdbcTemplate jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @GetMapping(path = "/api/admin/subjects", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Everything held about a person (right of access): their contacts with accounts, legal holds, "
            + "seats and history, and their leads with history; by exactly one of email, contactId or leadId")
    public SubjectReport subject(@Parameter(schema = @Schema(format = "email", maxLength = EmailAddresses.MAX_LENGTH))
                                 @RequestParam(required = false) String email,
                                 @RequestParam(required = false) UUID contactId,
                                 @RequestParam(required = false) UUID leadId) {
        if (Stream.of(email, contactId, leadId).filter(Objects::nonNull).count() != 1) {
            throw InvalidInputException.of("email", "name the person by exactly one of email, contactId or leadId");
        }
        if (email != null && !EmailAddresses.isValid(email.strip())) {
            throw InvalidInputException.of("email", "must be an email address such as anna.nowak@example.pl");
        }
        return access.report(email == null ? null : email.strip(), contactId, leadId);
    }

    @GetMapping(path = "/api/admin/erasures/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An erasure: who asked, when, why, and the contacts and leads it erased")
    public ErasureView erasure(@PathVariable UUID id) {
        List<ErasureView> records = new ArrayList<>();
        List<UUID> contacts = new ArrayList<>();
        List<UUID> leads = new ArrayList<>();
        jdbc.query("SELECT subject_id, kind, reason, erased_by, erased_at FROM erasure_record WHERE erasure_id = ? "
                + "ORDER BY subject_id", rs -> {
            UUID subject = rs.getObject(1, UUID.class);
            (PrivacyProjection.CONTACT.equals(rs.getString(2)) ? contacts : leads).add(subject);
            if (records.isEmpty()) {
                records.add(new ErasureView(id, rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), contacts, leads));
            }
        }, id);
        return records.stream().findFirst().orElseThrow(() -> new NotFoundException("erasure", id));
    }

    /** An erasure as recorded: its reason, who asked and when, and what it erased. */
    public record ErasureView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id, String reason, String erasedBy,
                              Instant erasedAt, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<UUID> contactIds,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<UUID> leadIds) {
    }
}
