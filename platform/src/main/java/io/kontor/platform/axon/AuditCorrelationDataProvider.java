package io.kontor.platform.axon;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries the principal, correlation id and (for imports) the import id from a handled message to every message it causes, and
 * names the handled message as their cause.
 *
 * <p>Replaces Axon's {@code MessageOriginProvider}, whose "correlationId" is really the causing
 * message's id; Kontor keeps the client's correlation id and the causation apart.
 */
public class AuditCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        MetaData metaData = message.getMetaData();
        Map<String, Object> data = new HashMap<>();
        Object principal = metaData.get(AuditMetadata.PRINCIPAL);
        if (principal != null) {
            data.put(AuditMetadata.PRINCIPAL, principal);
        }
        data.put(AuditMetadata.CORRELATION_ID, metaData.getOrDefault(AuditMetadata.CORRELATION_ID, message.getIdentifier()));
        data.put(AuditMetadata.CAUSATION_ID, message.getIdentifier());
        Object importId = metaData.get(AuditMetadata.IMPORT_ID);
        if (importId != null) {
            data.put(AuditMetadata.IMPORT_ID, importId);
        }
        return data;
    }
}
