package io.kontor.standalone;

import io.kontor.api.opportunity.Stage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A deliberately simple model of accounts, contacts and opportunities: plain maps, and every figure
 * recomputed from scratch by walking the whole model. The service must agree with it.
 */
final class PipelineModel {

    static final class Account {
        String parent;
        boolean open = true;

        Account(String parent) {
            this.parent = parent;
        }
    }

    static final class Opportunity {
        final String account;
        Stage stage;
        BigDecimal amount;
        String currency;
        Integer explicitProbability;
        String status = "OPEN";

        Opportunity(String account, Stage stage, BigDecimal amount, String currency) {
            this.account = account;
            this.stage = stage;
            this.amount = amount;
            this.currency = currency;
        }

        int probability() {
            return switch (status) {
                case "WON" -> 100;
                case "LOST" -> 0;
                default -> explicitProbability != null ? explicitProbability : stage.defaultProbability();
            };
        }
    }

    /** A directed relationship between two people; it ends when asked to or when they no longer share a hierarchy. */
    static final class Relationship {
        final String from;
        final String type;
        final String to;
        boolean current = true;

        Relationship(String from, String type, String to) {
            this.from = from;
            this.type = type;
            this.to = to;
        }
    }

    final Map<String, Account> accounts = new LinkedHashMap<>();
    final Map<String, String> contacts = new LinkedHashMap<>();
    final Map<String, Opportunity> opportunities = new LinkedHashMap<>();
    final Map<String, Relationship> relationships = new LinkedHashMap<>();

    List<String> openAccounts() {
        return accounts.entrySet().stream().filter(entry -> entry.getValue().open).map(Map.Entry::getKey).toList();
    }

    List<String> openOpportunities() {
        return opportunities.entrySet().stream().filter(entry -> entry.getValue().status.equals("OPEN"))
                .map(Map.Entry::getKey).toList();
    }

    String headquartersOf(String account) {
        String current = account;
        while (accounts.get(current).parent != null) {
            current = accounts.get(current).parent;
        }
        return current;
    }

    boolean isInSubtree(String candidate, String root) {
        for (String current = candidate; current != null; current = accounts.get(current).parent) {
            if (current.equals(root)) {
                return true;
            }
        }
        return false;
    }

    boolean hasOpenChildren(String account) {
        return accounts.values().stream().anyMatch(other -> other.open && account.equals(other.parent));
    }

    boolean hasOpenOpportunities(String account) {
        return opportunities.values().stream().anyMatch(o -> o.account.equals(account) && o.status.equals("OPEN"));
    }

    /** The rule a new relationship breaks, in the order the service checks them; {@code null} if it is recorded. */
    String refusalOf(String from, String type, String to) {
        for (Relationship existing : currentRelationships()) {
            if (existing.from.equals(from) && existing.type.equals(type) && existing.to.equals(to)) {
                return "relationship-exists";
            }
            if (existing.from.equals(from) && type.equals("REPORTS_TO") && existing.type.equals("REPORTS_TO")) {
                return "second-manager";
            }
        }
        if (!accounts.get(contacts.get(from)).open || !accounts.get(contacts.get(to)).open) {
            return "account-closed";
        }
        if (!headquartersOf(contacts.get(from)).equals(headquartersOf(contacts.get(to)))) {
            return "relationship-outside-hierarchy";
        }
        if (type.equals("REPORTS_TO") && reportsTo(to, from)) {
            return "reporting-cycle";
        }
        return null;
    }

    private boolean reportsTo(String contact, String manager) {
        for (String current = contact; current != null; current = managerOf(current)) {
            if (current.equals(manager)) {
                return true;
            }
        }
        return false;
    }

    private String managerOf(String contact) {
        return currentRelationships().stream().filter(r -> r.from.equals(contact) && r.type.equals("REPORTS_TO"))
                .map(r -> r.to).findFirst().orElse(null);
    }

    List<Relationship> currentRelationships() {
        return relationships.values().stream().filter(r -> r.current).toList();
    }

    /** After a move or a reassignment: what now joins two hierarchies ends. */
    void endSplitRelationships() {
        for (Relationship relationship : currentRelationships()) {
            if (!headquartersOf(contacts.get(relationship.from)).equals(headquartersOf(contacts.get(relationship.to)))) {
                relationship.current = false;
            }
        }
    }

