package io.kontor.api.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the id of the person whose {@link PersonalData} a message (or an aggregate's snapshot) holds:
 * a contact or a lead. Each person's fields are encrypted with a key of their own, so one erasure
 * touches one person only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface DataSubject {
}
