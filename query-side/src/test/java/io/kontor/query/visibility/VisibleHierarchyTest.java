package io.kontor.query.visibility;

import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountStatus;
import io.kontor.api.account.Figures;
import io.kontor.api.account.HierarchyNode;
import io.kontor.api.common.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Group → Plant (invisible) → Office, Lab; Group → Branch; Branch → Depot (invisible). The user sees Group, Office,
 * Lab and Branch: the office and the lab hang under the group, and every rollup adds up what is shown.
 */
class VisibleHierarchyTest {

    private final HierarchyNode office = leaf("Office", 2, "100.00");
    private final HierarchyNode lab = leaf("Lab", 0, "50.00");
    private final HierarchyNode plant = node("Plant", 5, "9000.00", office, lab);
    private final HierarchyNode depot = leaf("Depot", 7, "7000.00");
    private final HierarchyNode branch = node("Branch", 1, null, depot);
    private final HierarchyNode group = node("Group", 1, "10.00", plant, branch);
    private final Set<UUID> visible = Set.of(group.id(), office.id(), lab.id(), branch.id());

    @Test
    void invisibleAccountsAreLeftOutAndTheirVisibleDescendantsHangUnderTheNearestVisibleAncestor() {
        HierarchyNode shown = VisibleHierarchy.project(group, this::visibleAmong, null);
        assertThat(shown.children()).extracting(HierarchyNode::name).containsExactly("Branch", "Lab", "Office");
        assertThat(shown.children().get(0).children()).as("the depot is left out").isEmpty();
    }

    @Test
    void rollupsAddUpOnlyWhatTheUserMaySee() {
        HierarchyNode shown = VisibleHierarchy.project(group, this::visibleAmong, null);
        assertThat(shown.rollup().accounts()).isEqualTo(4);
        assertThat(shown.rollup().contacts()).isEqualTo(1 + 2 + 0 + 1);
        assertThat(shown.rollup().pipeline()).containsExactly(new Money(new BigDecimal("160.00"), "EUR"));
        assertThat(shown.own()).isEqualTo(group.own());
    }

    @Test
    void maxDepthCountsVisibleLevels() {
        HierarchyNode shown = VisibleHierarchy.project(group, this::visibleAmong, 0);
        assertThat(shown.children()).isEmpty();
        assertThat(shown.rollup().accounts()).as("the rollup still covers the whole visible subtree").isEqualTo(4);
        assertThat(VisibleHierarchy.project(group, this::visibleAmong, 1).children()).hasSize(3);
    }

    private Set<UUID> visibleAmong(java.util.Collection<UUID> ids) {
        return ids.stream().filter(visible::contains).collect(Collectors.toSet());
    }

    private static HierarchyNode leaf(String name, long contacts, String pipeline) {
        return node(name, contacts, pipeline);
    }

    /** A node whose rollup is deliberately wrong: the projection must recompute it from own figures. */
    private static HierarchyNode node(String name, long contacts, String pipeline, HierarchyNode... children) {
        List<Money> money = pipeline == null ? List.of() : List.of(new Money(new BigDecimal(pipeline), "EUR"));
        Figures own = new Figures(1, contacts, money.size(), money, money, List.of());
        Figures bogus = new Figures(999, 999, 999, List.of(), List.of(), List.of());
        return new HierarchyNode(UUID.randomUUID(), name, AccountKind.COMPANY, AccountStatus.OPEN, own, bogus, List.of(children));
    }
}
