package io.kontor.api.contact;

import java.util.Map;
import java.util.UUID;

/** The contact's ids in other systems after the change, whole (source to id). */
public record ContactExternalIdsChanged(UUID contactId, Map<String, String> externalIds) {
}
