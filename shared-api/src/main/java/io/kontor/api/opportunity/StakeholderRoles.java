package io.kontor.api.opportunity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * A seat's roles in one canonical form: distinct, closest to the decision first (decision maker, signer,
 * champion, blocker, influencer, gatekeeper, user), so equal sets compare, store and replay equal. The
 * first one is the seat's primary {@code role}, the one the API showed before seats had several.
 */
public final class StakeholderRoles {

    private StakeholderRoles() {
    }

    private static final List<StakeholderRole> CLOSEST_FIRST = List.of(StakeholderRole.DECISION_MAKER, StakeholderRole.SIGNER,
            StakeholderRole.CHAMPION, StakeholderRole.BLOCKER, StakeholderRole.INFLUENCER, StakeholderRole.GATEKEEPER,
            StakeholderRole.USER);

    /** The union of {@code role} and {@code roles}, canonical; empty if neither names one. */
    public static List<StakeholderRole> of(StakeholderRole role, Collection<StakeholderRole> roles) {
        EnumSet<StakeholderRole> all = EnumSet.noneOf(StakeholderRole.class);
        if (roles != null) {
            roles.stream().filter(Objects::nonNull).forEach(all::add);
        }
        if (role != null) {
            all.add(role);
        }
        return CLOSEST_FIRST.stream().filter(all::contains).toList();
    }

    /** The primary role of canonical roles, or {@code null} if there are none. */
    public static StakeholderRole primary(List<StakeholderRole> roles) {
        return roles.isEmpty() ? null : roles.get(0);
    }

    /** Canonical roles as stored in a column: names joined by commas. */
    public static String joined(List<StakeholderRole> roles) {
        return String.join(",", roles.stream().map(Enum::name).toList());
    }

    /** The roles of a column written by {@link #joined}. */
    public static List<StakeholderRole> parse(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return of(null, java.util.Arrays.stream(joined.split(",")).map(StakeholderRole::valueOf).toList());
    }
}
