package io.kontor.query.changes;

import io.kontor.api.account.Figures;
import io.kontor.api.account.FindHierarchyChanges;
import io.kontor.api.account.HierarchyChanges;
import io.kontor.api.account.HierarchyNode;
import io.kontor.api.account.MoneyChange;
import io.kontor.api.common.Money;
import io.kontor.query.history.HistoricalHierarchy;
import io.kontor.platform.visibility.Scope;
import io.kontor.platform.visibility.Visibility;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What changed under an account between two instants, from the history projection's versions: the rolled-up
 * figures at both ends (as point-in-time hierarchies compute them) and the accounts opened, closed and moved
 * in between (a walk over the account versions that began in the interval).
 */
@Component
@Transactional(readOnly = true)
public class HierarchyChangeQueries {

    private final HistoricalHierarchy hierarchies;
    private final AccountVersions versions;
    private final Visibility visibility;

    HierarchyChangeQueries(HistoricalHierarchy hierarchies, AccountVersions versions, Visibility visibility) {
        this.hierarchies = hierarchies;
        this.versions = versions;
        this.visibility = visibility;
    }

    @QueryHandler
    public Optional<HierarchyChanges> handle(FindHierarchyChanges query) {
        Optional<HierarchyNode> after = hierarchies.subtree(query.accountId(), 0, query.to());
        if (after.isEmpty()) {
            return Optional.empty();
        }
        Figures before = hierarchies.subtree(query.accountId(), 0, query.from()).map(HierarchyNode::rollup).orElse(null);
        Figures now = after.get().rollup();
        ChangeWalk walk = new ChangeWalk(query.accountId(), versions.validAt(query.from()));
        versions.begunBetween(query.from(), query.to()).forEach(walk::apply);
        Scope scope = visibility.current();
        if (scope.restricted()) {
            walk.keepVisible(scope);
        }
        return Optional.of(new HierarchyChanges(query.accountId(), after.get().name(), query.from(), query.to(), before, now,
                List.copyOf(walk.opened), List.copyOf(walk.closed), List.copyOf(walk.moved),
                changes(before, now, Figures::pipeline), changes(before, now, Figures::weightedPipeline),
                changes(before, now, Figures::won)));
    }

    /** Per currency that shows at either end, sorted by code; a currency missing at one end counts zero there. */
    static List<MoneyChange> changes(Figures before, Figures after, Function<Figures, List<Money>> figure) {
        Map<String, BigDecimal[]> amounts = new TreeMap<>();
        if (before != null) {
            figure.apply(before).forEach(money -> amounts.computeIfAbsent(money.currency(), c -> zeros(money))[0] = money.amount());
        }
        figure.apply(after).forEach(money -> amounts.computeIfAbsent(money.currency(), c -> zeros(money))[1] = money.amount());
        List<MoneyChange> changes = new ArrayList<>();
        amounts.forEach((currency, pair) -> changes.add(new MoneyChange(currency, pair[0], pair[1], pair[1].subtract(pair[0]))));
        return List.copyOf(changes);
    }

    private static BigDecimal[] zeros(Money money) {
        BigDecimal zero = Money.zero(money.currency()).amount();
        return new BigDecimal[]{zero, zero};
    }
}
