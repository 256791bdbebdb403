package io.kontor.query.account;

import io.kontor.api.account.AccountDetails;
import io.kontor.api.account.AccountPage;
import io.kontor.api.account.FindAccount;
import io.kontor.api.account.FindAccountHierarchy;
import io.kontor.api.account.HierarchyNode;
import io.kontor.api.account.ListAccounts;
import io.kontor.query.history.HistoricalHierarchy;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

@Component
@Transactional(readOnly = true)
public class AccountQueryHandlers {

    private final AccountRows rows;
    private final HierarchyReader hierarchy;
    private final HistoricalHierarchy history;

    public AccountQueryHandlers(AccountRows rows, HierarchyReader hierarchy, HistoricalHierarchy history) {
        this.rows = rows;
        this.hierarchy = hierarchy;
        this.history = history;
    }

    @QueryHandler
    public Optional<AccountDetails> handle(FindAccount query) {
        return rows.find(query.accountId());
    }

    @QueryHandler
    public AccountPage handle(ListAccounts query) {
        long total = rows.count(query.filter());
        int size = query.page().size();
        return new AccountPage(rows.page(query.filter(), query.page()), query.page().page(), size, total,
                (int) ((total + size - 1) / size));
    }

    @QueryHandler
    public Optional<HierarchyNode> handle(FindAccountHierarchy query) {
        return query.asOf() == null ? hierarchy.subtree(query.accountId(), query.maxDepth())
                : history.subtree(query.accountId(), query.maxDepth(), query.asOf());
    }
}
