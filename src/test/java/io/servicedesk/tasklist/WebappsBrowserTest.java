package io.servicedesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.support.Api;
import io.servicedesk.support.Browser;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Incidents;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.Webapps;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * What people see in Camunda's webapps, in a real browser: no "migrate to Camunda 8" banner in Tasklist,
 * Cockpit and Admin (webapps' user-styles.css), and a helpdesk queue that says which incident, for whom,
 * how urgent and due when.
 *
 * <p>On a service of its own, started right before: after a whole service was started and closed in the same
 * JVM (AccessTest's production check), the webapps of a service started earlier were seen answering 500
 * until another service started.
 */
@ServiceDeskTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:webapps;DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class WebappsBrowserTest {

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    Browser browser;
    String testName;
    String app = "login";

    /** On any failure: what the browser showed, as a screenshot and the page source in target/screenshots/. */
    @RegisterExtension
    final TestExecutionExceptionHandler dumpOnFailure = (context, failure) -> {
        if (browser != null) {
            browser.dump(testName + "-" + app + "-failure");
        }
        throw failure;
    };

    @BeforeEach
    void setUp(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        browser = Browser.start();
    }

    @AfterEach
    void tearDown() {
        Clock.reset();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noCamunda8BannerInTasklistCockpitOrAdmin() {
        Webapps webapps = new Webapps(browser, port, engine);
        webapps.logIn("tasklist", "admin");
        for (String each : List.of("tasklist", "cockpit", "admin")) {
            app = each;
            if (!each.equals("tasklist")) {
                webapps.open(each);
            }
            browser.screenshot("webapp-" + each);

            assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
                    .as("%s shows the Camunda 8 banner", each).noneMatch(WebElement::isDisplayed);
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .as("%s's visible text", each).doesNotContain("Camunda 8");

            WebElement header = browser.driver().findElement(By.cssSelector("[cam-widget-header]"));
            WebElement content = browser.driver().findElements(By.cssSelector(".page-wrap, .ctn-main")).stream()
                    .filter(WebElement::isDisplayed).findFirst()
                    .orElseThrow(() -> new AssertionError(each + " shows no page under its header"));
            int headerBottom = header.getRect().getY() + header.getRect().getHeight();
            assertThat(content.getRect().getY()).as("%s's page starts right under the header", each)
                    .isBetween(headerBottom - 1, headerBottom + 1);
        }
    }

    @Test
    void helpdeskQueueShowsTheWorkTicketClientPriorityAndDueDate() {
        // a Tuesday in Northwind's window
        Clock.at("2026-11-03T10:00", Clock.LOS_ANGELES);
        String ticket = Incidents.report(new Api(port), engine, Reports.northwind().signals(true, 4, false));
        String name = "Work incident · " + ticket + " · Northwind Dental";

        Webapps webapps = new Webapps(browser, port, engine);
        webapps.logIn("tasklist", "helpdesk");
        By helpdeskQueue = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a["
                + "starts-with(normalize-space(.), 'Helpdesk queue')]]");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(helpdeskQueue)).click();
        browser.waiting().until(ExpectedConditions.attributeContains(helpdeskQueue, "class", "active"));

        By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
                + "[.//h4[contains(@class,'task')]/a[normalize-space(.)='" + name + "']]");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(card));
        browser.screenshot("tasklist-helpdesk-queue");
        // the list refreshes itself: read the card in one go, again if it was re-rendered meanwhile
        List<String> shown = browser.waiting().until(driver -> {
            WebElement task = driver.findElement(card);
            List<String> texts = new ArrayList<>();
            texts.add(task.findElement(By.cssSelector(".due-date")).getText().trim());
            texts.add(task.findElement(By.cssSelector("div.priority")).getText().trim());
            task.findElements(By.cssSelector(".variable-value")).stream().filter(WebElement::isDisplayed)
                    .map(WebElement::getText).map(String::trim).forEach(texts::add);
            return texts;
        });

        assertThat(shown.get(0)).as("due date on the card").startsWith("Due");
        assertThat(shown.get(1)).as("task priority of a P1").isEqualTo("100");
        // without expanding the card: the incident's priority and summary
        assertThat(shown.subList(2, shown.size())).as("the team filter's variables on the card")
                .startsWith("P1", "Accounting database will not open");
    }
}
