package io.kontor.api.contact;

import java.util.UUID;

public record ContactAdded(UUID contactId, UUID accountId, ContactDetails details) {
}
