package io.kontor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects figures and prints them as a table and as JSON. */
final class Report {

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> environment = new LinkedHashMap<>();

    void add(Figure figure) {
        figures.add(figure);
        System.out.printf("  %-62s %14s%n", figure.name(), format(figure.value()) + " " + figure.unit());
    }

    /** The value of a figure measured earlier in this run, if any. */
    java.util.Optional<Double> value(String name) {
        return figures.stream().filter(figure -> figure.name().equals(name)).map(Figure::value).findFirst();
    }

    void environment(String key, Object value) {
        environment.put(key, value);
    }

    void print() {
        System.out.println();
        System.out.printf("%-62s %16s %16s %7s %14s %7s%n", "figure", "value", "limit", "ratio", "target", "");
        System.out.println("-".repeat(128));
        for (Figure f : figures) {
            System.out.printf("%-62s %16s %16s %7s %14s %7s%n", f.name(), format(f.value()) + " " + f.unit(),
                    f.limit() == null ? "" : format(f.limit()), f.ratio() == null ? "" : String.format("%.2f", f.ratio()),
                    f.target() == null ? "" : (f.higherIsBetter() ? ">= " : "<= ") + format(f.target()), f.verdict());
            if (f.note() != null) {
                System.out.printf("    %s%n", f.note());
            }
        }
    }

    void writeJson(Path file) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("measuredAt", Instant.now().toString());
        json.put("environment", environment);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", f.name());
            row.put("value", f.value());
            row.put("unit", f.unit());
            row.put("limit", f.limit());
            row.put("ratio", f.ratio());
            row.put("target", f.target());
            row.put("verdict", f.verdict());
            row.put("note", f.note());
            rows.add(row);
        }
        json.put("figures", rows);
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        System.out.println("\nJSON: " + file.toAbsolutePath());
    }

    private static String format(double value) {
        if (Math.abs(value) >= 100 || value == Math.rint(value)) {
            return String.format("%,.0f", value);
        }
        return String.format("%.2f", value);
    }
}
