package io.kontor.command.hierarchy;

import io.kontor.api.account.MoveAccount;
import io.kontor.api.contact.ReassignContact;
import io.kontor.api.opportunity.PlaceStakeholder;
import io.kontor.api.relationship.AddRelationship;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Set;

/**
 * Commands that decide by the shape of the hierarchies take the hierarchy lock first, before their
 * aggregate is loaded. Loading an aggregate also takes Axon's lock on it in this process, and a move
 * or reassignment, holding the hierarchy lock, loads the aggregates whose links it ends. Taken in the
 * other order (the aggregate, then the hierarchy lock), a relationship or a placement waiting for the
 * hierarchy lock held the very aggregate the move waited for, and both waited until the transaction
 * timed out (found by {@code RelationshipRacesEndToEndTest}). Runs inside the command's transaction.
 */
public class HierarchyLockFirst implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final Set<Class<?>> DECIDED_BY_THE_SHAPE = Set.of(MoveAccount.class, ReassignContact.class,
            PlaceStakeholder.class, AddRelationship.class);

    private final Hierarchies hierarchies;

    public HierarchyLockFirst(Hierarchies hierarchies) {
        this.hierarchies = hierarchies;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (DECIDED_BY_THE_SHAPE.contains(unitOfWork.getMessage().getPayloadType())) {
            hierarchies.lock();
        }
        return chain.proceed();
    }
}
