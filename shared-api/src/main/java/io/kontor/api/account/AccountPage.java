package io.kontor.api.account;

import java.util.List;

public record AccountPage(List<AccountDetails> content, int page, int size, long totalElements, int totalPages) {
}
