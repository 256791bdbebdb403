package io.kontor.imports.salesforce;

import io.kontor.api.opportunity.Stage;
import io.kontor.api.opportunity.StakeholderRole;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Salesforce's standard picklists in Kontor's terms. Opportunity stages map onto Kontor's stages or onto
 * {@code WON} / {@code LOST}; an org's own stages and roles are added (or the standard ones overridden)
 * through {@code kontor.imports.stages} and {@code kontor.imports.roles}.
 */
public final class SalesforceVocabulary {

    /** Where a source stage leads: an open Kontor stage, or a closing outcome. */
    public record StageTarget(Stage stage, String outcome) {
    }

    public static final Map<String, String> STANDARD_STAGES = Map.ofEntries(
            Map.entry("prospecting", "PROSPECTING"),
            Map.entry("qualification", "QUALIFICATION"),
            Map.entry("needs analysis", "NEEDS_ANALYSIS"),
            Map.entry("value proposition", "NEEDS_ANALYSIS"),
            Map.entry("id. decision makers", "NEEDS_ANALYSIS"),
            Map.entry("perception analysis", "PROPOSAL"),
            Map.entry("proposal/price quote", "PROPOSAL"),
            Map.entry("negotiation/review", "NEGOTIATION"),
            Map.entry("closed won", "WON"),
            Map.entry("closed lost", "LOST"));

    public static final Map<String, String> STANDARD_ROLES = Map.ofEntries(
            Map.entry("business user", "USER"),
            Map.entry("decision maker", "DECISION_MAKER"),
            Map.entry("economic buyer", "SIGNER"),
            Map.entry("economic decision maker", "DECISION_MAKER"),
            Map.entry("evaluator", "INFLUENCER"),
            Map.entry("executive sponsor", "CHAMPION"),
            Map.entry("influencer", "INFLUENCER"),
            Map.entry("technical buyer", "GATEKEEPER"),
            Map.entry("other", "INFLUENCER"));

    private final Map<String, String> stages;
    private final Map<String, String> roles;

    public SalesforceVocabulary(Map<String, String> extraStages, Map<String, String> extraRoles) {
        this.stages = merged(STANDARD_STAGES, extraStages);
        this.roles = merged(STANDARD_ROLES, extraRoles);
    }

    public Optional<StageTarget> stage(String name) {
        String target = stages.get(key(name));
        if (target == null) {
            return Optional.empty();
        }
        if (target.equals("WON") || target.equals("LOST")) {
            return Optional.of(new StageTarget(null, target));
        }
        return Optional.of(new StageTarget(Stage.valueOf(target), "OPEN"));
    }

    /** The role; an empty role (common in exports) counts as an influencer. */
    public Optional<StakeholderRole> role(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(StakeholderRole.INFLUENCER);
        }
        return Optional.ofNullable(roles.get(key(name))).map(StakeholderRole::valueOf);
    }

    private static Map<String, String> merged(Map<String, String> standard, Map<String, String> extra) {
        Map<String, String> merged = new HashMap<>(standard);
        extra.forEach((name, target) -> merged.put(key(name), target.strip().toUpperCase(Locale.ROOT)));
        return Map.copyOf(merged);
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
