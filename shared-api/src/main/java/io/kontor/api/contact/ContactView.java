package io.kontor.api.contact;

import java.util.Map;
import java.util.UUID;

public record ContactView(UUID id, UUID accountId, String firstName, String lastName, String email, String phone,
                          String jobTitle, Map<String, String> externalIds, long version) {
}
