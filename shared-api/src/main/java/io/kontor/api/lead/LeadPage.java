package io.kontor.api.lead;

import java.util.List;

public record LeadPage(List<LeadView> content, int page, int size, long totalElements, int totalPages) {
}
