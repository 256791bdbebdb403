package io.kontor.query.territory;

import io.kontor.platform.territory.TerritoryDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Territories by their present names (compared without regard to case, as the registry keeps them unique). */
@Component
public class JdbcTerritoryDirectory implements TerritoryDirectory {

    private final TerritoryVersions versions;

    public JdbcTerritoryDirectory(JdbcTemplate jdbc) {
        this.versions = new TerritoryVersions(jdbc);
    }

    @Override
    public Set<UUID> territoriesWithDescendants(Collection<String> territoryNames) {
        Set<String> names = territoryNames.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        TerritoryTree tree = versions.at(Instant.now());
        Set<UUID> found = new LinkedHashSet<>();
        tree.depthFirst().stream().map(java.util.Map.Entry::getKey)
                .filter(row -> names.contains(row.name().toLowerCase(Locale.ROOT)))
                .forEach(row -> found.addAll(tree.withDescendants(row.territoryId())));
        return found;
    }
}
