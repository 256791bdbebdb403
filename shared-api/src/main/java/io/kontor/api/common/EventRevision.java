package io.kontor.api.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The revision of an event's payload shape. Stored with every event; an upcaster keyed on the old
 * revision turns stored payloads into the current shape. Events without it are revision "1".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventRevision {
    String value();
}
