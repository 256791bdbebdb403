package io.kontor.standalone.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Admins see every projection's status and lag, and start a replay (a change, so it carries the CSRF token). */
class ProjectionsBrowserTest extends BrowserTest {

    @Test
    void anAdminStartsAReplayAfterConfirmingItAndSeesTheProjectionRunningAgain() {
        browser.signIn("admin");
        browser.open("/ui/projections.html");
        assertThat(browser.all("#projections tbody th")).extracting(WebElement::getText)
                .contains("accounts", "contacts", "opportunities", "leads", "history");

        browser.find("tr[data-projection=leads] button").click();
        assertThat(browser.text("#confirm-heading")).isEqualTo("Replay leads?");
        browser.screenshot("projections-confirm");
        browser.find("#confirm-replay").click();

        await().until(() -> browser.text("#summary").equals("Replay of leads started."));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> browser.text("tr[data-projection=leads] [data-cell=status]").equals("running"));
        await().until(() -> browser.text("tr[data-projection=leads] [data-cell=lag]").equals("0"));
        browser.screenshot("projections");
        browser.assertCleanConsole();
    }
}
