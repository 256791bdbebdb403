package io.kontor.standalone.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The account map page draws the API's map of a whole hierarchy: every person in their account, every relationship
 * as a line between the right cards (reporting lines apart from influence, sentiment as colour), the findings, the
 * power/interest grid and the onion of the chosen deal, and the map as it was recorded at an earlier instant.
 */
class AccountMapBrowserTest extends BrowserTest {

    private static final String RED = "rgb(179, 38, 30)";
    private static final String INK = "rgb(29, 37, 48)";

    private Http.Response last;

    private String contact(String accountId, String first, String lastName, String title) {
        last = write("/api/accounts/" + accountId + "/contacts", Map.of("firstName", first, "lastName", lastName, "jobTitle", title));
        return last.id();
    }

    private void relate(String from, Map<String, Object> relationship) {
        last = write("/api/contacts/" + from + "/relationships", relationship);
    }

    private void seat(String deal, String contact, Map<String, Object> seat) {
        last = service().put("/api/opportunities/" + deal + "/stakeholders/" + contact, seat);
        assertThat(last.status()).as(last.toString()).isEqualTo(200);
    }

    private JsonNode map(String path) {
        return settled(last, path).json();
    }

    @Test
    void theMapShowsThePeopleTheirRelationshipsTheFindingsAndTheGridAsTheApiHasThemNowAndThen() {
        String group = open(Map.of("name", unique("Grupa Katowice"), "kind", "HOLDING"));
        String plant = open(Map.of("name", "Huta Gliwice", "parentId", group));
        String cfo = contact(group, "Anna", "Wiśniewska", "CFO");
        String aide = contact(group, "Jan", "Kowalski", "Assistant");
        String buyer = contact(plant, "Ирина", "Смирнова", "Purchasing");
        String engineer = contact(plant, "Piotr", "Zieliński", "Engineer");
        String deal = write("/api/opportunities", Map.of("accountId", plant, "name", "Rolling mill",
                "value", Map.of("amount", "90000.00", "currency", "EUR"))).id();
        relate(aide, Map.of("type", "REPORTS_TO", "toContactId", cfo));
        relate(engineer, Map.of("type", "WORKED_WITH", "toContactId", aide, "strength", 4));
        relate(buyer, Map.of("type", "BLOCKS", "toContactId", engineer, "sentiment", -2, "note", "Prefers the incumbent"));
        seat(deal, cfo, Map.of("role", "DECISION_MAKER", "influence", 5, "interest", 4, "coverage", "NO_CONTACT"));
        seat(deal, aide, Map.of("role", "GATEKEEPER", "influence", 2, "coverage", "BRIEF"));
        seat(deal, engineer, Map.of("roles", List.of("CHAMPION", "USER"), "influence", 3, "interest", 5, "attitude", 2,
                "coverage", "MULTIPLE"));
        seat(deal, buyer, Map.of("roles", List.of("BLOCKER", "INFLUENCER"), "influence", 4, "interest", 2, "attitude", -1,
                "coverage", "BRIEF"));
        String mapPath = "/api/accounts/" + plant + "/map?opportunityId=" + deal;
        JsonNode before = map(mapPath);
        Instant then = Instant.now();
        relate(engineer, Map.of("type", "INFLUENCES", "toContactId", buyer, "sentiment", 1));
        last = write("/api/accounts/" + group + "/map/reviews", Map.of("note", "Smirnova still blocks"));
        JsonNode now = map(mapPath);

        browser.signIn("analyst");
        browser.open("/ui/map.html?id=" + plant + "&opportunityId=" + deal);

        assertThat(browser.text("h1")).startsWith("Account map: Grupa Katowice");
        assertShows(now);
        assertThat(browser.text("#opportunity option:checked")).isEqualTo("Rolling mill (open)");
        assertThat(browser.text("#last-review")).contains("by service: Smirnova still blocks");
        assertThat(line(buyer, engineer).getAttribute("class")).contains("influence", "sentiment-m2");
        assertThat(stroke(line(buyer, engineer))).as("a hostile relationship is red").isEqualTo(RED);
        assertThat(line(aide, cfo).getAttribute("class")).contains("reporting");
        assertThat(stroke(line(aide, cfo))).as("a reporting line is ink").isEqualTo(INK);
        JsonNode blocks = edge(now, buyer, engineer);
        assertThat(browser.all("#relationships tbody tr[data-id='" + blocks.path("id").asText() + "'] td"))
                .extracting(WebElement::getText).containsExactly("Ирина Смирнова", "blocks", "Piotr Zieliński",
                        blocks.path("strength").asText(), "-2", blocks.path("validFrom").asText(""), "Prefers the incumbent");

        WebElement cfoCard = card(cfo);
        cfoCard.sendKeys(Keys.ENTER);
        assertThat(browser.text("#person h2")).isEqualTo("Anna Wiśniewska");
        assertThat(browser.text("#person")).contains("Roles", "decision maker", "Quadrant", "manage closely",
                "Jan Kowalski reports to them");
        assertThat(browser.all("path.edge.active")).extracting(path -> path.getAttribute("data-id"))
                .containsExactly(edge(now, aide, cfo).path("id").asText());
        browser.find("[data-code='SINGLE_THREADED'] .finding-people button").click();
        assertThat(browser.text("#person h2")).isEqualTo("Piotr Zieliński");
        assertThat(List.of(card(engineer).getAttribute("aria-pressed"), card(cfo).getAttribute("aria-pressed")))
                .containsExactly("true", "false");
        browser.screenshot("account-map");
        browser.script("document.getElementById('grid-heading').scrollIntoView()");
        browser.screenshot("account-map-grid");
        browser.assertCleanConsole();

        browser.open("/ui/map.html?id=" + plant + "&opportunityId=" + deal + "&asOf=" + then);
        assertThat(browser.find("#as-of-banner").isDisplayed()).isTrue();
        assertShows(before);
        assertThat(codes()).contains("UNCOUNTERED_OPPONENT", "MAP_NOT_REVIEWED");

        browser.find("#opportunity option[value='']").click();
        await().until(() -> !browser.path().contains("opportunityId"));
        browser.awaitReady();
        assertThat(browser.path()).doesNotContain("opportunityId").contains("asOf=");
        assertThat(browser.text("#grid-status")).isEqualTo("Choose a deal above to place its buying center on the grid.");
        assertThat(browser.all("#grid .quadrant")).isEmpty();
        assertThat(browser.find("#onion").isDisplayed()).isFalse();
        browser.assertCleanConsole();
    }

