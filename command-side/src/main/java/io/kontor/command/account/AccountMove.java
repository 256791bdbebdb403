package io.kontor.command.account;

import io.kontor.api.account.MoveAccount;
import io.kontor.api.opportunity.EndStakeholderRole;
import io.kontor.platform.axon.KontorCommandTargetResolver;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Moves an account with its subtree and, in the same unit of work and transaction, ends the stakeholder
 * roles the move splits off: a branch sold to another group leaves the old group's people out of its
 * deals, and its own people out of the old group's. The same rule as a contact changing employer
 * ({@code ContactReassignment}); either all of it happens or none.
 */
@Component
public class AccountMove {

    private final Repository<Account> accounts;
    private final AccountRegistry registry;
    private final BuyingCenterSplits splits;
    private final CommandGateway commands;

    public AccountMove(@Qualifier("accountRepository") Repository<Account> accounts, AccountRegistry registry,
                       BuyingCenterSplits splits, CommandGateway commands) {
        this.accounts = accounts;
        this.registry = registry;
        this.splits = splits;
        this.commands = commands;
    }

    @CommandHandler
    public void handle(MoveAccount command, MetaData metaData) {
        boolean moved = accounts.load(command.accountId().toString(), KontorCommandTargetResolver.expectedVersion(metaData))
                .invoke(account -> account.moveTo(command.newParentId(), registry));
        if (!moved) {
            return;
        }
        for (BuyingCenterSplits.SplitSeat seat : splits.splitByMoveOf(command.accountId())) {
            // Dispatched within this unit of work: it joins its transaction and commits or rolls back with it.
            commands.sendAndWait(new EndStakeholderRole(seat.opportunityId(), seat.contactId(), seat.contactAccountId()));
        }
    }
}
