package io.kontor.api.territory;

import java.util.List;

/** A condition as the API shows it: the field's API name, the operator and its values (one for EQ, GTE, LTE). */
public record TerritoryRuleView(String field, TerritoryOperator op, List<String> values) {

    public static TerritoryRuleView of(TerritoryCondition condition) {
        return new TerritoryRuleView(condition.field().apiName(), condition.op(), condition.values());
    }

    public static List<TerritoryRuleView> of(List<TerritoryCondition> conditions) {
        return conditions.stream().map(TerritoryRuleView::of).toList();
    }
}
