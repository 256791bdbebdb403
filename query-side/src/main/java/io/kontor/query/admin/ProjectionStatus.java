package io.kontor.query.admin;

/**
 * One projection as administrators see it. {@code position} is the global event position every
 * segment has processed (the lowest of the segments); {@code lag} is how many positions it is behind
 * the head of the event stream; {@code replayProgress} (0-100) is set while it replays.
 */
public record ProjectionStatus(String name, String status, long position, long head, long lag, int segments,
                               int segmentsClaimedHere, Integer replayProgress, long deadLetters) {
}
