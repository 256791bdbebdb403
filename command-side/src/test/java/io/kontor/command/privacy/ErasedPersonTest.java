package io.kontor.command.privacy;

import io.kontor.api.common.NotFoundException;
import io.kontor.command.account.AccountFixtures;
import io.kontor.command.account.AccountRegistry;
import io.kontor.command.contact.ContactRegistry;
import io.kontor.command.hierarchy.Hierarchies;
import io.kontor.command.lead.LeadRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who "the person" of an erasure is, whichever of their records names them. */
class ErasedPersonTest {

    private final JdbcTemplate jdbc = AccountFixtures.database();
    private final Hierarchies hierarchies = new Hierarchies(jdbc);
    private final AccountRegistry accounts = new AccountRegistry(jdbc, hierarchies);
    private final ContactRegistry contacts = new ContactRegistry(jdbc, accounts, hierarchies);
    private final LeadRegistry leads = new LeadRegistry(jdbc);
    private final ErasedPerson persons = new ErasedPerson(contacts, leads);
    private final UUID plant = UUID.randomUUID();
    private final UUID office = UUID.randomUUID();
    private final UUID convertedLead = UUID.randomUUID();
    private final UUID atPlant = UUID.randomUUID();
    private final UUID atOffice = UUID.randomUUID();
    private final UUID laterLead = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();

    ErasedPersonTest() {
        accounts.registerOpening(plant, null, null);
        accounts.registerOpening(office, null, null);
        leads.claimEmail(convertedLead, "anna@grupa.pl");
        contacts.registerAdded(atPlant, plant, "anna@grupa.pl");
        leads.releaseEmail(convertedLead, "anna@grupa.pl");
        leads.recordConversion(convertedLead, atPlant);
        // She changed her address at the plant; the office still has the old one, and a new lead came in with it.
        contacts.registerEmailChange(atPlant, plant, "a.nowak@grupa.pl");
        contacts.registerAdded(atOffice, office, "Anna@Grupa.pl");
        leads.claimEmail(laterLead, "a.nowak@grupa.pl");
        contacts.registerAdded(stranger, office, "jan@grupa.pl");
    }

    @Test
    void byAnyOfHerRecordsThePersonIsEveryRecordLinkedByEmailOrConversion() {
        for (ErasedPerson.Records records : new ErasedPerson.Records[]{persons.of(atOffice, null, null),
                persons.of(null, laterLead, null), persons.of(null, null, "ANNA@grupa.pl")}) {
            assertThat(records.contactIds()).isEqualTo(Set.of(atPlant, atOffice));
            assertThat(records.leadIds()).isEqualTo(Set.of(convertedLead, laterLead));
            assertThat(records.emails()).containsExactlyInAnyOrder("anna@grupa.pl", "a.nowak@grupa.pl");
        }
    }

    @Test
    void anUnknownRecordOrAddressIsNotFound() {
        assertThatThrownBy(() -> persons.of(UUID.randomUUID(), null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> persons.of(null, UUID.randomUUID(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> persons.of(null, null, "nobody@grupa.pl")).isInstanceOf(NotFoundException.class);
    }
}
