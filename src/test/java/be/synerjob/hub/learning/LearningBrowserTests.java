package be.synerjob.hub.learning;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.support.BrowserTestBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The learning console page: rules with sources for everyone, compliance for administrators. */
class LearningBrowserTests extends BrowserTestBase {

  static final LearningPrincipal SERVICE =
      new LearningPrincipal(LearningPrincipal.Kind.SERVICE, "VDAB", "browser");

  @Autowired LearningService service;

  @Test
  void anAdministratorSeesAnEmployersComplianceInFrench() {
    if (service.employeeByNationalNumber("0876543072", "85073003328").isEmpty()) {
      service.registerEmployer("0876543072", "Brasserie du Test", SERVICE);
      service.declareEmployee(
          "0876543072",
          new EmployeeInput("85073003328", BigDecimal.ONE, "200", LocalDate.of(2025, 1, 1), null),
          "employee",
          SERVICE);
    }
    login(FOREM_ADMIN, "fr");
    open("/console/learning");
    assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Comptes formation");
    assertThat(browser().getPageSource())
        .contains("Law of 3 October 2022")
        .contains("days-per-fte");
    assertPageTranslated("fr");
    browser().findElement(By.id("enterpriseNumber")).sendKeys("0876.543.072");
    browser().findElement(By.id("year")).clear();
    browser().findElement(By.id("year")).sendKeys("2025");
    browser().findElement(By.cssSelector("#compliance-heading + form button")).click();
    waitFor(By.cssSelector("#compliance table"));
    String report = browser().findElement(By.id("compliance")).getText();
    assertThat(report)
        .contains("Brasserie du Test")
        .contains("Nouveau travailleur déclaré en retard")
        .contains("85.07.**-***.**")
        .doesNotContain("85073003328");
    screenshot("learning-compliance-fr");
  }

  @Test
  void aUserSeesTheRulesButNoCompliance() {
    login(VDAB_USER, "nl");
    open("/console/learning");
    assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Leerrekeningen");
    assertThat(browser().findElements(By.id("enterpriseNumber"))).isEmpty();
    assertThat(browser().getPageSource()).contains("Regels van kracht vanaf 2024-01-01");
    assertPageTranslated("nl");
  }
}
