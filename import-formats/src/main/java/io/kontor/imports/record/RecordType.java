package io.kontor.imports.record;

/**
 * The kinds of records an import holds, named as Salesforce names its objects (the plan counts rows per
 * object under these names). Contact roles are buying-center seats, not aggregates of their own.
 */
public enum RecordType {
    ACCOUNT("Account"),
    CONTACT("Contact"),
    LEAD("Lead"),
    OPPORTUNITY("Opportunity"),
    CONTACT_ROLE("OpportunityContactRole");

    private final String objectName;

    RecordType(String objectName) {
        this.objectName = objectName;
    }

    public String objectName() {
        return objectName;
    }
}
