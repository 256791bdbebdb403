package io.kontor.api.territory;

/** How a condition compares an account's field with its values. */
public enum TerritoryOperator {
    /** equal to the one value */
    EQ,
    /** one of the values */
    IN,
    /** none of the values (an account without the field meets no condition, this one included) */
    NOT_IN,
    /** at least the one value (numbers only) */
    GTE,
    /** at most the one value (numbers only) */
    LTE;

    public boolean takesList() {
        return this == IN || this == NOT_IN;
    }

    public boolean ordered() {
        return this == GTE || this == LTE;
    }
}
