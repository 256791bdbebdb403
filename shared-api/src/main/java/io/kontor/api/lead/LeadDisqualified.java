package io.kontor.api.lead;

import io.kontor.api.common.DataSubject;
import io.kontor.api.common.PersonalData;

import java.util.UUID;

/** The reason is free text about the person, so it is personal data too. */
public record LeadDisqualified(@DataSubject UUID leadId, @PersonalData String reason) {
}
