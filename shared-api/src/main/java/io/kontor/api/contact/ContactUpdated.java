package io.kontor.api.contact;

import java.util.UUID;

/** The contact's details after the update, whole. */
public record ContactUpdated(UUID contactId, ContactDetails details) {
}
