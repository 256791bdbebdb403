package io.kontor.command.account;

import io.kontor.api.account.MoveAccount;
import io.kontor.command.hierarchy.HierarchySplits;
import io.kontor.command.hierarchy.SubtreeMoved;
import io.kontor.platform.axon.KontorCommandTargetResolver;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Moves an account with its subtree and, in the same unit of work and transaction, ends every link the
 * move splits ({@link HierarchySplits}): a branch sold to another group leaves the old group's buying
 * centers and its people's relationships with the old group's people end, and the other way round.
 * The same rule as a contact changing employer ({@code ContactReassignment}); either all of it happens or none.
 */
@Component
public class AccountMove {

    private final Repository<Account> accounts;
    private final AccountRegistry registry;
    private final HierarchySplits splits;

    public AccountMove(@Qualifier("accountRepository") Repository<Account> accounts, AccountRegistry registry,
                       HierarchySplits splits) {
        this.accounts = accounts;
        this.registry = registry;
        this.splits = splits;
    }

    @CommandHandler
    public void handle(MoveAccount command, MetaData metaData) {
        SubtreeMoved moved = accounts.load(command.accountId().toString(), KontorCommandTargetResolver.expectedVersion(metaData))
                .invoke(account -> account.moveTo(command.newParentId(), registry));
        splits.endLinksSplitBy(moved);
    }
}
