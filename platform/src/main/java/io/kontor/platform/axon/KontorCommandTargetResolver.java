package io.kontor.platform.axon;

import io.kontor.api.common.TargetAggregateId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Finds a command's target aggregate through {@link TargetAggregateId} and the version the client
 * expects through the {@link AuditMetadata#EXPECTED_VERSION} metadata (set from {@code If-Match}).
 * Axon then refuses the command if the aggregate is at another version.
 */
public class KontorCommandTargetResolver implements CommandTargetResolver {

    private static final ClassValue<Method> TARGET_ACCESSORS = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException(type.getName() + " is not a record command");
            }
            return Arrays.stream(components)
                    .filter(component -> component.isAnnotationPresent(TargetAggregateId.class))
                    .map(RecordComponent::getAccessor)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            type.getName() + " has no component marked @TargetAggregateId"));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Object payload = command.getPayload();
        Object target;
        try {
            target = TARGET_ACCESSORS.get(payload.getClass()).invoke(payload);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the target of " + command.getCommandName(), e);
        }
        if (target == null) {
            throw new IllegalArgumentException(command.getCommandName() + " names no target aggregate");
        }
        return new VersionedAggregateIdentifier(target.toString(), expectedVersion(command.getMetaData()));
    }

    /**
     * The version the client expects (from {@code If-Match}), or {@code null} for any. Command handlers
     * outside an aggregate load it with {@code repository.load(id, expectedVersion(metaData))}, so that
     * {@code If-Match} holds for them as for the aggregates' own handlers.
     */
    public static Long expectedVersion(MetaData metaData) {
        Object expected = metaData.get(AuditMetadata.EXPECTED_VERSION);
        return expected instanceof Number number ? number.longValue() : null;
    }
}
