package io.kontor.api.lead;

/** Why an account probably is the lead's company, strongest first. */
public enum MatchReason {
    /** The lead's website and the account's are on the same domain. */
    SAME_WEBSITE_DOMAIN,
    /** The lead's email is on the account's website domain or on its contacts' email domain (free mail ignored). */
    SAME_EMAIL_DOMAIN,
    /** The company names are the same once case, accents, punctuation and legal forms are set aside. */
    SAME_COMPANY_NAME
}
