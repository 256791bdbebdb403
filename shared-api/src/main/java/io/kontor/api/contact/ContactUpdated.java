package io.kontor.api.contact;

import io.kontor.api.common.DataSubject;

import java.util.UUID;

/** The contact's details after the update, whole. */
public record ContactUpdated(@DataSubject UUID contactId, ContactDetails details) {
}
