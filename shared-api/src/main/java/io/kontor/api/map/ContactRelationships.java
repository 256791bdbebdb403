package io.kontor.api.map;

import io.kontor.api.relationship.Relationship;

import java.util.List;
import java.util.UUID;

/** A contact's relationships: {@code outgoing} (it is the source) and {@code incoming} (it is the target). */
public record ContactRelationships(UUID contactId, List<Relationship> outgoing, List<Relationship> incoming) {
}
