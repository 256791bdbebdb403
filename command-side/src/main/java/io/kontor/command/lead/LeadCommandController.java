package io.kontor.command.lead;

import io.kontor.api.common.Money;
import io.kontor.api.common.TimeOrderedIds;
import io.kontor.api.common.Violations;
import io.kontor.api.lead.CaptureLead;
import io.kontor.api.lead.ConvertLead;
import io.kontor.api.lead.DisqualifyLead;
import io.kontor.api.lead.LeadConversion;
import io.kontor.api.lead.LeadDetails;
import io.kontor.api.lead.LeadRules;
import io.kontor.api.contact.ContactRules;
import io.kontor.api.common.EmailAddresses;
import io.kontor.api.common.Websites;
import io.kontor.api.opportunity.OpportunityRules;
import io.kontor.api.lead.NewAccount;
import io.kontor.api.lead.NewOpportunity;
import io.kontor.api.lead.QualifyLead;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.Stage;
import io.kontor.command.account.OpenAccountRequest;
import io.kontor.command.support.CommandDispatcher;
import io.kontor.command.support.CommandOutcome;
import io.kontor.command.support.MoneyInput;
import io.kontor.command.support.WriteResponses;
import io.kontor.command.support.WriteResult;
import io.kontor.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/leads", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Leads", description = "Prospects to qualify and convert into accounts")
public class LeadCommandController {

    private final CommandDispatcher commands;

    public LeadCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Capture a lead; 409 while another open lead has the same email (the problem names it)")
    public ResponseEntity<WriteResult> capture(@RequestBody CaptureRequest request) {
        UUID leadId = TimeOrderedIds.next();
        CommandOutcome outcome = commands.dispatch(new CaptureLead(leadId, request.details()));
        return WriteResponses.created("/api/leads/" + leadId, outcome);
    }

    @PostMapping(path = "/{id}/qualify")
    @Operation(summary = "Qualify with questionnaire answers (409 with the score below the threshold), or by hand without")
    public ResponseEntity<WriteResult> qualify(@PathVariable UUID id, @RequestBody(required = false) QualifyRequest request,
                                                       @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        Map<String, String> answers = request == null || request.answers() == null ? Map.of() : request.answers();
        return WriteResponses.ok(commands.dispatch(new QualifyLead(id, answers), Versions.expectedVersion(ifMatch)));
    }

    @PostMapping(path = "/{id}/disqualify", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Disqualify the lead, saying why")
    public ResponseEntity<WriteResult> disqualify(@PathVariable UUID id, @RequestBody DisqualifyRequest request,
                                                          @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        return WriteResponses.ok(commands.dispatch(new DisqualifyLead(id, request.reason()), Versions.expectedVersion(ifMatch)));
    }

    @PostMapping(path = "/{id}/convert", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Convert a qualified lead into an existing (accountId) or new (account) account with a contact "
            + "and optionally an opportunity; all or nothing")
    public ResponseEntity<ConversionResult> convert(@PathVariable UUID id, @RequestBody ConvertRequest request,
                                                       @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        NewAccount account = request.account() == null ? null
                : new NewAccount(request.account().profile(), request.account().parentId(), request.account().ownerId());
        NewOpportunity opportunity = request.opportunity() == null ? null : request.opportunity().toNewOpportunity();
        CommandOutcome outcome = commands.dispatch(new ConvertLead(id, request.accountId(), account, opportunity),
                Versions.expectedVersion(ifMatch));
        LeadConversion conversion = (LeadConversion) outcome.result();
        return WriteResponses.ok(outcome, new ConversionResult(outcome.aggregateId(), outcome.version(),
                conversion.accountId(), conversion.contactId(), conversion.opportunityId(), conversion.accountCreated(),
                conversion.contactReused()));
    }

    /** What a conversion wrote: the lead's new version and the records it was converted into. */
    public record ConversionResult(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uuid") String id,
                                   long version,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID accountId,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID contactId,
                                   @Schema(description = "null without an opportunity") UUID opportunityId,
                                   boolean accountCreated, boolean contactReused) {
    }

    public record CaptureRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Jan",
                                         maxLength = LeadRules.MAX_NAME) String firstName,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Kowalski",
                                         maxLength = LeadRules.MAX_NAME) String lastName,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "jan.kowalski@acme.pl",
                                         format = "email", maxLength = EmailAddresses.MAX_LENGTH) String email,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Acme Sp. z o.o.",
                                         maxLength = LeadRules.MAX_COMPANY) String companyName,
                                 @Schema(pattern = "^" + ContactRules.PHONE + "$") String phone,
                                 @Schema(maxLength = Websites.MAX_LENGTH) String website,
                                 @Schema(minimum = "0", maximum = "" + LeadRules.MAX_EMPLOYEES) Integer employees,
                                 @Schema(example = "trade fair", maxLength = LeadRules.MAX_SOURCE) String source) {
        LeadDetails details() {
            return new LeadDetails(firstName, lastName, email, companyName, phone, website, employees, source);
        }
    }

    public record QualifyRequest(@Schema(description = "question id to answer id; none for a manual qualification")
                                 Map<String, String> answers) {
    }

    public record DisqualifyRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1,
                                            maxLength = Lead.MAX_REASON) String reason) {
    }

    public record ConvertRequest(@Schema(description = "an existing open account") UUID accountId,
                                 @Schema(description = "a new account; name and website default to the lead's") OpenAccountRequest account,
                                 ConversionOpportunity opportunity) {
    }

    public record ConversionOpportunity(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                                maxLength = OpportunityRules.MAX_NAME) String name,
                                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MoneyInput value,
                                        LocalDate expectedCloseDate, Stage stage,
                                        @Schema(minimum = "0", maximum = "100") Integer probability, UUID ownerId) {
        NewOpportunity toNewOpportunity() {
            Violations violations = new Violations();
            Money money = value == null ? null : value.toMoney("opportunity.value", violations);
            violations.throwIfAny();
            return new NewOpportunity(new OpportunityTerms(name, money, expectedCloseDate, probability, ownerId), stage);
        }
    }
}
