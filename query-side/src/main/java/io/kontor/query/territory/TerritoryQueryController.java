package io.kontor.query.territory;

import io.kontor.api.territory.AccountTerritory;
import io.kontor.api.territory.TerritoryAdminView;
import io.kontor.api.territory.TerritoryTreeView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

@RestController
@Tag(name = "Territories", description = "Sales territories: a tree of rules that places every account")
public class TerritoryQueryController {

    private final TerritoryQueries queries;

    public TerritoryQueryController(TerritoryQueries queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/territories", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The territory tree, each territory with its rules and the number of accounts in it")
    public TerritoryTreeView tree(@Parameter(description = "ISO-8601 instant: the territories in effect then (default now)")
                                  @RequestParam(required = false) Instant asOf) {
        return queries.tree(asOf == null ? Instant.now() : asOf);
    }

    @GetMapping(path = "/api/territories/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A territory and its sub-territories, with their rules and the number of accounts in each")
    public TerritoryTreeView territory(@PathVariable UUID id,
                                       @Parameter(description = "ISO-8601 instant: the territories in effect then (default now)")
                                       @RequestParam(required = false) Instant asOf) {
        return queries.subtree(id, asOf == null ? Instant.now() : asOf);
    }

    @GetMapping(path = "/api/admin/territories/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every version of the territory and the progress of the re-evaluation its latest version started")
    public TerritoryAdminView admin(@PathVariable UUID id) {
        return queries.admin(id);
    }

    @GetMapping(path = "/api/accounts/{id}/territory", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The territory the account belongs to, the version and conditions that put it there, and since when")
    public AccountTerritory ofAccount(@PathVariable UUID id,
                                      @Parameter(description = "ISO-8601 instant: the territory it belonged to then (default now)")
                                      @RequestParam(required = false) Instant asOf) {
        return queries.ofAccount(id, asOf == null ? Instant.now() : asOf);
    }
}
