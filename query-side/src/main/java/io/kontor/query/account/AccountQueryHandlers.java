package io.kontor.query.account;

import io.kontor.api.account.AccountDetails;
import io.kontor.api.account.AccountPage;
import io.kontor.api.account.FindAccount;
import io.kontor.api.account.FindAccountHierarchy;
import io.kontor.api.account.HierarchyNode;
import io.kontor.api.account.ListAccounts;
import io.kontor.query.history.HistoricalHierarchy;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
        return rows.findById(query.accountId()).map(AccountRow::toDetails);
    }

    @QueryHandler
    public AccountPage handle(ListAccounts query) {
        Page<AccountRow> page = rows.findAll(AccountSpecifications.matching(query.filter()),
                org.springframework.data.domain.PageRequest.of(query.page().page(), query.page().size(),
                        Sort.by("searchName", "id")));
        return new AccountPage(page.map(AccountRow::toDetails).getContent(), query.page().page(), query.page().size(),
                page.getTotalElements(), page.getTotalPages());
    }

    @QueryHandler
    public Optional<HierarchyNode> handle(FindAccountHierarchy query) {
        return query.asOf() == null ? hierarchy.subtree(query.accountId(), query.maxDepth())
                : history.subtree(query.accountId(), query.maxDepth(), query.asOf());
    }
}
