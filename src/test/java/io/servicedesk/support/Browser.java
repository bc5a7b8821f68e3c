package io.servicedesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.service.DriverFinder;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real, headless Chromium driven through chromedriver. */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /**
     * Starts a headless Chromium: the system's (Debian's {@code chromium} and {@code chromium-driver}, or
     * {@code CHROME_BIN}/{@code CHROMEDRIVER}), else whatever Selenium Manager finds or downloads. Where
     * neither works the test is skipped with the reason, unless {@code SERVICEDESK_BROWSER_REQUIRED=true}
     * (set by .ci/run) makes a missing browser a failure: CI never skips a browser test.
     */
    public static Browser start() {
        Installation chromium = INSTALLATION.get();
        if (chromium.missing() != null) {
            if (required()) {
                throw new AssertionError(chromium.missing());
            }
            Assumptions.abort(chromium.missing());
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("servicedesk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = options(profile);
        options.setBinary(chromium.browser());
        return new Browser(profile, new ChromeDriver(service, options));
    }

    private static boolean required() {
        return Boolean.parseBoolean(System.getenv("SERVICEDESK_BROWSER_REQUIRED"))
                || Boolean.getBoolean("servicedesk.browser.required");
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        return options;
    }

    /** A browser and its driver, or why there is none. Looked up once per test JVM. */
    private record Installation(File browser, File driver, String missing) {
    }

    private static final Supplier<Installation> INSTALLATION = memoize(Browser::find);

    private static Installation find() {
        File browser = firstExecutable(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
        File driver = firstExecutable(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver");
        if (browser != null && driver != null) {
            return new Installation(browser, driver, null);
        }
        try {
            // Selenium Manager: a browser and driver in its cache, or downloaded now (needs the internet)
            DriverFinder finder = new DriverFinder(ChromeDriverService.createDefaultService(),
                    new ChromeOptions());
            if (finder.getDriverPath() != null && finder.hasBrowserPath()) {
                return new Installation(new File(finder.getBrowserPath()), new File(finder.getDriverPath()), null);
            }
        } catch (RuntimeException e) {
            return new Installation(null, null, "No Chromium for the browser tests: none installed (install "
                    + "Debian's chromium and chromium-driver, or set CHROME_BIN and CHROMEDRIVER) and Selenium "
                    + "Manager could not fetch one (" + e.getClass().getSimpleName() + ": "
                    + firstLine(e.getMessage()) + ")");
        }
        return new Installation(null, null, "No Chromium for the browser tests: none installed and Selenium "
                + "Manager found none");
    }

    private static File firstExecutable(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank() && new File(candidate).canExecute()) {
                return new File(candidate);
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Saves what the browser shows to target/screenshots/{name}.png and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Screenshot and page source next to each other, for diagnosing a failure. */
    /**
     * For {@code @RegisterExtension}: a failing test leaves a screenshot and the page's HTML, named after the
     * test method, from the browser the test has open (none yet: nothing to dump).
     */
    public static org.junit.jupiter.api.extension.TestExecutionExceptionHandler dumpOnFailure(
            java.util.function.Supplier<Browser> browser) {
        return (context, failure) -> {
            Browser open = browser.get();
            if (open != null) {
                open.dump(context.getRequiredTestMethod().getName() + "-failure");
            }
            throw failure;
        };
    }

    public void dump(String name) {
        try {
            screenshot(name);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            // diagnostics must not hide the original failure
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
