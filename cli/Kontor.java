import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Scanner;
import java.util.UUID;

/**
 * Kontor's command-line client (run by the {@code kontor} script with the JDK's single-file launcher, so it
 * needs no build and nothing but the JDK). {@code import} shows the plan of a dry run, asks before applying
 * (unless {@code --yes}) and draws a progress bar until the import has ended; {@code revert} undoes one.
 * Exit codes: 0 done, 1 the import failed or was refused, 2 wrong usage, 3 the service could not be reached.
 */
public final class Kontor {

    private static final PrintStream OUT = System.out;

    private final String url;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Kontor(String url, String user, String password) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--yes") || arg.equals("--atomic") || arg.equals("--help")) {
                options.put(arg.substring(2), "true");
            } else if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                options.put(arg.substring(2), args[++i]);
            } else {
                arguments.add(arg);
            }
        }
        if (arguments.isEmpty() || options.containsKey("help")) {
            usage(options.containsKey("help") ? 0 : 2);
        }
        String user = options.getOrDefault("user", env("KONTOR_USER", "service"));
        Kontor kontor = new Kontor(options.getOrDefault("url", env("KONTOR_URL", "http://127.0.0.1:8080")), user,
                options.getOrDefault("password", env("KONTOR_PASSWORD", user)));
        String command = arguments.remove(0);
        try {
            int exit = switch (command) {
                case "import" -> kontor.importFiles(arguments, options);
                case "status" -> kontor.follow(single(arguments), false);
                case "revert" -> kontor.revert(single(arguments), options.containsKey("yes"));
                default -> {
                    usage(2);
                    yield 2;
                }
            };
            System.exit(exit);
        } catch (IOException e) {
            System.err.println("kontor: cannot reach " + kontor.url + ": " + e.getMessage());
            System.exit(3);
        } catch (InterruptedException e) {
            System.exit(3);
        }
    }

    private int importFiles(List<String> names, Map<String, String> options) throws IOException, InterruptedException {
        if (names.isEmpty()) {
            usage(2);
        }
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                System.err.println("kontor: no such file: " + name);
                return 2;
            }
            files.add(file);
        }
        StringBuilder query = new StringBuilder();
        for (String option : List.of("source", "currency")) {
            if (options.containsKey(option)) {
                query.append('&').append(option).append('=').append(options.get(option));
            }
        }
        if (options.containsKey("atomic")) {
            query.append("&atomic=true");
        }
        String boundary = "kontor-" + UUID.randomUUID();
        byte[] body = multipart(files, boundary);
        Answer plan = send("POST", "/api/imports?dryRun=true" + query, body, boundary, null);
        if (plan.status != 200) {
            return refused(plan);
        }
        Plans.print(Json.object(plan.body), OUT);
        if (!options.containsKey("yes") && !confirm("Apply this import?")) {
            OUT.println("Not applied; nothing was written.");
            return 0;
        }
        Answer accepted = send("POST", "/api/imports?dryRun=false" + query, body, boundary, UUID.randomUUID().toString());
        if (accepted.status != 202) {
            return refused(accepted);
        }
        String id = (String) Json.object(accepted.body).get("id");
        OUT.println("Import " + id + " accepted.");
        return follow(id, false);
    }

    private int revert(String id, boolean yes) throws IOException, InterruptedException {
        if (!yes && !confirm("Revert import " + id + " (its records are closed or restored with new events)?")) {
            OUT.println("Not reverted.");
            return 0;
        }
        Answer answer = send("POST", "/api/imports/" + id + "/revert", null, null, null);
        if (answer.status != 202) {
            return refused(answer);
        }
        return follow(id, true);
    }

    /** Polls the import and draws its progress until it has ended. */
    private int follow(String id, boolean reverting) throws IOException, InterruptedException {
        boolean terminal = System.console() != null;
        String last = "";
        while (true) {
            Answer answer = send("GET", "/api/imports/" + id, null, null, null);
            if (answer.status != 200) {
                return refused(answer);
            }
            Map<String, Object> state = Json.object(answer.body);
            String status = (String) state.get("status");
            String line = Plans.progress(state);
            if (terminal) {
                OUT.print("\r" + line);
            } else if (!line.equals(last)) {
                OUT.println(line);
            }
            last = line;
            if (!status.matches("PLANNED|RUNNING|REVERTING")) {
                if (terminal) {
                    OUT.println();
                }
                Plans.summary(state, OUT);
                return status.equals("DONE") || status.equals("REVERTED") ? 0 : 1;
            }
            Thread.sleep(250);
        }
    }

    private int refused(Answer answer) {
        Map<String, Object> problem = answer.body.startsWith("{") ? Json.object(answer.body) : Map.of();
        System.err.println("kontor: " + answer.status + " " + problem.getOrDefault("title", "") + ": "
                + problem.getOrDefault("detail", answer.body));
        return answer.status == 401 || answer.status == 403 || answer.status >= 500 ? 3 : 1;
    }

    private static boolean confirm(String question) {
        OUT.print(question + " [y/N] ");
        OUT.flush();
        Scanner in = new Scanner(System.in, StandardCharsets.UTF_8);
        return in.hasNextLine() && in.nextLine().strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    private static byte[] multipart(List<Path> files, String boundary) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path file : files) {
            String name = file.getFileName().toString();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: " + (name.endsWith(".json") ? "application/json" : "text/csv")
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(file));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private record Answer(int status, String body) {
    }

    private Answer send(String method, String path, byte[] body, String boundary, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", authorization).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
        }
        if (idempotencyKey != null) {
            // A retried upload after a lost answer gets the first answer instead of a second import.
            request.header("Idempotency-Key", idempotencyKey);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    private static String single(List<String> arguments) {
        if (arguments.size() != 1) {
            usage(2);
        }
        return arguments.get(0);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void usage(int exit) {
        (exit == 0 ? OUT : System.err).println("""
                usage: kontor import [--yes] [--source salesforce|hubspot] [--currency EUR] [--atomic] FILE...
                       kontor status IMPORT_ID
                       kontor revert [--yes] IMPORT_ID
                  --url URL, --user USER, --password PASSWORD   (or KONTOR_URL, KONTOR_USER, KONTOR_PASSWORD)""");
        System.exit(exit);
    }
}

/** How plans, progress and results read in a terminal. */
final class Plans {

    private static final int BAR = 30;

    private Plans() {
    }

    @SuppressWarnings("unchecked")
    static void print(Map<String, Object> plan, PrintStream out) {
        out.println("Plan for " + String.join(", ", (List<String>) plan.get("files")) + " (" + plan.get("source") + "), "
                + number(plan.get("rows")) + " rows:");
        out.printf("  %-24s %8s %8s %8s %10s %8s%n", "object", "rows", "create", "update", "unchanged", "errors");
        ((Map<String, Object>) plan.get("objects")).forEach((object, counts) -> {
            Map<String, Object> c = (Map<String, Object>) counts;
            out.printf("  %-24s %8s %8s %8s %10s %8s%n", object, number(c.get("rows")), number(c.get("create")),
                    number(c.get("update")), number(c.get("unchanged")), number(c.get("errors")));
        });
        for (Object update : (List<Object>) plan.get("updates")) {
            Map<String, Object> u = (Map<String, Object>) update;
            out.println("  update " + u.get("file") + ":" + number(u.get("line")) + " " + u.get("object") + " " + u.get("id")
                    + " " + u.get("fields"));
        }
        issues("Duplicate candidates (not merged)", (List<Object>) plan.get("candidates"), out);
        issues("Rows that will not be imported", (List<Object>) plan.get("errors"), out);
        issues("Warnings", (List<Object>) plan.get("warnings"), out);
    }

    @SuppressWarnings("unchecked")
    static void summary(Map<String, Object> state, PrintStream out) {
        out.println("Import " + state.get("id") + " " + state.get("status") + ": " + number(state.get("created")) + " created, "
                + number(state.get("updated")) + " updated, " + number(state.get("unchanged")) + " unchanged, "
                + number(state.get("failed")) + " failed" + (state.get("failure") == null ? "" : "; " + state.get("failure")));
        issues("Errors", (List<Object>) state.get("errors"), out);
        issues("Duplicate candidates (not merged)", (List<Object>) state.get("candidates"), out);
        if (state.get("position") != null) {
            out.println("Read the imported records with the header X-Await-Position: " + number(state.get("position")));
        }
    }

    static String progress(Map<String, Object> state) {
        double rows = ((Number) state.get("rows")).doubleValue();
        double done = ((Number) state.get("done")).doubleValue();
        double share = rows == 0 ? (state.get("status").equals("PLANNED") ? 0 : 1) : Math.min(1, done / rows);
        int filled = (int) Math.round(share * BAR);
        return String.format(Locale.ROOT, "[%s%s] %3d%% %s/%s rows %s rows/s %s", "#".repeat(filled), "-".repeat(BAR - filled),
                Math.round(share * 100), number(state.get("done")), number(state.get("rows")), number(state.get("rate")),
                state.get("status"));
    }

    @SuppressWarnings("unchecked")
    private static void issues(String title, List<Object> issues, PrintStream out) {
        if (issues == null || issues.isEmpty()) {
            return;
        }
        out.println(title + " (" + issues.size() + (issues.size() >= 200 ? " shown" : "") + "):");
        for (Object issue : issues.subList(0, Math.min(20, issues.size()))) {
            Map<String, Object> i = (Map<String, Object>) issue;
            String where = i.get("file") == null ? "" : i.get("file") + ":" + number(i.get("line")) + " ";
            out.println("  " + where + (i.get("field") == null ? "" : i.get("field") + ": ") + i.get("message"));
        }
        if (issues.size() > 20) {
            out.println("  ... and " + (issues.size() - 20) + " more (GET /api/imports/{id} lists them)");
        }
    }

    private static String number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue() == Math.rint(n.doubleValue()) ? String.format(Locale.ROOT, "%,d", n.longValue())
                    : String.format(Locale.ROOT, "%,.1f", n.doubleValue());
        }
        return String.valueOf(value);
    }
}

