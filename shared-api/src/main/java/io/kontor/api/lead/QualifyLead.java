package io.kontor.api.lead;

import io.kontor.api.common.TargetAggregateId;

import java.util.Map;
import java.util.UUID;

/** Qualifies with questionnaire answers (question id to answer id), or manually when there are none. */
public record QualifyLead(@TargetAggregateId UUID leadId, Map<String, String> answers) {
}
