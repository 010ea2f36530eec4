package be.ifg.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.ifg.domain.DossierId;
import be.ifg.domain.Purpose;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, signed in as at most one demo user at a time, and the few things the
 * browser tests do with a page: sign in and out, open a dossier for a purpose, press a button, read
 * the outcome of a form and the words of the page, take a screenshot.
 *
 * <p>The browser is Debian's {@code chromium} with its {@code chromium-driver}, named by path, so
 * that Selenium never looks for (or downloads) another one. Each browser starts with a new, empty
 * profile directory, removed when it closes.
 */
final class Browser implements AutoCloseable {
  /** Debian's Chromium ({@code -Difg.browser.chromium=…} names another). */
  static final Path CHROMIUM =
      Path.of(System.getProperty("ifg.browser.chromium", "/usr/bin/chromium"));

  /** Debian's chromium-driver ({@code -Difg.browser.chromedriver=…} names another). */
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("ifg.browser.chromedriver", "/usr/bin/chromedriver"));

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final Properties DEMO_USERS = demoUsers();

  private final String base;
  private final Path profile;
  private final WebDriver driver;
  private Optional<String> user = Optional.empty();

  private Browser(String base, Path profile, WebDriver driver) {
    this.base = base;
    this.profile = profile;
    this.driver = driver;
  }

  /** Skips the calling tests, with one clear message, on a machine without the browser. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " are needed (Debian packages chromium and chromium-driver; .ci/run installs them)");
  }

  /** Starts a browser on the application at {@code http://localhost:port}. */
  static Browser open(int port) {
    assumeInstalled();
    // Selenium Manager must never run (it would try the network): with the driver's path given
    // to the service and the browser's in the options, Selenium skips it
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path profile;
    try {
      profile = Files.createTempDirectory("ifg-web-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--disable-crash-reporter",
        "--window-size=1280,900",
        "--lang=en",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      deleteQuietly(profile);
      throw e;
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser("http://localhost:" + port, profile, driver);
  }

  /** The demo password of a demo user, read from the demo users file (never written in a test). */
  static String password(String user) {
    String password = DEMO_USERS.getProperty(user);
    if (password == null) {
      throw new IllegalArgumentException("no demo user " + user + " in demo/users.properties");
    }
    return password.trim();
  }

  /** Opens a path of the application ({@code /}, {@code /dossiers/x?purpose=SAFETY}, ...). */
  Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  /** Signs in through the sign-in page as a demo user, and lands on the agenda. */
  Browser signIn(String name) {
    go("/signin");
    type("username", name);
    type("password", password(name));
    press("sign-in");
    assertThat(find("signed-in-as").map(WebElement::getText))
        .as("signed in as %s, not: %s %s", name, driver.getCurrentUrl(), pageText())
        .contains(name);
    user = Optional.of(name);
    return this;
  }

  /** Signs out with the header's button, and lands on the sign-in page. */
  Browser signOut() {
    press("sign-out");
    assertThat(find("sign-in"))
        .as("the sign-in form after signing out, not: %s %s", driver.getCurrentUrl(), pageText())
        .isPresent();
    user = Optional.empty();
    return this;
  }

  /** Who is signed in in this browser, as far as this browser knows. */
  Optional<String> user() {
    return user;
  }

  /** Opens a dossier's page for a purpose. */
  Browser dossier(DossierId id, Purpose purpose) {
    return go("/dossiers/" + id.value() + "?purpose=" + purpose.name());
  }

  /** Switches the page's language with the header's link ({@code nl}, {@code fr}, {@code en}). */
  Browser language(String tag) {
    press("lang-" + tag);
    return this;
  }

  /** Fills a field given by its id. */
  Browser type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Chooses the option with this value in the selection list with this id. */
  Browser choose(String id, String value) {
    new Select(driver.findElement(By.id(id))).selectByValue(value);
    return this;
  }

  /** Ticks the checkbox or radio button with this id (when it is not ticked yet). */
  Browser check(String id) {
    WebElement box = driver.findElement(By.id(id));
    if (!box.isSelected()) {
      box.click();
    }
    return this;
  }

  /**
   * Sets the value of a date or date-time field ({@code yyyy-MM-dd}, {@code yyyy-MM-ddTHH:mm}): the
   * browser's own picker takes keys in the order of its locale, so the value is given as the form
   * sends it.
   */
  Browser set(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
    return this;
  }

  /** Clicks the element with this id (a button or a link) and waits for the next page. */
  Browser press(String id) {
    WebElement html = driver.findElement(By.tagName("html"));
    driver.findElement(By.id(id)).click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(html));
    return this;
  }

  /**
   * Whether the page an element belongs to has been left: its element is stale, or (Chromium, while
   * it swaps documents) its node no longer belongs to the document.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** The element with this id, if the page has one. */
  Optional<WebElement> find(String id) {
    return driver.findElements(By.id(id)).stream().findFirst();
  }

  /** Whether the page has an element with this id. */
  boolean has(String id) {
    return find(id).isPresent();
  }

  /** The visible text of the element with this id, or empty. */
  String text(String id) {
    return find(id).map(WebElement::getText).orElse("");
  }

  /** The whole visible text of the page. */
  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The page's source as the browser holds it (hidden parts, attributes and tooltips too). */
  String source() {
    return driver.getPageSource();
  }

  /** The language the page says it is in ({@code <html lang>}). */
  String pageLanguage() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  /** The page's title. */
  String title() {
    return driver.getTitle();
  }

  /** The dossier's state as the page's header shows it. */
  String state() {
    return text("state");
  }

  /** The "done" line of the last form, or empty. */
  String done() {
    return text("done");
  }

  /** The refusal box of the last form (its first line and every reason), or empty. */
  String refusal() {
    return text("refused");
  }

  /** The codes of the reasons in the refusal box. */
  List<String> refusalCodes() {
    return driver.findElements(By.cssSelector("#refused li code")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Writes a PNG of the visible page to {@code target/screenshots/name.png}. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(shot.toPath());
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a PNG of the whole page (up to 2400 pixels high) to {@code target/screenshots/name.png}:
   * the window grows to the page's height for the picture.
   */
  Path screenshotWhole(String name) {
    Dimension before = driver.manage().window().getSize();
    Object height =
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollHeight;");
    int page = height instanceof Number n ? n.intValue() : before.getHeight();
    int chrome = before.getHeight() - viewportHeight();
    driver
        .manage()
        .window()
        .setSize(new Dimension(before.getWidth(), Math.min(2400, page + chrome)));
    try {
      return screenshot(name);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  private int viewportHeight() {
    Object h = ((JavascriptExecutor) driver).executeScript("return window.innerHeight;");
    return h instanceof Number n ? n.intValue() : 0;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException | UncheckedIOException e) {
      // a left-over temporary profile is harmless
    }
  }

  private static Properties demoUsers() {
    Properties users = new Properties();
    try (InputStream in = Browser.class.getResourceAsStream("/demo/users.properties")) {
      if (in == null) {
        throw new IllegalStateException("demo/users.properties is not on the class path");
      }
      users.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return users;
  }
}
