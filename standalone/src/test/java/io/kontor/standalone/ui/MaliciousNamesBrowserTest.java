package io.kontor.standalone.ui;

import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A name is text: markup in it shows exactly as typed on every page and never runs. */
class MaliciousNamesBrowserTest extends BrowserTest {

    @Test
    void namesWithMarkupShowAsTypedAndNeverRun() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String image = "<img src=x onerror=\"window.pwned='image'\"> " + tag;
        String script = "<script>window.pwned='script'</script> Zakład " + tag;
        String group = open(Map.of("name", image, "kind", "HOLDING"));
        String plant = open(Map.of("name", script, "parentId", group));
        String person = "<svg onload=\"window.pwned='svg'\">";
        String contact = write("/api/accounts/" + plant + "/contacts", Map.of("firstName", person, "lastName", tag)).id();
        Http.Response deal = write("/api/opportunities", Map.of("accountId", plant, "name", "<b>bold</b> deal",
                "value", Map.of("amount", "10.00", "currency", "EUR")));
        settled(deal, "/api/reports/pipeline/" + group);

        browser.signIn("admin");
        browser.open("/ui/accounts.html?q=" + tag);
        assertThat(browser.all("#results tbody td:first-child a:first-child")).extracting(element -> element.getText())
                .containsExactlyInAnyOrder(image, script);
        assertNothingRan();

        browser.open("/ui/hierarchy.html?id=" + group);
        assertThat(browser.text("h1")).isEqualTo(image);
        assertThat(browser.script("return document.title")).isEqualTo(image + " · Hierarchy · Kontor");
        assertThat(browser.text("tr[data-id='" + plant + "'] .tree-name a")).isEqualTo(script);
        assertThat(browser.text("#details h2")).isEqualTo(image);
        browser.screenshot("malicious-name-hierarchy");
        assertNothingRan();

        browser.open("/ui/pipeline.html?hq=" + group);
        assertThat(browser.text("#report tbody tr[data-id='" + group + "'] th")).isEqualTo(image);
        assertThat(browser.text("#breakdown-heading")).isEqualTo(image + ": pipeline per account");
        assertNothingRan();

        browser.open("/ui/map.html?id=" + plant);
        assertThat(browser.text("h1")).isEqualTo("Account map: " + image);
        assertThat(browser.text("[data-contact-id='" + contact + "'] .person-name")).isEqualTo(person + " " + tag);
        assertThat(browser.text(".map-account[data-account-id='" + plant + "'] h3")).isEqualTo(script);
        assertNothingRan();

        browser.open("/ui/history.html?type=accounts&id=" + group + "&asOf=" + java.time.Instant.now());
        assertThat(browser.text("#as-of-heading")).startsWith(image + " as it was at");
        assertNothingRan();
    }

    private void assertNothingRan() {
        assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.script("return document.querySelectorAll('main img, main script, main b, main svg[onload]').length")).isEqualTo(0L);
        browser.assertCleanConsole();
    }
}
