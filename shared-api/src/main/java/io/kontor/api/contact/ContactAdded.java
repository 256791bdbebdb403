package io.kontor.api.contact;

import io.kontor.api.common.DataSubject;

import java.util.UUID;

public record ContactAdded(@DataSubject UUID contactId, UUID accountId, ContactDetails details) {
}
