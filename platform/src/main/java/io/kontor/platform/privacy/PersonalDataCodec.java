package io.kontor.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kontor.api.common.PersonalData;

import javax.crypto.SecretKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Encrypts and decrypts the personal fields of a message's JSON, in place, with its person's key. A
 * sealed field is stored as {@code {"$pd": "<base64>"}}: no text value looks like that, so a plaintext
 * value (an event from before encryption) is told apart without a guess. What reads an erased person's
 * fields gets {@value PersonalData#ERASED}; what writes them (a dead letter, a snapshot of an aggregate
 * loaded before the erasure) writes {@value PersonalData#ERASED} too, never the value it still holds.
 */
public final class PersonalDataCodec {

    static final String SEALED = "$pd";

    private final SubjectKeys keys;

    public PersonalDataCodec(SubjectKeys keys) {
        this.keys = keys;
    }

    /** True if objects of this type carry personal data. */
    public boolean protects(Class<?> type) {
        return !PersonalFields.of(type).isEmpty();
    }

    /** Encrypts every personal text field of {@code tree}, a serialized {@code type}; true if any was plain text. */
    public boolean seal(JsonNode tree, Class<?> type) {
        PersonalFields fields = PersonalFields.of(type);
        if (fields.isEmpty()) {
            return false;
        }
        PersonKey key = new PersonKey(tree, fields, true);
        return rewrite(tree, fields, (field, value) -> {
            if (!value.isTextual()) {
                return null;
            }
            return key.get().map(k -> (JsonNode) sealed(k, field, value.textValue())).orElse(TextNode.valueOf(PersonalData.ERASED));
        });
    }

    /** Decrypts every personal field of {@code tree}; an erased person's fields become "[erased]". */
    public void open(JsonNode tree, Class<?> type) {
        PersonalFields fields = PersonalFields.of(type);
        if (fields.isEmpty()) {
            return;
        }
        PersonKey key = new PersonKey(tree, fields, false);
        rewrite(tree, fields, (field, value) -> {
            if (value.isObject() && value.has(SEALED)) {
                return TextNode.valueOf(key.get().map(k -> FieldCipher.open(k, field, Base64.getDecoder()
                        .decode(value.get(SEALED).asText()))).orElse(PersonalData.ERASED));
            }
            // Plain text written before encryption: shown unless the person has been erased since.
            return value.isTextual() && keys.isErased(key.subject()) ? TextNode.valueOf(PersonalData.ERASED) : null;
        });
    }

    private static ObjectNode sealed(SecretKey key, String field, String plaintext) {
        ObjectNode sealed = JsonNodeFactory.instance.objectNode();
        sealed.put(SEALED, Base64.getEncoder().encodeToString(FieldCipher.seal(key, field, plaintext)));
        return sealed;
    }

    /** The person's key, looked up once and only when a field needs it. */
    private final class PersonKey {

        private final JsonNode tree;
        private final PersonalFields fields;
        private final boolean forWriting;
        private Optional<SecretKey> key;

        PersonKey(JsonNode tree, PersonalFields fields, boolean forWriting) {
            this.tree = tree;
            this.fields = fields;
            this.forWriting = forWriting;
        }

        UUID subject() {
            JsonNode id = tree.get(fields.subjectField());
            if (id == null || !id.isTextual()) {
                throw new IllegalStateException("personal data without the id of its person (" + fields.subjectField() + ")");
            }
            return UUID.fromString(id.textValue());
        }

        Optional<SecretKey> get() {
            if (key == null) {
                key = forWriting ? keys.forWriting(subject()) : keys.forReading(subject());
            }
            return key;
        }
    }

    /**
     * Replaces each non-null value at the personal paths by what {@code change} returns for it (the field's
     * name and value), unless it returns null; true if anything was replaced.
     */
    private static boolean rewrite(JsonNode tree, PersonalFields fields, BiFunction<String, JsonNode, JsonNode> change) {
        boolean changed = false;
        for (List<String> path : fields.paths()) {
            changed |= rewrite(tree, path, 0, change);
        }
        return changed;
    }

    private static boolean rewrite(JsonNode node, List<String> path, int step, BiFunction<String, JsonNode, JsonNode> change) {
        if (node == null || node.isNull()) {
            return false;
        }
        String name = path.get(step);
        boolean last = step == path.size() - 1;
        boolean changed = false;
        if (PersonalFields.EACH.equals(name) || PersonalFields.VALUES.equals(name)) {
            for (JsonNode child : node) {
                changed |= rewrite(child, path, step + 1, change);
            }
            return changed;
        }
        if (!(node instanceof ObjectNode object)) {
            return false;
        }
        JsonNode value = object.get(name);
        if (!last) {
            return rewrite(value, path, step + 1, change);
        }
        if (value == null || value.isNull()) {
            return false;
        }
        JsonNode replacement = change.apply(name, value);
        if (replacement != null) {
            object.set(name, replacement);
            return true;
        }
        return false;
    }
}
