package io.kontor.api.account;

import java.util.UUID;

public record AccountClosed(UUID accountId, String reason) {
}
