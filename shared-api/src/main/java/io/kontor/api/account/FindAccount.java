package io.kontor.api.account;

import java.util.UUID;

public record FindAccount(UUID accountId) {
}
