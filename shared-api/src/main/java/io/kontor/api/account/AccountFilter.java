package io.kontor.api.account;

import java.util.UUID;

/** Narrows the account list; every field is optional and they combine with AND. {@code q} searches names. */
public record AccountFilter(String q, String industry, String country, String region, UUID ownerId,
                            UUID headquartersId, AccountStatus status, AccountKind kind) {
}
