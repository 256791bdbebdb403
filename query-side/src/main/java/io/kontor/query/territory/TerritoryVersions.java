package io.kontor.query.territory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontor.api.territory.TerritoryCondition;
import io.kontor.api.territory.TerritoryEvent;
import io.kontor.api.territory.TerritoryMatch;
import io.kontor.api.territory.TerritoryRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The {@code territory_version} table: one row per version of a territory, with the period it is in effect. */
final class TerritoryVersions {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<TerritoryCondition>> CONDITIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };
    static final String COLUMNS = "territory_id, version, name, parent_id, priority, rule_match, rules, owner_id, members, "
            + "valid_from, valid_to";
    static final RowMapper<TerritoryVersionRow> ROW = (rs, row) -> new TerritoryVersionRow(
            rs.getObject("territory_id", UUID.class), rs.getInt("version"), rs.getString("name"),
            rs.getObject("parent_id", UUID.class), rs.getInt("priority"),
            new TerritoryRules(TerritoryMatch.valueOf(rs.getString("rule_match")), read(rs.getString("rules"), CONDITIONS)),
            rs.getObject("owner_id", UUID.class), read(rs.getString("members"), NAMES),
            instant(rs.getObject("valid_from", OffsetDateTime.class)), instant(rs.getObject("valid_to", OffsetDateTime.class)));

    private final JdbcTemplate jdbc;

    TerritoryVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the version unless it is already there; false if it was. */
    boolean start(TerritoryEvent event) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM territory_version WHERE territory_id = ? AND version = ?",
                Integer.class, event.territoryId(), event.version());
        if (known != null && known > 0) {
            return false;
        }
        OffsetDateTime from = utc(micros(event.effectiveFrom()));
        jdbc.update("UPDATE territory_version SET valid_to = ? WHERE territory_id = ? AND version = ?",
                from, event.territoryId(), event.version() - 1);
        var definition = event.definition();
        jdbc.update("INSERT INTO territory_version (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                event.territoryId(), event.version(), definition.name(), definition.parentId(), definition.priority(),
                definition.rules().match().name(), write(definition.rules().conditions()), definition.ownerId(),
                write(definition.members()), from);
        return true;
    }

    /** Every version in effect at some point from {@code from} on. */
    TerritoryTimeline from(Instant from) {
        return new TerritoryTimeline(from, jdbc.query("SELECT " + COLUMNS + " FROM territory_version "
                + "WHERE valid_to IS NULL OR valid_to > ?", ROW, utc(from)));
    }

    /** The tree in effect at {@code instant}. */
    TerritoryTree at(Instant instant) {
        return new TerritoryTree(jdbc.query("SELECT " + COLUMNS + " FROM territory_version "
                + "WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)", ROW, utc(instant), utc(instant)));
    }

    List<TerritoryVersionRow> history(UUID territoryId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM territory_version WHERE territory_id = ? ORDER BY version", ROW,
                territoryId);
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
