package be.synerjob.hub.console;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.dedup.Clusters;
import be.synerjob.hub.feed.FeedReader;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.Province;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.support.BrowserTestBase;
import be.synerjob.hub.vacancy.BatchResult;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.PublishOutcome;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyService;
import be.synerjob.hub.vacancy.VacancyStore;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console's pages in Chromium over real data: the dashboard draws its charts, the map, a
 * vacancy with its codes, duplicates, history and partners, the reference browser with htmx
 * suggestions and a release diff, and administration for administrators only.
 */
class ConsolePagesBrowserTests extends BrowserTestBase {

  private static boolean seeded;

  @Autowired VacancyService vacancies;
  @Autowired VacancyStore store;
  @Autowired SharingAgreements agreements;
  @Autowired Clusters clusters;
  @Autowired FeedReader feed;
  @Autowired ApiKeys keys;
  @Autowired Gazetteer gazetteer;

  @BeforeEach
  void data() {
    if (seeded) {
      return;
    }
    agreements.put(
        new SharingAgreement(
            MemberCode.FOREM, MemberCode.VDAB, true, false, false, Set.of(), null, null),
        "test");
    Vacancy welder =
        vacancy(MemberCode.VDAB, "cp-vdab-1", "9000", true, false, "Lasser TIG (m/v/x)", null);
    Vacancy hidden =
        vacancy(MemberCode.VDAB, "cp-vdab-2", "2000", false, false, "Magazijnier (m/v/x)", null);
    assertThat(
            publish(MemberCode.VDAB, List.of(welder, hidden)).counts().get(PublishOutcome.CREATED))
        .isEqualTo(2);
    BatchResult r =
        publish(
            MemberCode.BF,
            List.of(
                vacancy(MemberCode.BF, "cp-bf-1", "1000", true, false),
                vacancy(MemberCode.BF, "cp-bf-2", "1050", true, false),
                vacancy(MemberCode.BF, "cp-bf-3", "9999", true, false)));
    assertThat(r.counts().get(PublishOutcome.CREATED)).isEqualTo(2);
    assertThat(r.counts().get(PublishOutcome.REJECTED)).isEqualTo(1);
    Vacancy copy =
        vacancy(MemberCode.FOREM, "cp-forem-1", "9000", true, false, "Lasser TIG (m/v/x)", null);
    publish(MemberCode.FOREM, List.of(copy));
    clusters.process(10_000);
    feed.recordPosition("FOREM", 1);
    seeded = true;
  }

  private BatchResult publish(MemberCode member, List<Vacancy> list) {
    return vacancies.publish(member, list.stream().map(IncomingRecord::parsed).toList(), "API");
  }

  @Test
  void theDashboardDrawsItsCharts() {
    login(OPERATOR, "en");
    open("/console/dashboard");
    WebDriver b = browser();
    assertThat(b.findElements(By.cssSelector("#chart-volumes rect"))).isNotEmpty();
    assertThat(b.findElements(By.cssSelector("#chart-rejects rect"))).isNotEmpty();
    assertThat(b.findElements(By.cssSelector("#chart-positions rect")))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(b.findElements(By.cssSelector("#chart-lag"))).hasSize(1);
    // the rejected record of VDAB's API flow shows as a third of its records
    assertThat(b.findElement(By.cssSelector("#chart-rejects")).getText())
        .contains("VDAB · API")
        .contains("33.3 %");
    assertPageTranslated("en");
    screenshot("console-dashboard-en");
    open("/console/dashboard?lang=de");
    assertPageTranslated("de");
    assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard des Austauschs");
  }

  @Test
  void theMapColoursTheProvinces() {
    login(VDAB_USER, "nl");
    open("/console/map");
    WebDriver b = browser();
    assertThat(b.findElements(By.cssSelector("#belgium-map polygon")).size()).isGreaterThan(300);
    assertThat(b.findElements(By.cssSelector("#belgium-map .dots circle"))).isNotEmpty();
    // Gent (9000) is in East Flanders: two open vacancies of this test there (one of VDAB, its copy
    // by Forem), and whatever other tests of this shared context published in the province
    long eastFlanders =
        store.openCountsByPostcode(null).entrySet().stream()
            .filter(
                e ->
                    gazetteer
                        .postcode(e.getKey())
                        .map(p -> p.province() == Province.EAST_FLANDERS)
                        .orElse(false))
            .mapToLong(Map.Entry::getValue)
            .sum();
    assertThat(eastFlanders).isGreaterThanOrEqualTo(2);
    assertThat(b.findElement(By.cssSelector("tr[data-area=BE-VOV] td")).getText())
        .isEqualTo(String.valueOf(eastFlanders));
    assertPageTranslated("nl");
    screenshot("console-map-nl");
    open("/console/map?level=region&member=BF");
    assertThat(b.findElement(By.cssSelector("tr[data-area=BRU] td")).getText())
        .isEqualTo(
            String.valueOf(
                store.openCountsByPostcode(MemberCode.BF).values().stream()
                    .mapToLong(Long::longValue)
                    .sum()));
    assertThat(b.findElement(By.cssSelector("tr[data-area=VLG] td")).getText()).isEqualTo("0");
  }

