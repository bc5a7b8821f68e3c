package io.servicedesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.support.Api;
import io.servicedesk.support.Browser;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Incidents;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.Webapps;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What helpdesk sees in its Tasklist queue, in a real browser: which incident, for whom, how urgent, due when. */
@ServiceDeskTest
class TasklistQueueBrowserTest {

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    Browser browser;

    @RegisterExtension
    final TestExecutionExceptionHandler dumpOnFailure = (context, failure) -> {
        if (browser != null) {
            browser.dump("tasklist-queue-failure");
        }
        throw failure;
    };

    @BeforeEach
    void setUp() {
        // a Tuesday in Northwind's window, earlier than other tests' clocks: this incident's work is due
        // first and so heads the queue, however many tasks other tests left in it
        Clock.at("2026-11-03T10:00", Clock.LOS_ANGELES);
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
    void helpdeskQueueShowsTheWorkTicketClientPriorityAndDueDate() {
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
        WebElement task = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(card));
        browser.screenshot("tasklist-helpdesk-queue");

        assertThat(task.findElement(By.cssSelector(".due-date")).getText()).as("due date on the card")
                .startsWith("Due");
        assertThat(task.findElement(By.cssSelector("div.priority")).getText().trim()).as("task priority of a P1")
                .isEqualTo("100");
        // without expanding the card: the incident's priority and summary
        List<String> shown = task.findElements(By.cssSelector(".variable-value")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).map(String::trim).toList();
        assertThat(shown).as("the team filter's variables on the card").startsWith("P1",
                "Accounting database will not open");
    }
}
