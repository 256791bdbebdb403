package io.kontor.platform.axon;

import io.kontor.api.common.TimeOrderedIds;
import org.axonframework.common.IdentifierFactory;

/**
 * Axon's identifiers of messages (so the {@code event_identifier} of every stored event) are Kontor's
 * time-ordered ids, for the reason {@link TimeOrderedIds} gives: the event store's unique index on them then
 * grows at its end instead of at a random page per event. Axon finds this class through
 * {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public class TimeOrderedIdentifierFactory extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        return TimeOrderedIds.next().toString();
    }
}
