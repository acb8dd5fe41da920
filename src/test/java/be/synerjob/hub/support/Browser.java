package be.synerjob.hub.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for all browser tests of a test run (started on first use, closed when the
 * JVM ends). Driver and browser are Debian's {@code chromium-driver} and {@code chromium} ({@code
 * .ci/run} installs them); their paths are given explicitly so Selenium Manager never downloads
 * anything. Override with the environment variables {@code CHROMEDRIVER} and {@code CHROMIUM}.
 */
public final class Browser {

  private static WebDriver driver;
  private static Path profile;

  private Browser() {}

  /** Whether Chromium and chromedriver are where the browser tests look for them. */
  public static boolean installed() {
    return new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")).canExecute()
        && new File(env("CHROMIUM", "/usr/bin/chromium")).canExecute();
  }

  /** The shared browser, started on first use. */
  public static synchronized WebDriver shared() {
    if (driver == null) {
      driver = start();
      Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit, "browser-quit"));
    }
    return driver;
  }

  private static WebDriver start() {
    String driverPath = env("CHROMEDRIVER", "/usr/bin/chromedriver");
    String browserPath = env("CHROMIUM", "/usr/bin/chromium");
    if (!new File(driverPath).canExecute() || !new File(browserPath).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver ("
              + browserPath
              + ", "
              + driverPath
              + "): apt-get install -y chromium chromium-driver (see .ci/run)");
    }
    System.setProperty("webdriver.chrome.driver", driverPath);
    try {
      profile = Files.createTempDirectory("hub-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browserPath);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=en",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath)).build();
    ChromeDriver d = new ChromeDriver(service, options);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return d;
  }

  /** Saves a PNG of the current page to {@code target/screenshots/<name>.png}. */
  public static Path screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path target = dir.resolve(name + ".png");
      File file = ((TakesScreenshot) shared()).getScreenshotAs(OutputType.FILE);
      Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized void quit() {
    if (driver != null) {
      try {
        driver.quit();
      } catch (RuntimeException e) {
        // the JVM is ending; nothing more to do
      }
      driver = null;
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // a temporary directory left behind
      }
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
