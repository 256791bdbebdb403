package io.kontor.api.opportunity;

/** A person's part in the buying center (seeds 003 and 004). */
public enum StakeholderRole {
    DECISION_MAKER, INFLUENCER, USER, GATEKEEPER, CHAMPION, BLOCKER, SIGNER
}
