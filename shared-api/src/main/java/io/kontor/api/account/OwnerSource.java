package io.kontor.api.account;

/** Where an account's effective owner comes from: set by hand, or the default owner of its territory. */
public enum OwnerSource {
    HAND, TERRITORY
}
