package io.kontor.api.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record component of a command that names the aggregate the command is for.
 *
 * <p>Kontor's own marker rather than Axon's {@code @TargetAggregateIdentifier}: the API module stays
 * free of framework dependencies, and the command side teaches Axon to read this annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface TargetAggregateId {
}
