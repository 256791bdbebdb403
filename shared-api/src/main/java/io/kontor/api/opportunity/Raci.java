package io.kontor.api.opportunity;

/** A stakeholder's part in the decision by RACI: responsible, accountable, consulted, informed. */
public enum Raci {
    R, A, C, I
}
