package io.kontor.api.contact;

import java.util.UUID;

public record FindContact(UUID contactId) {
}
