package io.kontor.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;
import java.util.TreeMap;

/** A read model's {@code external_ids} column: the record's ids in other systems as a JSON object, source to id. */
public final class ExternalIdsColumn {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    private ExternalIdsColumn() {
    }

    public static String write(Map<String, String> externalIds) {
        if (externalIds == null || externalIds.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(externalIds));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> read(String column) {
        if (column == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(column, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable external_ids " + column, e);
        }
    }
}
