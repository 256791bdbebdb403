package io.kontor.platform.axon;

/** Metadata keys every Kontor message carries, so auditors can tell who caused what, and why. */
public final class AuditMetadata {

    /** The authenticated caller whose request caused the message. */
    public static final String PRINCIPAL = "principal";
    /** Shared by every message that one client request set off (from {@code X-Correlation-Id}). */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message (usually the command) that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** The import of another CRM's export that caused the message: auditors find every event of an import by it. */
    public static final String IMPORT_ID = "importId";
    /** The aggregate version a client expects ({@code If-Match}); read by the command target resolver. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private AuditMetadata() {
    }
}
