package io.kontor.platform.privacy;

import io.kontor.api.common.DataSubject;
import io.kontor.api.contact.ContactAdded;
import io.kontor.api.contact.ContactErased;
import io.kontor.api.contact.ContactUpdated;
import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadDisqualified;
import io.kontor.api.lead.LeadErased;
import io.kontor.api.map.ContactRelationships;
import io.kontor.api.relationship.Relationship;
import io.kontor.api.relationship.RelationshipAdded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalFieldsTest {

    @Test
    void everyMessageOfTheApiThatCarriesPersonalDataNamesItsPerson() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        int protectedTypes = 0;
        for (var definition : scanner.findCandidateComponents("io.kontor.api")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            // Details records are parts of messages, which name the person; a contact's relationships are a query's
            // answer, never stored (its incoming ones are other people's); any other type throws if it names nobody.
            if (type.getRecordComponents() != null && !type.getSimpleName().endsWith("Details")
                    && type != ContactRelationships.class) {
                protectedTypes += PersonalFields.of(type).isEmpty() ? 0 : 1;
            }
        }
        assertThat(protectedTypes).as("contact and lead events and the commands that create them").isGreaterThanOrEqualTo(6);
    }

    @Test
    void theEventsOfContactsAndLeadsProtectTheirPeoplesFieldsAndErasuresHoldNone() {
        assertThat(PersonalFields.of(ContactAdded.class).paths()).containsExactlyInAnyOrder(
                List.of("details", "firstName"), List.of("details", "lastName"), List.of("details", "email"),
                List.of("details", "phone"), List.of("details", "jobTitle"));
        assertThat(PersonalFields.of(ContactAdded.class).subjectField()).isEqualTo("contactId");
        for (Class<?> type : List.of(ContactUpdated.class, LeadCaptured.class, LeadDisqualified.class)) {
            assertThat(PersonalFields.of(type).isEmpty()).as(type.getSimpleName()).isFalse();
        }
        assertThat(PersonalFields.of(LeadCaptured.class).paths()).doesNotContain(List.of("details", "companyName"));
        assertThat(PersonalFields.of(RelationshipAdded.class).paths()).containsExactly(List.of("note"));
        assertThat(PersonalFields.of(SnapshotOfAContact.class).paths()).as("an aggregate's fields, through maps of records")
                .containsExactly(List.of("relationships", "{*}", "note"));
        assertThat(PersonalFields.of(ContactErased.class).isEmpty()).isTrue();
        assertThat(PersonalFields.of(LeadErased.class).isEmpty()).isTrue();
    }

    /** The shape of the Contact aggregate's snapshot, as far as its relationships go. */
    private static final class SnapshotOfAContact {
        @DataSubject
        private UUID contactId;
        private Map<UUID, Relationship> relationships;
    }
}
