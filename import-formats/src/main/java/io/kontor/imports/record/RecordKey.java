package io.kontor.imports.record;

/**
 * A record's identity in its source: the namespace ({@code salesforce}, {@code hubspot}, or
 * {@code salesforce-ref} for the reference ids of sfdx tree files) and the id there. Salesforce ids
 * are always the 18-character form, so 15- and 18-character exports of the same record agree.
 */
public record RecordKey(RecordType type, String namespace, String id) {

    public static final String SALESFORCE_REFERENCE = "salesforce-ref";

    @Override
    public String toString() {
        return type.objectName() + " " + id;
    }
}
