package be.synerjob.hub.support;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.console.ConsoleRole;
import be.synerjob.hub.console.ConsoleUsers;
import be.synerjob.hub.core.MemberCode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of every browser test: the hub on a random port, the shared headless Chromium of {@link
 * Browser}, and console users to sign in with. The Spring context is shared by all subclasses and
 * with the reference tests ({@code reference.ShippedReferenceContext} has exactly the same
 * properties), so the shipped reference is imported once per test run: do not add properties,
 * {@code @MockitoBean}s or nested configurations in a subclass, or you start another context. The
 * database is shared too: create your own data with unique references, assume nothing is empty.
 *
 * <p>Users (password {@link #PASSWORD}): {@code test-operator} (hub operator, ADMIN), {@code
 * test-vdab} (VDAB, USER), {@code test-forem-admin} (FOREM, ADMIN).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:reference-shipped;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
public abstract class BrowserTestBase {

  public static final String PASSWORD = "browser-test-secret";
  public static final String OPERATOR = "test-operator";
  public static final String VDAB_USER = "test-vdab";
  public static final String FOREM_ADMIN = "test-forem-admin";

  @LocalServerPort protected int port;
  @Autowired protected ConsoleUsers consoleUsers;

  /**
   * Without Chromium and its driver the browser tests are skipped on a developer's machine (the
   * README's {@code ./mvnw verify} needs only a JDK) but fail in CI ({@code CI=true}), where {@code
   * .ci/run} installs them.
   */
  @BeforeAll
  static void aBrowserIsInstalled() {
    Assumptions.assumeTrue(
        Browser.installed() || "true".equalsIgnoreCase(System.getenv("CI")),
        "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver):"
            + " browser tests skipped");
  }

  @BeforeEach
  void consoleUsersExist() {
    ensureUser(OPERATOR, null, ConsoleRole.ADMIN);
    ensureUser(VDAB_USER, MemberCode.VDAB, ConsoleRole.USER);
    ensureUser(FOREM_ADMIN, MemberCode.FOREM, ConsoleRole.ADMIN);
  }

  private void ensureUser(String name, MemberCode member, ConsoleRole role) {
    if (consoleUsers.find(name).isEmpty()) {
      consoleUsers.create(name, member, role, PASSWORD, "test");
    }
  }

  protected WebDriver browser() {
    return Browser.shared();
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Opens a path of the hub ({@code /console/...}) and waits for the page. */
  protected void open(String path) {
    browser().get(url(path));
  }

  /** Signs out whoever was signed in, then signs in as {@code username} in the given language. */
  protected void login(String username, String lang) {
    WebDriver b = browser();
    b.get(url("/login?lang=" + lang));
    b.manage().deleteAllCookies();
    b.get(url("/login?lang=" + lang));
    b.findElement(By.id("username")).sendKeys(username);
    b.findElement(By.id("password")).sendKeys(PASSWORD);
    b.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
    waitFor(By.cssSelector(".user-menu"));
    assertThat(b.findElement(By.cssSelector(".user-menu")).getText()).contains(username);
  }

  protected WebElement waitFor(By by) {
    return new WebDriverWait(browser(), Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /** The page shows no unresolved message ({@code ??key_lang??}) and has a language attribute. */
  protected void assertPageTranslated(String lang) {
    assertThat(browser().getPageSource()).doesNotContain("??");
    assertThat(browser().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
  }

  protected Path screenshot(String name) {
    return Browser.screenshot(name);
  }
}
