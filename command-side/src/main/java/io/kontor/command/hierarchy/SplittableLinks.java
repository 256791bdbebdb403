package io.kontor.command.hierarchy;

import java.util.List;

/**
 * One kind of link that must stay inside one hierarchy (a buying-center seat, a relationship between
 * two people, ...), registered with {@link HierarchySplits} as a Spring bean. Asked after a change is
 * registered, in its transaction and under the hierarchy lock, for the commands that end the links of
 * its kind the change split. It must find them through indexes, starting from what moved: the cost of
 * a move follows the subtree, never the number of links.
 */
public interface SplittableLinks {

    /** The commands ending the links a moved subtree split (its accounts are in {@code move.subtree()}). */
    List<Object> endingsAfter(SubtreeMoved move);

    /** The commands ending the links a contact's move to another hierarchy split. */
    List<Object> endingsAfter(ContactMoved move);
}
