package io.kontor.api.account;

import io.kontor.api.common.PageRequest;

public record ListAccounts(AccountFilter filter, PageRequest page) {
}
