package io.kontor.api.contact;

import io.kontor.api.common.DataSubject;
import io.kontor.api.common.TargetAggregateId;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Adds a contact to an open account; {@code externalIds} are its ids in other systems, claimed as it is added. */
public record AddContact(@TargetAggregateId @DataSubject UUID contactId, UUID accountId, ContactDetails details,
                         Map<String, String> externalIds) {

    public AddContact {
        // An import gives the source ids of the records it creates; a request over HTTP gives none.
        externalIds = externalIds == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(externalIds));
    }

    public AddContact(UUID contactId, UUID accountId, ContactDetails details) {
        this(contactId, accountId, details, Map.of());
    }
}
