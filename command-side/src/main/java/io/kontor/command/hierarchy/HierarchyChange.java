package io.kontor.command.hierarchy;

import java.util.UUID;

/**
 * A change of the hierarchies' shape that may split links which must stay inside one hierarchy: a
 * subtree moved, or a contact moved to another account. Registered already when the links are asked.
 */
public sealed interface HierarchyChange permits SubtreeMoved, ContactMoved {

    /** The headquarters the moved accounts or contact belonged to before. */
    UUID fromHeadquartersId();

    /** The headquarters they belong to now. */
    UUID toHeadquartersId();

    /** Only a change of headquarters can split a link: within one tree every link stays inside it. */
    default boolean changesHeadquarters() {
        return !fromHeadquartersId().equals(toHeadquartersId());
    }
}
