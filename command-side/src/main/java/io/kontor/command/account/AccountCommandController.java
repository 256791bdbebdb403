package io.kontor.command.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountProfilePatch;
import io.kontor.api.account.AssignAccountOwner;
import io.kontor.api.account.CloseAccount;
import io.kontor.api.account.MoveAccount;
import io.kontor.api.account.OpenAccount;
import io.kontor.api.account.UpdateAccountProfile;
import io.kontor.api.common.Patch;
import io.kontor.api.common.TimeOrderedIds;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts", description = "Accounts in headquarters-branch hierarchies")
public class AccountCommandController {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Set<String> PROFILE_FIELDS =
            Set.of("name", "kind", "industry", "country", "region", "website", "debtorNumber", "employees");

    private final CommandDispatcher commands;

    public AccountCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an account, as a headquarters or under an open parent")
    public ResponseEntity<WriteResult> open(@RequestBody OpenAccountRequest request) {
        UUID accountId = TimeOrderedIds.next();
        var outcome = commands.dispatch(new OpenAccount(accountId, request.profile(), request.parentId(), request.ownerId()));
        return WriteResponses.created("/api/accounts/" + accountId, outcome);
    }

    @PatchMapping(path = "/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH})
    @Operation(summary = "Change the profile: send only the fields to change; null clears an optional field",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = AccountProfileChanges.class))))
    public ResponseEntity<WriteResult> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                                      @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        PatchDocument changes = new PatchDocument(body, PROFILE_FIELDS);
        AccountProfilePatch patch = new AccountProfilePatch(changes.text("name"), changes.enumValue("kind", AccountKind.class),
                changes.text("industry"), changes.text("country"), changes.text("region"), changes.text("website"),
                changes.text("debtorNumber"), changes.integer("employees"));
        changes.finish();
        return WriteResponses.ok(commands.dispatch(new UpdateAccountProfile(id, patch), Versions.expectedVersion(ifMatch)));
    }

    @PutMapping(path = "/{id}/parent", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move the account with its whole subtree; parentId null makes it a headquarters",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = MoveRequest.class))))
    public ResponseEntity<WriteResult> move(@PathVariable UUID id, @RequestBody JsonNode body,
                                                    @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        UUID parentId = requiredNullableId(body, "parentId", "is required; null makes the account a headquarters");
        return WriteResponses.ok(commands.dispatch(new MoveAccount(id, parentId), Versions.expectedVersion(ifMatch)));
    }

    @PutMapping(path = "/{id}/owner", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the owning sales rep by hand; it sticks until ownerId null clears it, and then the "
            + "default owner of the account's territory applies",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = OwnerRequest.class))))
    public ResponseEntity<WriteResult> assignOwner(@PathVariable UUID id, @RequestBody JsonNode body,
                                                           @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        UUID ownerId = requiredNullableId(body, "ownerId", "is required; null clears the owner set by hand");
        return WriteResponses.ok(commands.dispatch(new AssignAccountOwner(id, ownerId), Versions.expectedVersion(ifMatch)));
    }

    @PostMapping(path = "/{id}/close")
    @Operation(summary = "Close the account; refused while it has open child accounts or open opportunities")
    public ResponseEntity<WriteResult> close(@PathVariable UUID id, @RequestBody(required = false) CloseRequest body,
                                                     @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        String reason = body == null ? null : body.reason();
        return WriteResponses.ok(commands.dispatch(new CloseAccount(id, reason), Versions.expectedVersion(ifMatch)));
    }

    private static UUID requiredNullableId(JsonNode body, String field, String whenMissing) {
        PatchDocument document = new PatchDocument(body, Set.of(field));
        Patch<UUID> value = document.required(field, document.uuid(field), whenMissing);
        document.finish();
        return value.applyTo(null);
    }

    record MoveRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) UUID parentId) {
    }

    record OwnerRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) UUID ownerId) {
    }

    public record CloseRequest(@Schema(maxLength = Account.MAX_REASON) String reason) {
    }
}
