package io.kontor.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Kontor's JSON serializer for events and snapshots with the personal fields encrypted: what is stored
 * (events, snapshots, dead letters) holds a person's data only under their key, and what is read holds it
 * in plain text again, or "[erased]". Aggregates, projections and the audit API never notice. Objects of
 * a type without personal data take the plain path, at no cost.
 */
public final class PersonalDataSerializer implements Serializer {

    private final JacksonSerializer json;
    private final PersonalDataCodec codec;

    public PersonalDataSerializer(JacksonSerializer json, PersonalDataCodec codec) {
        this.json = json;
        this.codec = codec;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !codec.protects(object.getClass())) {
            return json.serialize(object, expectedRepresentation);
        }
        JsonNode tree = json.getObjectMapper().valueToTree(object);
        codec.seal(tree, object.getClass());
        SerializedObject<JsonNode> sealed = new SimpleSerializedObject<>(tree, JsonNode.class, json.typeForClass(object.getClass()));
        return json.getConverter().convert(sealed, expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = json.classForType(serializedObject.getType());
        if (!codec.protects(type)) {
            return json.deserialize(serializedObject);
        }
        JsonNode tree = json.getConverter().convert(serializedObject, JsonNode.class).getData();
        if (serializedObject.getData() instanceof JsonNode) {
            // An upcaster's tree may be read again; decrypt a copy of it.
            tree = tree.deepCopy();
        }
        codec.open(tree, type);
        return json.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return json.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return json.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return json.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return json.getConverter();
    }
}
