package io.servicedesk.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicedesk.support.Api;
import io.servicedesk.support.Browser;
import io.servicedesk.support.Clock;
import io.servicedesk.support.Jobs;
import io.servicedesk.support.Reports;
import io.servicedesk.support.ServiceDeskTest;
import io.servicedesk.support.Webapps;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first issue's "Done when", in a real browser: a dispatcher logs into Camunda Tasklist, opens the
 * "Review triage" task with its Camunda Form, sets priority and accountable owner, completes it, and the
 * incident shows both. Plus helpdesk resolving an incident through the "Work incident" form.
 */
@ServiceDeskTest
class TasklistTriageReviewTest {

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    Api api;
    Browser browser;
    WebDriver driver;

    /** On any failure: what the browser showed, as a screenshot and the page source in target/screenshots/. */
    @RegisterExtension
    final TestExecutionExceptionHandler dumpOnFailure = Browser.dumpOnFailure(() -> browser);

    @BeforeEach
    void setUp() {
        api = new Api(port);
        // inside Northwind's support window: after triage the incident is worked right away
        Clock.businessHours();
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
    void dispatcherReviewsTriageInTasklistAndTheIncidentShowsPriorityAndOwner() {
        String ticket = report(Reports.northwind());
        Task review = task(ticket, "Task_ReviewTriage");

        logIn("dispatcher");
        openFilter("Dispatch: triage reviews");
        openTaskFromList("Dispatch: triage reviews", ticket, review);
        claim("Dana Dispatcher");

        waitForForm("Review triage");
        browser.screenshot("review-triage-form");
        assertThat(fieldValue("Ticket")).isEqualTo(ticket);
        assertThat(fieldValue("Client")).isEqualTo("Northwind Dental");
        assertThat(fieldValue("Summary")).isEqualTo("Accounting database will not open");
        assertThat(fieldValue("Why a review is needed")).isNotBlank();
        // the report had no signals: the form shows the three of them, empty
        assertThat(fieldValue("Critical operations down")).isEmpty();
        assertThat(fieldValue("Users blocked")).isEmpty();
        assertThat(fieldValue("Immediate containment required")).isEmpty();

        // pre-filled: the triage's suggestion and the contract's default owner
        assertThat(selected("Priority")).isEqualTo("P3 - normal");
        assertThat(selected("Accountable owner")).contains("Dana Dispatcher");
        choose("Priority", "P2 - high");
        choose("Accountable owner", "Hugo Helpdesk (helpdesk)");
        fill("Note for the timeline", "Called the client: one team is blocked");
        browser.screenshot("review-triage-form-filled");

        complete(review);

        JsonNode incident = incident(ticket);
        assertThat(incident.get("priority").asText()).isEqualTo("P2");
        assertThat(incident.get("accountableOwner").asText()).isEqualTo("helpdesk");
        assertThat(incident.get("state").asText()).isEqualTo("IN_PROGRESS");
        assertThat(incident.get("timeline")).anySatisfy(entry -> {
            assertThat(entry.get("type").asText()).isEqualTo("TRIAGE_REVIEWED");
            assertThat(entry.get("actor").asText()).isEqualTo("dispatcher");
            assertThat(entry.get("detail").asText()).contains("P2", "one team is blocked");
        });
    }

    @Test
    void helpdeskResolvesAClearP1InTasklist() {
        String ticket = report(Reports.northwind().signals(true, 4, false));
        Task work = task(ticket, "Task_WorkIncident");

        logIn("helpdesk");
        openFilter("Helpdesk queue");
        openTaskFromList("Helpdesk queue", ticket, work);
        claim("Hugo Helpdesk");

        waitForForm("Work incident");
        browser.screenshot("work-incident-form");
        assertThat(fieldValue("Ticket")).isEqualTo(ticket);
        assertThat(fieldValue("Client")).isEqualTo("Northwind Dental");
        assertThat(fieldValue("Priority")).isEqualTo("P1");
        assertThat(fieldValue("Summary")).isEqualTo("Accounting database will not open");

        fill("Diagnosis notes", "Disk full on the database volume");
        // the resolution field appears once the outcome says resolved
        choose("Outcome", "Resolved");
        fill("Resolution", "Freed space and restarted the database service");
        browser.screenshot("work-incident-form-filled");

        complete(work);

        JsonNode incident = incident(ticket);
        assertThat(incident.get("state").asText()).isEqualTo("RESOLVED");
        assertThat(incident.get("timeline")).anySatisfy(entry -> {
            assertThat(entry.get("type").asText()).isEqualTo("RESOLVED");
            assertThat(entry.get("actor").asText()).isEqualTo("helpdesk");
        });
    }

    // --- the service -------------------------------------------------------------------------------------

    private String report(Reports report) {
        Api.Response response = api.post(report.portal(), "/api/incidents", report.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String ticket = response.json().get("ticket").asText();
        Jobs.runDue(engine, ticket);
        return ticket;
    }

    private Task task(String ticket, String taskDefinitionKey) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket)
                .taskDefinitionKey(taskDefinitionKey).list();
        assertThat(tasks).as("open %s tasks of %s", taskDefinitionKey, ticket).hasSize(1);
        return tasks.get(0);
    }

    private JsonNode incident(String ticket) {
        Api.Response response = api.get("auditor", "/api/incidents/" + ticket);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    // --- Tasklist ----------------------------------------------------------------------------------------

    /**
     * This context's own engine, by name: the test JVM also holds the PostgreSQL context's engine, and
     * Tasklist's "default" engine would be whichever the engine registry lists first.
     */
    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/" + engine.getName() + "/";
    }

