package io.kontor.command.opportunity;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.Money;
import io.kontor.api.common.Patch;
import io.kontor.api.common.TimeOrderedIds;
import io.kontor.api.common.Violations;
import io.kontor.api.opportunity.ChangeOpportunityStage;
import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.LoseOpportunity;
import io.kontor.api.opportunity.OpenOpportunity;
import io.kontor.api.opportunity.OpportunityRules;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.OpportunityTermsPatch;
import io.kontor.api.opportunity.PlaceStakeholder;
import io.kontor.api.opportunity.Raci;
import io.kontor.api.opportunity.RemoveStakeholder;
import io.kontor.api.opportunity.Stage;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.api.opportunity.UpdateOpportunity;
import io.kontor.api.opportunity.WinOpportunity;
import io.kontor.command.support.CommandDispatcher;
import io.kontor.command.support.MoneyInput;
import io.kontor.command.support.WriteResponses;
import io.kontor.command.support.WriteResult;
import io.kontor.platform.web.PatchDocument;
import io.kontor.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/opportunities", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Opportunities", description = "Deals on accounts, their stages and buying centers")
public class OpportunityCommandController {

    private static final Set<String> TERMS = Set.of("name", "value", "expectedCloseDate", "probability", "ownerId");

    private final CommandDispatcher commands;

    public OpportunityCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an opportunity on an open account")
    public ResponseEntity<WriteResult> open(@RequestBody OpenRequest request) {
        Violations violations = new Violations();
        if (request.accountId() == null) {
            violations.add("accountId", "is required");
        }
        Money value = request.value() == null ? null : request.value().toMoney("value", violations);
        if (request.value() == null) {
            violations.add("value", "is required");
        }
        violations.throwIfAny();
        UUID opportunityId = TimeOrderedIds.next();
        OpportunityTerms terms = new OpportunityTerms(request.name(), value, request.expectedCloseDate(),
                request.probability(), request.ownerId());
        var outcome = commands.dispatch(new OpenOpportunity(opportunityId, request.accountId(), terms, request.stage()));
        return WriteResponses.created("/api/opportunities/" + opportunityId, outcome);
    }

    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(summary = "Change name, value, expected close date, owner or probability (null returns to the "
            + "stage's default)", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = TermsChanges.class))))
    public ResponseEntity<WriteResult> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                                      @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        PatchDocument changes = new PatchDocument(body, TERMS);
        Violations violations = new Violations();
        Patch<Money> value = changes.node("value").map(node -> MoneyInput.fromNode("value", node, violations));
        OpportunityTermsPatch patch = new OpportunityTermsPatch(changes.text("name"), value,
                changes.date("expectedCloseDate"),
                changes.integer("probability"), changes.uuid("ownerId"));
        changes.finish();
        violations.throwIfAny();
        return WriteResponses.ok(commands.dispatch(new UpdateOpportunity(id, patch), Versions.expectedVersion(ifMatch)));
    }

    @PutMapping(path = "/{id}/stage", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move the opportunity to a stage; the probability follows unless set explicitly")
    public ResponseEntity<WriteResult> stage(@PathVariable UUID id, @RequestBody StageRequest request,
                                                     @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        return WriteResponses.ok(commands.dispatch(new ChangeOpportunityStage(id, request.stage()), Versions.expectedVersion(ifMatch)));
    }

    @PostMapping(path = "/{id}/win")
    @Operation(summary = "Close the opportunity as won (probability 100)")
    public ResponseEntity<WriteResult> win(@PathVariable UUID id, @RequestBody(required = false) ReasonRequest request,
                                                   @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        String reason = request == null ? null : request.reason();
        return WriteResponses.ok(commands.dispatch(new WinOpportunity(id, reason), Versions.expectedVersion(ifMatch)));
    }

    @PostMapping(path = "/{id}/lose")
    @Operation(summary = "Close the opportunity as lost (probability 0); the reason is required")
    public ResponseEntity<WriteResult> lose(@PathVariable UUID id, @RequestBody(required = false) ReasonRequest request,
                                                    @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        String reason = request == null ? null : request.reason();
        return WriteResponses.ok(commands.dispatch(new LoseOpportunity(id, reason), Versions.expectedVersion(ifMatch)));
    }

    @PutMapping(path = "/{id}/stakeholders/{contactId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Place a contact of the same hierarchy in the buying center, or change its seat: roles (role "
            + "names one), influence and interest 1-5 (default 3), attitude -2..2 (default 0), coverage (default UNKNOWN), "
            + "optional RACI letter. The whole seat is replaced.")
    public ResponseEntity<WriteResult> placeStakeholder(@PathVariable UUID id, @PathVariable UUID contactId,
                                                                @RequestBody StakeholderRequest request,
                                                                @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        if (request.role() == null && (request.roles() == null || request.roles().isEmpty())) {
            throw InvalidInputException.of("role", "is required: name the seat's role, or several as roles");
        }
        if (request.roles() != null && request.roles().contains(null)) {
            throw InvalidInputException.of("roles", "must not contain null");
        }
        int influence = request.influence() == null ? 3 : request.influence();
        int interest = request.interest() == null ? 3 : request.interest();
        int attitude = request.attitude() == null ? 0 : request.attitude();
        return WriteResponses.ok(commands.dispatch(new PlaceStakeholder(id, contactId, request.role(), influence, interest,
                request.roles() == null ? List.of() : request.roles(), attitude, request.coverage(), request.raci()),
                Versions.expectedVersion(ifMatch)));
    }

    @DeleteMapping(path = "/{id}/stakeholders/{contactId}")
    @Operation(summary = "Remove a contact from the buying center (nothing changes if it is not in it)")
    public ResponseEntity<WriteResult> removeStakeholder(@PathVariable UUID id, @PathVariable UUID contactId,
                                                                 @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        return WriteResponses.ok(commands.dispatch(new RemoveStakeholder(id, contactId), Versions.expectedVersion(ifMatch)));
    }

    public record OpenRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID accountId,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Cooling for plant Łódź",
                                      maxLength = OpportunityRules.MAX_NAME) String name,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MoneyInput value,
                              LocalDate expectedCloseDate,
                              @Schema(description = "PROSPECTING if absent") Stage stage,
                              @Schema(description = "the stage's default if absent", minimum = "0", maximum = "100")
                              Integer probability,
                              UUID ownerId) {
    }

    record TermsChanges(@Schema(maxLength = OpportunityRules.MAX_NAME) String name, MoneyInput value,
                        LocalDate expectedCloseDate,
                        @Schema(description = "null returns to the stage's default", minimum = "0", maximum = "100")
                        Integer probability,
                        UUID ownerId) {
    }

    public record StageRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Stage stage) {
    }

    public record ReasonRequest(@Schema(maxLength = Opportunity.MAX_REASON, description = "required to lose") String reason) {
    }

    public record StakeholderRequest(@Schema(description = "the seat's role; or several as roles") StakeholderRole role,
                                     @Schema(description = "several roles at once (role counts as one of them)")
                                     List<StakeholderRole> roles,
                                     @Schema(minimum = "1", maximum = "5") Integer influence,
                                     @Schema(minimum = "1", maximum = "5") Integer interest,
                                     @Schema(minimum = "-2", maximum = "2", description = "towards us: -2 opposed, 2 supporting")
                                     Integer attitude,
                                     @Schema(description = "how well we know them; UNKNOWN if absent") Coverage coverage,
                                     @Schema(description = "responsible, accountable, consulted or informed") Raci raci) {
    }
}
