package io.servicedesk.support;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda Tasklist in a real browser, as a user works it: log in, open a filter and a task, fill its Camunda Form. */
public final class Tasklist {

    private static final String DETAILS = "//section[contains(@class,'task-details')]";

    private final Browser browser;
    private final WebDriver driver;
    private final ProcessEngine engine;
    private final String url;

    public Tasklist(Browser browser, ProcessEngine engine, int port) {
        this.browser = browser;
        this.driver = browser.driver();
        this.engine = engine;
        this.url = "http://localhost:" + port + "/camunda/app/tasklist/" + engine.getName() + "/";
    }

    public void logIn(String user, String password) {
        driver.get(url);
        By name = By.cssSelector("input[ng-model='username']");
        By secret = By.cssSelector("input[ng-model='password']");
        // the login page re-renders while it starts: type once both fields take input, and check what they hold;
        // the first visit loads the whole webapp, which on a busy machine takes longer than a click
        new WebDriverWait(driver, Duration.ofSeconds(90), Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class).until(page -> {
            WebElement nameField = ExpectedConditions.elementToBeClickable(name).apply(page);
            WebElement passwordField = ExpectedConditions.elementToBeClickable(secret).apply(page);
            if (nameField == null || passwordField == null) {
                return false;
            }
            nameField.clear();
            nameField.sendKeys(user);
            passwordField.clear();
            passwordField.sendKeys(password);
            return user.equals(nameField.getDomProperty("value")) && password.equals(passwordField.getDomProperty("value"));
        });
        driver.findElement(By.xpath("//button[normalize-space(.)='Log in']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters")));
    }

    /** The cards a filter lists, as "task name | variable values" lines. */
    public List<String> cards(String filter) {
        By entry = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a[starts-with("
                + "normalize-space(.), " + literal(filter) + ")]]");
        click(browser.waiting().until(ExpectedConditions.elementToBeClickable(entry)));
        browser.waiting().until(ExpectedConditions.attributeContains(entry, "class", "active"));
        By cards = By.cssSelector("ol.tasks-list > li.task");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(cards, 0));
        return driver.findElements(cards).stream().map(card -> card.getText().replaceAll("\\s+", " ").trim()).toList();
    }

    /** Opens the task in the filter (by its Tasklist link: a shared test database lists many). */
    public void open(String filter, Task task) {
        String filterId = engine.getFilterService().createFilterQuery().filterName(filter).singleResult().getId();
        driver.get(url + "#/?filter=" + filterId + "&task=" + task.getId());
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(DETAILS
                + "//h2[contains(@class,'task')][normalize-space(.)=" + literal(task.getName()) + "]")));
    }

    /** The task's Camunda Form is rendered: its heading is there. */
    public void awaitForm(String heading) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(DETAILS
                + "//div[contains(@class,'fjs-container')]//h3[normalize-space(.)=" + literal(heading) + "]")));
    }

    public String value(String label) {
        return field(label).findElement(By.cssSelector("input.fjs-input, textarea")).getDomProperty("value");
    }

    public void fill(String label, String text) {
        WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea"));
        click(input);
        input.clear();
        input.sendKeys(text);
    }

    /** Picks the radio button whose label is the text. */
    public void choose(String label, String option) {
        WebElement group = field(label);
        WebElement radio = browser.waiting().until(page -> (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(arguments[0].querySelectorAll('input[type=radio]')).find(input =>"
                        + " (input.closest('label') || input.parentElement).textContent.trim() === arguments[1]);",
                group, option));
        click(radio);
        browser.waiting().until(page -> radio.isSelected());
    }

    /** Clicks Complete and waits until the engine completed the task; what the page showed if it did not. */
    public void complete(Task task) {
        click(browser.waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(DETAILS
                + "//button[contains(@class,'btn-primary')][normalize-space(.)='Complete']"))));
        try {
            browser.waiting().until(page -> {
                if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0) {
                    return true;
                }
                List<String> problems = page.findElements(By.cssSelector(".alert-danger, .fjs-form-field-error"))
                        .stream().filter(WebElement::isDisplayed).map(WebElement::getText).map(String::trim)
                        .filter(text -> !text.isEmpty()).toList();
                if (!problems.isEmpty()) {
                    throw new AssertionError("Completing " + task.getName() + " failed in Tasklist: " + problems);
                }
                return false;
            });
        } catch (TimeoutException e) {
            throw new AssertionError(task.getName() + " is still open 20 s after Complete", e);
        }
    }

    private WebElement field(String label) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(DETAILS
                + "//div[contains(@class,'fjs-form-field')][.//label[contains(@class,'fjs-form-field-label')]"
                + "[starts-with(normalize-space(.), " + literal(label) + ")]]")));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
