package io.kontor.command.territory;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.api.common.Patch;
import io.kontor.api.common.TimeOrderedIds;
import io.kontor.api.territory.ChangeTerritory;
import io.kontor.api.territory.CreateTerritory;
import io.kontor.api.territory.TerritoryCondition;
import io.kontor.api.territory.TerritoryMatch;
import io.kontor.api.territory.TerritoryPatch;
import io.kontor.api.territory.TerritoryRules;
import io.kontor.command.support.CommandDispatcher;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/admin/territories", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Territories", description = "Sales territories: a tree of rules that places every account")
public class TerritoryCommandController {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final CommandDispatcher commands;

    public TerritoryCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a territory; every account is re-evaluated in the background",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = TerritoryRequest.class))))
    public ResponseEntity<WriteResult> create(@RequestBody JsonNode json) {
        TerritoryBody body = new TerritoryBody(json);
        PatchDocument document = body.document();
        String name = document.required("name", document.text("name"), "is required").applyTo(null);
        UUID parentId = document.uuid("parentId").applyTo(null);
        Integer priority = document.integer("priority").applyTo(null);
        TerritoryMatch match = document.enumValue("match", TerritoryMatch.class).applyTo(null);
        List<TerritoryCondition> rules = body.rules(json).applyTo(List.of());
        UUID ownerId = document.uuid("ownerId").applyTo(null);
        List<String> members = body.members(json).applyTo(List.of());
        Instant effectiveFrom = body.effectiveFrom();
        body.finish();
        UUID territoryId = TimeOrderedIds.next();
        var outcome = commands.dispatch(new CreateTerritory(territoryId, name, parentId, priority,
                new TerritoryRules(match, rules), ownerId, members, effectiveFrom));
        return WriteResponses.created("/api/admin/territories/" + territoryId, outcome);
    }

    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH})
    @Operation(summary = "A new version of the territory, in effect from effectiveFrom (default now); send only what "
            + "changes. Every account is re-evaluated in the background.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = TerritoryRequest.class))))
    public ResponseEntity<WriteResult> change(@PathVariable UUID id, @RequestBody JsonNode json,
                                              @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        TerritoryBody body = new TerritoryBody(json);
        PatchDocument document = body.document();
        TerritoryPatch patch = new TerritoryPatch(notNull(body, "name", document.text("name")), document.uuid("parentId"),
                notNull(body, "priority", document.integer("priority")),
                notNull(body, "match", document.enumValue("match", TerritoryMatch.class)), body.rules(json),
                document.uuid("ownerId"), body.members(json));
        Instant effectiveFrom = body.effectiveFrom();
        body.finish();
        return WriteResponses.ok(commands.dispatch(new ChangeTerritory(id, patch, effectiveFrom), Versions.expectedVersion(ifMatch)));
    }

    private static <T> Patch<T> notNull(TerritoryBody body, String field, Patch<T> value) {
        if (value.isSet() && value.applyTo(null) == null) {
            body.refuse(field, "cannot be cleared");
            return Patch.keep();
        }
        return value;
    }

    /** Documents the body of a territory's creation (name required) and change (any of the fields). */
    @Schema(name = "TerritoryRequest")
    record TerritoryRequest(@Schema(example = "Poland", maxLength = io.kontor.api.territory.TerritoryDefinition.MAX_NAME) String name,
                            @Schema(description = "the parent territory; absent for a top-level one") UUID parentId,
                            @Schema(description = "unique among siblings; the lower wins when an account meets the rules of "
                                    + "two siblings; default: after the last sibling", minimum = "1",
                                    maximum = "" + io.kontor.api.territory.TerritoryDefinition.MAX_PRIORITY) Integer priority,
                            @Schema(description = "default ALL") TerritoryMatch match,
                            @Schema(description = "no conditions: every account meets them") List<Condition> rules,
                            @Schema(description = "the default owner of the territory's accounts") UUID ownerId,
                            @Schema(description = "user names") List<String> members,
                            @Schema(description = "when this version takes effect; default now") Instant effectiveFrom) {
    }

    @Schema(name = "TerritoryConditionInput")
    record Condition(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                             allowableValues = {"country", "region", "industry", "kind", "headquartersCountry", "employees"})
                     String field,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) io.kontor.api.territory.TerritoryOperator op,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED, oneOf = {String.class, Long.class, String[].class, Long[].class},
                             description = "a string (a whole number for employees), or a list of them for IN and NOT_IN")
                     Object value) {
    }
}
