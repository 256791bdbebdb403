package io.kontor.standalone.ui;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: both paths are given explicitly, so
 * Selenium never runs Selenium Manager and nothing is downloaded. One browser serves every browser test of the
 * run (JUnit closes it at the end); each test signs in as the user it needs.
 */
final class Browser implements ExtensionContext.Store.CloseableResource {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String MISSING = "Browser tests skipped: they drive Debian's Chromium (" + CHROMIUM + ", " + CHROMEDRIVER
            + "); install it with: apt-get install chromium chromium-driver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private String baseUrl;

    private Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,800", "--lang=en-GB", "--disable-extensions", "--no-first-run");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        desktop();
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static Browser start() {
        return new Browser();
    }

    /** The application the browser talks to (each test class may run against its own). */
    Browser at(String url) {
        baseUrl = url;
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Signs in through the form (signing out whoever was signed in) and waits for the start page. */
    void signIn(String user) {
        signIn(user, user);
        awaitReady();
    }

    void signIn(String user, String password) {
        forgetConsole();
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/ui/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Opens a page and waits until it is drawn and usable. */
    void open(String path) {
        visit(path);
        awaitReady();
    }

    /** Goes to a page without waiting for it to be drawn (a refused page, the sign-in form). */
    void visit(String path) {
        forgetConsole();
        driver.get(baseUrl + path);
    }

    /** Reading the console's log empties it: what is logged afterwards belongs to the next page. */
    private void forgetConsole() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    void awaitReady() {
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> "true".equals(script("return document.documentElement.dataset.ready")));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(path() + " was not drawn within 20 s; the browser's console: "
                    + driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList(), e);
        }
        awaitQuiet();
    }

    /** Until no API call of the page is in flight. */
    void awaitQuiet() {
        await().atMost(Duration.ofSeconds(20)).until(() -> "0".equals(String.valueOf(
                script("return document.documentElement.dataset.pending ?? '0'"))));
    }

    /** Milliseconds from the start of the navigation until the page marked itself drawn and usable. */
    double readyMillis() {
        return ((Number) script("return performance.getEntriesByName('kontor:ready')[0].startTime")).doubleValue();
    }

    Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String path() {
        return (String) script("return location.pathname + location.search");
    }

    /** Shows the page as a 390 px wide phone would, until {@link #desktop()}. */
    void phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    /** A 1280 x 800 viewport (the window of a headless browser leaves less room than its size). */
    void desktop() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The page does not scroll sideways (wide tables scroll in their own box). */
    void assertNoSidewaysScrolling() {
        long width = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) script("return document.documentElement.clientWidth")).longValue();
        assertThat(width).as("page width at a viewport of %d px", viewport).isLessThanOrEqualTo(viewport);
    }

    /** No Content-Security-Policy violation and no error in the console since the page was opened. */
    void assertCleanConsole() {
        assertThat((List<?>) script("return window.kontor ? window.kontor.violations : []")).as("CSP violations").isEmpty();
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertThat(errors).as("errors in the browser's console").isEmpty();
    }

    /** Saves what the browser shows under target/screenshots/NAME.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
