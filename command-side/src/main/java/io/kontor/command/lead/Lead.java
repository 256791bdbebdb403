package io.kontor.command.lead;

import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.ExternalIds;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.DataSubject;
import io.kontor.api.lead.CaptureLead;
import io.kontor.api.lead.EraseLead;
import io.kontor.api.lead.DisqualifyLead;
import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadConversion;
import io.kontor.api.lead.LeadConvertedToAccount;
import io.kontor.api.lead.LeadDetails;
import io.kontor.api.lead.LeadDisqualified;
import io.kontor.api.lead.LeadErased;
import io.kontor.api.lead.LeadExternalIdsChanged;
import io.kontor.api.lead.LeadQualified;
import io.kontor.api.lead.LeadRules;
import io.kontor.api.lead.LeadStatus;
import io.kontor.api.lead.QualifyLead;
import io.kontor.api.lead.Questionnaire;
import io.kontor.api.lead.SetLeadExternalId;
import io.kontor.api.privacy.PrivacyRules;
import io.kontor.command.support.ExternalIdRegistry;
import io.kontor.platform.axon.AggregateSnapshots;
import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import io.kontor.platform.privacy.SubjectKeys;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A prospect still to be qualified (seeds 001, 004): captured, qualified by questionnaire or by hand,
 * then converted into an account with a contact (see {@link LeadConversionHandler}) or disqualified.
 */
@Aggregate(commandTargetResolver = AxonInfrastructureConfiguration.COMMAND_TARGET_RESOLVER,
        snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
public class Lead {

    static final int MAX_REASON = 1000;

    @AggregateIdentifier
    @DataSubject
    private UUID leadId;
    private LeadDetails details;
    private LeadStatus status;
    private LeadConversion conversion;
    private Map<String, String> externalIds = new TreeMap<>();
    private boolean erased;

    protected Lead() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Lead(CaptureLead command, LeadRegistry registry, ExternalIdRegistry externalIdRegistry) {
        LeadDetails captured = command.details().normalized();
        LeadRules.check(captured);
        Map<String, String> sourceIds = ExternalIds.checked(command.externalIds());
        registry.claimEmail(command.leadId(), captured.email());
        externalIdRegistry.claim("LEAD", command.leadId(), sourceIds);
        apply(new LeadCaptured(command.leadId(), captured, sourceIds));
    }

    @CommandHandler
    public void handle(QualifyLead command, Questionnaire questionnaire) {
        requireNotErased("qualified");
        requireStatus(LeadStatus.OPEN, "qualified");
        Map<String, String> answers = command.answers() == null ? Map.of() : command.answers();
        if (answers.isEmpty()) {
            apply(new LeadQualified(leadId, null, null, null, null));
            return;
        }
        int score = questionnaire.score(answers);
        if (score < questionnaire.threshold()) {
            throw new BusinessRuleViolation("lead-score-below-threshold", "The lead scores " + score + ", below the "
                    + "qualifying threshold of " + questionnaire.threshold() + "; it stays open.",
                    Map.of("score", score, "threshold", questionnaire.threshold()));
        }
        apply(new LeadQualified(leadId, score, questionnaire.threshold(), questionnaire.id(), new LinkedHashMap<>(answers)));
    }

    @CommandHandler
    public void handle(DisqualifyLead command, LeadRegistry registry) {
        requireNotErased("disqualified");
        if (status != LeadStatus.OPEN && status != LeadStatus.QUALIFIED) {
            throw wrongState("disqualified");
        }
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "must say why, in at most " + MAX_REASON + " characters");
        }
        registry.releaseEmail(leadId, details.email());
        apply(new LeadDisqualified(leadId, reason));
    }

    /** The lead's details for a conversion; refuses unless the lead is qualified and not yet converted. */
    LeadDetails convertible() {
        requireNotErased("converted");
        requireStatus(LeadStatus.QUALIFIED, "converted");
        return details;
    }

    void markConverted(LeadConversion result, LeadRegistry registry) {
        requireStatus(LeadStatus.QUALIFIED, "converted");
        registry.releaseEmail(leadId, details.email());
        registry.recordConversion(leadId, result.contactId());
        apply(new LeadConvertedToAccount(leadId, result));
    }

    /**
     * Destroys the lead's key in this transaction: every event of its history reads "[erased]" from the
     * commit on; the company, the status and where it went stay.
     */
    @CommandHandler
    public void handle(EraseLead command, SubjectKeys keys, LeadRegistry registry) {
        PrivacyRules.checkReason(command.reason());
        if (erased) {
            return;
        }
        keys.destroy(leadId);
        registry.erase(leadId, details.email());
        apply(new LeadErased(leadId, command.erasureId(), command.reason().strip()));
    }

    private void requireNotErased(String action) {
        if (erased) {
            throw new BusinessRuleViolation("lead-erased", "Lead " + leadId + " has been erased and cannot be " + action + ".",
                    Map.of("leadId", leadId));
        }
    }

    private void requireStatus(LeadStatus required, String action) {
        if (status != required) {
            throw wrongState(action);
        }
    }

    private BusinessRuleViolation wrongState(String action) {
        Map<String, Object> facts = new LinkedHashMap<>(Map.of("leadStatus", status.name()));
        if (conversion != null) {
            facts.put("accountId", conversion.accountId());
            facts.put("contactId", conversion.contactId());
            if (conversion.opportunityId() != null) {
                facts.put("opportunityId", conversion.opportunityId());
            }
        }
        String rule = status == LeadStatus.CONVERTED ? "lead-already-converted" : "lead-in-wrong-state";
        return new BusinessRuleViolation(rule, "Lead " + leadId + " is " + status + " and cannot be " + action + ".", facts);
    }

    @CommandHandler
    public void handle(SetLeadExternalId command, ExternalIdRegistry registry) {
        registry.change("LEAD", leadId, externalIds, command.source(), command.externalId())
                .ifPresent(changed -> apply(new LeadExternalIdsChanged(leadId, changed)));
    }

    @EventSourcingHandler
    void on(LeadCaptured event) {
        leadId = event.leadId();
        details = event.details();
        status = LeadStatus.OPEN;
        externalIds = new TreeMap<>(event.externalIds());
    }

    @EventSourcingHandler
    void on(LeadQualified event) {
        status = LeadStatus.QUALIFIED;
    }

    @EventSourcingHandler
    void on(LeadDisqualified event) {
        status = LeadStatus.DISQUALIFIED;
    }

    @EventSourcingHandler
    void on(LeadConvertedToAccount event) {
        status = LeadStatus.CONVERTED;
        conversion = event.conversion();
    }

    @EventSourcingHandler
    void on(LeadExternalIdsChanged event) {
        externalIds = new TreeMap<>(event.externalIds());
    }

    @EventSourcingHandler
    void on(LeadErased event) {
        erased = true;
        details = details.erased();
    }
}
