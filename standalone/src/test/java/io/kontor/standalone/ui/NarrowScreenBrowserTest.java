package io.kontor.standalone.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** On a phone's 390 px every page fits its width: wide tables scroll in their own box, the page never sideways. */
class NarrowScreenBrowserTest extends BrowserTest {

    @AfterEach
    void backToTheDesktop() {
        browser.desktop();
    }

    @Test
    void everyPageFitsA390PixelWidePhone() {
        String group = open(Map.of("name", unique("Grupa Wrocław"), "kind", "HOLDING"));
        String branch = open(Map.of("name", "Oddział Opole", "parentId", group));
        write("/api/accounts/" + branch + "/contacts", Map.of("firstName", "Zofia", "lastName", "Nowakowska-Wielkopolska",
                "jobTitle", "Head of purchasing"));
        settled(write("/api/opportunities", Map.of("accountId", branch, "name", "Deal",
                "value", Map.of("amount", "2500.00", "currency", "PLN"))), "/api/accounts/" + group);

        browser.signIn("admin");
        browser.phone();
        for (String page : new String[]{"accounts.html", "hierarchy.html?id=" + group, "pipeline.html", "map.html?id=" + branch,
                "history.html?type=accounts&id=" + group, "projections.html"}) {
            browser.open("/ui/" + page);
            browser.screenshot("phone-" + page.replaceAll("\\.html.*", ""));
            browser.assertNoSidewaysScrolling();
        }
        browser.assertCleanConsole();
    }
}
