package io.kontor.api.map;

import java.util.UUID;

/** An account on the map: one of the hierarchy's ({@code inHierarchy}), or a former employer elsewhere. */
public record MapAccount(UUID id, String name, UUID parentId, String status, boolean inHierarchy) {
}