/** Just enough JSON for the service's answers: objects, arrays, strings, numbers, booleans and null. */
final class Json {

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        return (Map<String, Object>) new Json(text).value();
    }

    private Object value() {
        skip();
        char c = text.charAt(at);
        if (c == '{') {
            Map<String, Object> object = new LinkedHashMap<>();
            at++;
            skip();
            while (text.charAt(at) != '}') {
                String key = (String) value();
                skip();
                at++;
                object.put(key, value());
                skip();
                if (text.charAt(at) == ',') {
                    at++;
                    skip();
                }
            }
            at++;
            return object;
        }
        if (c == '[') {
            List<Object> array = new ArrayList<>();
            at++;
            skip();
            while (text.charAt(at) != ']') {
                array.add(value());
                skip();
                if (text.charAt(at) == ',') {
                    at++;
                    skip();
                }
            }
            at++;
            return array;
        }
        if (c == '"') {
            StringBuilder string = new StringBuilder();
            for (at++; text.charAt(at) != '"'; at++) {
                char next = text.charAt(at);
                if (next == '\\') {
                    char escaped = text.charAt(++at);
                    switch (escaped) {
                        case 'n' -> string.append('\n');
                        case 't' -> string.append('\t');
                        case 'r' -> string.append('\r');
                        case 'b' -> string.append('\b');
                        case 'f' -> string.append('\f');
                        case 'u' -> {
                            string.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
                            at += 4;
                        }
                        default -> string.append(escaped);
                    }
                } else {
                    string.append(next);
                }
            }
            at++;
            return string.toString();
        }
        int start = at;
        while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String word = text.substring(start, at);
        return switch (word) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> word.contains(".") || word.contains("e") || word.contains("E") ? (Number) Double.parseDouble(word)
                    : (Number) Long.parseLong(word);
        };
    }

    private void skip() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