    private void logIn(String user) {
        new Webapps(browser, port, engine).logIn("tasklist", user);
        // logged in: the filter list is there
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'task-filters')]")));
    }

    private void openFilter(String filter) {
        By filterEntry = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a["
                + "starts-with(normalize-space(.), " + literal(filter) + ")]]");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(filterEntry)).click();
        browser.waiting().until(ExpectedConditions.attributeContains(filterEntry, "class", "active"));
    }

    /**
     * Opens the task from the filter's list: the card that shows the ticket (the team filters show ticket,
     * client, priority and summary on each card). Tasklist lists the newest first, so a fresh task is on the
     * first page; when no card shows the ticket (a long list from other tests sharing the database, or a card
     * without variables), the task is opened by its Tasklist link within the same filter. Either way the
     * form's Ticket field is checked afterwards.
     */
    private void openTaskFromList(String filter, String ticket, Task task) {
        By cards = By.cssSelector("section.tasks-list ol.tasks-list > li.task");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(cards, 0));
        // the team's cards show priority, summary, ticket and client once the list has its variables
        browser.waiting().until(ExpectedConditions.textMatches(
                By.cssSelector("ol.tasks-list > li.task span.variable-value"), java.util.regex.Pattern.compile("\\S")));
        By link = By.xpath("//ol[contains(@class,'tasks-list')]"
                + "/li[contains(@class,'task')][.//span[contains(@class,'variable-value')][normalize-space(.)="
                + literal(ticket) + "]]//h4[contains(@class,'task')]/a");
        // the list re-renders while it refreshes: find and click in one go, again if the card was replaced
        boolean onTheList = browser.waiting().until(driver -> {
            List<WebElement> links = driver.findElements(link);
            if (links.size() != 1) {
                return Optional.of(false);
            }
            assertThat(links.get(0).getText().trim()).isEqualTo(task.getName());
            click(links.get(0));
            return Optional.of(true);
        }).orElseThrow();
        if (!onTheList) {
            System.out.printf("No card in \"%s\" shows %s: opening %s by its link%n", filter, ticket,
                    task.getName());
            String filterId = engine.getFilterService().createFilterQuery().filterName(filter).singleResult().getId();
            driver.get(tasklist() + "#/?filter=" + filterId + "&task=" + task.getId());
        }
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//section[contains(@class,'task-details')]//h2[contains(@class,'task')][normalize-space(.)="
                        + literal(task.getName()) + "]")));
    }

    /** Claims the open task: the form is read-only until then, and afterwards the task is the user's. */
    private void claim(String fullName) {
        click(browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("section.task-details button.claim"))));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("section.task-details li.assignee"), fullName));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("section.task-details button.claim")));
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("section.task-details .disabled-form")));
    }

    /** The Camunda Form (form-js) is rendered in the task view: its heading text is there. */
    private void waitForForm(String heading) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//section[contains(@class,'task-details')]//div[contains(@class,'fjs-container')]"
                        + "//div[contains(@class,'fjs-form-field-text')]//h3[normalize-space(.)=" + literal(heading) + "]")));
    }

    /** A form-js field, found by the start of its label (required fields get a trailing asterisk). */
    private WebElement field(String label) {
        By field = By.xpath("//section[contains(@class,'task-details')]//div[contains(@class,'fjs-container')]"
                + "//div[contains(@class,'fjs-form-field')][label[contains(@class,'fjs-form-field-label')]"
                + "[starts-with(normalize-space(.), " + literal(label) + ")]]");
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(field));
    }

    private String fieldValue(String label) {
        WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea"));
        return input.getDomProperty("value");
    }

    /** Opens a form-js select and picks the option whose label contains the text. */
    private void choose(String label, String option) {
        WebElement select = field(label);
        click(select.findElement(By.cssSelector(".fjs-input-group")));
        By item = By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), "
                + literal(option) + ")]");
        click(browser.waiting().until(driver -> select.findElements(item).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null)));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//section[contains(@class,'task-details')]//div[contains(@class,'fjs-form-field')]"
                        + "[label[starts-with(normalize-space(.), " + literal(label) + ")]]"
                        + "//div[contains(@class,'fjs-select-display')]"), option));
    }

    private void fill(String label, String text) {
        WebElement input = field(label).findElement(By.cssSelector("textarea, input.fjs-input"));
        click(input);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Clicks Complete and waits until the engine has completed the task, failing with what the page showed
     * (a Tasklist error or a form validation message) if it does not.
     */
    private void complete(Task task) {
        click(browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//section[contains(@class,'task-details')]//button[contains(@class,'btn-primary')]"
                        + "[normalize-space(.)='Complete']"))));
        try {
            browser.waiting().until(driver -> {
                if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0) {
                    return true;
                }
                List<String> problems = driver.findElements(By.cssSelector(
                        ".alert-danger, .fjs-form-field-error")).stream().filter(WebElement::isDisplayed)
                        .map(WebElement::getText).map(String::trim).filter(text -> !text.isEmpty()).toList();
                if (!problems.isEmpty()) {
                    throw new AssertionError("Completing " + task.getName() + " failed in Tasklist: " + problems);
                }
                return false;
            });
        } catch (TimeoutException e) {
            throw new AssertionError(task.getName() + " is still open 20 s after clicking Complete", e);
        }
    }

    /** Clicks like a user who scrolled the element into the middle of the view (the footer covers the bottom). */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** What a form-js select shows as chosen. */
    private String selected(String label) {
        return field(label).findElement(By.cssSelector(".fjs-select-display")).getText().trim();
    }

    /** An XPath string literal, quotes and all. */
    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
