package io.kontor.platform.axon;

import io.kontor.api.common.EventRevision;
import org.axonframework.serialization.RevisionResolver;

/** Reads {@link EventRevision}; a payload without it is revision "1", so the first change has something to upcast from. */
public class EventRevisionResolver implements RevisionResolver {

    static final String FIRST_REVISION = "1";

    @Override
    public String revisionOf(Class<?> payloadType) {
        EventRevision revision = payloadType.getAnnotation(EventRevision.class);
        return revision == null ? FIRST_REVISION : revision.value();
    }
}
