package be.synerjob.hub.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.console.ConsoleRole;
import be.synerjob.hub.support.BrowserTestBase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secretariat's "done when" in the console, in Chromium: close the theme vote, plan the next
 * board session with its presenter and theme, record a decision, suspend a working group; and who
 * sees internal documents.
 */
class CooperationBrowserTests extends BrowserTestBase {

  static final String VIEWER = "test-coop-operator-user";

  @Autowired CooperationDemo demo;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void demoData() {
    if (jdbc.sql("SELECT COUNT(*) FROM coop_working_group WHERE code = 'vacancy-exchange'")
            .query(Integer.class)
            .single()
        == 0) {
      tx.executeWithoutResult(s -> demo.seedAll());
    }
    if (consoleUsers.find(VIEWER).isEmpty()) {
      consoleUsers.create(VIEWER, null, ConsoleRole.USER, PASSWORD, "test");
    }
  }

  @Test
  void theSecretariatPlansTheNextBoardSessionRecordsADecisionAndSuspendsAGroup() {
    login(FOREM_ADMIN, "nl");
    WebDriver b = browser();
    open("/console/cooperation");
    assertPageTranslated("nl");
    assertThat(b.findElement(By.tagName("h1")).getText()).startsWith("De samenwerking");
    assertThat(b.getPageSource()).contains("Diversiteitsplannen", "Gecoördineerde tewerkstelling");
    screenshot("cooperation-overview-nl");

    // the 2026 session's open vote: a tie the chair decides
    b.findElement(By.xpath("//a[starts-with(text(), '2026-10-15')]")).click();
    waitFor(By.id("close-vote")).click();
    waitFor(By.cssSelector(".message.info"));
    assertThat(b.findElement(By.cssSelector(".outcome")).getText())
        .contains(
            "Interregionale mobiliteit van werkzoekenden",
            "de stem van de voorzitter beslist",
            "afgesloten");

    open("/console/cooperation");
    assertThat(b.findElement(By.id("next-heading")).findElement(By.xpath("..")).getText())
        .contains("ADG", "Interregionale mobiliteit van werkzoekenden")
        .doesNotContain("Nog geen thema");
    b.findElement(By.cssSelector("form.plan-form button[type=submit]")).click();
    waitFor(By.cssSelector(".message.info"));
    assertThat(b.findElement(By.tagName("h1")).getText()).startsWith("Raad van bestuur");
    List<String> agenda =
        b.findElements(By.cssSelector("main ol li")).stream().map(WebElement::getText).toList();
    assertThat(agenda)
        .contains(
            "Lopende projecten van ADG",
            "Thema ten gronde: Interregionale mobiliteit van werkzoekenden (door Le Forem)");
    screenshot("cooperation-planned-session-nl");

    b.findElement(By.id("decision-title")).sendKeys("Het werkprogramma wordt goedgekeurd");
    b.findElement(By.cssSelector("form.decision-form button[type=submit]")).click();
    waitFor(By.cssSelector(".message.info"));
    assertThat(b.findElement(By.cssSelector("main table")).getText())
        .contains("1", "Het werkprogramma wordt goedgekeurd", "Aangenomen");

    // a working group: the reason is required, then the status and its history change
    open("/console/cooperation/working-groups/vacancy-exchange?lang=fr");
    assertPageTranslated("fr");
    b.findElement(By.cssSelector("#change-heading + form button[type=submit]")).click();
    assertThat(waitFor(By.cssSelector(".message.error")).getText()).contains("reason");
    b.findElement(By.id("reason")).sendKeys("En attente de l'API d'un partenaire");
    b.findElement(By.cssSelector("#change-heading + form button[type=submit]")).click();
    waitFor(By.cssSelector(".message.info"));
    assertThat(b.findElement(By.id("group-status")).getText()).isEqualTo("Suspendu");
    assertThat(b.findElements(By.cssSelector("tr.history-row"))).hasSize(2);
    screenshot("cooperation-group-fr");
  }

  @Test
  void internalDocumentsOnlyForMembersStaff() {
    login(VDAB_USER, "de");
    WebDriver b = browser();
    open("/console/cooperation");
    b.findElement(By.xpath("//a[starts-with(text(), '2026-10-15')]")).click();
    assertPageTranslated("de");
    String page = b.getPageSource();
    assertThat(page).contains("Agenda (illustrative)", "Draft minutes (illustrative, internal)");
    assertThat(b.findElements(By.cssSelector("form.decision-form")))
        .isEmpty(); // not the secretariat

    login(VIEWER, "en");
    open("/console/cooperation");
    b.findElement(By.xpath("//a[starts-with(text(), '2026-10-15')]")).click();
    assertThat(b.getPageSource()).contains("Agenda (illustrative)").doesNotContain("Draft minutes");
    open("/console/cooperation/documents/" + internalDocument());
    assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("Error 404");
  }

  private long internalDocument() {
    return jdbc.sql("SELECT MIN(id) FROM coop_document WHERE visibility = 'INTERNAL'")
        .query(Long.class)
        .single();
  }
}
