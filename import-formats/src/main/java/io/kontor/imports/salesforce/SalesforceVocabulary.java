package io.kontor.imports.salesforce;

import io.kontor.api.opportunity.Stage;
import io.kontor.api.opportunity.StakeholderRole;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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

    private static final List<String> STAGE_TARGETS = Stream.concat(Arrays.stream(Stage.values()).map(Stage::name),
            Stream.of("WON", "LOST")).toList();
    private static final List<String> ROLE_TARGETS = Arrays.stream(StakeholderRole.values()).map(StakeholderRole::name).toList();

    private final Map<String, String> stages;
    private final Map<String, String> roles;

    /**
     * @throws IllegalArgumentException naming the configuration key of a stage or role that maps onto
     *                                  nothing Kontor has (checked once, when the configuration is read)
     */
    public SalesforceVocabulary(Map<String, String> extraStages, Map<String, String> extraRoles) {
        extraStages.forEach((name, target) -> check("stages", name, target, STAGE_TARGETS));
        extraRoles.forEach((name, target) -> check("roles", name, target, ROLE_TARGETS));
        this.stages = merged(STANDARD_STAGES, extraStages);
        this.roles = merged(STANDARD_ROLES, extraRoles);
    }

    private static void check(String key, String name, String target, List<String> targets) {
        if (target == null || !targets.contains(target.strip().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("kontor.imports." + key + ": '" + name + "' maps onto '" + target
                    + "', which is none of " + String.join(", ", targets));
        }
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
