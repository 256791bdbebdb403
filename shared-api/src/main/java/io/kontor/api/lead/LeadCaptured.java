package io.kontor.api.lead;

import io.kontor.api.common.DataSubject;

import java.util.UUID;

public record LeadCaptured(@DataSubject UUID leadId, LeadDetails details) {
}
