package io.kontor.api.territory;

import java.time.Instant;

/**
 * The background re-evaluation of every account a territory's latest version started: {@code PENDING},
 * {@code RUNNING} or {@code DONE}, with the accounts placed again so far, from {@code from} on.
 */
public record ReevaluationView(int version, String status, long accounts, long done, Instant from, Instant requestedAt,
                               Instant startedAt, Instant finishedAt) {
}
