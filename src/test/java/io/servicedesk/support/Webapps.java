package io.servicedesk.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import java.time.Duration;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Camunda's webapps (Tasklist, Cockpit, Admin) in a real browser: their addresses and their login. */
public final class Webapps {

    private static final By ACCOUNT_MENU = By.cssSelector("[cam-widget-header] li.account");

    private final Browser browser;
    private final int port;
    private final ProcessEngine engine;

    public Webapps(Browser browser, int port, ProcessEngine engine) {
        this.browser = browser;
        this.port = port;
        this.engine = engine;
    }

    /**
     * An app of this context's own engine, by name: the test JVM also holds the PostgreSQL context's engine,
     * and the webapps' "default" engine would be whichever the engine registry lists first.
     */
    public String url(String app) {
        return "http://localhost:" + port + "/camunda/app/" + app + "/" + engine.getName() + "/";
    }

    /** Logs in on the app's login page; the session then holds for every app of the engine. */
    public void logIn(String app, String user) {
        browser.driver().get(url(app));
        By nameField = By.cssSelector("input[ng-model='username']");
        By passwordField = By.cssSelector("input[ng-model='password']");
        // the login page re-renders while it starts: type only once both fields take input, and check them
        pageLoad().until(driver -> {
            WebElement name = ExpectedConditions.elementToBeClickable(nameField).apply(driver);
            WebElement password = ExpectedConditions.elementToBeClickable(passwordField).apply(driver);
            if (name == null || password == null) {
                return false;
            }
            name.click();
            name.clear();
            name.sendKeys(user);
            password.click();
            password.clear();
            password.sendKeys(Api.PASSWORD);
            return user.equals(name.getAttribute("value")) && Api.PASSWORD.equals(password.getAttribute("value"));
        });
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Log in']")).click();
        pageLoad().until(ExpectedConditions.visibilityOfElementLocated(ACCOUNT_MENU));
    }

    /** Opens an app as the user logged in already, and waits until its header shows them. */
    public void open(String app) {
        browser.driver().get(url(app));
        pageLoad().until(ExpectedConditions.visibilityOfElementLocated(ACCOUNT_MENU));
    }

    /**
     * A new page of a webapp loads megabytes of scripts, and the first one after the service started also
     * its REST application: seconds on a quiet machine, minutes on a busy one.
     */
    private WebDriverWait pageLoad() {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(180));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
