package io.kontor.api.contact;

import java.util.UUID;

public record ContactReassigned(UUID contactId, UUID fromAccountId, UUID toAccountId) {
}
