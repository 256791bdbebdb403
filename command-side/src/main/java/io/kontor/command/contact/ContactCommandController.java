package io.kontor.command.contact;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.api.common.TimeOrderedIds;
import io.kontor.api.contact.AddContact;
import io.kontor.api.contact.ContactDetails;
import io.kontor.api.contact.ContactDetailsPatch;
import io.kontor.api.contact.ContactRules;
import io.kontor.api.common.EmailAddresses;
import io.kontor.api.contact.ReassignContact;
import io.kontor.api.contact.UpdateContact;
import io.kontor.api.common.InvalidInputException;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.UUID;

@RestController
@Tag(name = "Contacts", description = "People at accounts")
public class ContactCommandController {

    private static final Set<String> FIELDS = Set.of("firstName", "lastName", "email", "phone", "jobTitle");

    private final CommandDispatcher commands;

    public ContactCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping(path = "/api/accounts/{accountId}/contacts", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a contact to an open account; two contacts of one account never share an email")
    public ResponseEntity<WriteResult> add(@PathVariable UUID accountId, @RequestBody ContactRequest request) {
        UUID contactId = TimeOrderedIds.next();
        var outcome = commands.dispatch(new AddContact(contactId, accountId, request.details()));
        return WriteResponses.created("/api/contacts/" + contactId, outcome);
    }

    @PatchMapping(path = "/api/contacts/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the contact's details: send only the fields to change; null clears an optional one",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = ContactChanges.class))))
    public ResponseEntity<WriteResult> update(@PathVariable UUID id, @RequestBody JsonNode body,
                                                      @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        PatchDocument changes = new PatchDocument(body, FIELDS);
        ContactDetailsPatch patch = new ContactDetailsPatch(changes.text("firstName"), changes.text("lastName"),
                changes.text("email"), changes.text("phone"), changes.text("jobTitle"));
        changes.finish();
        return WriteResponses.ok(commands.dispatch(new UpdateContact(id, patch), Versions.expectedVersion(ifMatch)));
    }

    @PutMapping(path = "/api/contacts/{id}/account", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reassign the contact to another open account; stakeholder roles and relationships that would "
            + "span two hierarchies end. leftCompany true records the contact as FORMER_EMPLOYEE_OF the old account.")
    public ResponseEntity<WriteResult> reassign(@PathVariable UUID id, @RequestBody ReassignRequest request,
                                                        @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        if (request.accountId() == null) {
            throw InvalidInputException.of("accountId", "is required");
        }
        UUID formerEmploymentId = Boolean.TRUE.equals(request.leftCompany()) ? TimeOrderedIds.next() : null;
        return WriteResponses.ok(commands.dispatch(new ReassignContact(id, request.accountId(), formerEmploymentId),
                Versions.expectedVersion(ifMatch)));
    }

    public record ContactRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Anna",
                                         maxLength = ContactRules.MAX_NAME) String firstName,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Nowak",
                                         maxLength = ContactRules.MAX_NAME) String lastName,
                                 @Schema(example = "anna.nowak@example.pl", format = "email",
                                         maxLength = EmailAddresses.MAX_LENGTH) String email,
                                 @Schema(example = "+48 22 123 45 67", pattern = "^" + ContactRules.PHONE + "$") String phone,
                                 @Schema(example = "CFO", maxLength = ContactRules.MAX_JOB_TITLE) String jobTitle) {
        ContactDetails details() {
            return new ContactDetails(firstName, lastName, email, phone, jobTitle);
        }
    }

    /** Documents the merge patch of a contact: any of the fields, none required. */
    record ContactChanges(@Schema(maxLength = ContactRules.MAX_NAME) String firstName,
                          @Schema(maxLength = ContactRules.MAX_NAME) String lastName,
                          @Schema(format = "email", maxLength = EmailAddresses.MAX_LENGTH) String email,
                          @Schema(pattern = "^" + ContactRules.PHONE + "$") String phone,
                          @Schema(maxLength = ContactRules.MAX_JOB_TITLE) String jobTitle) {
    }

    public record ReassignRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID accountId,
                                  @Schema(description = "the person left the old account's company: record them as its "
                                          + "former employee (FORMER_EMPLOYEE_OF); false if absent") Boolean leftCompany) {
    }
}
