package io.kontor.query.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An account's place in its tree: the ids from the headquarters down to the account, stored as
 * {@code "hq/.../id/"}. Because every id is followed by a slash, "starts with this path" selects
 * exactly the account and its descendants.
 */
public record HierarchyPath(String value) {

    public static HierarchyPath root(UUID accountId) {
        return new HierarchyPath(accountId + "/");
    }

    public HierarchyPath child(UUID accountId) {
        return new HierarchyPath(value + accountId + "/");
    }

    public List<UUID> ids() {
        List<UUID> ids = new ArrayList<>();
        for (String part : value.split("/")) {
            if (!part.isEmpty()) {
                ids.add(UUID.fromString(part));
            }
        }
        return ids;
    }

    /** Every id above the account itself, headquarters first. */
    public List<UUID> ancestors() {
        List<UUID> ids = ids();
        return ids.subList(0, ids.size() - 1);
    }

    public UUID headquarters() {
        return ids().get(0);
    }

    public int depth() {
        return ids().size() - 1;
    }

    /** The SQL LIKE pattern for the account and its whole subtree (ids contain no LIKE wildcards). */
    public String subtreePattern() {
        return value + "%";
    }
}
