package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.api.opportunity.Stage;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays a seeded random sequence of commands through the HTTP API (opens, moves, closes, contacts,
 * reassignments, relationships between people and their ends, stage and probability changes, value changes,
 * wins and losses) and compares every account's own and rolled-up figures, every headquarters' pipeline row
 * and every headquarters' account map (its people and current relationships) with {@link PipelineModel}.
 * At every checkpoint the service's answers are also kept with the instant they were true at; later
 * checkpoints ask for the hierarchy, the report and the map {@code asOf} each earlier instant and must get
 * exactly those answers back. The seed is printed; {@code -Dkontor.model.seed=N} replays a failing run.
 */
class PipelineModelEndToEndTest extends StandaloneTest {

    private static final int COMMANDS = 400;
    private static final int CHECKPOINT_EVERY = 100;
    private static final String[] CURRENCIES = {"EUR", "PLN", "USD", "JPY"};
    private static final String[] RELATIONSHIP_TYPES = {"REPORTS_TO", "REPORTS_TO", "INFLUENCES", "ADVISES", "WORKED_WITH"};

    private final PipelineModel model = new PipelineModel();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private Random random;
    private long lastPosition;

    @Test
    void rollupsAndReportsAgreeWithASimpleModelThroughARandomHistory() {
        long seed = Long.getLong("kontor.model.seed", 20261123L);
        random = new Random(seed);
        System.out.println("PipelineModelEndToEndTest seed " + seed);
        for (int step = 1; step <= COMMANDS; step++) {
            playOneCommand(step);
            if (step % CHECKPOINT_EVERY == 0) {
                compareWithModel("after " + step + " commands, seed " + seed);
                compareWithEarlierInstants("at step " + step + ", seed " + seed);
                checkpoints.add(checkpoint());
            }
        }
    }

    private void playOneCommand(int step) {
        List<String> open = model.openAccounts();
        int choice = open.size() < 3 ? 0 : random.nextInt(100);
        if (choice < 14) {
            openAccount(open);
        } else if (choice < 22) {
            move(pick(open), random.nextInt(5) == 0 ? null : pick(open));
        } else if (choice < 26) {
            close(pick(open));
        } else if (choice < 36) {
            addContact(pick(open), step);
        } else if (choice < 42 && !model.contacts.isEmpty()) {
            reassign(pick(new ArrayList<>(model.contacts.keySet())), pick(open));
        } else if (choice < 54 && model.contacts.size() >= 2) {
            relateOrEnd();
        } else if (choice < 64 || model.openOpportunities().isEmpty()) {
            openOpportunity(pick(open));
        } else {
            changeOpportunity(pick(model.openOpportunities()), random.nextInt(100));
        }
    }

    private void openAccount(List<String> open) {
        String parent = open.isEmpty() || random.nextInt(4) == 0 ? null : pick(open);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Model " + model.accounts.size());
        body.put("parentId", parent);
        Http.Response created = expect(service().post("/api/accounts", body), 201);
        model.accounts.put(created.id(), new PipelineModel.Account(parent));
    }

