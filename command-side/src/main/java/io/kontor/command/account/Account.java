package io.kontor.command.account;

import io.kontor.api.account.AccountClosed;
import io.kontor.api.account.AccountMapReviewed;
import io.kontor.api.account.AccountMovedInHierarchy;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountOwnerAssigned;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.account.AccountProfileRules;
import io.kontor.api.account.AccountProfileUpdated;
import io.kontor.api.account.AssignAccountOwner;
import io.kontor.api.account.CloseAccount;
import io.kontor.api.account.OpenAccount;
import io.kontor.api.account.ReviewAccountMap;
import io.kontor.api.account.UpdateAccountProfile;
import io.kontor.api.common.BusinessRuleViolation;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.Notes;
import io.kontor.api.common.Violations;
import io.kontor.command.hierarchy.SubtreeMoved;
import io.kontor.platform.axon.AggregateSnapshots;
import io.kontor.platform.axon.AxonInfrastructureConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An account: a company, holding, branch or location a sales team works with. Each handler checks,
 * then applies; state changes only in the event sourcing handlers. Rules spanning many accounts are
 * the {@link AccountRegistry}'s. A command that would change nothing applies no event.
 */
@Aggregate(commandTargetResolver = AxonInfrastructureConfiguration.COMMAND_TARGET_RESOLVER,
        snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
public class Account {

    static final int MAX_REASON = 1000;

    @AggregateIdentifier
    private UUID accountId;
    private AccountProfile profile;
    private UUID parentId;
    private UUID ownerId;
    private boolean closed;

    protected Account() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    public Account(OpenAccount command, AccountRegistry registry) {
        AccountProfile opened = command.profile().normalized();
        AccountProfileRules.check(opened);
        registry.registerOpening(command.accountId(), command.parentId(), opened.debtorNumber());
        apply(new AccountOpened(command.accountId(), opened, command.parentId(), command.ownerId()));
    }

    @CommandHandler
    public void handle(UpdateAccountProfile command, AccountRegistry registry) {
        requireOpen();
        AccountProfile updated = command.patch().applyTo(profile);
        AccountProfileRules.check(updated);
        if (updated.equals(profile)) {
            return;
        }
        if (!Objects.equals(AccountProfileRules.debtorNumberKey(updated.debtorNumber()),
                AccountProfileRules.debtorNumberKey(profile.debtorNumber()))) {
            registry.registerDebtorNumberChange(accountId, profile.debtorNumber(), updated.debtorNumber());
        }
        apply(new AccountProfileUpdated(accountId, updated));
    }

    /**
     * Moves the account, with its whole subtree, under {@code newParentId} ({@code null}: it becomes a
     * headquarters). Called by {@link AccountMove}, which also ends the links the move splits.
     *
     * @return what moved, or {@code null} if nothing did (a move to the present parent changes nothing)
     */
    SubtreeMoved moveTo(UUID newParentId, AccountRegistry registry) {
        requireOpen();
        if (Objects.equals(newParentId, parentId)) {
            return null;
        }
        if (accountId.equals(newParentId)) {
            throw new BusinessRuleViolation("hierarchy-cycle", "An account cannot be its own parent.",
                    Map.of("parentId", accountId));
        }
        SubtreeMoved moved = registry.registerMove(accountId, newParentId);
        apply(new AccountMovedInHierarchy(accountId, parentId, newParentId));
        return moved;
    }

    @CommandHandler
    public void handle(AssignAccountOwner command) {
        requireOpen();
        if (!Objects.equals(command.ownerId(), ownerId)) {
            apply(new AccountOwnerAssigned(accountId, command.ownerId(), ownerId));
        }
    }

    @CommandHandler
    public void handle(CloseAccount command, AccountRegistry registry) {
        requireOpen();
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (reason != null && reason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "must be at most " + MAX_REASON + " characters");
        }
        registry.registerClosing(accountId, profile.debtorNumber());
        apply(new AccountClosed(accountId, reason));
    }

    /** A review of the map of the account's hierarchy, with what the reviewer noted; every review is recorded. */
    @CommandHandler
    public void handle(ReviewAccountMap command) {
        requireOpen();
        String note = Notes.normalized(command.note());
        Violations violations = new Violations();
        Notes.check("note", note, violations);
        violations.throwIfAny();
        apply(new AccountMapReviewed(accountId, command.reviewId(), note));
    }

    private void requireOpen() {
        if (closed) {
            throw new BusinessRuleViolation("account-closed", "Account " + accountId + " is closed and takes no changes.");
        }
    }

    @EventSourcingHandler
    void on(AccountOpened event) {
        accountId = event.accountId();
        profile = event.profile();
        parentId = event.parentId();
        ownerId = event.ownerId();
    }

    @EventSourcingHandler
    void on(AccountProfileUpdated event) {
        profile = event.profile();
    }

    @EventSourcingHandler
    void on(AccountMovedInHierarchy event) {
        parentId = event.toParentId();
    }

    @EventSourcingHandler
    void on(AccountOwnerAssigned event) {
        ownerId = event.ownerId();
    }

    @EventSourcingHandler
    void on(AccountClosed event) {
        closed = true;
    }
}
