package be.synerjob.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.support.BrowserTestBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/** Sign in, switch language, navigation, keyboard and the login's refusals, in Chromium. */
class ConsoleBrowserTests extends BrowserTestBase {

  @Test
  void signInSwitchLanguageAndSignOut() {
    login(VDAB_USER, "en");
    WebDriver b = browser();
    assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("Synerjob Hub console");
    assertPageTranslated("en");
    assertThat(b.findElement(By.cssSelector(".user-menu")).getText()).contains("VDAB");
    screenshot("console-home-en");
    // htmx is served from its webjar and running
    assertThat(((JavascriptExecutor) b).executeScript("return typeof htmx")).isEqualTo("object");

    b.findElement(By.cssSelector(".languages a[hreflang=fr]")).click();
    waitFor(By.cssSelector("html[lang=fr]"));
    assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("Console de Synerjob Hub");
    assertPageTranslated("fr");
    open("/console"); // the choice is kept in a cookie
    assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("Console de Synerjob Hub");
    for (String lang : new String[] {"nl", "de"}) {
      open("/console?lang=" + lang);
      assertPageTranslated(lang);
    }
    assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("Konsole von Synerjob Hub");
    screenshot("console-home-de");

    b.findElement(By.cssSelector(".user-menu button[type=submit]")).click();
    waitFor(By.cssSelector("form.login-form"));
    assertThat(b.findElement(By.cssSelector(".message.info")).getText())
        .isEqualTo("Sie sind abgemeldet.");
    open("/console");
    assertThat(b.getCurrentUrl()).endsWith("/login");
  }

  @Test
  void theSkipLinkIsTheFirstStopOfTheKeyboard() {
    login(VDAB_USER, "en");
    WebDriver b = browser();
    b.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    var focused = b.switchTo().activeElement();
    assertThat(focused.getDomAttribute("class")).isEqualTo("skip-link");
    assertThat(focused.isDisplayed()).isTrue();
  }

  @Test
  void aWrongPasswordOrADisabledAccountIsRefused() throws Exception {
    WebDriver b = browser();
    open("/login?lang=nl");
    b.manage().deleteAllCookies();
    open("/login?lang=nl");
    b.findElement(By.id("username")).sendKeys(VDAB_USER);
    b.findElement(By.id("password")).sendKeys("not-the-password");
    b.findElement(By.cssSelector("form.login-form button")).click();
    waitFor(By.cssSelector(".message.error"));
    assertThat(b.findElement(By.cssSelector(".message.error")).getText())
        .startsWith("Verkeerde gebruikersnaam");
    screenshot("console-login-error-nl");

    consoleUsers.create("test-gone", null, ConsoleRole.USER, PASSWORD, "test");
    consoleUsers.setEnabled("test-gone", false, "test");
    b.findElement(By.id("username")).sendKeys("test-gone");
    b.findElement(By.id("password")).sendKeys(PASSWORD);
    b.findElement(By.cssSelector("form.login-form button")).click();
    waitFor(By.cssSelector(".message.error"));
    assertThat(b.getCurrentUrl()).endsWith("/login?error");

    // a form post without the CSRF token is refused
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "username=test-vdab&password=" + PASSWORD))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
  }
}
