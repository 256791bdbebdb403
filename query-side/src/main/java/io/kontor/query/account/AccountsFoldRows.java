package io.kontor.query.account;

import io.kontor.api.account.AccountProfile;
import io.kontor.api.common.CompanyNames;
import io.kontor.api.common.SearchText;
import io.kontor.api.opportunity.OpportunityStatus;
import io.kontor.query.account.AccountsFold.FoldedAccount;
import io.kontor.query.account.OpportunityFacts.Fact;
import io.kontor.query.figures.Contribution;
import io.kontor.query.projection.ExternalIdsColumn;
import io.kontor.query.readmodel.BulkRows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The rows of a folded accounts read model: paths from the headquarters down, parents before children,
 * then own figures summed into rollups children before parents, so every account is visited twice
 * whatever the depth of its tree and however often it moved.
 */
final class AccountsFoldRows {

    private static final List<String> VIEW = List.of("id", "name", "search_name", "name_key", "kind", "status", "parent_id",
            "industry", "country", "region", "website", "website_domain", "debtor_number", "employees", "owner_id", "opened_at",
            "closed_at", "close_reason", "external_ids", "version");
    private static final List<String> TREE = List.of("account_id", "headquarters_id", "path", "depth");
    private static final List<String> ROLLUP = List.of("account_id", "own_accounts", "rollup_accounts", "own_contacts",
            "rollup_contacts", "own_open_opportunities", "rollup_open_opportunities");
    private static final List<String> MONEY = List.of("account_id", "currency", "own_open", "own_pipeline", "own_weighted",
            "own_won_count", "own_won", "rollup_open", "rollup_pipeline", "rollup_weighted", "rollup_won_count", "rollup_won");
    private static final List<String> FACT = List.of("opportunity_id", "account_id", "status", "stage", "amount", "currency",
            "probability", "version");
    private static final List<String> CONTACT = List.of("contact_id", "account_id", "version");

    private final AccountsFold fold;
    private final Map<UUID, Figures> figures = new HashMap<>();

    AccountsFoldRows(AccountsFold fold) {
        this.fold = fold;
    }

    /** Counts and money of one account: its own, and its subtree's. */
    private static final class Figures {
        long ownAccounts;
        long ownContacts;
        long ownOpen;
        final long[] rollup = new long[3];
        final Map<String, Contribution> ownMoney = new TreeMap<>();
        final Map<String, Contribution> rollupMoney = new TreeMap<>();
    }

    void writeTo(BulkRows rows) {
        fold.accounts.values().forEach(account -> figures.put(account.id, new Figures()));
        ownFigures(rows);
        List<FoldedAccount> topDown = topDown();
        Map<UUID, HierarchyPath> paths = new HashMap<>();
        for (FoldedAccount account : topDown) {
            HierarchyPath parent = account.parentId == null ? null : paths.get(account.parentId);
            HierarchyPath path = parent == null ? HierarchyPath.root(account.id) : parent.child(account.id);
            paths.put(account.id, path);
            rows.add("account_view", VIEW, view(account));
            rows.add("account_tree", TREE, new Object[]{account.id, path.headquarters(), path.value(), path.depth()});
        }
        for (int i = topDown.size() - 1; i >= 0; i--) {
            FoldedAccount account = topDown.get(i);
            Figures own = figures.get(account.id);
            own.rollup[0] += own.ownAccounts;
            own.rollup[1] += own.ownContacts;
            own.rollup[2] += own.ownOpen;
            own.ownMoney.forEach((currency, money) -> own.rollupMoney.merge(currency, money, Contribution::plus));
            Figures parent = account.parentId == null ? null : figures.get(account.parentId);
            if (parent != null) {
                for (int k = 0; k < 3; k++) {
                    parent.rollup[k] += own.rollup[k];
                }
                own.rollupMoney.forEach((currency, money) -> parent.rollupMoney.merge(currency, money, Contribution::plus));
            }
            rows.add("account_rollup", ROLLUP, account.id, own.ownAccounts, own.rollup[0], own.ownContacts, own.rollup[1],
                    own.ownOpen, own.rollup[2]);
            money(rows, account.id, own);
        }
    }

    /** Own figures: the account itself while open, the contacts on it, the opportunities on it. */
    private void ownFigures(BulkRows rows) {
        fold.accounts.values().forEach(account -> figures.get(account.id).ownAccounts = account.open ? 1 : 0);
        fold.contacts.forEach((contactId, contact) -> {
            rows.add("hierarchy_contact", CONTACT, contactId, contact.accountId, contact.version);
            Figures at = figures.get(contact.accountId);
            if (at != null) {
                at.ownContacts++;
            }
        });
        for (Fact fact : fold.facts.values()) {
            rows.add("hierarchy_opportunity", FACT, fact.opportunityId(), fact.accountId(), fact.status().name(),
                    fact.stage().name(), fact.amount(), fact.currency(), fact.probability(), fact.version());
            Figures at = figures.get(fact.accountId());
            if (at != null) {
                at.ownOpen += fact.status() == OpportunityStatus.OPEN ? 1 : 0;
                Contribution contribution = fact.contribution();
                if (!contribution.isZero()) {
                    at.ownMoney.merge(fact.currency(), contribution, Contribution::plus);
                }
            }
        }
    }

    private void money(BulkRows rows, UUID accountId, Figures figures) {
        Map<String, Contribution> currencies = new TreeMap<>(figures.rollupMoney);
        figures.ownMoney.forEach(currencies::putIfAbsent);
        currencies.keySet().forEach(currency -> {
            Contribution own = figures.ownMoney.getOrDefault(currency, Contribution.none(currency));
            Contribution rollup = figures.rollupMoney.getOrDefault(currency, Contribution.none(currency));
            if (!own.isZero() || !rollup.isZero()) {
                rows.add("account_money", MONEY, accountId, currency, own.open(), own.pipeline(), own.weighted(),
                        own.wonCount(), own.won(), rollup.open(), rollup.pipeline(), rollup.weighted(), rollup.wonCount(),
                        rollup.won());
            }
        });
    }

    /** Every account, each after its parent: headquarters first, then level by level. */
    private List<FoldedAccount> topDown() {
        Map<UUID, List<FoldedAccount>> children = new HashMap<>();
        List<FoldedAccount> order = new ArrayList<>();
        for (FoldedAccount account : fold.accounts.values()) {
            if (account.parentId == null || !fold.accounts.containsKey(account.parentId)) {
                order.add(account);
            } else {
                children.computeIfAbsent(account.parentId, id -> new ArrayList<>()).add(account);
            }
        }
        for (int i = 0; i < order.size(); i++) {
            order.addAll(children.getOrDefault(order.get(i).id, List.of()));
        }
        return order;
    }

    private static Object[] view(FoldedAccount account) {
        AccountProfile profile = account.profile;
        return new Object[]{account.id, profile.name(), SearchText.fold(profile.name()), CompanyNames.key(profile.name()),
                profile.kind().name(), account.open ? "OPEN" : "CLOSED", account.parentId, profile.industry(), profile.country(), profile.region(), profile.website(),
                AccountHierarchyStore.websiteDomain(profile.website()), profile.debtorNumber(), profile.employees(), account.ownerId,
                utc(account.openedAt), utc(account.closedAt), account.closeReason, ExternalIdsColumn.write(account.externalIds),
                account.version};
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
