package io.kontor.query.map;

import io.kontor.api.map.AccountMap;
import io.kontor.api.map.MapAccount;
import io.kontor.api.map.MapEdge;
import io.kontor.api.map.MapNode;
import io.kontor.api.opportunity.Coverage;
import io.kontor.api.opportunity.Stakeholder;
import io.kontor.api.opportunity.StakeholderRole;
import io.kontor.api.relationship.RelationshipType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names with quotes, angle brackets, ampersands, Cyrillic and Polish letters come out of both exports
 * as written: GraphML parses back to the same strings, Mermaid labels carry entity codes for the
 * characters that would end or mark up a label and nothing else.
 */
class MapExportTest {

    private static final String TRICKY = "Zakład \"Łódź\" <Nord> & Söhne #1";
    private static final String CYRILLIC = "ООО «Ромашка»";

    private final UUID plant = UUID.randomUUID();
    private final UUID elsewhere = UUID.randomUUID();
    private final UUID anna = UUID.randomUUID();
    private final UUID irina = UUID.randomUUID();

    private AccountMap map() {
        List<MapNode> nodes = List.of(
                Onion.node(new MapReader.Person(anna, plant, "Anna \"Ania\"", "Wiśniewska-Żak", "CFO <Finance> & HR"),
                        new Stakeholder(anna, StakeholderRole.DECISION_MAKER, List.of(), 5, 4, 1, Coverage.MULTIPLE, null)),
                Onion.node(new MapReader.Person(irina, plant, "Ирина", "Смирнова", "Закупки\tи склад"), null));
        List<MapEdge> edges = List.of(
                new MapEdge(UUID.randomUUID(), irina, anna, RelationshipType.ADVISES, 4, -1, LocalDate.of(2026, 1, 2), null,
                        "Says \"no\" to <everything> & more"),
                new MapEdge(UUID.randomUUID(), anna, elsewhere, RelationshipType.FORMER_EMPLOYEE_OF, 3, 0,
                        LocalDate.of(2020, 1, 1), null, null));
        List<MapAccount> accounts = new ArrayList<>(List.of(new MapAccount(plant, TRICKY, null, "OPEN", true),
                new MapAccount(elsewhere, CYRILLIC, null, "OPEN", false)));
        return new AccountMap(plant, plant, null, null, accounts, nodes, edges, List.of(), null);
    }

    @Test
    void graphmlParsesBackToTheExactNamesAndRelationships() throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(GraphmlExport.of(map()).getBytes(StandardCharsets.UTF_8)));

        assertThat(data(document, "node-label")).containsExactlyInAnyOrder("Anna \"Ania\" Wiśniewska-Żak", "Ирина Смирнова",
                CYRILLIC);
        assertThat(data(document, "node-accountName")).containsOnly(TRICKY);
        assertThat(data(document, "node-jobTitle")).containsExactlyInAnyOrder("CFO <Finance> & HR", "Закупки\tи склад");
        assertThat(data(document, "edge-note")).containsExactly("Says \"no\" to <everything> & more");
        NodeList edges = document.getElementsByTagName("edge");
        assertThat(((Element) edges.item(0)).getAttribute("source")).isEqualTo(irina.toString());
        assertThat(((Element) edges.item(1)).getAttribute("target")).isEqualTo(elsewhere.toString());
    }

    @Test
    void mermaidLabelsEscapeWhatWouldBreakThemAndKeepEveryLetter() {
        String mermaid = MermaidExport.of(map());

        assertThat(mermaid).startsWith("flowchart LR\n")
                .contains("[\"Zakład #quot;Łódź#quot; #lt;Nord#gt; #amp; Söhne #35;1\"]")
                .contains("[\"Anna #quot;Ania#quot; Wiśniewska-Żak<br/>CFO #lt;Finance#gt; #amp; HR<br/>DECISION_MAKER · MANAGE_CLOSELY\"]")
                .contains("[\"Ирина Смирнова<br/>Закупки и склад\"]")
                .contains("[[\"ООО «Ромашка»\"]]")
                .contains("-->|\"ADVISES 4 (-1)\"| c" + anna.toString().replace("-", ""))
                .contains("-.->|\"FORMER_EMPLOYEE_OF 3\"| x" + elsewhere.toString().replace("-", ""));
        assertThat(mermaid.lines().filter(line -> line.contains("\"")))
                .as("every quote inside a label is escaped: labels open and close in pairs")
                .allSatisfy(line -> assertThat(line.chars().filter(c -> c == '"').count() % 2).isZero());
    }

    private static List<String> data(Document document, String key) {
        List<String> values = new ArrayList<>();
        NodeList data = document.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            Element element = (Element) data.item(i);
            if (element.getAttribute("key").equals(key)) {
                values.add(element.getTextContent());
            }
        }
        return values;
    }
}
