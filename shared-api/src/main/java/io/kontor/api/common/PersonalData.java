package io.kontor.api.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field that is personal data of the message's {@link DataSubject}: the event store and
 * the snapshots hold it only encrypted with that person's key, so destroying the key erases it from the
 * whole history at once. Marking another field personal is this one annotation (on an event, or on a
 * record an event carries); the serialization in {@code platform} does the rest.
 *
 * <p>Once the person is erased the field reads {@value #ERASED} (or stays {@code null} if it was).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {

    /** What an erased person's personal field reads, everywhere. */
    String ERASED = "[erased]";
}
