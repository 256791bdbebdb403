package io.kontor.api.account;

import java.util.UUID;

/** The subtree under an account; {@code maxDepth} (optional) cuts it that many levels below the root. */
public record FindAccountHierarchy(UUID accountId, Integer maxDepth) {
}
