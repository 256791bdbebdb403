package io.kontor.query.account;

import io.kontor.query.figures.Contribution;
import io.kontor.api.account.AccountOpened;
import io.kontor.api.account.AccountProfile;
import io.kontor.api.common.CompanyNames;
import io.kontor.api.common.Domains;
import io.kontor.api.common.SearchText;
import io.kontor.api.common.Websites;
import io.kontor.query.projection.BatchScoped;
import io.kontor.query.projection.ExternalIdsColumn;
import io.kontor.query.projection.RowVersions;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the account read model: one row per account, its place in the tree (path), and the own and rollup counts
 * (money figures are the {@link MoneyRollupStore}'s, which a move shifts along with the counts).
 * Every change touches only the account, its subtree's paths (on a move) and its ancestors' rollups,
 * never whole trees.
 */
public class AccountHierarchyStore {

    private final JdbcTemplate jdbc;
    private final MoneyRollupStore money;
    private final BatchScoped<PendingCounts> counts;
    private final BatchScoped<PathCache> paths = new BatchScoped<>("account-paths", PathCache::new);
    private final RowVersions versions;

    public AccountHierarchyStore(JdbcTemplate jdbc, MoneyRollupStore money) {
        this.jdbc = jdbc;
        this.money = money;
        this.counts = new BatchScoped<>("account-counts", () -> new PendingCounts(jdbc));
        this.versions = new RowVersions(jdbc, "account_view", "id");
    }

    /** Paths read during a batch; only this projection changes them, and a move forgets them all. */
    private static final class PathCache extends HashMap<UUID, HierarchyPath> implements BatchScoped.Buffer {
        @Override
        public void flush() {
            clear();
        }
    }

    /** The version (last applied event sequence) of the account, if the read model has it. */
    public Optional<Long> versionOf(UUID accountId) {
        return Optional.ofNullable(versions.of(accountId));
    }

    public Optional<HierarchyPath> pathOf(UUID accountId) {
        PathCache cache = paths.current();
        HierarchyPath cached = cache == null ? null : cache.get(accountId);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<String> found = jdbc.queryForList("SELECT path FROM account_tree WHERE account_id = ?", String.class, accountId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HierarchyPath path = new HierarchyPath(found.get(0));
        if (cache != null) {
            cache.put(accountId, path);
        }
        return Optional.of(path);
    }

    public void insert(AccountOpened event, long version, Instant openedAt) {
        HierarchyPath path = event.parentId() == null ? HierarchyPath.root(event.accountId())
                : pathOf(event.parentId()).orElseThrow(() -> new IllegalStateException(
                "parent " + event.parentId() + " of " + event.accountId() + " is not in the read model")).child(event.accountId());
        AccountProfile profile = event.profile();
        jdbc.update("""
                        INSERT INTO account_view (id, name, search_name, name_key, kind, status, parent_id, industry, country,
                            region, website, website_domain, debtor_number, employees, owner_id, opened_at, version, external_ids)
                        VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.accountId(), profile.name(), SearchText.fold(profile.name()), CompanyNames.key(profile.name()),
                profile.kind().name(), event.parentId(), profile.industry(),
                profile.country(), profile.region(), profile.website(), websiteDomain(profile.website()),
                profile.debtorNumber(), profile.employees(), event.ownerId(), utc(openedAt), version, ExternalIdsColumn.write(event.externalIds()));
        jdbc.update("INSERT INTO account_tree (account_id, headquarters_id, path, depth) VALUES (?, ?, ?, ?)", event.accountId(),
                path.headquarters(), path.value(), path.depth());
        jdbc.update("INSERT INTO account_rollup (account_id, own_accounts, rollup_accounts, own_contacts, rollup_contacts, "
                + "own_open_opportunities, rollup_open_opportunities) VALUES (?, 1, 1, 0, 0, 0, 0)", event.accountId());
        addToRollups(path.ancestors(), RollupDelta.accounts(1));
        PathCache cache = paths.current();
        if (cache != null) {
            cache.put(event.accountId(), path);
        }
    }

    /** Applies the profile unless the view already reflects this version (or lacks the account). */
    public void updateProfile(UUID accountId, AccountProfile profile, long version) {
        versions.update(accountId, version, "name = ?, search_name = ?, name_key = ?, kind = ?, industry = ?, country = ?, "
                        + "region = ?, website = ?, website_domain = ?, debtor_number = ?, employees = ?",
                profile.name(), SearchText.fold(profile.name()), CompanyNames.key(profile.name()), profile.kind().name(),
                profile.industry(), profile.country(), profile.region(), profile.website(), websiteDomain(profile.website()),
                profile.debtorNumber(), profile.employees());
    }

    /** Sets the account's ids in other systems unless the view already reflects this version. */
    public void setExternalIds(UUID accountId, Map<String, String> externalIds, long version) {
        versions.update(accountId, version, "external_ids = ?", ExternalIdsColumn.write(externalIds));
    }

    /** Assigns the owner unless the view already reflects this version (or lacks the account). */
    public void assignOwner(UUID accountId, UUID ownerId, long version) {
        versions.update(accountId, version, "owner_id = ?", ownerId);
    }

    public void close(UUID accountId, String reason, long version, Instant closedAt) {
        jdbc.update("UPDATE account_view SET status = 'CLOSED', closed_at = ?, close_reason = ?, version = ? WHERE id = ?",
                utc(closedAt), reason, version, accountId);
        RollupDelta closedAccount = RollupDelta.accounts(-1);
        addToOwn(accountId, closedAccount);
        addToRollups(List.of(accountId), closedAccount);
        addToRollups(pathOf(accountId).orElseThrow().ancestors(), closedAccount);
    }

    /**
     * Moves the account with its subtree: the subtree's paths, headquarters and depths are rewritten in
     * one statement (in account_tree, whose rows are in two indexes, where account_view has eight),
     * and the subtree's rollup leaves the old ancestors and joins the new ones.
     */
    public void move(UUID accountId, UUID newParentId, long version) {
        HierarchyPath oldPath = pathOf(accountId).orElseThrow();
        HierarchyPath newPath = newParentId == null ? HierarchyPath.root(accountId)
                : pathOf(newParentId).orElseThrow().child(accountId);
        RollupDelta subtree = rollupOf(accountId);
        addToRollups(oldPath.ancestors(), subtree.negate());
        addToRollups(newPath.ancestors(), subtree);
        for (Contribution perCurrency : money.rollupOf(accountId)) {
            money.addToRollups(oldPath.ancestors(), perCurrency.negate());
            money.addToRollups(newPath.ancestors(), perCurrency);
        }
        jdbc.update("""
                        UPDATE account_tree SET path = ? || SUBSTRING(path FROM ?), headquarters_id = ?, depth = depth + ?
                        WHERE path LIKE ?""",
                newPath.value(), oldPath.value().length() + 1, newPath.headquarters(), newPath.depth() - oldPath.depth(),
                oldPath.subtreePattern());
        jdbc.update("UPDATE account_view SET parent_id = ?, version = ? WHERE id = ?", newParentId, version, accountId);
        paths.flushNow();
    }

    /** The account's rollup counts, including this batch's changes. */
    public RollupDelta rollupOf(UUID accountId) {
        counts.flushNow();
        return jdbc.queryForObject("SELECT rollup_accounts, rollup_contacts, rollup_open_opportunities FROM account_rollup "
                + "WHERE account_id = ?", (rs, row) -> new RollupDelta(rs.getLong(1), rs.getLong(2), rs.getLong(3)), accountId);
    }

    public void addToOwn(UUID accountId, RollupDelta delta) {
        if (!delta.isZero()) {
            counts.update(pending -> pending.addOwn(accountId, delta));
        }
    }

    /** Adds the delta to the account's own counts and to the rollups of the account and its ancestors. */
    public void addAlongPath(HierarchyPath path, RollupDelta delta) {
        addToOwn(path.ids().get(path.ids().size() - 1), delta);
        addToRollups(path.ids(), delta);
    }

    /** Adds the delta to the rollup of each given account (an ancestor path, typically). */
    public void addToRollups(List<UUID> accountIds, RollupDelta delta) {
        if (accountIds.isEmpty() || delta.isZero()) {
            return;
        }
        counts.update(pending -> accountIds.forEach(id -> pending.addRollup(id, delta)));
    }


    /** The registrable domain lead matching compares websites and email addresses by. */
    static String websiteDomain(String website) {
        return website == null ? null : Websites.domainOf(website).map(Domains::registrable).orElse(null);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
