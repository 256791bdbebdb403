package io.kontor.api.contact;

import io.kontor.api.common.DataSubject;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A contact added to an account, with its ids in other systems (if it was imported). */
public record ContactAdded(@DataSubject UUID contactId, UUID accountId, ContactDetails details, Map<String, String> externalIds) {

    public ContactAdded {
        // Events stored before imports existed have none.
        externalIds = externalIds == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(externalIds));
    }

    public ContactAdded(UUID contactId, UUID accountId, ContactDetails details) {
        this(contactId, accountId, details, Map.of());
    }
}
