package org.riskcycle.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, for tests that use the webapps as a user does.
 * Nothing is downloaded at run time: driver and browser are the installed ones (system properties
 * {@code riskcycle.browser.driver} and {@code riskcycle.browser.binary}), so Selenium Manager never runs.
 */
public final class Browser implements AutoCloseable {

  /** Long enough for a slow two-core CI machine that also runs the application under test. */
  public static final Duration WAIT = Duration.ofSeconds(45);

  // Selenium warns at every start that it has no CDP bindings for this Chromium; the tests only use
  // chromedriver's own CDP endpoint (executeCdpCommand), which needs none. Held here so that the levels stay set.
  private static final List<Logger> QUIET = List.of(
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
      Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  private final ChromeDriver driver;
  private final URI base;
  private final Path screenshots;

  /**
   * @param baseUrl paths given to {@link #open(String)} are resolved against it
   * @param screenshots directory for {@link #screenshot(String)}, created when missing
   */
  public Browser(String baseUrl, Path screenshots) {
    QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    Path driverPath = installed("riskcycle.browser.driver", "/usr/bin/chromedriver");
    Path binaryPath = installed("riskcycle.browser.binary", "/usr/bin/chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binaryPath.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,900",
        "--lang=en-US");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driverPath.toFile())
        .usingAnyFreePort()
        .build();
    this.driver = new ChromeDriver(service, options);
    this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    this.screenshots = screenshots;
  }

  private static Path installed(String property, String fallback) {
    Path path = Path.of(System.getProperty(property, fallback));
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(path + " is missing (system property " + property + "). Browser tests need"
          + " Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
    }
    return path;
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens {@code path} (e.g. {@code camunda/app/tasklist/}) relative to the base URL. */
  public void open(String path) {
    driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /**
   * Waits up to {@link #WAIT} until {@code condition} gives something other than null or false; elements replaced
   * meanwhile (stale) count as not yet.
   */
  public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT, Duration.ofMillis(250)).withMessage(what)
        .ignoring(StaleElementReferenceException.class).until(condition);
  }

  /** The first visible element matching {@code locator}, waiting for it. */
  public WebElement waitFor(By locator) {
    return waitUntil("visible: " + locator, ExpectedConditions.visibilityOfElementLocated(locator));
  }

  public WebElement css(String selector) {
    return waitFor(By.cssSelector(selector));
  }

  public WebElement xpath(String expression) {
    return waitFor(By.xpath(expression));
  }

  public List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * Clicks as a user would. With Debian's Chromium 156 the mouse events chromedriver sends (WebElement.click) never
   * reach the Camunda webapps' pages, though they do reach a plain page; so the click is reproduced with the DOM
   * events a real one fires, in the same order.
   */
  public void click(WebElement element) {
    script("""
        var e = arguments[0];
        e.scrollIntoView({block: 'center'});
        var r = e.getBoundingClientRect();
        var o = {bubbles: true, cancelable: true, view: window, button: 0,
                 clientX: r.left + r.width / 2, clientY: r.top + r.height / 2};
        e.dispatchEvent(new PointerEvent('pointerdown', o));
        e.dispatchEvent(new MouseEvent('mousedown', o));
        if (e.focus) e.focus();
        e.dispatchEvent(new PointerEvent('pointerup', o));
        e.dispatchEvent(new MouseEvent('mouseup', o));
        e.click();""", element);
  }

  public void click(By locator) {
    click(waitFor(locator));
  }

  /**
   * Replaces the text of an input or textarea. Key events from chromedriver (sendKeys, CDP Input.dispatchKeyEvent)
   * never reach the Camunda webapps' pages with this Chromium either; CDP Input.insertText does, and fires the
   * beforeinput and input events of real typing (as an input method does), which AngularJS and form-js listen to.
   */
  public void type(WebElement element, String text) {
    script("""
        var e = arguments[0];
        e.scrollIntoView({block: 'center'});
        e.focus();
        if (e.select) e.select(); else document.execCommand('selectAll');
        if (e.value) document.execCommand('delete');""", element);
    if (!text.isEmpty()) {
      driver.executeCdpCommand("Input.insertText", Map.of("text", text));
    }
  }

  /** Saves a PNG of the viewport as {@code <name>.png} in the screenshot directory. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      Path file = screenshots.resolve(name.endsWith(".png") ? name : name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The console's errors (level SEVERE) since the last call. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
