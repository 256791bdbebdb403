package io.kontor.standalone.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Signing in and out with the API's users, and each role seeing only its own pages. */
class SignInBrowserTest extends BrowserTest {

    private java.util.List<String> navigation() {
        return browser.all("#nav a").stream().map(WebElement::getText).toList();
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneOpensTheAnalystsPages() {
        browser.signIn("analyst", "not-the-password");
        assertThat(browser.text("[role=alert]")).isEqualTo("Wrong user name or password.");

        browser.signIn("analyst");

        assertThat(browser.path()).isEqualTo("/ui/accounts.html");
        assertThat(browser.text("#who")).isEqualTo("analyst · analyst");
        assertThat(navigation()).containsExactly("Accounts", "Pipeline");
        browser.visit("/ui/projections.html");
        assertThat(browser.text("h1")).isEqualTo("Not for your role");
        browser.screenshot("sign-in-analyst-forbidden");
    }

    @Test
    void anAuditorStartsOnTheHistoryAndMayNotOpenTheAnalystsPages() {
        browser.signIn("auditor");

        assertThat(browser.path()).isEqualTo("/ui/history.html");
        assertThat(navigation()).containsExactly("History");
        browser.visit("/ui/pipeline.html");
        assertThat(browser.text("h1")).isEqualTo("Not for your role");
    }

    @Test
    void anAdminSeesEveryPage() {
        browser.signIn("admin");

        assertThat(navigation()).containsExactly("Accounts", "Pipeline", "History", "Projections");
        browser.assertCleanConsole();
    }

    @Test
    void signingOutEndsTheSessionAndALinkLeadsBackToItsPageAfterSigningIn() {
        String group = open(Map.of("name", unique("Signed-in group")));
        browser.signIn("analyst");
        browser.find("#sign-out").click();
        await().until(() -> browser.path().startsWith("/ui/login"));
        assertThat(browser.text("[role=status]")).isEqualTo("You have signed out.");

        browser.visit("/ui/hierarchy.html?id=" + group);
        assertThat(browser.path()).startsWith("/ui/login");
        browser.find("#username").sendKeys("analyst");
        browser.find("#password").sendKeys("analyst");
        browser.find("button[type=submit]").click();
        browser.awaitReady();

        assertThat(browser.path()).startsWith("/ui/hierarchy.html?id=" + group);
        browser.assertCleanConsole();
    }
}
