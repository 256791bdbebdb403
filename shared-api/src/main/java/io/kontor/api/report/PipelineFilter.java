package io.kontor.api.report;

import java.util.UUID;

/**
 * Which opportunities a pipeline report counts: those on accounts with this owner, industry, country
 * and region (each optional; they combine with AND). The report still groups them by headquarters.
 */
public record PipelineFilter(UUID ownerId, String industry, String country, String region) {

    public static PipelineFilter none() {
        return new PipelineFilter(null, null, null, null);
    }
}
