package io.kontor.api.contact;

import java.util.UUID;

public record LegalHoldLifted(UUID contactId, String reason) {
}
