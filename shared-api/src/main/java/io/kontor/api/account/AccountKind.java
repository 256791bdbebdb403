package io.kontor.api.account;

/** What an account stands for: a whole company, a holding above companies, a branch, or one location. */
public enum AccountKind {
    COMPANY, HOLDING, BRANCH, LOCATION
}
