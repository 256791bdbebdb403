package io.kontor.query.history;

import io.kontor.query.figures.StageTally;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.api.report.AccountPipelineRow;
import io.kontor.api.report.HeadquartersPipeline;
import io.kontor.api.report.HeadquartersPipelineRow;
import io.kontor.api.report.PipelineFilter;
import io.kontor.api.report.PipelineReport;
import io.kontor.query.territory.TerritoryScopes;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** Pipeline reports as they stood at an instant: the hierarchy, stages, values and probabilities of then. */
@Component
public class HistoricalPipeline {

    private final PointInTime history;
    private final TerritoryScopes territories;

    public HistoricalPipeline(PointInTime history, TerritoryScopes territories) {
        this.history = history;
        this.territories = territories;
    }

    public PipelineReport report(PipelineFilter filter, Instant asOf) {
        World world = history.at(asOf);
        Map<UUID, StageTally> rows = new HashMap<>();
        StageTally all = new StageTally();
        Predicate<World.AccountAt> matches = matches(filter, asOf);
        world.accounts.values().stream().filter(matches).forEach(account ->
                tally(world, account.id(), rows.computeIfAbsent(world.headquartersOf(account.id()), id -> new StageTally())));
        List<HeadquartersPipelineRow> result = new ArrayList<>();
        rows.forEach((headquarters, tally) -> {
            if (tally.totals().count() > 0) {
                all.addAll(tally);
                result.add(new HeadquartersPipelineRow(headquarters, world.accounts.get(headquarters).name(), tally.stages(),
                        tally.totals()));
            }
        });
        result.sort(Comparator.comparing((HeadquartersPipelineRow row) -> row.name().toLowerCase(Locale.ROOT))
                .thenComparing(HeadquartersPipelineRow::headquartersId));
        return new PipelineReport(asOf, List.copyOf(result), all.stages(), all.totals());
    }

    public HeadquartersPipeline tree(UUID rootId, PipelineFilter filter, Instant asOf) {
        World world = history.at(asOf);
        if (!world.accounts.containsKey(rootId)) {
            throw new NotFoundException("Account " + rootId + " did not exist yet at " + asOf + ".");
        }
        Map<UUID, Integer> depth = new HashMap<>();
        int rootDepth = 0;
        for (UUID id = rootId; world.accounts.get(id).parentId() != null; id = world.accounts.get(id).parentId()) {
            rootDepth++;
        }
        depth.put(rootId, rootDepth);
        StageTally all = new StageTally();
        List<AccountPipelineRow> result = new ArrayList<>();
        Predicate<World.AccountAt> matches = matches(filter, asOf);
        for (UUID id : world.subtree(rootId)) {
            World.AccountAt account = world.accounts.get(id);
            world.children.getOrDefault(id, List.of()).forEach(child -> depth.put(child, depth.get(id) + 1));
            StageTally tally = new StageTally();
            if (matches.test(account)) {
                tally(world, id, tally);
            }
            if (tally.totals().count() > 0) {
                all.addAll(tally);
                result.add(new AccountPipelineRow(id, account.name(), account.parentId(), depth.get(id), tally.stages(),
                        tally.totals()));
            }
        }
        result.sort(Comparator.comparingInt(AccountPipelineRow::depth)
                .thenComparing(row -> row.name().toLowerCase(Locale.ROOT)).thenComparing(AccountPipelineRow::accountId));
        return new HeadquartersPipeline(asOf, rootId, world.accounts.get(rootId).name(), all.stages(), all.totals(),
                List.copyOf(result));
    }

    /** Each account's open opportunities at {@code asOf}, tallied. */
    public Map<UUID, StageTally> byAccount(Instant asOf) {
        World world = history.at(asOf);
        Map<UUID, StageTally> tallies = new HashMap<>();
        world.accounts.keySet().forEach(id -> tally(world, id, tallies.computeIfAbsent(id, key -> new StageTally())));
        return tallies;
    }

    private static void tally(World world, UUID accountId, StageTally tally) {
        for (World.OpportunityAt opportunity : world.opportunities.getOrDefault(accountId, List.of())) {
            if (opportunity.status() == OpportunityStatus.OPEN) {
                tally.add(opportunity.stage(), opportunity.currency(), 1, opportunity.amount(),
                        opportunity.amount().multiply(BigDecimal.valueOf(opportunity.probability())));
            }
        }
    }

    /**
     * The accounts whose opportunities count: effective owner (set by hand, else the territory's then), industry,
     * country and region as they were, and the territories of that instant.
     */
    private Predicate<World.AccountAt> matches(PipelineFilter filter, Instant asOf) {
        Map<UUID, UUID> territoryOwners = filter.ownerId() == null ? Map.of() : territories.ownersAt(asOf);
        Set<UUID> inTerritory = filter.territoryId() == null ? null
                : territories.accountsIn(territories.withDescendants(filter.territoryId(), asOf), asOf);
        return account -> (filter.ownerId() == null || filter.ownerId().equals(account.ownerId() != null ? account.ownerId()
                : territoryOwners.get(account.id())))
                && (inTerritory == null || inTerritory.contains(account.id()))
                && same(filter.industry(), account.industry())
                && same(filter.country(), account.country())
                && same(filter.region(), account.region());
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || (actual != null && wanted.toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT)));
    }
}
