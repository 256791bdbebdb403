package io.kontor.api.privacy;

import io.kontor.api.common.Violations;

/**
 * What makes the reason of an erasure or a legal hold valid. Reasons are kept forever in plain text for
 * auditors, so they must say why without naming the person ("art. 17 request of 2026-03-02, ticket 4711").
 */
public final class PrivacyRules {

    public static final int MAX_REASON = 1000;

    private PrivacyRules() {
    }

    /** A reason is required, at most {@link #MAX_REASON} characters, without control characters. */
    public static void checkReason(String reason) {
        Violations violations = new Violations();
        if (reason == null || reason.isBlank()) {
            violations.add("reason", "must say why");
        } else if (reason.length() > MAX_REASON) {
            violations.add("reason", "must be at most " + MAX_REASON + " characters");
        } else if (reason.chars().anyMatch(Character::isISOControl)) {
            violations.add("reason", "must not contain control characters");
        }
        violations.throwIfAny();
    }
}
