package io.kontor.api.contact;

import java.util.List;

public record ContactPage(List<ContactView> content, int page, int size, long totalElements, int totalPages) {
}
