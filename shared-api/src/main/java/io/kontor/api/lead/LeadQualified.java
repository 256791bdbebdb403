package io.kontor.api.lead;

import io.kontor.api.common.EventRevision;

import java.util.Map;
import java.util.UUID;

/**
 * The lead qualified: with the score its answers reached and the threshold in force at that moment
 * (thresholds are configuration and change), or by hand, without score, threshold or answers.
 *
 * <p>Revision 2 added {@code threshold}; revision 1 events are upcast with an unknown (null) threshold.
 */
@EventRevision("2")
public record LeadQualified(UUID leadId, Integer score, Integer threshold, String questionnaireId,
                            Map<String, String> answers) {
}