    @Test
    void anAuditorMayNotOpenTheMap() {
        browser.signIn("auditor");
        browser.visit("/ui/map.html?id=" + UUID.randomUUID());
        assertThat(browser.text("h1")).isEqualTo("Not for your role");
    }

    /**
     * Every person as a card in their account's column, every relationship as a line from card to card, the findings,
     * the grid and the onion.
     */
    private void assertShows(JsonNode map) {
        browser.awaitReady();
        for (JsonNode node : map.path("nodes")) {
            WebElement card = card(node.path("contactId").asText());
            assertThat(card.findElement(By.cssSelector(".person-name")).getText())
                    .isEqualTo(node.path("firstName").asText() + " " + node.path("lastName").asText());
            assertThat(card.getAttribute("data-ring")).isEqualTo(node.path("ring").asText());
            assertThat(browser.script("return arguments[0].closest('.map-account').dataset.accountId", card))
                    .isEqualTo(node.path("accountId").asText());
        }
        assertThat(browser.all("path.edge")).hasSize(map.path("edges").size());
        for (JsonNode edge : map.path("edges")) {
            WebElement line = browser.find("path.edge[data-id='" + edge.path("id").asText() + "']");
            assertThat(startsAtItsSource(line, card(edge.path("from").asText()))).as(edge.toString()).isTrue();
        }
        List<String> expected = new ArrayList<>();
        map.path("findings").forEach(finding -> expected.add(finding.path("code").asText()));
        assertThat(codes()).containsExactlyElementsOf(expected);
        for (JsonNode node : map.path("nodes")) {
            assertThat(browser.text("#onion li[data-ring='" + node.path("ring").asText() + "']"))
                    .contains(node.path("firstName").asText() + " " + node.path("lastName").asText());
            if (!node.path("quadrant").isNull()) {
                assertThat(browser.text("#grid [data-quadrant='" + node.path("quadrant").asText() + "'] [data-contact-id='"
                        + node.path("contactId").asText() + "'] .name")).isEqualTo(node.path("firstName").asText() + " "
                        + node.path("lastName").asText());
            }
        }
        assertThat(browser.all("#relationships tbody tr")).hasSize(map.path("edges").size());
    }

    /** The line begins at the middle height of its source's card, on the card's left or right side. */
    private boolean startsAtItsSource(WebElement line, WebElement card) {
        return (Boolean) browser.script("""
                const [line, card] = arguments;
                const start = line.getPointAtLength(0);
                const origin = line.ownerSVGElement.getBoundingClientRect();
                const box = card.getBoundingClientRect();
                const x = origin.left + start.x, y = origin.top + start.y;
                return Math.abs(y - (box.top + box.bottom) / 2) < 1.5
                    && (Math.abs(x - box.left) < 1.5 || Math.abs(x - box.right) < 1.5);
                """, line, card);
    }

    private List<String> codes() {
        return browser.all("#findings li[data-code]").stream().map(item -> item.getAttribute("data-code")).toList();
    }

    private WebElement card(String contactId) {
        return browser.find("#diagram [data-contact-id='" + contactId + "']");
    }

    private WebElement line(String from, String to) {
        return browser.find("path.edge[data-from='" + from + "'][data-to='" + to + "']");
    }

    private String stroke(WebElement line) {
        return (String) browser.script("return getComputedStyle(arguments[0]).stroke", line);
    }

    private static JsonNode edge(JsonNode map, String from, String to) {
        for (JsonNode edge : map.path("edges")) {
            if (edge.path("from").asText().equals(from) && edge.path("to").asText().equals(to)) {
                return edge;
            }
        }
        throw new AssertionError("no relationship from " + from + " to " + to + " on " + map);
    }
}
