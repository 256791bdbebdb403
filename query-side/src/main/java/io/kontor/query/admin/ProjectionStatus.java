package io.kontor.query.admin;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One projection (read model) as administrators see it. {@code position} is the global event position
 * its live generation has processed; {@code lag} how many positions it is behind the head of the event
 * stream; {@code generation} the number of its live generation. While a replay builds the next
 * generation beside it, {@code status} is {@code REPLAYING} and {@code replay} tells how far it has come
 * ({@code replayProgress} is the same as a percentage).
 */
public record ProjectionStatus(String name, String status, long position, long head, long lag,
                               @Schema(nullable = true) Integer generation, int segments, int segmentsClaimedHere,
                               @Schema(nullable = true) Integer replayProgress, @Schema(nullable = true) ReplayStatus replay,
                               long deadLetters) {
}
