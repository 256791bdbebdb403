package io.kontor.query.replay;

import io.kontor.api.lead.LeadCaptured;
import io.kontor.api.lead.LeadConversion;
import io.kontor.api.lead.LeadConvertedToAccount;
import io.kontor.api.lead.LeadDetails;
import io.kontor.api.lead.LeadDisqualified;
import io.kontor.api.lead.LeadErased;
import io.kontor.api.lead.LeadExternalIdsChanged;
import io.kontor.api.lead.LeadQualified;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The leads of a {@link RandomHistory}: captured with or without a phone, qualified or disqualified, converted into
 * one of its accounts and contacts, given source ids, and erased (now and then twice, as contacts are there).
 */
final class RandomLeads {

    /** How an event joins the history: its aggregate's type and id, and the payload. */
    interface Events {
        void add(String type, UUID aggregate, Object payload);
    }

    private final Random random;
    private final Events events;
    private final List<UUID> leads = new ArrayList<>();

    RandomLeads(Random random, Events events) {
        this.random = random;
        this.events = events;
    }

    /** One lead event; {@code accounts} and {@code contacts} are what a conversion may point at. */
    void next(List<UUID> accounts, List<UUID> contacts) {
        int choice = leads.isEmpty() ? 0 : random.nextInt(100);
        if (choice < 35) {
            UUID id = UUID.randomUUID();
            leads.add(id);
            events.add("Lead", id, new LeadCaptured(id, new LeadDetails("Jan", "Kowalski " + random.nextInt(9),
                    "jan" + random.nextInt(20) + "@firma.pl", "Firma " + random.nextInt(9), random.nextBoolean() ? "+48 2" : null,
                    null, random.nextBoolean() ? 50 : null, "fair"), Map.of()));
            return;
        }
        UUID lead = leads.get(random.nextInt(leads.size()));
        if (choice < 50) {
            events.add("Lead", lead, new LeadQualified(lead, random.nextBoolean() ? 70 : null, 50, null, Map.of()));
        } else if (choice < 60) {
            events.add("Lead", lead, new LeadDisqualified(lead, random.nextBoolean() ? "no budget" : null));
        } else if (choice < 75) {
            UUID contact = contacts.isEmpty() ? null : contacts.get(random.nextInt(contacts.size()));
            UUID account = accounts.get(random.nextInt(accounts.size()));
            events.add("Lead", lead, new LeadConvertedToAccount(lead, new LeadConversion(account, contact,
                    random.nextBoolean() ? UUID.randomUUID() : null, false, contact != null)));
        } else if (choice < 85) {
            events.add("Lead", lead, new LeadExternalIdsChanged(lead, Map.of("hubspot", "L" + random.nextInt(999))));
        } else {
            events.add("Lead", lead, new LeadErased(lead, UUID.randomUUID(), "asked"));
        }
    }
}
