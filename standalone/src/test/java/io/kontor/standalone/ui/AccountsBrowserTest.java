package io.kontor.standalone.ui;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Searching accounts: any part of the name without accents, the filters, and pages of 25. */
class AccountsBrowserTest extends BrowserTest {

    /** The names listed, read at once (a search typed in the field redraws the list while the test reads it). */
    @SuppressWarnings("unchecked")
    private List<String> names() {
        return (List<String>) browser.script(
                "return [...document.querySelectorAll('#results tbody td:first-child a:first-child')].map((a) => a.textContent)");
    }

    private void search(String field, String text) {
        browser.find("#" + field).clear();
        browser.find("#" + field).sendKeys(text);
        browser.find("#search button[type=submit]").click();
    }

    @Test
    void aSearchWithoutAccentsFindsTheNamesWithThemAndTheFiltersNarrowItDown() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        open(Map.of("name", "Grupa Łódź " + tag, "country", "PL", "region", "PL-10"));
        open(Map.of("name", "Łódź Logistics " + tag, "country", "DE", "region", "DE-BY"));
        String last = openAccount(Map.of("name", "Müller " + tag, "country", "DE")).id();
        settled(openAccount(Map.of("name", "Other " + tag)), "/api/accounts/" + last);

        browser.signIn("analyst");
        search("q", "LODZ logistics " + tag);
        await().until(() -> names().equals(List.of("Łódź Logistics " + tag)));

        search("q", tag);
        await().until(() -> names().size() == 4);
        search("country", "DE");
        await().until(() -> names().equals(List.of("Łódź Logistics " + tag, "Müller " + tag)));
        search("region", "DE-BY");
        await().until(() -> names().equals(List.of("Łódź Logistics " + tag)));
        assertThat(browser.path()).contains("country=DE").contains("region=DE-BY");
        browser.screenshot("accounts");
        browser.assertCleanConsole();
    }

    @Test
    void resultsComeInPagesOf25() {
        String tag = "Page " + UUID.randomUUID().toString().substring(0, 8);
        io.kontor.platform.testing.Http.Response last = null;
        for (int i = 0; i < 30; i++) {
            last = openAccount(Map.of("name", String.format("%s %02d", tag, i)));
        }
        settled(last, "/api/accounts/" + last.id());

        browser.signIn("analyst");
        browser.open("/ui/accounts.html?q=" + tag.replace(' ', '+'));
        await().until(() -> browser.text("#summary").equals("1–25 of 30 accounts"));
        assertThat(names()).hasSize(25).first().isEqualTo(tag + " 00");
        browser.find("#next").click();
        await().until(() -> browser.text("#summary").equals("26–30 of 30 accounts"));
        assertThat(names()).containsExactly(tag + " 25", tag + " 26", tag + " 27", tag + " 28", tag + " 29");
        assertThat(browser.find("#next").isEnabled()).isFalse();
    }
}
