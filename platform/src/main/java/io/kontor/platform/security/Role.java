package io.kontor.platform.security;

/** The four roles of the HTTP API. */
public enum Role {
    /** Internal services that issue commands (and read what they wrote). */
    SERVICE,
    /** Analysts: reads, projections and reports. */
    ANALYST,
    /** Auditors: the event history under /api/audit. */
    AUDITOR,
    /** Everything, including /api/admin. */
    ADMIN
}
