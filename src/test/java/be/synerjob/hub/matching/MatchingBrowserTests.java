package be.synerjob.hub.matching;

import static be.synerjob.hub.support.TestVacancies.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.support.BrowserTestBase;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A counsellor opens a profile by the member's own id, sees matches, reasons and the map. */
class MatchingBrowserTests extends BrowserTestBase {

  @Autowired ApiKeys keys;
  @Autowired MobilityFigures figures;

  @Test
  void aCounsellorOpensAProfileAndSeesExplainedMatchesOnTheMap() {
    HubClient hub = new HubClient(port);
    String forem =
        keys.create(
                MemberCode.FOREM, "t", EnumSet.of(Scope.VACANCIES_PUBLISH, Scope.JOBSEEKERS_MANAGE))
            .secret();
    Vacancy v =
        vacancy(MemberCode.FOREM, "br-lln-" + System.nanoTime(), "1348", true, false).toBuilder()
            .language("fr")
            .title("Soudeur TIG (h/f/x)")
            .languages(List.of(new Vacancy.LanguageRequirement("fr", "B1")))
            .build();
    assertThat(
            hub.post("/api/v1/vacancies/batch", forem, "[" + VacancyJson.write(v) + "]").status())
        .isEqualTo(200);
    String profile =
        """
        {"occupations":[{"scheme":"ESCO","code":"%s"}],
         "languages":[{"language":"fr","level":"C1"}],"homePostcode":"1300","maxTravel":{"km":30}}
        """
            .formatted(MatchingApiTests.WELDER);
    assertThat(hub.put("/api/v1/jobseekers/BR-1", forem, profile).status()).isIn(200, 201);

    login(FOREM_ADMIN, "fr");
    open("/console/matching");
    browser().findElement(By.id("id")).sendKeys("BR-1");
    browser().findElement(By.cssSelector("form.matching-form button[type=submit]")).click();
    waitFor(By.cssSelector("table tbody tr"));
    String table = browser().findElement(By.tagName("table")).getText();
    assertThat(table).contains("Soudeur TIG", "même métier que souhaité", "limite 30");
    assertThat(browser().findElements(By.cssSelector("svg.matching-map circle.match")))
        .isNotEmpty();
    assertPageTranslated("fr");
    screenshot("matching-fr");

    // another member's counsellor cannot open it: the page says there is no such profile
    login(VDAB_USER, "nl");
    open("/console/matching?id=BR-1");
    assertThat(browser().findElement(By.cssSelector("p.message.error")).getText())
        .contains("geen profiel");
    assertThat(browser().getPageSource()).doesNotContain("Soudeur TIG");
  }

  @Test
  void theMobilityPageChartsTheFlows() {
    figures.report(
        MemberCode.FOREM,
        List.of(
            new MobilityFigures.Outcome(
                "br-o-1", MobilityFigures.Kind.HIRED, "2023-05", "FOREM", "VDAB", "WAL", "VLG", 40),
            new MobilityFigures.Outcome(
                "br-o-2", MobilityFigures.Kind.TRAINED, "2023-06", "BF", "FOREM", "BRU", "WAL", 3)),
        "t");
    login(VDAB_USER, "de");
    open("/console/matching/mobility?year=2023");
    assertThat(browser().findElement(By.tagName("h1")).getText()).contains("2023");
    assertThat(browser().findElements(By.cssSelector("svg.chart rect.bar")).size())
        .isGreaterThanOrEqualTo(2);
    assertThat(browser().getPageSource()).contains("WAL → VLG", "BF → FOREM");
    assertPageTranslated("de");
    screenshot("mobility-de");
  }
}
