package io.kontor.api.relationship;

/**
 * What a directed relationship says about its source and target. All but {@link #FORMER_EMPLOYEE_OF}
 * join two people of one hierarchy; that one joins a person to an account (any account: the company
 * the buyer used to work for may be a competitor's customer, seed 004).
 */
public enum RelationshipType {
    /** The formal line: the source reports to the target. */
    REPORTS_TO,
    /** An informal or secondary reporting line. */
    DOTTED_LINE,
    /** The source sways the target's opinion. */
    INFLUENCES,
    /** The source advises the target (the member the decision maker listens to). */
    ADVISES,
    /** The source works against the target's initiatives. */
    BLOCKS,
    WORKED_WITH,
    PERSONAL,
    /** The source used to work for the target account. */
    FORMER_EMPLOYEE_OF;

    public boolean pointsAtAccount() {
        return this == FORMER_EMPLOYEE_OF;
    }
}
