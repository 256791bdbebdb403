package io.kontor.api.account;

import java.util.List;
import java.util.UUID;

public record HierarchyNode(UUID id, String name, AccountKind kind, AccountStatus status, Figures own,
                            Figures rollup, List<HierarchyNode> children) {
}
