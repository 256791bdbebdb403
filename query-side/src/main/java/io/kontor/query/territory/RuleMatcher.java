package io.kontor.query.territory;

import io.kontor.api.territory.TerritoryCondition;
import io.kontor.api.territory.TerritoryMatch;
import io.kontor.api.territory.TerritoryRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether an account meets a territory's rules, and which conditions it met (what the assignment shows
 * as its reason). A field the account lacks meets no condition, {@code NOT_IN} included: an account of
 * unknown country is not "outside Poland" as far as a territory can tell. Industries compare without
 * regard to case, as the pipeline filters do; codes are upper case on both sides.
 */
final class RuleMatcher {

    private RuleMatcher() {
    }

    /** The conditions met (empty for rules without conditions), or null if the rules are not met. */
    static List<TerritoryCondition> met(TerritoryRules rules, AccountFacts facts) {
        List<TerritoryCondition> met = new ArrayList<>();
        for (TerritoryCondition condition : rules.conditions()) {
            if (meets(condition, facts)) {
                met.add(condition);
                if (rules.match() == TerritoryMatch.ANY) {
                    return met;
                }
            } else if (rules.match() == TerritoryMatch.ALL) {
                return null;
            }
        }
        return rules.match() == TerritoryMatch.ANY && !rules.conditions().isEmpty() ? null : met;
    }

    static boolean meets(TerritoryCondition condition, AccountFacts facts) {
        String actual = facts.value(condition.field());
        if (actual == null) {
            return false;
        }
        if (condition.field().numeric()) {
            long number = Long.parseLong(actual);
            return switch (condition.op()) {
                case EQ, IN -> condition.values().stream().anyMatch(value -> Long.parseLong(value) == number);
                case NOT_IN -> condition.values().stream().noneMatch(value -> Long.parseLong(value) == number);
                case GTE -> number >= Long.parseLong(condition.values().get(0));
                case LTE -> number <= Long.parseLong(condition.values().get(0));
            };
        }
        String key = actual.toLowerCase(Locale.ROOT);
        boolean listed = condition.values().stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).equals(key));
        return switch (condition.op()) {
            case EQ, IN -> listed;
            case NOT_IN -> !listed;
            case GTE, LTE -> false;
        };
    }
}
