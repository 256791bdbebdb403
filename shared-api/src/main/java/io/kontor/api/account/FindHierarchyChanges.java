package io.kontor.api.account;

import java.time.Instant;
import java.util.UUID;

/** What changed in the tree under an account between two instants ({@code from} exclusive, {@code to} inclusive). */
public record FindHierarchyChanges(UUID accountId, Instant from, Instant to) {
}
