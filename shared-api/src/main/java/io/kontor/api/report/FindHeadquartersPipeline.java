package io.kontor.api.report;

import java.time.Instant;
import java.util.UUID;

/** The pipeline of the tree under {@code headquartersId} (any account: its subtree), now or at {@code asOf}. */
public record FindHeadquartersPipeline(UUID headquartersId, PipelineFilter filter, Instant asOf) {
}
