package io.kontor.command.relationship;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.api.common.Notes;
import io.kontor.api.common.Patch;
import io.kontor.api.common.TimeOrderedIds;
import io.kontor.api.common.Violations;
import io.kontor.api.relationship.AddRelationship;
import io.kontor.api.relationship.EndRelationship;
import io.kontor.api.relationship.RelationshipEndCause;
import io.kontor.api.relationship.RelationshipRules;
import io.kontor.api.relationship.RelationshipType;
import io.kontor.api.relationship.UpdateRelationship;
import io.kontor.command.support.CommandDispatcher;
import io.kontor.command.support.WriteResponses;
import io.kontor.platform.web.PatchDocument;
import io.kontor.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Relationships are recorded, changed and ended on their source contact: each change is an event in its history. */
@RestController
@RequestMapping(path = "/api/contacts/{id}/relationships", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Account map")
public class RelationshipCommandController {

    private static final Set<String> CHANGEABLE = Set.of("strength", "sentiment", "note");

    private final CommandDispatcher commands;

    public RelationshipCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a directed relationship from the contact to another contact of the same hierarchy, or "
            + "(FORMER_EMPLOYEE_OF) to any account. 409 reporting-cycle, second-manager, relationship-outside-hierarchy, "
            + "relationship-exists or account-closed name the rule. Answers the relationship's id and the contact's version.")
    public ResponseEntity<RelationshipWriteResult> add(@PathVariable("id") UUID contactId, @RequestBody RelationshipRequest request) {
        UUID relationshipId = TimeOrderedIds.next();
        var outcome = commands.dispatch(new AddRelationship(contactId, relationshipId, request.type(), request.toContactId(),
                request.toAccountId(), request.strength() == null ? 3 : request.strength(),
                request.sentiment() == null ? 0 : request.sentiment(),
                request.validFrom() == null ? RelationshipRules.today() : request.validFrom(), request.note()));
        return WriteResponses.created("/api/contacts/" + contactId + "/relationships/" + relationshipId, outcome,
                new RelationshipWriteResult(relationshipId, contactId, outcome.version()));
    }

    @PatchMapping(path = "/{relationshipId}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(summary = "Change a current relationship's strength, sentiment or note (null clears the note)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = RelationshipChanges.class))))
    public ResponseEntity<RelationshipWriteResult> update(@PathVariable("id") UUID contactId, @PathVariable UUID relationshipId,
                                                      @RequestBody JsonNode body,
                                                      @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        PatchDocument changes = new PatchDocument(body, CHANGEABLE);
        Violations violations = new Violations();
        Patch<Integer> strength = notNull("strength", changes.integer("strength"), violations);
        Patch<Integer> sentiment = notNull("sentiment", changes.integer("sentiment"), violations);
        Patch<String> note = changes.text("note");
        changes.finish();
        violations.throwIfAny();
        var outcome = commands.dispatch(new UpdateRelationship(contactId, relationshipId, strength, sentiment, note),
                Versions.expectedVersion(ifMatch));
        return WriteResponses.ok(outcome, new RelationshipWriteResult(relationshipId, contactId, outcome.version()));
    }

    @PostMapping(path = "/{relationshipId}/end")
    @Operation(summary = "End the relationship as of validTo (default today, UTC): the first day it no longer holds. It "
            + "stays in the contact's history and in the maps of the days it held; ending it again changes nothing.")
    public ResponseEntity<RelationshipWriteResult> end(@PathVariable("id") UUID contactId, @PathVariable UUID relationshipId,
                                                   @RequestBody(required = false) EndRequest request,
                                                   @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        LocalDate validTo = request == null || request.validTo() == null ? RelationshipRules.today() : request.validTo();
        var outcome = commands.dispatch(new EndRelationship(contactId, relationshipId, validTo, RelationshipEndCause.ENDED,
                null), Versions.expectedVersion(ifMatch));
        return WriteResponses.ok(outcome, new RelationshipWriteResult(relationshipId, contactId, outcome.version()));
    }

    private static Patch<Integer> notNull(String field, Patch<Integer> value, Violations violations) {
        if (value.isSet() && value.applyTo(null) == null) {
            violations.add(field, "must be a whole number, not null");
            return Patch.keep();
        }
        return value;
    }

    public record RelationshipRequest(
            @Schema(description = "the other person (every type but FORMER_EMPLOYEE_OF)") UUID toContactId,
            @Schema(description = "the former employer (FORMER_EMPLOYEE_OF only); any account") UUID toAccountId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RelationshipType type,
            @Schema(minimum = "1", maximum = "5", description = "how strong the tie is; 3 if absent") Integer strength,
            @Schema(minimum = "-2", maximum = "2", description = "how the source feels about the target; 0 if absent")
            Integer sentiment,
            @Schema(description = "the first day it holds; today (UTC) if absent, never later than today") LocalDate validFrom,
            @Schema(maxLength = Notes.MAX, example = "Listens to her above all on budgets") String note) {
    }

    record RelationshipChanges(@Schema(minimum = "1", maximum = "5") Integer strength,
                               @Schema(minimum = "-2", maximum = "2") Integer sentiment,
                               @Schema(nullable = true, maxLength = Notes.MAX) String note) {
    }

    public record EndRequest(@Schema(description = "the first day it no longer holds; today (UTC) if absent, not before "
            + "validFrom, never later than today") LocalDate validTo) {
    }
}
