package io.kontor.api.privacy;

import java.util.List;
import java.util.UUID;

/** What an erasure erased: the contacts and leads that were the person. */
public record Erasure(UUID erasureId, List<UUID> contactIds, List<UUID> leadIds) {

    public Erasure {
        contactIds = List.copyOf(contactIds);
        leadIds = List.copyOf(leadIds);
    }
}
