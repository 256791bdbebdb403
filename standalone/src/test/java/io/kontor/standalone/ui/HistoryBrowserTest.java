package io.kontor.standalone.ui;

import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Auditors read who did what, in which request, and the account as it was right after each event. */
class HistoryBrowserTest extends BrowserTest {

    @Test
    void anAuditorSeesEachEventsTimePrincipalAndCorrelationAndTheAccountRightAfterIt() {
        String opening = "ui-history-" + UUID.randomUUID();
        String renaming = "ui-history-" + UUID.randomUUID();
        String first = unique("Hurtownia Lublin");
        Http.Response opened = service().with("X-Correlation-Id", opening).post("/api/accounts", Map.of("name", first));
        Http.Response renamed = service().with("X-Correlation-Id", renaming)
                .patch("/api/accounts/" + opened.id(), Map.of("name", first + " (renamed)"));
        assertThat(renamed.status()).isEqualTo(200);

        browser.signIn("auditor");
        browser.open("/ui/history.html?type=accounts&id=" + opened.id());

        List<WebElement> rows = browser.all("#events tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(cells(rows.get(0))).containsExactly("0", "AccountOpened", "service", opening);
        assertThat(cells(rows.get(1))).containsExactly("1", "AccountProfileUpdated", "service", renaming);
        browser.screenshot("history");

        rows.get(0).findElement(By.linkText("The account right after this")).click();
        browser.awaitReady();

        assertThat(browser.text("#as-of-heading")).startsWith(first + " as it was at");
        assertThat(browser.text("#as-of-facts")).contains("Name\n" + first + "\n").contains("Version\n0");
        browser.assertCleanConsole();
    }

    private static List<String> cells(WebElement row) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return List.of(cells.get(0).getText(), cells.get(2).findElement(By.tagName("summary")).getText(),
                cells.get(3).getText(), cells.get(4).getText());
    }
}
