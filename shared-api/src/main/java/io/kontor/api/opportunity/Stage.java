package io.kontor.api.opportunity;

/** The stages an open opportunity moves through, each with its default probability of winning. */
public enum Stage {
    PROSPECTING(10), QUALIFICATION(20), NEEDS_ANALYSIS(40), PROPOSAL(60), NEGOTIATION(80);

    private final int defaultProbability;

    Stage(int defaultProbability) {
        this.defaultProbability = defaultProbability;
    }

    public int defaultProbability() {
        return defaultProbability;
    }
}
