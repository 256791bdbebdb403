package io.kontor.imports.salesforce;

import io.kontor.api.opportunity.Stage;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.imports.ImportReader;
import io.kontor.imports.SourceFile;
import io.kontor.imports.record.ContactRoleRecord;
import io.kontor.imports.record.OpportunityRecord;
import io.kontor.imports.record.ReadImport;
import io.kontor.imports.record.ReadOptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** An org's own opportunity stages and contact roles, mapped in configuration beside Salesforce's standard ones. */
class OrgStagesAndRolesTest {

    private static final ReadOptions ORG = new ReadOptions("EUR",
            Map.of("Verbal Commit", "NEGOTIATION", "Closed - Signed", "won", "Prospecting", "QUALIFICATION"),
            Map.of("Procurement", "GATEKEEPER"));

    @Test
    void mapsTheOrgsOwnStagesAndRolesAndOverridesStandardOnes() {
        ReadImport read = ImportReader.read(List.of(file("Opportunity.csv", """
                        Id,AccountId,Name,Amount,StageName,IsClosed,IsWon
                        0063600000xYz01AAC,0013600001excS5AAI,Chillers,100,verbal commit,false,false
                        0063600000xYz02AAC,0013600001excS5AAI,Service,200,Closed - Signed,true,true
                        0063600000xYz03AAC,0013600001excS5AAI,Pilot,300,Prospecting,false,false
                        0063600000xYz04AAC,0013600001excS5AAI,Unknown,400,Gut Feeling,false,false
                        """), file("OpportunityContactRole.csv", """
                        Id,OpportunityId,ContactId,Role
                        00K3600000qRsTuEAK,0063600000xYz01AAC,0033600000aBcDeAAK,Procurement
                        """)), null, ORG);

        assertThat(read.records()).filteredOn(OpportunityRecord.class::isInstance).map(OpportunityRecord.class::cast)
                .extracting(OpportunityRecord::stage, OpportunityRecord::outcome)
                .containsExactly(tuple(Stage.NEGOTIATION, OpportunityRecord.Outcome.OPEN),
                        tuple(Stage.PROSPECTING, OpportunityRecord.Outcome.WON),
                        tuple(Stage.QUALIFICATION, OpportunityRecord.Outcome.OPEN));
        assertThat(read.records()).filteredOn(ContactRoleRecord.class::isInstance).map(r -> ((ContactRoleRecord) r).role())
                .containsExactly(StakeholderRole.GATEKEEPER);
        assertThat(read.errors()).singleElement().satisfies(unknown -> {
            assertThat(unknown.at().line()).isEqualTo(5);
            assertThat(unknown.field()).isEqualTo("StageName");
            assertThat(unknown.message()).contains("unknown stage 'Gut Feeling'", "kontor.imports.stages");
        });
    }

    @Test
    void aMappingOntoNothingKontorHasIsRefusedNamingItsKey() {
        assertThatThrownBy(() -> new SalesforceVocabulary(Map.of("Verbal Commit", "NEGOTIATE"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kontor.imports.stages: 'Verbal Commit' maps onto 'NEGOTIATE'", "NEGOTIATION", "WON");
        assertThatThrownBy(() -> new SalesforceVocabulary(Map.of(), Map.of("Procurement", "BUYER")))
                .hasMessageContaining("kontor.imports.roles: 'Procurement'", "GATEKEEPER");
    }

    private static SourceFile file(String name, String text) {
        return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8), null);
    }
}
