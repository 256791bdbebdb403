package io.kontor.platform.axon;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.RevisionResolver;

import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revision of an aggregate snapshot is the shape of the aggregate class: a digest of its fields'
 * names and types (superclasses included). A snapshot taken before a field was added, removed, renamed
 * or retyped has another revision, and the {@link #filter()} discards it: the aggregate is then rebuilt
 * from its events, and the next snapshot has the new shape. Nobody has to remember to bump a revision
 * (Axon's {@code @Revision} on snapshotted aggregates is unreliable in 4.13.0 anyway).
 *
 * <p>What a digest cannot see is a change in the meaning of an unchanged field (an event sourcing
 * handler that computes it differently). For that, delete the aggregate type's rows from
 * {@code snapshot_event_entry}; snapshots are only ever a shortcut.
 */
public final class SnapshotShapes implements RevisionResolver {

    private final Map<Class<?>, String> shapes = new ConcurrentHashMap<>();

    @Override
    public String revisionOf(Class<?> aggregateType) {
        return shapes.computeIfAbsent(aggregateType, SnapshotShapes::digest);
    }

    /** Accepts a snapshot only if its aggregate class still has the shape the snapshot was taken with. */
    public SnapshotFilter filter() {
        return snapshot -> matchesCurrentShape(snapshot);
    }

    private boolean matchesCurrentShape(DomainEventData<?> snapshot) {
        try {
            Class<?> type = Class.forName(snapshot.getPayload().getType().getName(), false,
                    Thread.currentThread().getContextClassLoader());
            return revisionOf(type).equals(snapshot.getPayload().getType().getRevision());
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String digest(Class<?> type) {
        StringBuilder shape = new StringBuilder();
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            shape.append(level.getName()).append('{');
            // Sorted: getDeclaredFields promises no order, and nodes on other JVMs must compute the same shape.
            Arrays.stream(level.getDeclaredFields())
                    .filter(field -> !Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers()))
                    .map(field -> field.getName() + ':' + field.getGenericType().getTypeName() + ';')
                    .sorted()
                    .forEach(shape::append);
            shape.append('}');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(shape.toString().getBytes(StandardCharsets.UTF_8));
            return "shape-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
