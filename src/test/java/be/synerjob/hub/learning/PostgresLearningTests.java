package be.synerjob.hub.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.support.EmbeddedPostgres;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The learning module's SQL on PostgreSQL 16 (the API tests run on H2): migration V17, every write
 * and read of declarations, the overlap check, the CSV file's all-or-nothing transaction, the
 * compliance report and the keyed-hash look-up.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "hub.reference.import-on-start=false",
      "hub.learning.encryption-key=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA="
    })
class PostgresLearningTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", EmbeddedPostgres::newDatabase);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  @Autowired LearningService service;
  @Autowired LearningViews views;
  @Autowired DeclarationFiles files;
  @Autowired LearningCredentials credentials;
  @Autowired LearningAccounts accounts;

  static final LearningPrincipal SERVICE =
      new LearningPrincipal(LearningPrincipal.Kind.SERVICE, "VDAB", "test");

  @Test
  void declarationsBalancesAndComplianceOnPostgres() {
    LearningService.Issued key = service.registerEmployer("0403170701", "Atelier PG", SERVICE);
    LearningPrincipal employer = credentials.authenticate(key.credential()).orElseThrow();
    assertThat(employer.subject()).isEqualTo("0403170701");
    String en = employer.subject();
    for (int q = 1; q <= 4; q++) {
      service.declareWorkforce(en, 2024, q, new BigDecimal("15"), "workforce", employer);
    }
    service.putSectorAgreement("200", 2025, new BigDecimal("3"), "CAO PC 200 (test)", SERVICE);
    Employee x =
        service.declareEmployee(
            en,
            new EmployeeInput(
                "85073003328", new BigDecimal("0.5"), "200", LocalDate.of(2025, 1, 1), null),
            "employee",
            employer);
    service.recordTraining(
        en,
        x.id(),
        new TrainingInput(
            "FORMAL",
            "Lassen",
            "Syntra",
            LocalDate.of(2025, 2, 3),
            LocalDate.of(2025, 2, 4),
            new BigDecimal("1"),
            null,
            List.of()),
        "training",
        employer);
    assertThatThrownBy(
            () ->
                service.recordTraining(
                    en,
                    x.id(),
                    new TrainingInput(
                        "FORMAL",
                        "Excel",
                        null,
                        LocalDate.of(2025, 2, 4),
                        LocalDate.of(2025, 2, 4),
                        null,
                        new BigDecimal("3.8"),
                        List.of()),
                    "training",
                    employer))
        .isInstanceOf(HubException.class)
        .satisfies(
            e -> assertThat(((HubException) e).problems().get(0).code()).isEqualTo("overlap"));

    // the sector agreement of joint committee 200 (3 days) replaces the small-employer day
    LearningViews.EmploymentView v = views.employment(x, 2025, Language.NL);
    assertThat(v.years().get(0).legalMinimum().band()).isEqualTo(TrainingRight.Band.SECTOR);
    assertThat(v.years().get(0).entitled()).isEqualByComparingTo("1.50");
    assertThat(v.years().get(0).available()).isEqualByComparingTo("0.50");
    assertThat(service.employeeByNationalNumber(en, "85.07.30-033.28")).contains(x);

    // a file with one bad row writes nothing
    String file =
        "type,nationalNumber,regime,startDate\n"
            + "EMPLOYEE,90010100123,1,2025-03-01\n"
            + "EMPLOYEE,90010100124,1,2025-03-01\n";
    assertThatThrownBy(() -> files.upload(en, new StringReader(file), ',', employer))
        .isInstanceOf(HubException.class);
    assertThat(service.employees(en)).hasSize(1);
    DeclarationFiles.Report ok =
        files.upload(
            en,
            new StringReader(
                "type,nationalNumber,regime,startDate\nEMPLOYEE,90010100123,1,2025-03-01\n"),
            ',',
            employer);
    assertThat(ok.applied().get(DeclarationFiles.RowType.EMPLOYEE)).isEqualTo(1);
    assertThat(service.employees(en)).hasSize(2);

    Compliance c = views.compliance(en, 2025, Language.FR);
    assertThat(c.employees()).isEqualTo(2);
    assertThat(c.issues()).isNotEmpty();

    accounts.record(
        new LearningAccounts.CertificationInput(
            "85073003328", "QUALIFICATION", "Lasser", "VDAB", LocalDate.of(2025, 3, 1), List.of()),
        SERVICE);
    assertThat(
            views
                .person(service.personHash("t", "85073003328"), 2025, Language.EN)
                .certifications())
        .extracting(LearningAccounts.Certification::title)
        .containsExactly("Lasser");
  }
}
