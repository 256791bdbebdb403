package io.kontor.query.integrity;

/** What the integrity check found wrong at the first broken position. */
public enum IntegrityProblem {
    /** The event's stored content no longer hashes to its stored hash. */
    EVENT_ALTERED("event-altered"),
    /** An aggregate's events do not follow each other (one removed or inserted in the middle). */
    CHAIN_BROKEN("chain-broken"),
    /** An event without a hash: written around Kontor. */
    HASH_MISSING("hash-missing"),
    /** The log up to a checkpoint is not what the checkpoint sealed (events removed, added, or rehashed). */
    CHECKPOINT_MISMATCH("checkpoint-mismatch"),
    /** A checkpoint's signature is not one of the configured key. */
    CHECKPOINT_SIGNATURE("checkpoint-signature");

    private final String code;

    IntegrityProblem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
