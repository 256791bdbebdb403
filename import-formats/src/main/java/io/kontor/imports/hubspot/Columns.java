package io.kontor.imports.hubspot;

import io.kontor.imports.text.CsvTable;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HubSpot's columns under one name each, the label HubSpot exports by default, whether the export wrote
 * that label ({@code Company name}) or the internal property name ({@code name}); the first column found
 * for a property wins. Problems name the field by its label.
 */
final class Columns {

    /** Each property under the label HubSpot exports by default, with the other headers it may come under. */
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("Record ID", List.of("record id", "hs_object_id", "company id", "contact id")),
            Map.entry("Company name", List.of("company name", "name")),
            Map.entry("Website URL", List.of("website url", "website")),
            Map.entry("Company Domain Name", List.of("company domain name", "domain")),
            Map.entry("Industry", List.of("industry")),
            Map.entry("Country/Region", List.of("country/region", "country")),
            Map.entry("State/Region", List.of("state/region", "state")),
            Map.entry("Parent Company", List.of("parent company id", "hs_parent_company_id", "parent company",
                    "parent company name")),
            Map.entry("Company owner", List.of("company owner", "contact owner", "hubspot_owner_id", "owner")),
            Map.entry("First Name", List.of("first name", "firstname")),
            Map.entry("Last Name", List.of("last name", "lastname")),
            Map.entry("Email", List.of("email", "email address")),
            Map.entry("Phone Number", List.of("phone number", "phone")),
            Map.entry("Mobile Phone Number", List.of("mobile phone number", "mobilephone")),
            Map.entry("Job Title", List.of("job title", "jobtitle")),
            Map.entry("Associated Company ID", List.of("associated company id", "associatedcompanyid",
                    "primary associated company id", "associated company ids (primary)", "associated company ids",
                    "associated company", "company name", "company")));

    private final Map<String, Integer> index = new HashMap<>();

    Columns(CsvTable table) {
        Map<String, Integer> byHeader = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            byHeader.putIfAbsent(table.header().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        ALIASES.forEach((label, names) -> names.stream().filter(byHeader::containsKey).findFirst()
                .ifPresent(name -> index.put(label.toLowerCase(Locale.ROOT), byHeader.get(name))));
    }

    boolean has(String label) {
        return index.containsKey(label.toLowerCase(Locale.ROOT));
    }

    Map<String, String> fields(CsvTable.Row row) {
        Map<String, String> fields = new HashMap<>();
        index.forEach((property, column) -> fields.put(property, row.values().get(column)));
        return fields;
    }
}
