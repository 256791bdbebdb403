package io.kontor.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * A replay: the generation it builds, its state ({@code REQUESTED}, {@code BUILDING}, or how the last one
 * ended: {@code FAILED}, {@code CANCELLED}), events done of the total (the head when it last looked),
 * the rate in events per second and the expected end at that rate.
 */
public record ReplayStatus(int generation, String state, long eventsDone, long eventsTotal,
                           @Schema(nullable = true) Double eventsPerSecond, @Schema(nullable = true) Instant startedAt,
                           @Schema(nullable = true) Instant expectedEnd, String requestedBy,
                           @Schema(nullable = true) String failure) {
}
