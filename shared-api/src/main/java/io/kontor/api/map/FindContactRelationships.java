package io.kontor.api.map;

import java.util.UUID;

/** The contact's relationships, outgoing and incoming; ended ones too when {@code includeEnded}. */
public record FindContactRelationships(UUID contactId, boolean includeEnded) {
}
