package io.kontor.query.account;

/** A change to the counted figures of an account and, through the rollup, of all its ancestors. */
public record RollupDelta(long accounts, long contacts, long openOpportunities) {

    public static RollupDelta accounts(long accounts) {
        return new RollupDelta(accounts, 0, 0);
    }

    public RollupDelta negate() {
        return new RollupDelta(-accounts, -contacts, -openOpportunities);
    }

    public boolean isZero() {
        return accounts == 0 && contacts == 0 && openOpportunities == 0;
    }
}
