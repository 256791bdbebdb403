package io.kontor.imports.salesforce;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.kontor.imports.record.ImportRecord;
import io.kontor.imports.record.RecordType;
import io.kontor.imports.record.SourcePosition;
import io.kontor.imports.record.SourceRow;
import io.kontor.imports.text.Dialect;
import io.kontor.imports.text.UnreadableFileException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An sfdx tree file ({@code sf data export tree}): {@code {"records": [...]}}, each record with
 * {@code attributes} ({@code type}, {@code referenceId}), its fields, and its children nested under
 * relationship names ({@code ChildAccounts}, {@code Contacts}, {@code Opportunities},
 * {@code OpportunityContactRoles}) to any depth. A nested child's link to its parent is implied by the
 * nesting; with {@code --plan} the export writes it as an {@code @AccountRef1} reference instead, possibly
 * to a record of another file (imported earlier). The export leaves record ids out, so the reference id
 * is a record's identity unless the record has an {@code Id}.
 */
final class SfdxTree {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<String, RecordType> TYPES = Map.of("account", RecordType.ACCOUNT, "contact", RecordType.CONTACT,
            "opportunity", RecordType.OPPORTUNITY, "opportunitycontactrole", RecordType.CONTACT_ROLE, "lead", RecordType.LEAD);

    /** A JSON object with the line it starts on; values are text, nested nodes or lists. */
    private record Node(int line, Map<String, Object> members) {
    }

    private final String file;
    private final SalesforceObjects objects;
    private final Consumer<ImportRecord> records;
    private final Map<RecordType, Integer> rows = new EnumMap<>(RecordType.class);

    SfdxTree(String file, SalesforceObjects objects, Consumer<ImportRecord> records) {
        this.file = file;
        this.objects = objects;
        this.records = records;
    }

    Map<RecordType, Integer> read(String text) {
        Object root;
        try (JsonParser parser = JSON.createParser(text)) {
            root = value(parser, parser.nextToken());
        } catch (JsonProcessingException e) {
            throw new UnreadableFileException(file, "not valid JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage() + "; expected an sfdx tree file or a CSV export");
        } catch (IOException e) {
            throw new UnreadableFileException(file, "unreadable: " + e.getMessage());
        }
        if (root instanceof List<?>) {
            throw new UnreadableFileException(file, "this is an sfdx plan file (a list of objects and their files); send "
                    + "the data files it names (such as Account.json, Contact.json) instead");
        }
        if (!(root instanceof Node node) || !(node.members().get("records") instanceof List<?> list)) {
            throw new UnreadableFileException(file, "expected an sfdx tree file: {\"records\": [{\"attributes\": "
                    + "{\"type\": \"Account\", \"referenceId\": \"AccountRef1\"}, \"Name\": ...}]}");
        }
        walk(list, null, null);
        return rows;
    }

    private void walk(List<?> list, RecordType parentType, String parentLink) {
        for (Object item : list) {
            if (item instanceof Node node) {
                record(node, parentType, parentLink);
            }
        }
    }

    private void record(Node node, RecordType parentType, String parentLink) {
        Map<String, String> fields = new HashMap<>();
        Map<String, String> attributes = new HashMap<>();
        Map<String, List<?>> children = new LinkedHashMap<>();
        node.members().forEach((name, value) -> {
            if (value instanceof Node nested && name.equals("attributes")) {
                nested.members().forEach((key, text) -> attributes.put(key.toLowerCase(Locale.ROOT), String.valueOf(text)));
            } else if (value instanceof Node nested && nested.members().get("records") instanceof List<?> list) {
                children.put(name, list);
            } else if (value instanceof String text) {
                fields.put(name.toLowerCase(Locale.ROOT), text);
            }
        });
        SourcePosition at = new SourcePosition(file, node.line());
        String typeName = attributes.getOrDefault("type", "");
        RecordType type = TYPES.get(typeName.toLowerCase(Locale.ROOT));
        if (type == null) {
            objects.log().warning(at, null, "attributes.type", "'" + typeName + "' records are not imported; left out with "
                    + "their nested records");
            return;
        }
        rows.merge(type, 1, Integer::sum);
        String linkField = parentType == null ? null : linkField(parentType, type);
        if (linkField != null && fields.get(linkField.toLowerCase(Locale.ROOT)) == null) {
            fields.put(linkField.toLowerCase(Locale.ROOT), parentLink);
        }
        String reference = attributes.get("referenceid");
        objects.read(type, new SourceRow(at, fields, Dialect.POINT_DECIMAL), reference).ifPresent(records);
        String ownId = fields.get("id");
        String link = ownId != null && !ownId.isBlank() ? ownId : "@" + reference;
        children.values().forEach(list -> walk(list, type, link));
    }

    /** The field by which a record nested under a {@code parent} record points at it. */
    private static String linkField(RecordType parent, RecordType child) {
        return switch (child) {
            case ACCOUNT -> parent == RecordType.ACCOUNT ? "ParentId" : null;
            case CONTACT -> parent == RecordType.ACCOUNT ? "AccountId" : parent == RecordType.CONTACT ? "ReportsToId" : null;
            case OPPORTUNITY -> parent == RecordType.ACCOUNT ? "AccountId" : null;
            case CONTACT_ROLE -> parent == RecordType.OPPORTUNITY ? "OpportunityId" : parent == RecordType.CONTACT ? "ContactId" : null;
            case LEAD -> null;
        };
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_OBJECT -> {
                int line = parser.currentLocation().getLineNr();
                Map<String, Object> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    members.put(name, value(parser, parser.nextToken()));
                }
                yield new Node(line, members);
            }
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    items.add(value(parser, next));
                }
                yield items;
            }
            case VALUE_NULL -> "";
            default -> parser.getText();
        };
    }
}
