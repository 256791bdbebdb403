package io.kontor.command.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontor.imports.record.RecordKey;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The external-id claims a chunk works with: which Kontor record each source id names, and what the last
 * import said about it. Read in a few batched queries per chunk; records the chunk creates or updates are
 * noted here so later rows of the chunk see them.
 */
final class ClaimCache {

    /** A claimed id: the Kontor record, and the values the last import gave it (null if none did). */
    record Claim(UUID aggregateId, Map<String, String> values) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
    };
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final Map<RecordKey, Optional<Claim>> known = new HashMap<>();

    ClaimCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void prefetch(Collection<RecordKey> keys) {
        Map<List<String>, List<RecordKey>> groups = keys.stream().filter(key -> key != null && !known.containsKey(key))
                .distinct().collect(Collectors.groupingBy(key -> List.of(key.namespace(), key.type().name())));
        groups.forEach((group, members) -> {
            for (int from = 0; from < members.size(); from += BATCH) {
                List<RecordKey> batch = members.subList(from, Math.min(members.size(), from + BATCH));
                batch.forEach(key -> known.put(key, Optional.empty()));
                Map<String, RecordKey> byId = batch.stream().collect(Collectors.toMap(RecordKey::id, key -> key, (a, b) -> a));
                List<Object> arguments = new ArrayList<>(List.of(group.get(0), group.get(1)));
                arguments.addAll(byId.keySet());
                jdbc.query("SELECT external_id, aggregate_id, imported_values FROM external_id_claim WHERE source = ? AND "
                                + "record_type = ? AND external_id IN (" + String.join(", ", Collections.nCopies(byId.size(), "?")) + ")",
                        rs -> {
                            known.put(byId.get(rs.getString(1)), Optional.of(new Claim(rs.getObject(2, UUID.class),
                                    read(rs.getString(3)))));
                        }, arguments.toArray());
            }
        });
    }

    Optional<Claim> get(RecordKey key) {
        if (!known.containsKey(key)) {
            prefetch(List.of(key));
        }
        return known.get(key);
    }

    void put(RecordKey key, Claim claim) {
        known.put(key, Optional.of(claim));
    }

    static String write(Map<String, String> values) {
        try {
            return values == null ? null : JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> read(String json) {
        try {
            return json == null ? null : JSON.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable imported values " + json, e);
        }
    }
}
