package io.kontor.imports.salesforce;

import io.kontor.imports.record.RecordType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SalesforceIdsTest {

    @Test
    void fifteenAndEighteenCharacterIdsNameTheSameRecord() {
        assertThat(SalesforceIds.normalize("0013600001excS5")).contains("0013600001excS5AAI");
        assertThat(SalesforceIds.normalize("0013600001excS5AAI")).contains("0013600001excS5AAI");
        assertThat(SalesforceIds.normalize("000000000000000AAA")).as("the empty id").isEmpty();
        assertThat(SalesforceIds.normalize("not-an-id")).isEmpty();
    }

    @Test
    void theKeyPrefixNamesTheObject() {
        assertThat(SalesforceIds.typeOf("0013600001excS5AAI")).contains(RecordType.ACCOUNT);
        assertThat(SalesforceIds.typeOf("0033600000aBcDeAAA")).contains(RecordType.CONTACT);
        assertThat(SalesforceIds.typeOf("00Q3600000aBcDeAAA")).contains(RecordType.LEAD);
        assertThat(SalesforceIds.typeOf("0053600000aBcDeAAA")).as("a user").isEmpty();
    }
}
