package io.kontor.api.account;

/** How a move touched the tree it is reported for. */
public enum MoveDirection {
    /** From elsewhere into the tree. */
    INTO,
    /** From the tree to elsewhere. */
    OUT_OF,
    /** From one place in the tree to another. */
    WITHIN
}
