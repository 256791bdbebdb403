package io.kontor.api.account;

import java.time.Instant;
import java.util.UUID;

/**
 * The subtree under an account; {@code maxDepth} (optional) cuts it that many levels below the root;
 * {@code asOf} (optional) asks for the tree and its figures as they stood at that instant.
 */
public record FindAccountHierarchy(UUID accountId, Integer maxDepth, Instant asOf) {
}
