package io.kontor.api.opportunity;

import java.util.UUID;

public record Stakeholder(UUID contactId, StakeholderRole role, int influence, int interest) {
}
