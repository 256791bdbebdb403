package io.kontor.api.relationship;

/**
 * Why a relationship ended: someone ended it, or a change of the hierarchies put its two people under
 * different headquarters (the contact moved to another customer's account, or an account moved with
 * its subtree under another headquarters).
 */
public enum RelationshipEndCause {
    ENDED, CONTACT_REASSIGNED, ACCOUNT_MOVED
}
