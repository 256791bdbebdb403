package io.kontor.imports.salesforce;

import io.kontor.api.common.Money;
import io.kontor.api.opportunity.OpportunityTerms;
import io.kontor.api.opportunity.Stage;
import io.kontor.imports.read.RowReader;
import io.kontor.imports.record.FieldNames;
import io.kontor.imports.record.OpportunityRecord;
import io.kontor.imports.record.OpportunityRecord.Outcome;
import io.kontor.imports.record.ProblemLog;
import io.kontor.imports.record.RecordKey;
import io.kontor.imports.record.RecordType;
import io.kontor.imports.text.LocalNumbers;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Salesforce opportunities: {@code StageName} through the stage mapping; {@code IsWon} and
 * {@code IsClosed} settle the outcome of an org's own closed stages. {@code Amount} takes its currency
 * from {@code CurrencyIsoCode} (multi-currency orgs), from a code or symbol written with it, or from the
 * import's {@code currency}; an empty amount is imported as zero with a warning (Kontor requires a value).
 */
final class SalesforceOpportunities {

    static final FieldNames FIELDS = new FieldNames(Map.of("name", "Name", "value", "Amount", "value.amount", "Amount",
            "value.currency", "CurrencyIsoCode", "expectedCloseDate", "CloseDate", "probability", "Probability",
            "stage", "StageName", "outcome", "StageName", "account", "AccountId"));

    private final ProblemLog log;
    private final SalesforceVocabulary vocabulary;
    private final String currency;

    SalesforceOpportunities(ProblemLog log, SalesforceVocabulary vocabulary, String currency) {
        this.log = log;
        this.vocabulary = vocabulary;
        this.currency = currency;
    }

    OpportunityRecord read(RowReader row, RecordKey key) {
        RecordKey account = SalesforceKeys.reference(row, "AccountId", RecordType.ACCOUNT);
        if (row.text("AccountId") == null) {
            row.error("AccountId", "is required: a Kontor opportunity is opened on an account");
        }
        String name = row.required("Name", null);
        Money value = value(row);
        LocalDate close = row.date("CloseDate");
        Integer probability = row.percent("Probability");
        String stageName = row.required("StageName", null);
        Optional<SalesforceVocabulary.StageTarget> target = stageName == null ? Optional.empty() : vocabulary.stage(stageName);
        Outcome outcome = outcome(row, target);
        if (stageName != null && target.isEmpty() && outcome == Outcome.OPEN) {
            row.error("StageName", "unknown stage '" + stageName + "': map it to one of Kontor's stages with kontor.imports.stages");
        }
        if (row.failed() || key == null || account == null) {
            return null;
        }
        Stage stage = target.map(SalesforceVocabulary.StageTarget::stage).orElse(null);
        if (stage == null) {
            stage = Stage.PROSPECTING;
        }
        Integer explicit = outcome != Outcome.OPEN || probability == null || probability == stage.defaultProbability()
                ? null : probability;
        OpportunityTerms terms = new OpportunityTerms(name, value, close, explicit, null).normalized();
        if (!SalesforceObjects.validTerms(row, terms, FIELDS)) {
            return null;
        }
        String reason = outcome == Outcome.LOST ? "Closed in Salesforce as " + stageName : null;
        return new OpportunityRecord(row.row().at(), key, account, terms.name(), terms.value(), close, explicit, stage,
                outcome, reason, FIELDS);
    }

    private Money value(RowReader row) {
        Optional<LocalNumbers.Amount> amount = row.amount("Amount");
        String code = row.text("CurrencyIsoCode");
        if (code == null) {
            code = amount.map(LocalNumbers.Amount::currency).orElse(currency);
        }
        if (code == null) {
            row.error("Amount", "has no currency: send the import's currency parameter (?currency=EUR) or a CurrencyIsoCode column");
            return null;
        }
        if (amount.isEmpty()) {
            if (row.text("Amount") == null) {
                row.warning("Amount", "is empty; imported as 0 " + code + " (Kontor requires a value)");
                return Money.zero(code);
            }
            return null;
        }
        return SalesforceObjects.money(amount.get().value(), code);
    }

    private static Outcome outcome(RowReader row, Optional<SalesforceVocabulary.StageTarget> target) {
        if (row.row().has("IsWon") && row.row().flag("IsWon")) {
            return Outcome.WON;
        }
        if (row.row().has("IsClosed") && row.row().flag("IsClosed")) {
            return Outcome.LOST;
        }
        if (row.row().has("IsClosed")) {
            return Outcome.OPEN;
        }
        return target.map(t -> Outcome.valueOf(t.outcome())).orElse(Outcome.OPEN);
    }
}
