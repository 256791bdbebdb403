package io.kontor.command.imports;

import io.kontor.command.support.CommandDispatcher;
import io.kontor.platform.axon.AuditMetadata;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Sends an import's chunks through the command bus (so each is one transaction with the usual interceptors),
 * as the user who started the import (or asked to revert it), under that request's correlation id and the
 * import's id: every event the chunk causes carries all three.
 */
@Component
class ChunkDispatcher {

    private final CommandBus commandBus;

    ChunkDispatcher(CommandBus commandBus) {
        this.commandBus = commandBus;
    }

    Object dispatch(ImportJob job, Object chunk) {
        boolean revert = chunk instanceof RevertChunk && job.revertedBy() != null;
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(chunk).withMetaData(MetaData.from(Map.of(
                AuditMetadata.PRINCIPAL, revert ? job.revertedBy() : job.principal(),
                AuditMetadata.CORRELATION_ID, revert ? job.revertCorrelationId() : job.correlationId(),
                AuditMetadata.IMPORT_ID, job.id().toString())));
        // Straight to the bus, not through group commit: a chunk is a large transaction of its own.
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commandBus.dispatch(message, callback);
        return CommandDispatcher.unwrapped(callback.getResult()).getPayload();
    }
}
