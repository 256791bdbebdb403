package io.kontor.query.map;

import io.kontor.api.map.AccountMap;
import io.kontor.api.map.MapAccount;
import io.kontor.api.map.MapEdge;
import io.kontor.api.map.MapNode;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.api.relationship.RelationshipType;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The map as a Mermaid flowchart: a subgraph per account of the hierarchy holding its people, former
 * employers as separate nodes, one arrow per relationship, people styled by onion ring. Every label is
 * quoted and written with Mermaid's entity codes for the characters that would end or mark it up
 * ({@code " < > & # `}), so any name (Zakład "Łódź" & Söhne, ООО «Ромашка») renders as written.
 */
final class MermaidExport {

    static final String MEDIA_TYPE = "text/vnd.mermaid";

    private MermaidExport() {
    }

    static String of(AccountMap map) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (MapAccount account : map.accounts()) {
            if (!account.inHierarchy()) {
                out.append("    ").append(id("x", account.id())).append("[[\"").append(label(account.name())).append("\"]]\n");
                continue;
            }
            List<MapNode> people = map.nodes().stream().filter(node -> node.accountId().equals(account.id())).toList();
            out.append("    subgraph ").append(id("a", account.id())).append(" [\"").append(label(account.name())).append("\"]\n");
            for (MapNode node : people) {
                out.append("        ").append(id("c", node.contactId())).append("[\"").append(nodeLabel(node)).append("\"]\n");
            }
            out.append("    end\n");
        }
        Set<UUID> hierarchy = map.accounts().stream().filter(MapAccount::inHierarchy).map(MapAccount::id).collect(Collectors.toSet());
        for (MapEdge edge : map.edges()) {
            // A former employer inside the hierarchy is its subgraph; one elsewhere is a node of its own.
            String target = !edge.type().pointsAtAccount() ? id("c", edge.to())
                    : id(hierarchy.contains(edge.to()) ? "a" : "x", edge.to());
            out.append("    ").append(id("c", edge.from())).append(' ').append(arrow(edge.type())).append("|\"")
                    .append(label(edge.type() + " " + edge.strength() + (edge.sentiment() != 0 ? " (" + signed(edge.sentiment()) + ")" : "")))
                    .append("\"| ").append(target).append('\n');
        }
        out.append("    classDef ring1 fill:#c0392b,color:#fff\n    classDef ring2 fill:#e67e22,color:#fff\n")
                .append("    classDef ring3 fill:#f1c40f\n    classDef ring4 fill:#ecf0f1\n");
        for (int ring = 1; ring <= Onion.OUTSIDE; ring++) {
            int current = ring;
            String members = map.nodes().stream().filter(node -> node.ring() == current).map(node -> id("c", node.contactId()))
                    .collect(Collectors.joining(","));
            if (!members.isEmpty()) {
                out.append("    class ").append(members).append(" ring").append(ring).append('\n');
            }
        }
        return out.toString();
    }

    private static String nodeLabel(MapNode node) {
        StringBuilder text = new StringBuilder(label(node.firstName() + " " + node.lastName()));
        if (node.jobTitle() != null) {
            text.append("<br/>").append(label(node.jobTitle()));
        }
        if (node.hasSeat()) {
            text.append("<br/>").append(node.roles().stream().map(StakeholderRole::name).collect(Collectors.joining(", ")))
                    .append(" · ").append(node.quadrant());
        }
        return text.toString();
    }

    private static String arrow(RelationshipType type) {
        return switch (type) {
            case REPORTS_TO -> "==>";
            case DOTTED_LINE, FORMER_EMPLOYEE_OF -> "-.->";
            case BLOCKS -> "--x";
            default -> "-->";
        };
    }

    private static String signed(int sentiment) {
        return sentiment > 0 ? "+" + sentiment : Integer.toString(sentiment);
    }

    private static String id(String prefix, UUID id) {
        return prefix + id.toString().replace("-", "");
    }

    /** Text inside a quoted Mermaid label: markup characters as entity codes, control characters as spaces. */
    static String label(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '#' -> out.append("#35;");
                case '`' -> out.append("#96;");
                default -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
            }
        });
        return out.toString();
    }
}
