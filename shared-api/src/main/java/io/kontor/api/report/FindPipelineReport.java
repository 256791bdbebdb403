package io.kontor.api.report;

import java.time.Instant;

/** The pipeline per headquarters now, or as it stood at {@code asOf}. */
public record FindPipelineReport(PipelineFilter filter, Instant asOf) {
}
