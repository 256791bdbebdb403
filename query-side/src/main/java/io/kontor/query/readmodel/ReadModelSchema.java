package io.kontor.query.readmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables of a read model, as SQL kept beside its projection: {@code readmodel/<name>.sql} for both
 * databases, plus {@code readmodel/<name>.postgresql.sql} or {@code .h2.sql} for what only one of them
 * needs. Each generation of the read model gets these tables in a schema of its own, so the statements
 * name tables without a schema. Flyway owns everything else (events, registries, tokens); read models
 * are rebuilt from the events whenever their shape changes, so their tables need no migrations.
 */
public final class ReadModelSchema {

    private final String common;
    private final Map<Vendor, String> specific = new EnumMap<>(Vendor.class);

    /** Read once: the statements are asked for on every live batch, and class-path resources are slow to open. */
    private ReadModelSchema(String name) {
        this.common = resource("readmodel/" + name + ".sql", true);
        for (Vendor vendor : Vendor.values()) {
            specific.put(vendor, resource("readmodel/" + name + "." + vendor.name().toLowerCase(Locale.ROOT) + ".sql", false));
        }
    }

    /** The schema in {@code readmodel/<name>.sql} on the class path. */
    public static ReadModelSchema of(String name) {
        return new ReadModelSchema(name);
    }

    /** Tables, keys and constraints, in order: what must exist before the first event is applied. */
    public List<String> tables(Vendor vendor) {
        return statements(vendor).stream().filter(statement -> !isIndex(statement)).toList();
    }

    /** Secondary indexes: a rebuild may create them after loading, which is faster than maintaining them row by row. */
    public List<String> indexes(Vendor vendor) {
        return statements(vendor).stream().filter(ReadModelSchema::isIndex).toList();
    }

    /** A digest of every statement for every database, and of {@code extra}. */
    String fingerprint(String extra) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(common.getBytes(StandardCharsets.UTF_8));
            for (Vendor vendor : Vendor.values()) {
                digest.update(specific(vendor).getBytes(StandardCharsets.UTF_8));
            }
            digest.update(extra.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> statements(Vendor vendor) {
        List<String> statements = new ArrayList<>();
        for (String text : List.of(common, specific(vendor))) {
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\n")) {
                String code = line.strip();
                if (code.isEmpty() || code.startsWith("--")) {
                    continue;
                }
                current.append(current.isEmpty() ? "" : " ").append(code);
                if (code.endsWith(";")) {
                    statements.add(current.substring(0, current.length() - 1));
                    current.setLength(0);
                }
            }
        }
        return statements;
    }

    private String specific(Vendor vendor) {
        return specific.get(vendor);
    }

    private static boolean isIndex(String statement) {
        String upper = statement.toUpperCase(Locale.ROOT);
        return upper.startsWith("CREATE INDEX") || upper.startsWith("CREATE UNIQUE INDEX");
    }

    private static String resource(String path, boolean required) {
        try (InputStream in = ReadModelSchema.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("no read-model schema at " + path);
                }
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
