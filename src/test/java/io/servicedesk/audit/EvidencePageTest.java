package io.servicedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.support.Api;
import io.servicedesk.support.Browser;
import io.servicedesk.support.Clock;
import io.servicedesk.support.ServiceDeskTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The "Done when", in a real browser: an auditor logs in, reads a contract's week, the buyer's
 * questions answered with figures, follows a figure to its tickets and a ticket to its promises, downloads
 * the CSV, and prints the page.
 */
@ServiceDeskTest
class EvidencePageTest {

    /** Monday 14 to Sunday 20 September 2026: a week of its own (the API test has the one before). */
    static final String WEEK = "from=2026-09-14&to=2026-09-20";

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    Browser browser;
    WebDriver driver;

    @RegisterExtension
    final TestExecutionExceptionHandler dumpOnFailure = Browser.dumpOnFailure(() -> browser);

    @BeforeEach
    void setUp() {
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterEach
    void tearDown() {
        Clock.reset();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAuditorAnswersTheBuyersQuestionsAndFollowsEachFigureToItsTickets() throws Exception {
        Incidents incidents = new Incidents(engine, new Api(port));
        String inHours = incidents.p1ResolvedInTenMinutesAndReviewed("2026-09-15");
        String queued = incidents.p3QueuedAfterHours("2026-09-15");
        String paged = incidents.p1PagedAcknowledgedLateUpdatedLate("2026-09-19");
        Clock.at("2026-09-20T12:00", Clock.LOS_ANGELES);

        driver.get(url("/audit/contracts/northwind-2026?" + WEEK));
        logIn("auditor");

        browser.waiting().until(ExpectedConditions.textToBe(By.id("title"), "Northwind Dental managed IT 2026"));
        browser.screenshot("evidence-page");
        assertThat(text(By.id("answers"))).isEqualTo("The buyer's questions");
        WebElement window = answer("What is the documented service-desk window?");
        assertThat(window.getText()).contains("America/Los_Angeles", "Mon 08:00-17:00", "1 reported inside the window",
                "2 reported outside it");
        WebElement afterHours = answer("What truly qualifies for after-hours escalation?");
        assertThat(afterHours.getText()).contains("P1_ONLY", "critical operations down",
                "1 after hours, on-call paged", "1 after hours, queued for the window");
        assertThat(answer("Who owns the client update when vendors are involved?").getText())
                .contains("accountable owner");
        assertThat(answer("Are field dispatch, SOC, or partner support included or separately scoped?").getText())
                .contains("field dispatch: included");
        assertThat(answer("What evidence shows a support plan is being executed properly?").getText())
                .contains("Of 3 incidents");
        for (String chart : List.of("chart-attainment", "chart-punctuality", "chart-pages")) {
            assertThat(driver.findElement(By.id(chart)).isDisplayed()).as(chart).isTrue();
        }
        assertThat(driver.findElements(By.cssSelector("#chart-pages rect[fill='" + EvidenceCharts.PAGES + "']")))
                .as("one week with a page, one bar").hasSize(1);
        assertThat(driver.findElement(By.cssSelector("#decisions")).getText()).contains("page on call", "P1",
                "outside", "P1_ONLY", "queue for window", "P3");

        // a figure -> its tickets -> one ticket's promises
        click(driver.findElement(By.cssSelector("#on-call ~ .figures a[data-figure='page-acknowledged-late']")));
        browser.waiting().until(ExpectedConditions.textToBe(By.id("title"), "Page acknowledged after the timeout"));
        assertThat(text(By.id("total"))).isEqualTo("1");
        assertThat(driver.findElements(By.cssSelector("#tickets tbody tr"))).singleElement()
                .satisfies(row -> assertThat(row.getText()).contains(paged, "P1", "20 min"));
        browser.screenshot("evidence-tickets");
        click(driver.findElement(By.linkText(paged)));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), paged));
        WebElement page = driver.findElement(By.cssSelector("#commitments tr[data-kind='PAGE_ACKNOWLEDGEMENT']"));
        assertThat(page.getText()).contains("within 15 minutes", "Sat 19 Sep 2026 22:15", "Sat 19 Sep 2026 22:20",
                "late", "5 min", "v0", "coverage v");
        assertThat(driver.findElement(By.cssSelector("#commitments tr[data-kind='CLIENT_UPDATE']")).getText())
                .contains("22:30", "22:40", "late", "10 min");
        assertThat(driver.findElement(By.id("decisions")).getText()).contains("page on call",
                "outside the support window", "P1_ONLY");
        browser.screenshot("evidence-ticket");

        // back to the period: the CSV behind the link, with this browser's login
        driver.navigate().back();
        driver.navigate().back();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("csv")));
        HttpResponse<String> csv = download(driver.findElement(By.id("csv")).getDomProperty("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        List<Map<String, String>> rows = Csv.parse(csv.body());
        assertThat(rows).extracting(row -> row.get("ticket")).contains(inHours, queued, paged);
        assertThat(rows).filteredOn(row -> row.get("ticket").equals(paged)
                && row.get("commitment").equals("PAGE_ACKNOWLEDGEMENT")).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("outcome", "LATE").containsEntry("minutes_late", "5"));

        // printed: no navigation, no form, the figures and charts stay
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector("header.bar")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("form.period")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("chart-attainment")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("weekly")).isDisplayed()).isTrue();
        browser.screenshot("evidence-print");
    }

    @Test
    void theEvidencePageIsForAuditorsAndDutyManagersOnly() {
        driver.get(url("/audit"));
        logIn("dispatcher");

        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Not for your groups"));

        driver.manage().deleteAllCookies();
        driver.get(url("/audit"));
        logIn("duty-manager");
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Contracts"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("northwind-2026", "brandt-2026");
    }

    // --- the page

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The page asks for a login first; afterwards the page asked for opens. */
    private void logIn(String user) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(Api.PASSWORD);
        driver.findElement(By.id("log-in")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("log-in")));
    }

    private WebElement answer(String question) {
        return driver.findElement(By.xpath("//div[contains(@class,'answer')][h3[normalize-space(.)='" + question
                + "']]"));
    }

    private String text(By element) {
        return driver.findElement(element).getText().trim();
    }

    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Fetches a link as this browser would, with its session cookie. */
    private HttpResponse<String> download(String link) throws Exception {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("logged-in session").isNotNull();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
