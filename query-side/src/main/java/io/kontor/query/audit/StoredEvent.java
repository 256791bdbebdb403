package io.kontor.query.audit;

import java.time.Instant;
import java.util.Map;

/** One event as the event store holds it, upcast to the current shape of its payload. */
public record StoredEvent(long position, String aggregateType, String aggregateId, long sequence, String type,
                          String revision, Instant timestamp, Object payload, Map<String, ?> metaData) {
}
