package io.kontor.api.opportunity;

import io.kontor.api.common.Money;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What is being sold, for how much, by whom and when. {@code probability} is the explicitly set
 * probability (0-100) or {@code null} when the stage's default applies.
 */
public record OpportunityTerms(String name, Money value, LocalDate expectedCloseDate, Integer probability, UUID ownerId) {

    public OpportunityTerms normalized() {
        return new OpportunityTerms(name == null ? null : name.strip(), value == null ? null : value.scaled(),
                expectedCloseDate, probability, ownerId);
    }

    /** The probability in force at the given stage. */
    public int probabilityAt(Stage stage) {
        return probability != null ? probability : stage.defaultProbability();
    }
}
