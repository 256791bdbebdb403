package io.kontor.api.territory;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountProfileRules;
import io.kontor.api.common.IsoCodes;
import io.kontor.api.common.Violations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a territory: conditions over account fields, all or any of which an account must meet.
 * No conditions at all means every account meets them (a territory that only groups its sub-territories,
 * or catches what its siblings leave).
 */
public record TerritoryRules(TerritoryMatch match, List<TerritoryCondition> conditions) {

    public static final int MAX_CONDITIONS = 50;
    public static final int MAX_VALUES = 500;
    public static final long MAX_EMPLOYEES = AccountProfileRules.MAX_EMPLOYEES;

    public TerritoryRules {
        match = match == null ? TerritoryMatch.ALL : match;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public static TerritoryRules none() {
        return new TerritoryRules(TerritoryMatch.ALL, List.of());
    }

    /** The conditions with their values normalized (codes upper-cased, head counts without leading zeros). */
    public TerritoryRules normalized() {
        List<TerritoryCondition> normal = new ArrayList<>();
        for (TerritoryCondition condition : conditions) {
            List<String> values = condition.values().stream().map(value -> normalize(condition.field(), value)).toList();
            normal.add(new TerritoryCondition(condition.field(), condition.op(), values));
        }
        return new TerritoryRules(match, normal);
    }

    /** Adds a violation, under {@code rules[i].value}, for every condition whose values do not fit its field and operator. */
    public void check(Violations violations) {
        if (conditions.size() > MAX_CONDITIONS) {
            violations.add("rules", "must hold at most " + MAX_CONDITIONS + " conditions");
        }
        for (int i = 0; i < conditions.size(); i++) {
            TerritoryCondition condition = conditions.get(i);
            String at = "rules[" + i + "]";
            if (condition.field() == null || condition.op() == null) {
                violations.add(at, "must name a field and an op");
                continue;
            }
            if (condition.op().ordered() && !condition.field().numeric()) {
                violations.add(at + ".op", condition.op() + " compares numbers; " + condition.field().apiName()
                        + " takes EQ, IN or NOT_IN");
            }
            if (condition.op().takesList() ? condition.values().isEmpty() || condition.values().size() > MAX_VALUES
                    : condition.values().size() != 1) {
                violations.add(at + ".value", condition.op().takesList()
                        ? "must be a list of 1 to " + MAX_VALUES + " values" : "must be one value, not a list");
                continue;
            }
            for (String value : condition.values()) {
                String problem = problemWith(condition.field(), value);
                if (problem != null) {
                    violations.add(at + ".value", problem);
                    break;
                }
            }
        }
    }

    private static String problemWith(TerritoryField field, String value) {
        if (value == null || value.isBlank()) {
            return "must not be blank";
        }
        return switch (field) {
            case COUNTRY, HEADQUARTERS_COUNTRY -> IsoCodes.isCountry(value) ? null
                    : "must be an ISO 3166-1 alpha-2 country code, such as PL";
            case REGION -> IsoCodes.isSubdivision(value) ? null : "must be an ISO 3166-2 subdivision code, such as PL-14";
            case KIND -> isKind(value) ? null : "must be one of COMPANY, HOLDING, BRANCH, LOCATION";
            case INDUSTRY -> value.length() <= AccountProfileRules.MAX_INDUSTRY ? null
                    : "must be at most " + AccountProfileRules.MAX_INDUSTRY + " characters";
            case EMPLOYEES -> value.matches("[0-9]{1,9}") && Long.parseLong(value) <= MAX_EMPLOYEES ? null
                    : "must be a whole number from 0 to " + MAX_EMPLOYEES;
        };
    }

    private static boolean isKind(String value) {
        for (AccountKind kind : AccountKind.values()) {
            if (kind.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(TerritoryField field, String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return switch (field) {
            case COUNTRY, HEADQUARTERS_COUNTRY, REGION, KIND -> text.toUpperCase(Locale.ROOT);
            case EMPLOYEES -> text.matches("[0-9]{1,9}") ? String.valueOf(Long.parseLong(text)) : text;
            case INDUSTRY -> text;
        };
    }
}
