package io.servicedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicedesk.support.Browser;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist, Cockpit and Admin in a real browser show no "migrate to Camunda 8" banner, and the page sits
 * right under the header instead of leaving the banner's empty band (webapps' user-styles.css).
 */
@ServiceDeskTest
class WebappBannerTest {

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    Browser browser;
    String app = "login";

    @RegisterExtension
    final TestExecutionExceptionHandler dumpOnFailure = (context, failure) -> {
        if (browser != null) {
            browser.dump("webapp-banner-" + app + "-failure");
        }
        throw failure;
    };

    @BeforeEach
    void setUp() {
        browser = Browser.start();
    }

    @AfterEach
    void tearDown() {
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
}
