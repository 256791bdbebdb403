package io.kontor.api.report;

import java.util.UUID;

/**
 * Which opportunities a pipeline report counts: those on accounts with this (effective) owner, industry,
 * country and region, in this territory or one of its sub-territories (each optional; they combine with AND).
 * The report still groups them by headquarters.
 */
public record PipelineFilter(UUID ownerId, String industry, String country, String region, UUID territoryId) {

    public PipelineFilter(UUID ownerId, String industry, String country, String region) {
        this(ownerId, industry, country, region, null);
    }

    public static PipelineFilter none() {
        return new PipelineFilter(null, null, null, null);
    }
}
