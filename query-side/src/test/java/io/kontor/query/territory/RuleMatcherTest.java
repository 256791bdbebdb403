package io.kontor.query.territory;

import io.kontor.api.territory.TerritoryCondition;
import io.kontor.api.territory.TerritoryField;
import io.kontor.api.territory.TerritoryMatch;
import io.kontor.api.territory.TerritoryOperator;
import io.kontor.api.territory.TerritoryRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleMatcherTest {

    private static final AccountFacts STEEL_IN_SILESIA = new AccountFacts(true, "COMPANY", "Steel", "PL", "PL-24", "DE", 1200);
    private static final AccountFacts UNKNOWN = new AccountFacts(true, "BRANCH", null, null, null, null, null);

    private static TerritoryCondition condition(TerritoryField field, TerritoryOperator op, String... values) {
        return new TerritoryCondition(field, op, List.of(values));
    }

    @Test
    void allConditionsMustBeMetAndAllAreTheReason() {
        TerritoryRules rules = new TerritoryRules(TerritoryMatch.ALL, List.of(
                condition(TerritoryField.COUNTRY, TerritoryOperator.EQ, "PL"),
                condition(TerritoryField.EMPLOYEES, TerritoryOperator.GTE, "1000"),
                condition(TerritoryField.EMPLOYEES, TerritoryOperator.LTE, "5000")));
        assertThat(RuleMatcher.met(rules, STEEL_IN_SILESIA)).isEqualTo(rules.conditions());
        assertThat(RuleMatcher.met(new TerritoryRules(TerritoryMatch.ALL, List.of(rules.conditions().get(0),
                condition(TerritoryField.EMPLOYEES, TerritoryOperator.LTE, "1199"))), STEEL_IN_SILESIA)).isNull();
    }

    @Test
    void anyConditionWillDoAndTheFirstMetIsTheReason() {
        TerritoryCondition german = condition(TerritoryField.HEADQUARTERS_COUNTRY, TerritoryOperator.IN, "DE", "AT");
        TerritoryRules rules = new TerritoryRules(TerritoryMatch.ANY, List.of(
                condition(TerritoryField.REGION, TerritoryOperator.EQ, "PL-14"), german,
                condition(TerritoryField.KIND, TerritoryOperator.EQ, "COMPANY")));
        assertThat(RuleMatcher.met(rules, STEEL_IN_SILESIA)).containsExactly(german);
        assertThat(RuleMatcher.met(new TerritoryRules(TerritoryMatch.ANY, List.of(rules.conditions().get(0))), STEEL_IN_SILESIA))
                .isNull();
    }

    @Test
    void noConditionsTakeEveryAccount() {
        assertThat(RuleMatcher.met(TerritoryRules.none(), UNKNOWN)).isEmpty();
        assertThat(RuleMatcher.met(new TerritoryRules(TerritoryMatch.ANY, List.of()), UNKNOWN)).isEmpty();
    }

    @Test
    void aFieldTheAccountLacksMeetsNoConditionNotEvenNotIn() {
        assertThat(RuleMatcher.meets(condition(TerritoryField.COUNTRY, TerritoryOperator.NOT_IN, "PL"), UNKNOWN)).isFalse();
        assertThat(RuleMatcher.meets(condition(TerritoryField.EMPLOYEES, TerritoryOperator.LTE, "10"), UNKNOWN)).isFalse();
        assertThat(RuleMatcher.meets(condition(TerritoryField.COUNTRY, TerritoryOperator.NOT_IN, "CZ", "SK"), STEEL_IN_SILESIA))
                .isTrue();
    }

    @Test
    void industriesCompareWithoutRegardToCase() {
        assertThat(RuleMatcher.meets(condition(TerritoryField.INDUSTRY, TerritoryOperator.IN, "steel", "Mining"), STEEL_IN_SILESIA))
                .isTrue();
        assertThat(RuleMatcher.meets(condition(TerritoryField.INDUSTRY, TerritoryOperator.EQ, "Steelworks"), STEEL_IN_SILESIA))
                .isFalse();
    }
}
