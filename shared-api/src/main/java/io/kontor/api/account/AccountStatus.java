package io.kontor.api.account;

public enum AccountStatus {
    OPEN, CLOSED
}
