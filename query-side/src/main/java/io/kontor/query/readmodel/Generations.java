package io.kontor.query.readmodel;

import io.kontor.query.readmodel.Generation.State;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The generations of every read model, as recorded in {@code read_model_generation}, and the search
 * path that makes the live ones visible. Every node keeps the live ones in memory and reloads them when
 * a generation changes (here, after a switch; on other nodes when they are asked to await a position).
 */
@Component
public class Generations {

    private static final RowMapper<Generation> ROW = (rs, row) -> new Generation(rs.getString("read_model"),
            rs.getInt("generation"), rs.getString("schema_name"), rs.getString("shape"), State.valueOf(rs.getString("state")),
            rs.getLong("position"), rs.getLong("events_done"), rs.getLong("events_total"), rs.getString("requested_by"),
            instant(rs.getTimestamp("requested_at")), instant(rs.getTimestamp("started_at")),
            instant(rs.getTimestamp("ended_at")), rs.getString("failure"));

    private final JdbcTemplate jdbc;
    private final SearchPath searchPath;
    private final Vendor vendor;
    private volatile Map<String, Generation> live = Map.of();

    public Generations(JdbcTemplate jdbc, SearchPath searchPath) {
        this.jdbc = jdbc;
        this.searchPath = searchPath;
        this.vendor = Vendor.of(jdbc.getDataSource());
        refresh();
    }

    public Vendor vendor() {
        return vendor;
    }

    /**
     * Reloads the live generations and points new connections at them. Synchronized, so a reload that
     * read the table before a switch committed cannot overwrite the switch's own reload after it.
     */
    public synchronized void refresh() {
        Map<String, Generation> found = new TreeMap<>();
        jdbc.query("SELECT * FROM read_model_generation WHERE state = 'LIVE'", ROW).forEach(g -> found.put(g.readModel(), g));
        live = Map.copyOf(found);
        searchPath.want(vendor.searchPath(found.values().stream().map(Generation::schema).toList()));
    }

    public Optional<Generation> live(String readModel) {
        return Optional.ofNullable(live.get(readModel));
    }

    /** The search path with the given read models pointed at the given generations instead of their live ones. */
    public String pathWith(Collection<Generation> building) {
        Map<String, String> schemas = new TreeMap<>();
        live.values().forEach(g -> schemas.put(g.readModel(), g.schema()));
        building.forEach(g -> schemas.put(g.readModel(), g.schema()));
        return vendor.searchPath(List.copyOf(schemas.values()));
    }

    /** The newest generation of each read model that is live or pending, latest first per read model. */
    public List<Generation> current() {
        return jdbc.query("SELECT * FROM read_model_generation WHERE state IN ('LIVE', 'REQUESTED', 'BUILDING') "
                + "ORDER BY read_model, generation DESC", ROW);
    }

    public Optional<Generation> find(String readModel, int number) {
        return jdbc.query("SELECT * FROM read_model_generation WHERE read_model = ? AND generation = ?", ROW, readModel, number)
                .stream().findFirst();
    }

    /** The newest failed or cancelled generation of each read model, if it is newer than the live one. */
    public Map<String, Generation> lastUnsuccessful() {
        Map<String, Generation> found = new HashMap<>();
        jdbc.query("SELECT * FROM read_model_generation WHERE state IN ('FAILED', 'CANCELLED') ORDER BY generation", ROW)
                .forEach(g -> found.put(g.readModel(), g));
        return found;
    }

    /**
     * Asks for a new generation of the read model, unless one is already requested or being built
     * (then that one is the answer): a replay is idempotent while it runs.
     */
    public Generation request(String readModel, String shape, String requestedBy) {
        List<Generation> pending = jdbc.query("SELECT * FROM read_model_generation WHERE read_model = ? "
                + "AND state IN ('REQUESTED', 'BUILDING')", ROW, readModel);
        if (!pending.isEmpty()) {
            return pending.get(0);
        }
        Integer last = jdbc.queryForObject("SELECT MAX(generation) FROM read_model_generation WHERE read_model = ?",
                Integer.class, readModel);
        int number = last == null ? 1 : last + 1;
        jdbc.update("INSERT INTO read_model_generation (read_model, generation, schema_name, shape, state, position, "
                        + "events_done, events_total, requested_by, requested_at) VALUES (?, ?, ?, ?, 'REQUESTED', 0, 0, 0, ?, ?)",
                readModel, number, Generation.schemaName(readModel, number), shape, requestedBy, now());
        return find(readModel, number).orElseThrow();
    }

    public List<Generation> requested() {
        return jdbc.query("SELECT * FROM read_model_generation WHERE state = 'REQUESTED' ORDER BY requested_at", ROW);
    }

    public void building(Generation generation, long eventsTotal) {
        jdbc.update("UPDATE read_model_generation SET state = 'BUILDING', started_at = ?, events_total = ? "
                + "WHERE read_model = ? AND generation = ?", now(), eventsTotal, generation.readModel(), generation.number());
    }

    public void progress(Generation generation, long position, long eventsDone, long eventsTotal) {
        jdbc.update("UPDATE read_model_generation SET position = ?, events_done = ?, events_total = ? "
                        + "WHERE read_model = ? AND generation = ?", position, eventsDone, eventsTotal,
                generation.readModel(), generation.number());
    }

    /** Makes the generation live and retires the one before it; runs in the caller's transaction. */
    public void makeLive(Generation generation, long position, long eventsDone) {
        jdbc.update("UPDATE read_model_generation SET state = 'RETIRED', ended_at = ? WHERE read_model = ? AND state = 'LIVE'",
                now(), generation.readModel());
        jdbc.update("UPDATE read_model_generation SET state = 'LIVE', position = ?, events_done = ?, events_total = ?, "
                        + "ended_at = ? WHERE read_model = ? AND generation = ?", position, eventsDone, eventsDone, now(),
                generation.readModel(), generation.number());
    }

    /** Ends a generation that will never be live; true if it was still pending. */
    public boolean end(Generation generation, State state, String failure) {
        return jdbc.update("UPDATE read_model_generation SET state = ?, ended_at = ?, failure = ? WHERE read_model = ? "
                        + "AND generation = ? AND state IN ('REQUESTED', 'BUILDING')", state.name(), now(),
                failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000)),
                generation.readModel(), generation.number()) == 1;
    }

    /** Puts a generation that was being built back to requested, from the start (its pass was stopped). */
    public void requeue(Generation generation) {
        jdbc.update("UPDATE read_model_generation SET state = 'REQUESTED', position = 0, events_done = 0, started_at = NULL "
                + "WHERE read_model = ? AND generation = ? AND state = 'BUILDING'", generation.readModel(), generation.number());
    }

    /** Generations whose schema may go: retired longer than {@code grace} ago, failed or cancelled. */
    public List<Generation> disposable(java.time.Duration grace) {
        return jdbc.query("SELECT * FROM read_model_generation WHERE state IN ('RETIRED', 'FAILED', 'CANCELLED') "
                + "AND dropped_at IS NULL AND (state <> 'RETIRED' OR ended_at < ?)", ROW, Timestamp.from(Instant.now().minus(grace)));
    }

    /** Records that a disposable generation's schema was dropped: only its row remains, as history. */
    public void disposed(Generation generation) {
        jdbc.update("UPDATE read_model_generation SET dropped_at = ? WHERE read_model = ? AND generation = ?", now(),
                generation.readModel(), generation.number());
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
