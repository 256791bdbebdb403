package io.kontor.api.opportunity;

import java.util.List;

public record OpportunityPage(List<OpportunityView> content, int page, int size, long totalElements, int totalPages) {
}
