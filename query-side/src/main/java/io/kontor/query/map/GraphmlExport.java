package io.kontor.query.map;

import io.kontor.api.map.AccountMap;
import io.kontor.api.map.MapAccount;
import io.kontor.api.map.MapEdge;
import io.kontor.api.map.MapNode;
import io.kontor.api.opportunity.StakeholderRole;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The map as GraphML (opens in yEd and Gephi): people and former employers as nodes with a {@code label}
 * and their attributes, relationships as directed edges. Written by the JDK's XML writer, which escapes
 * markup in names and notes; characters XML 1.0 cannot carry (control characters) become spaces.
 */
final class GraphmlExport {

    static final String MEDIA_TYPE = "application/graphml+xml";
    private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String[][] NODE_KEYS = {{"label", "string"}, {"kind", "string"}, {"accountId", "string"},
            {"accountName", "string"}, {"jobTitle", "string"}, {"roles", "string"}, {"influence", "int"}, {"interest", "int"},
            {"attitude", "int"}, {"coverage", "string"}, {"raci", "string"}, {"quadrant", "string"}, {"ring", "int"}};
    private static final String[][] EDGE_KEYS = {{"type", "string"}, {"strength", "int"}, {"sentiment", "int"},
            {"validFrom", "string"}, {"validTo", "string"}, {"note", "string"}};

    private GraphmlExport() {
    }

    static String of(AccountMap map) {
        Map<UUID, String> accountNames = map.accounts().stream().collect(Collectors.toMap(MapAccount::id, MapAccount::name));
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NAMESPACE);
            keys(xml, "node", NODE_KEYS);
            keys(xml, "edge", EDGE_KEYS);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "account-map-" + map.headquartersId());
            xml.writeAttribute("edgedefault", "directed");
            for (MapNode node : map.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.contactId().toString());
                data(xml, "node", "label", node.firstName() + " " + node.lastName());
                data(xml, "node", "kind", "contact");
                data(xml, "node", "accountId", node.accountId());
                data(xml, "node", "accountName", accountNames.get(node.accountId()));
                data(xml, "node", "jobTitle", node.jobTitle());
                if (node.hasSeat()) {
                    data(xml, "node", "roles", node.roles().stream().map(StakeholderRole::name).collect(Collectors.joining(",")));
                    data(xml, "node", "influence", node.influence());
                    data(xml, "node", "interest", node.interest());
                    data(xml, "node", "attitude", node.attitude());
                    data(xml, "node", "coverage", node.coverage());
                    data(xml, "node", "raci", node.raci());
                    data(xml, "node", "quadrant", node.quadrant());
                }
                data(xml, "node", "ring", node.ring());
                xml.writeEndElement();
            }
            for (MapAccount account : map.accounts()) {
                if (map.edges().stream().anyMatch(edge -> edge.type().pointsAtAccount() && edge.to().equals(account.id()))) {
                    xml.writeStartElement("node");
                    xml.writeAttribute("id", account.id().toString());
                    data(xml, "node", "label", account.name());
                    data(xml, "node", "kind", "account");
                    xml.writeEndElement();
                }
            }
            for (MapEdge edge : map.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", edge.id().toString());
                xml.writeAttribute("source", edge.from().toString());
                xml.writeAttribute("target", edge.to().toString());
                data(xml, "edge", "type", edge.type());
                data(xml, "edge", "strength", edge.strength());
                data(xml, "edge", "sentiment", edge.sentiment());
                data(xml, "edge", "validFrom", edge.validFrom());
                data(xml, "edge", "validTo", edge.validTo());
                data(xml, "edge", "note", edge.note());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing GraphML failed", e);
        }
        return text.toString();
    }

    private static void keys(XMLStreamWriter xml, String domain, String[][] keys) throws XMLStreamException {
        for (String[] key : keys) {
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", domain + "-" + key[0]);
            xml.writeAttribute("for", domain);
            xml.writeAttribute("attr.name", key[0]);
            xml.writeAttribute("attr.type", key[1]);
        }
    }

    private static void data(XMLStreamWriter xml, String domain, String key, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", domain + "-" + key);
        xml.writeCharacters(printable(value.toString()));
        xml.writeEndElement();
    }

    private static String printable(String text) {
        return text.codePoints().map(c -> Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