  @Test
  void aVacancyShowsItsCodesDuplicatesHistoryAndPartners() {
    login(VDAB_USER, "fr");
    open("/console/vacancies");
    WebDriver b = browser();
    b.findElement(By.linkText("cp-vdab-1")).click();
    waitFor(By.cssSelector("table.cluster"));
    assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("Lasser TIG (m/v/x)");
    assertThat(b.findElement(By.tagName("h1")).getDomAttribute("lang")).isEqualTo("nl");
    // the ROME code with its labels: the French one from ROME, the others from the crosswalked data
    WebElement rome =
        b.findElements(By.cssSelector("tr.code-occupation")).stream()
            .filter(e -> e.getText().contains("ROME H2913"))
            .findFirst()
            .orElseThrow();
    assertThat(rome.findElement(By.cssSelector("td[lang=fr]")).getText()).isNotEqualTo("–");
    assertThat(b.findElement(By.cssSelector("tr[data-member=FOREM] td")).getText())
        .isEqualTo("oui");
    assertThat(b.findElement(By.cssSelector("tr[data-member=ADG] td")).getText()).isEqualTo("non");
    assertThat(b.findElement(By.cssSelector("table.cluster")).getText())
        .contains("FOREM")
        .contains("VDAB");
    assertPageTranslated("fr");
    screenshot("console-vacancy-fr");

    // Forem's administrator sees VDAB's shared vacancy, not the unshared one
    String shared = store.find(MemberCode.VDAB, "cp-vdab-1").orElseThrow().id().toString();
    String unshared = store.find(MemberCode.VDAB, "cp-vdab-2").orElseThrow().id().toString();
    login(FOREM_ADMIN, "en");
    open("/console/vacancies/" + shared);
    assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("Lasser TIG (m/v/x)");
    open("/console/vacancies/" + unshared);
    assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
  }

  @Test
  void theReferenceBrowserSuggestsAndShowsOccupationsAndDiffs() {
    login(VDAB_USER, "nl");
    open("/console/reference");
    WebDriver b = browser();
    b.findElement(By.id("q")).sendKeys("lasser");
    WebElement first =
        new WebDriverWait(b, Duration.ofSeconds(15))
            .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#suggestions li a")));
    screenshot("console-reference-suggest-nl");
    first.click();
    waitFor(By.cssSelector("table.labels"));
    assertThat(b.findElements(By.cssSelector("table.labels tbody tr"))).hasSize(4);
    assertThat(b.findElement(By.cssSelector("table.labels td[lang=fr]")).getText())
        .isNotEqualTo("–");
    assertPageTranslated("nl");
    screenshot("console-reference-concept-nl");

    open("/console/reference/concept?id=rome:H2913");
    assertThat(b.findElement(By.tagName("h2")).getText()).isNotEmpty();
    assertThat(b.getPageSource()).contains("H2913");
    open("/console/reference");
    b.findElement(By.partialLinkText("ESCO 1.2.0")).click();
    waitFor(By.cssSelector("main table"));
    assertThat(b.findElement(By.tagName("h1")).getText()).contains("ESCO").contains("→");
    screenshot("console-reference-diff-nl");
  }

  @Test
  void administrationIsForAdministratorsOnly() {
    String secretPrefix =
        keys.create(MemberCode.FOREM, "console test key", EnumSet.of(Scope.FEED_READ))
            .key()
            .prefix();
    login(VDAB_USER, "en");
    WebDriver b = browser();
    assertThat(b.findElements(By.cssSelector(".main-nav a[href$='/console/admin']"))).isEmpty();
    open("/console/admin");
    assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo("Error 403");

    login(FOREM_ADMIN, "en");
    b.findElement(By.cssSelector(".main-nav a[href$='/console/admin']")).click();
    waitFor(By.id("keys"));
    WebElement row = b.findElement(By.cssSelector("tr[data-key='" + secretPrefix + "']"));
    assertThat(b.findElements(By.cssSelector("tr[data-key]")))
        .allSatisfy(r -> assertThat(r.getText()).contains("FOREM"));
    screenshot("console-admin-en");
    row.findElement(By.cssSelector("button")).click(); // a POST with the CSRF token
    waitFor(By.cssSelector(".message.info"));
    assertThat(b.findElement(By.cssSelector(".message.info")).getText()).contains(secretPrefix);
    assertThat(
            keys.list(MemberCode.FOREM).stream()
                .filter(k -> k.prefix().equals(secretPrefix))
                .findFirst()
                .orElseThrow()
                .active())
        .isFalse();
  }
}