    /** The map of a headquarters rendered as text: its people, and the current relationships from them. */
    String map(String headquarters) {
        List<String> people = contacts.entrySet().stream().filter(entry -> headquartersOf(entry.getValue()).equals(headquarters))
                .map(Map.Entry::getKey).sorted().toList();
        List<String> edges = currentRelationships().stream().filter(r -> people.contains(r.from))
                .map(r -> r.from + " " + r.type + " " + r.to).sorted().toList();
        return "people " + people + " edges " + edges;
    }

    List<String> headquarters() {
        return accounts.entrySet().stream().filter(entry -> entry.getValue().parent == null).map(Map.Entry::getKey).toList();
    }

    /** The figures of one account alone ({@code subtree} false) or of its whole subtree, rendered as text. */
    String figures(String account, boolean subtree) {
        long accountsCount = 0;
        long contactsCount = 0;
        long open = 0;
        Money pipeline = new Money();
        Money weighted = new Money();
        Money won = new Money();
        for (Map.Entry<String, Account> entry : accounts.entrySet()) {
            String id = entry.getKey();
            if (!(subtree ? isInSubtree(id, account) : id.equals(account))) {
                continue;
            }
            accountsCount += entry.getValue().open ? 1 : 0;
            contactsCount += contacts.values().stream().filter(id::equals).count();
            for (Opportunity opportunity : opportunities.values()) {
                if (!opportunity.account.equals(id)) {
                    continue;
                }
                if (opportunity.status.equals("OPEN")) {
                    open++;
                    pipeline.add(opportunity.currency, opportunity.amount);
                    weighted.add(opportunity.currency, weighted(opportunity));
                } else if (opportunity.status.equals("WON")) {
                    won.add(opportunity.currency, opportunity.amount);
                }
            }
        }
        return "accounts=" + accountsCount + " contacts=" + contactsCount + " open=" + open + " pipeline="
                + pipeline + " weighted=" + weighted + " won=" + won;
    }

    /** A headquarters' pipeline row rendered as text: per stage count, value and weighted value, and totals. */
    String pipelineRow(String headquarters) {
        StringBuilder row = new StringBuilder();
        long total = 0;
        Money totalValue = new Money();
        Money totalWeighted = new Money();
        for (Stage stage : Stage.values()) {
            long count = 0;
            Money value = new Money();
            Money weightedValue = new Money();
            for (Opportunity opportunity : opportunities.values()) {
                if (opportunity.status.equals("OPEN") && opportunity.stage == stage
                        && headquartersOf(opportunity.account).equals(headquarters)) {
                    count++;
                    value.add(opportunity.currency, opportunity.amount);
                    weightedValue.add(opportunity.currency, weighted(opportunity));
                }
            }
            total += count;
            totalValue.addAll(value);
            totalWeighted.addAll(weightedValue);
            row.append(stage).append(':').append(count).append(' ').append(value).append(' ').append(weightedValue).append("; ");
        }
        return row.append("total:").append(total).append(' ').append(totalValue).append(' ').append(totalWeighted).toString();
    }

    boolean hasPipeline(String headquarters) {
        return opportunities.values().stream().anyMatch(o -> o.status.equals("OPEN") && headquartersOf(o.account).equals(headquarters));
    }

    private static BigDecimal weighted(Opportunity opportunity) {
        return opportunity.amount.multiply(BigDecimal.valueOf(opportunity.probability())).divide(BigDecimal.valueOf(100));
    }

    /** Money per currency, summed exactly and shown rounded half-even to the currency, sorted by code. */
    static final class Money {
        private final Map<String, BigDecimal> amounts = new TreeMap<>();

        void add(String currency, BigDecimal amount) {
            amounts.merge(currency, amount, BigDecimal::add);
        }

        void addAll(Money other) {
            other.amounts.forEach(this::add);
        }

        @Override
        public String toString() {
            List<String> shown = new ArrayList<>();
            amounts.forEach((currency, amount) -> shown.add(render(amount, currency)));
            return shown.toString();
        }

        static String render(BigDecimal amount, String currency) {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return amount.setScale(digits, RoundingMode.HALF_EVEN).toPlainString() + " " + currency;
        }
    }
}
