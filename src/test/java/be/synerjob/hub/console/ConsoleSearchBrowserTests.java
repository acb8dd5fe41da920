package be.synerjob.hub.console;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.dedup.Clusters;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.search.VacancySearch;
import be.synerjob.hub.support.BrowserTestBase;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.PublishOutcome;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "done when": a counsellor finds, in the console, the Flemish vacancies for a
 * French-speaking welder within 40 km of Mons — searching in French, refining with the region
 * facet.
 */
class ConsoleSearchBrowserTests extends BrowserTestBase {

  @Autowired VacancyService vacancies;
  @Autowired SharingAgreements agreements;
  @Autowired Clusters clusters;
  @Autowired VacancySearch search;

  @Test
  void aFrenchSpeakingCounsellorFindsFlemishWeldersNearMons() {
    agreements.put(
        new SharingAgreement(
            MemberCode.FOREM, MemberCode.VDAB, true, false, false, Set.of(), null, null),
        "test");
    List<Vacancy> vdab =
        List.of(
            vacancy(
                MemberCode.VDAB,
                "cs-geraardsbergen",
                "9500",
                true,
                false,
                "Lasser MIG (m/v/x)",
                null),
            vacancy(
                MemberCode.VDAB, "cs-galmaarden", "1570", true, false, "Lasser TIG (m/v/x)", null),
            vacancy(MemberCode.VDAB, "cs-gent", "9000", true, false, "Lasser (m/v/x)", null),
            vacancy(
                MemberCode.VDAB,
                "cs-galmaarden-unshared",
                "1570",
                false,
                false,
                "Lasser (m/v/x)",
                null));
    assertThat(
            vacancies
                .publish(MemberCode.VDAB, vdab.stream().map(IncomingRecord::parsed).toList(), "API")
                .counts()
                .get(PublishOutcome.CREATED))
        .isEqualTo(4);
    vacancies.publish(
        MemberCode.FOREM,
        List.of(
            IncomingRecord.parsed(
                vacancy(
                    MemberCode.FOREM, "cs-mons", "7000", true, false, "Soudeur (h/f/x)", null))),
        "API");
    clusters.process(10_000);
    search.reindex();

    login(FOREM_ADMIN, "fr");
    WebDriver b = browser();
    b.findElement(By.cssSelector(".main-nav a[href$='/console/search']")).click();
    b.findElement(By.id("q")).sendKeys("soudeur");
    b.findElement(By.id("postcode")).sendKeys("7000");
    b.findElement(By.id("radiusKm")).sendKeys("40");
    b.findElement(By.cssSelector("#search-form button[type=submit]")).click();
    new WebDriverWait(b, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("radiusKm=40"));
    waitFor(By.cssSelector("fieldset[data-facet=region]"));
    assertThat(b.findElement(By.id("hits-h")).getText()).isNotEqualTo("0 offres");
    // the region facet: Flanders ("Région flamande") next to Wallonia (Forem's own vacancy in Mons)
    assertThat(b.findElement(By.cssSelector("fieldset[data-facet=region]")).getText())
        .contains("Région flamande")
        .contains("Région wallonne");
    b.findElement(By.cssSelector("fieldset[data-facet=region] input[value=VLG]")).click();
    new WebDriverWait(b, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("region=VLG"));
    waitFor(By.cssSelector("fieldset[data-facet=region] input[value=VLG][checked]"));
    assertThat(b.findElements(By.cssSelector("li.hit"))).hasSize(2);
    assertThat(b.findElements(By.cssSelector("li.hit")))
        .allSatisfy(h -> assertThat(h.getDomAttribute("data-region")).isEqualTo("VLG"));
    // Geraardsbergen (9500, 36 km) and Galmaarden (1570, 33 km) are within 40 km of Mons, Gent
    // (9000) is not, and the unshared vacancy in Galmaarden is not Forem's to see
    String hits = b.findElement(By.cssSelector("ol.hit-list")).getText();
    assertThat(hits).contains("9500 Grammont").contains("1570 Gammerages").doesNotContain("9000 ");
    // the French word found the Dutch vacancies through their occupation's labels
    assertThat(b.findElement(By.cssSelector("li.hit a")).getText()).startsWith("Lasser");
    assertThat(b.getCurrentUrl()).contains("region=VLG").contains("q=soudeur");
    assertPageTranslated("fr");
    screenshot("console-search-fr");

    // an unknown code is explained, never an empty result
    open("/console/search?q=soudeur&contract=FOREVER");
    assertThat(b.findElement(By.cssSelector("#search-results .message.error")).getText())
        .contains("contract")
        .contains("PERMANENT");
  }
}
