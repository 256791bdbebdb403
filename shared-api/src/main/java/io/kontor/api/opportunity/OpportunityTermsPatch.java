package io.kontor.api.opportunity;

import io.kontor.api.common.Money;
import io.kontor.api.common.Patch;

import java.time.LocalDate;
import java.util.UUID;

/** A partial update of the terms; {@code probability} set to {@code null} returns to the stage's default. */
public record OpportunityTermsPatch(Patch<String> name, Patch<Money> value, Patch<LocalDate> expectedCloseDate,
                                    Patch<Integer> probability, Patch<UUID> ownerId) {

    public OpportunityTerms applyTo(OpportunityTerms current) {
        return new OpportunityTerms(name.applyTo(current.name()), value.applyTo(current.value()),
                expectedCloseDate.applyTo(current.expectedCloseDate()), probability.applyTo(current.probability()),
                ownerId.applyTo(current.ownerId())).normalized();
    }
}
