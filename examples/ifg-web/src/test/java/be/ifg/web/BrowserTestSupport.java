package be.ifg.web;

import be.ifg.workflow.ChainApproach;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The frame of the browser tests: the app on a random port with the demo table and users (the store
 * in an in-memory H2), and one headless Chromium per demo user, signed in at first use and closed
 * after the class. Skipped, with one message, where Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
abstract class BrowserTestSupport {
  private static final Map<String, Browser> BROWSERS = new LinkedHashMap<>();

  @LocalServerPort int port;
  @Autowired ChainApproach chain;

  @BeforeAll
  static void installed() {
    Browser.assumeInstalled();
  }

  @AfterAll
  static void closeBrowsers() {
    try {
      BROWSERS.values().forEach(Browser::close);
    } finally {
      BROWSERS.clear();
    }
  }

  /** The browser of a demo user (a session of its own), signed in, its pages in English. */
  Browser as(String user) {
    Browser browser = BROWSERS.get(user);
    if (browser == null) {
      browser = Browser.open(port);
      try {
        browser.signIn(user);
      } catch (RuntimeException | AssertionError e) {
        browser.close();
        throw e;
      }
      BROWSERS.put(user, browser);
    }
    return browser;
  }

  /** A browser of its own, not signed in, which the caller closes. */
  Browser fresh() {
    return Browser.open(port);
  }
}