    private void move(String account, String newParent) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", newParent);
        boolean cycle = newParent != null && model.isInSubtree(newParent, account);
        Http.Response answer = expect(service().put("/api/accounts/" + account + "/parent", body), cycle ? 409 : 200);
        if (!cycle) {
            model.accounts.get(account).parent = newParent;
            model.endSplitRelationships();
        }
    }

    private void close(String account) {
        boolean refused = model.hasOpenChildren(account) || model.hasOpenOpportunities(account);
        expect(service().post("/api/accounts/" + account + "/close", Map.of("reason", "model")), refused ? 409 : 200);
        if (!refused) {
            model.accounts.get(account).open = false;
        }
    }

    private void addContact(String account, int step) {
        Http.Response created = expect(service().post("/api/accounts/" + account + "/contacts",
                Map.of("firstName", "Person", "lastName", "No " + step)), 201);
        model.contacts.put(created.id(), account);
    }

    private void reassign(String contact, String account) {
        expect(service().put("/api/contacts/" + contact + "/account", Map.of("accountId", account)), 200);
        model.contacts.put(contact, account);
        model.endSplitRelationships();
    }

    /** Ends a current relationship now and then; otherwise records one, or is refused by the rule the model names. */
    private void relateOrEnd() {
        List<String> current = model.relationships.entrySet().stream().filter(entry -> entry.getValue().current)
                .map(Map.Entry::getKey).toList();
        if (!current.isEmpty() && random.nextInt(5) == 0) {
            String ending = pick(current);
            PipelineModel.Relationship relationship = model.relationships.get(ending);
            expect(service().post("/api/contacts/" + relationship.from + "/relationships/" + ending + "/end", null), 200);
            relationship.current = false;
            return;
        }
        List<String> people = new ArrayList<>(model.contacts.keySet());
        String from = pick(people);
        String to = pick(people);
        if (from.equals(to)) {
            return;
        }
        String type = RELATIONSHIP_TYPES[random.nextInt(RELATIONSHIP_TYPES.length)];
        String refusal = model.refusalOf(from, type, to);
        Http.Response answer = expect(service().post("/api/contacts/" + from + "/relationships", Map.of("type", type,
                "toContactId", to)), refusal == null ? 201 : 409);
        if (refusal == null) {
            model.relationships.put(answer.id(), new PipelineModel.Relationship(from, type, to));
        } else {
            assertThat(answer.json().path("rule").asText()).as("refusal of %s %s %s", from, type, to).isEqualTo(refusal);
        }
    }

    private void openOpportunity(String account) {
        String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
        BigDecimal amount = randomAmount(currency);
        Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
        Http.Response created = expect(service().post("/api/opportunities", Map.of("accountId", account, "name", "Deal",
                "value", Map.of("amount", amount.toPlainString(), "currency", currency), "stage", stage.name())), 201);
        model.opportunities.put(created.id(), new PipelineModel.Opportunity(account, stage, amount, currency));
    }

    private void changeOpportunity(String id, int choice) {
        PipelineModel.Opportunity opportunity = model.opportunities.get(id);
        String path = "/api/opportunities/" + id;
        if (choice < 35) {
            Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
            expect(service().put(path + "/stage", Map.of("stage", stage.name())), 200);
            opportunity.stage = stage;
        } else if (choice < 55) {
            Integer probability = random.nextInt(3) == 0 ? null : random.nextInt(101);
            Map<String, Object> body = new HashMap<>();
            body.put("probability", probability);
            expect(service().patch(path, body), 200);
            opportunity.explicitProbability = probability;
        } else if (choice < 70) {
            String currency = random.nextInt(4) == 0 ? CURRENCIES[random.nextInt(CURRENCIES.length)] : opportunity.currency;
            BigDecimal amount = randomAmount(currency);
            expect(service().patch(path, Map.of("value", Map.of("amount", amount.toPlainString(), "currency", currency))), 200);
            opportunity.amount = amount;
            opportunity.currency = currency;
        } else if (choice < 85) {
            expect(service().post(path + "/win", Map.of()), 200);
            opportunity.status = "WON";
        } else {
            expect(service().post(path + "/lose", Map.of("reason", "model says so")), 200);
            opportunity.status = "LOST";
        }
    }

    private void compareWithModel(String when) {
        Http analyst = analyst().with("X-Await-Position", Long.toString(lastPosition));
        for (String headquarters : model.headquarters()) {
            JsonNode tree = analyst.get("/api/accounts/" + headquarters + "/hierarchy").json();
            compareTree(tree, when);
        }
        for (String headquarters : model.headquarters()) {
            assertThat(renderMap(analyst.get("/api/accounts/" + headquarters + "/map").json()))
                    .as("map of %s %s", headquarters, when).isEqualTo(model.map(headquarters));
        }
        JsonNode report = analyst.get("/api/reports/pipeline").json();
        Map<String, JsonNode> rows = new HashMap<>();
        report.path("headquarters").forEach(row -> rows.put(row.path("headquartersId").asText(), row));
        for (String headquarters : model.headquarters()) {
            if (model.hasPipeline(headquarters)) {
                assertThat(rows).as("report row of %s %s", headquarters, when).containsKey(headquarters);
                assertThat(render(rows.get(headquarters))).as("report row of %s %s", headquarters, when)
                        .isEqualTo(model.pipelineRow(headquarters));
            } else {
                assertThat(rows).as("no report row for %s without pipeline %s", headquarters, when).doesNotContainKey(headquarters);
            }
        }
    }

    private record Checkpoint(Instant at, Map<String, String> trees, Map<String, String> rows, Map<String, String> maps) {
    }

    /**
     * What the service answers now, kept with this instant (whole milliseconds, as events are stamped).
     * Waits for the clock to reach the next millisecond, so no later command's event can share it.
     */
    private Checkpoint checkpoint() {
        Http analyst = analyst().with("X-Await-Position", Long.toString(lastPosition));
        Map<String, String> trees = new HashMap<>();
        Map<String, String> maps = new HashMap<>();
        for (String headquarters : model.headquarters()) {
            trees.put(headquarters, renderTree(analyst.get("/api/accounts/" + headquarters + "/hierarchy").json()));
            maps.put(headquarters, analyst.get("/api/accounts/" + headquarters + "/map").body());
        }
        Map<String, String> rows = reportRows(analyst.get("/api/reports/pipeline").json());
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant next = at.plusMillis(1);
        while (Instant.now().isBefore(next)) {
            Thread.onSpinWait();
        }
        return new Checkpoint(at, trees, rows, maps);
    }

    private void compareWithEarlierInstants(String when) {
        for (Checkpoint earlier : checkpoints) {
            for (Map.Entry<String, String> tree : earlier.trees().entrySet()) {
                assertThat(renderTree(analyst().get("/api/accounts/" + tree.getKey() + "/hierarchy?asOf=" + earlier.at()).json()))
                        .as("tree of %s as of %s, asked %s", tree.getKey(), earlier.at(), when).isEqualTo(tree.getValue());
            }
            for (Map.Entry<String, String> map : earlier.maps().entrySet()) {
                assertThat(analyst().get("/api/accounts/" + map.getKey() + "/map?asOf=" + earlier.at()).body()
                        .replace("\"asOf\":\"" + earlier.at() + "\"", "\"asOf\":null"))
                        .as("map of %s as of %s, asked %s", map.getKey(), earlier.at(), when).isEqualTo(map.getValue());
            }
            Map<String, String> rows = reportRows(analyst().get("/api/reports/pipeline?asOf=" + earlier.at()).json());
            rows.keySet().retainAll(earlier.trees().keySet());
            Map<String, String> expected = new HashMap<>(earlier.rows());
            expected.keySet().retainAll(earlier.trees().keySet());
            assertThat(rows).as("report as of %s, asked %s", earlier.at(), when).isEqualTo(expected);
        }
    }

    private static Map<String, String> reportRows(JsonNode report) {
        Map<String, String> rows = new HashMap<>();
        report.path("headquarters").forEach(row -> rows.put(row.path("headquartersId").asText(),
                row.path("name").asText() + " " + render(row)));
        return rows;
    }

    private static String renderMap(JsonNode map) {
        List<String> people = new ArrayList<>();
        map.path("nodes").forEach(node -> people.add(node.path("contactId").asText()));
        List<String> edges = new ArrayList<>();
        map.path("edges").forEach(edge -> edges.add(edge.path("from").asText() + " " + edge.path("type").asText() + " "
                + edge.path("to").asText()));
        return "people " + people.stream().sorted().toList() + " edges " + edges.stream().sorted().toList();
    }

    private static String renderTree(JsonNode node) {
        StringBuilder tree = new StringBuilder(node.path("id").asText()).append(' ').append(node.path("name").asText())
                .append(' ').append(node.path("status").asText()).append(" own ").append(render(node.path("own")))
                .append(" rollup ").append(render(node.path("rollup"))).append(" [");
        node.path("children").forEach(child -> tree.append(renderTree(child)).append(", "));
        return tree.append(']').toString();
    }

    private void compareTree(JsonNode node, String when) {
        String id = node.path("id").asText();
        assertThat(model.accounts).as("node %s of the service %s", id, when).containsKey(id);
        assertThat(render(node.path("own"))).as("own figures of %s %s", id, when).isEqualTo(model.figures(id, false));
        assertThat(render(node.path("rollup"))).as("rollup of %s %s", id, when).isEqualTo(model.figures(id, true));
        node.path("children").forEach(child -> {
            assertThat(child.path("id").asText()).satisfies(childId ->
                    assertThat(model.accounts.get(childId).parent).as("parent of %s %s", childId, when).isEqualTo(id));
            compareTree(child, when);
        });
    }

    private static String render(JsonNode figures) {
        if (figures.has("stages")) {
            StringBuilder row = new StringBuilder();
            figures.path("stages").forEach(stage -> row.append(stage.path("stage").asText()).append(':')
                    .append(stage.path("count").asLong()).append(' ').append(money(stage.path("value"))).append(' ')
                    .append(money(stage.path("weightedValue"))).append("; "));
            JsonNode totals = figures.path("totals");
            return row.append("total:").append(totals.path("count").asLong()).append(' ').append(money(totals.path("value")))
                    .append(' ').append(money(totals.path("weightedValue"))).toString();
        }
        return "accounts=" + figures.path("accounts").asLong() + " contacts=" + figures.path("contacts").asLong()
                + " open=" + figures.path("openOpportunities").asLong() + " pipeline=" + money(figures.path("pipeline"))
                + " weighted=" + money(figures.path("weightedPipeline")) + " won=" + money(figures.path("won"));
    }

    private static String money(JsonNode list) {
        List<String> shown = new ArrayList<>();
        list.forEach(money -> shown.add(money.path("amount").asText() + " " + money.path("currency").asText()));
        return shown.toString();
    }

    private Http.Response expect(Http.Response answer, int status) {
        assertThat(answer.status()).as("answer %s", answer).isEqualTo(status);
        if (answer.header("X-Event-Position") != null) {
            lastPosition = Math.max(lastPosition, answer.eventPosition());
        }
        return answer;
    }

    private BigDecimal randomAmount(String currency) {
        long minorUnits = random.nextInt(10_000_000);
        return currency.equals("JPY") ? BigDecimal.valueOf(minorUnits) : BigDecimal.valueOf(minorUnits, 2);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
