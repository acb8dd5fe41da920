package be.synerjob.hub.learning;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode ({@code hub.demo.enabled}): on the first start, two employers with a few employees,
 * workforce, entitlements and training relative to the current year, a citizen token and a {@code
 * learning:admin} key for VDAB, all through the normal service paths; the credentials go to {@code
 * <hub.demo.directory>/learning.json}. The national numbers are synthetic.
 */
@Component
class LearningDemo {

  private static final Logger log = LoggerFactory.getLogger(LearningDemo.class);
  private static final LearningPrincipal HUB =
      new LearningPrincipal(LearningPrincipal.Kind.SERVICE, "hub", "demo");

  private final Environment env;
  private final JdbcClient jdbc;
  private final LearningService service;
  private final LearningAccounts accounts;
  private final ApiKeys keys;

  LearningDemo(
      Environment env,
      JdbcClient jdbc,
      LearningService service,
      LearningAccounts accounts,
      ApiKeys keys) {
    this.env = env;
    this.jdbc = jdbc;
    this.service = service;
    this.accounts = accounts;
    this.keys = keys;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seedOnFirstStart() {
    if (!env.getProperty("hub.demo.enabled", Boolean.class, false)
        || jdbc.sql("SELECT COUNT(*) FROM learning_employer").query(Integer.class).single() > 0) {
      return;
    }
    try {
      seed();
    } catch (RuntimeException e) {
      log.warn("Demo mode: the learning accounts could not be seeded", e);
    }
  }

  private void seed() {
    LocalDate today = service.today();
    int y = today.getYear();
    Map<String, Object> out = new LinkedHashMap<>();
    LearningService.Issued a = service.registerEmployer("0403170701", "Demo Atelier", HUB);
    LearningService.Issued b = service.registerEmployer("0200065072", "Demo Bakkerij", HUB);
    for (int year = y - 2; year < y; year++) {
      for (int q = 1; q <= 4; q++) {
        service.declareWorkforce("0403170701", year, q, new BigDecimal("24"), "workforce", HUB);
        service.declareWorkforce("0200065072", year, q, new BigDecimal("12"), "workforce", HUB);
      }
    }
    Employee x =
        service.declareEmployee(
            "0403170701",
            new EmployeeInput(
                "85073003328", BigDecimal.ONE, "200", LocalDate.of(y - 2, 1, 1), null),
            "employee",
            HUB);
    service.declareEmployee(
        "0403170701",
        new EmployeeInput(
            "90010100123", new BigDecimal("0.5"), "200", LocalDate.of(y - 1, 7, 1), null),
        "employee",
        HUB);
    service.declareEmployee(
        "0200065072",
        new EmployeeInput(
            "75061512374", new BigDecimal("0.8"), "118", LocalDate.of(y, 1, 15), null),
        "employee",
        HUB);
    service.declareEntitlement(
        "0403170701", x.id(), y - 1, new BigDecimal("5"), "entitlement", HUB);
    service.declareEntitlement("0403170701", x.id(), y, new BigDecimal("5"), "entitlement", HUB);
    training(x, "FORMAL", "Heftruckchauffeur", "VDAB", LocalDate.of(y - 1, 3, 10), "2");
    training(x, "INFORMAL", "Peter- en meterschap", null, LocalDate.of(y - 1, 9, 1), "1");
    training(
        x,
        "FLEMISH_TRAINING_LEAVE",
        "Avondopleiding boekhouden",
        "CVO",
        LocalDate.of(y, 2, 3),
        "1");
    accounts.record(
        new LearningAccounts.CertificationInput(
            "85073003328",
            "CERTIFICATION",
            "VCA Basisveiligheid",
            "VDAB",
            LocalDate.of(y - 1, 3, 12),
            List.of()),
        HUB);
    out.put("api", "/api/v1/learning");
    out.put(
        "employers",
        List.of(
            Map.of("enterpriseNumber", a.subject(), "key", a.credential()),
            Map.of("enterpriseNumber", b.subject(), "key", b.credential())));
    out.put(
        "employee",
        Map.of(
            "nationalNumber",
            "85.07.30-033.28 (synthetic)",
            "token",
            service.issueEmployeeToken("85073003328", HUB).credential()));
    out.put(
        "service",
        Map.of(
            "member",
            "VDAB",
            "scope",
            "learning:admin",
            "apiKey",
            keys.create(MemberCode.VDAB, "demo learning", EnumSet.of(Scope.LEARNING_ADMIN))
                .secret()));
    Path file =
        Path.of(env.getProperty("hub.demo.directory", "./data/demo")).resolve("learning.json");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(
          file,
          JsonMapper.builder()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .build()
              .writeValueAsString(out),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log.info("Demo mode: learning accounts seeded; credentials in {}", file);
  }

  private void training(
      Employee e, String kind, String title, String provider, LocalDate d, String days) {
    service.recordTraining(
        e.enterpriseNumber(),
        e.id(),
        new TrainingInput(
            kind,
            title,
            provider,
            d,
            d.plusDays(Long.parseLong(days) - 1),
            new BigDecimal(days),
            null,
            List.of()),
        "training",
        HUB);
  }
}
