package io.kontor.command.imports;

import io.kontor.imports.salesforce.SalesforceVocabulary;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * {@code kontor.imports.*} (defaults in {@code kontor/defaults/command-side.yml}): the upload limit, how many
 * rows one transaction applies, the mappings of the source's stages, roles and users onto Kontor's, and
 * how a node notices an import whose node died.
 *
 * @param maxFileSize   largest request an import accepts (413 above)
 * @param chunkSize     rows applied per transaction; each chunk commits its events, claims and progress together
 * @param stages        source stage name to a Kontor stage, {@code WON} or {@code LOST} (added to Salesforce's standard ones)
 * @param roles         source contact role to a Kontor stakeholder role (added to Salesforce's standard ones)
 * @param owners        source user id (such as a Salesforce OwnerId) to the Kontor owner id
 * @param claimTimeout  how long an import may go without progress before another node takes it over
 * @param pollInterval  how often a node looks for imports to start or take over
 * @param maxProblems   row problems kept per import (the counts stay exact)
 */
@ConfigurationProperties("kontor.imports")
public record ImportProperties(DataSize maxFileSize, int chunkSize, Map<String, String> stages, Map<String, String> roles,
                               Map<String, UUID> owners, Duration claimTimeout, Duration pollInterval, int maxProblems) {

    public ImportProperties {
        stages = stages == null ? Map.of() : Map.copyOf(stages);
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        owners = owners == null ? Map.of() : Map.copyOf(owners);
        // A stage or role mapped onto nothing Kontor has stops the start, naming the key, not the first import.
        new SalesforceVocabulary(stages, roles);
    }
}
