package io.kontor.command.privacy;

import io.kontor.api.common.TimeOrderedIds;
import io.kontor.api.contact.LiftLegalHold;
import io.kontor.api.contact.PlaceLegalHold;
import io.kontor.api.common.EmailAddresses;
import io.kontor.api.privacy.ErasePerson;
import io.kontor.api.privacy.Erasure;
import io.kontor.api.privacy.PrivacyRules;
import io.kontor.command.support.CommandDispatcher;
import io.kontor.command.support.CommandOutcome;
import io.kontor.command.support.WriteResponses;
import io.kontor.command.support.WriteResult;
import io.kontor.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Erasure (GDPR art. 17) and legal holds (ADMIN). */
@RestController
@Tag(name = "Privacy", description = "Erasure, legal holds and the right of access (ADMIN)")
public class PrivacyCommandController {

    private final CommandDispatcher commands;

    public PrivacyCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/api/admin/erasures", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Erase a person: every contact and lead with the same email or linked by a conversion loses its "
            + "personal data in one transaction; the history keeps every event, its personal fields read \"[erased]\". "
            + "409 while a legal hold is on")
    public ResponseEntity<ErasureResult> erase(@RequestBody ErasureRequest request) {
        UUID erasureId = TimeOrderedIds.next();
        CommandOutcome outcome = commands.dispatch(new ErasePerson(erasureId, request.contactId(), request.leadId(),
                request.email(), request.reason()));
        Erasure erasure = (Erasure) outcome.result();
        return WriteResponses.created("/api/admin/erasures/" + erasureId, outcome,
                new ErasureResult(erasureId, erasure.contactIds(), erasure.leadIds()));
    }

    @PutMapping(path = "/api/admin/legal-holds/{contactId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Put the contact under a legal hold: it cannot be erased until the hold is lifted")
    public ResponseEntity<WriteResult> placeHold(@PathVariable UUID contactId, @RequestBody HoldRequest request,
                                                 @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        return WriteResponses.ok(commands.dispatch(new PlaceLegalHold(contactId, request.reason()), Versions.expectedVersion(ifMatch)));
    }

    @DeleteMapping(path = "/api/admin/legal-holds/{contactId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lift the contact's legal hold (the reason is optional)")
    public ResponseEntity<WriteResult> liftHold(@PathVariable UUID contactId,
                                                @RequestBody(required = false) LiftRequest request,
                                                @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        return WriteResponses.ok(commands.dispatch(new LiftLegalHold(contactId, request == null ? null : request.reason()),
                Versions.expectedVersion(ifMatch)));
    }

    /** Exactly one of contactId, leadId and email names the person. */
    public record ErasureRequest(UUID contactId, UUID leadId,
                                 @Schema(format = "email", maxLength = EmailAddresses.MAX_LENGTH) String email,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1,
                                         maxLength = PrivacyRules.MAX_REASON,
                                         example = "Art. 17 request of 2026-03-02, ticket 4711") String reason) {
    }

    /** What was erased: the erasure's id and the contacts and leads that were the person. */
    public record ErasureResult(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID id,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<UUID> contactIds,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<UUID> leadIds) {
    }

    public record HoldRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1,
                                      maxLength = PrivacyRules.MAX_REASON, example = "Litigation 2026/17") String reason) {
    }

    public record LiftRequest(@Schema(minLength = 1, maxLength = PrivacyRules.MAX_REASON) String reason) {
    }
}
