package io.kontor.api.contact;

import java.util.UUID;

/** From now on the contact cannot be erased, until the hold is lifted. */
public record LegalHoldPlaced(UUID contactId, String reason) {
}
