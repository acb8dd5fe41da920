package be.synerjob.hub.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.support.BrowserTestBase;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The statistics pages in German: figures with their flags, and the side-by-side comparison. */
class StatisticsBrowserTests extends BrowserTestBase {

  @Autowired Submissions submissions;
  @Autowired Methodologies methodologies;

  @Test
  void aStatisticianSeesTheFiguresWithTheirBreakAndComparesTheInstitutions() {
    if (methodologies.find(Statistic.JOB_DEMAND, "FOREM", 2026).isEmpty()) {
      for (MethodologySeed.SeedEntry e : MethodologySeed.load()) {
        if (e.statistic().equals("JOB_DEMAND")
            && (e.institution().equals("FOREM") || e.institution().equals("ADG"))) {
          methodologies.put(
              Statistic.JOB_DEMAND, e.institution(), 2026, e.entry(), e.institution(), "test");
        }
      }
      submissions.submitCsv(
          MemberCode.FOREM,
          new StringReader(
              "statistic,period,region,value\nJOB_DEMAND,2026-01,,250\nJOB_DEMAND,2026-01,WAL,250\n"),
          null,
          "test");
    }
    login(FOREM_ADMIN, "de");
    open("/console/statistics?statistic=JOB_DEMAND");
    assertThat(waitFor(By.tagName("h2")).getText()).isEqualTo("Arbeitsuchende (Arbeitsnachfrage)");
    String table = browser().findElement(By.cssSelector("table")).getText();
    assertThat(table).contains("2026-01", "250", "B"); // Le Forem's recorded break of January 2026
    assertThat(
            browser().findElement(By.cssSelector("svg.chart title")).getDomProperty("textContent"))
        .contains("je Monat");
    assertPageTranslated("de");
    screenshot("statistics-de");

    open("/console/statistics/comparison?statistic=JOB_DEMAND&year=2026");
    assertThat(waitFor(By.tagName("h1")).getText()).endsWith("(2026)");
    String comparison = waitFor(By.cssSelector("table")).getText();
    assertThat(comparison).contains("Zähleinheit", "übereinstimmend", "abweichend", "ADG", "FOREM");
    assertThat(browser().getPageSource()).contains("Illustrativ: neues Fallverwaltungssystem");
    assertPageTranslated("de");
    screenshot("statistics-comparison-de");
  }
}
