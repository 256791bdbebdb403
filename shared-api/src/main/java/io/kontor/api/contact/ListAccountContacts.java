package io.kontor.api.contact;

import io.kontor.api.common.PageRequest;

import java.util.UUID;

public record ListAccountContacts(UUID accountId, PageRequest page) {
}
