package io.kontor.query.account;

import io.kontor.api.account.AccountDetails;
import io.kontor.api.account.AccountPage;
import io.kontor.api.account.FindAccount;
import io.kontor.api.account.FindAccountHierarchy;
import io.kontor.api.account.HierarchyNode;
import io.kontor.api.account.ListAccounts;
import io.kontor.platform.visibility.Scope;
import io.kontor.platform.visibility.Visibility;
import io.kontor.query.history.HistoricalHierarchy;
import io.kontor.query.visibility.VisibleHierarchy;
import io.kontor.query.visibility.VisibleTree;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Component
@Transactional(readOnly = true)
public class AccountQueryHandlers {

    private final AccountRows rows;
    private final HierarchyReader hierarchy;
    private final HistoricalHierarchy history;
    private final Visibility visibility;

    public AccountQueryHandlers(AccountRows rows, HierarchyReader hierarchy, HistoricalHierarchy history,
                                Visibility visibility) {
        this.rows = rows;
        this.hierarchy = hierarchy;
        this.history = history;
        this.visibility = visibility;
    }

    @QueryHandler
    public Optional<AccountDetails> handle(FindAccount query) {
        Scope scope = visibility.current();
        return rows.find(query.accountId()).filter(account -> scope.sees(account.id()))
                .map(account -> VisibleTree.redact(List.of(account), scope).get(0));
    }

    @QueryHandler
    public AccountPage handle(ListAccounts query) {
        Scope scope = visibility.current();
        long total = rows.count(query.filter(), scope);
        int size = query.page().size();
        return new AccountPage(VisibleTree.redact(rows.page(query.filter(), query.page(), scope), scope), query.page().page(),
                size, total,
                (int) ((total + size - 1) / size));
    }

    @QueryHandler
    public Optional<HierarchyNode> handle(FindAccountHierarchy query) {
        Scope scope = visibility.current();
        if (query.asOf() != null) {
            // the world of that instant is already cut down to the caller's accounts (PointInTime)
            return history.subtree(query.accountId(), query.maxDepth(), query.asOf());
        }
        if (!scope.restricted()) {
            return hierarchy.subtree(query.accountId(), query.maxDepth());
        }
        return hierarchy.subtree(query.accountId(), null).filter(tree -> scope.sees(tree.id()))
                .map(tree -> VisibleHierarchy.project(tree, scope, query.maxDepth()));
    }
}
