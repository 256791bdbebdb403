package io.kontor.api.lead;

import java.util.Map;
import java.util.UUID;

/** {@code score} and {@code answers} are absent for a manual qualification. */
public record LeadQualified(UUID leadId, Integer score, String questionnaireId, Map<String, String> answers) {
}
