package be.synerjob.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.console.ConsoleRole;
import be.synerjob.hub.console.ConsoleUser;
import be.synerjob.hub.console.ConsoleUsers;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.vacancy.Vacancy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Demo mode's first start, and the generator behind it. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=true",
      "hub.demo.directory=target/demo-mode-test",
      "hub.demo.vacancies-per-member=200",
      "hub.scheduling.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:demo-mode;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class DemoModeTests {

  @Autowired JdbcTemplate jdbc;
  @Autowired ConsoleUsers consoleUsers;

  @Test
  void firstStartCreatesAConsoleUserAndAnAdministratorPerMemberAndAnOperator() throws Exception {
    JsonNode creds =
        JsonMapper.builder()
            .build()
            .readTree(Path.of("target/demo-mode-test/credentials.json").toFile());
    List<JsonNode> users = creds.get("console").get("users").valueStream().toList();
    assertThat(users.stream().map(u -> u.get("username").asString()))
        .containsExactlyInAnyOrder(
            "vdab",
            "vdab-admin",
            "forem",
            "forem-admin",
            "actiris",
            "actiris-admin",
            "bf",
            "bf-admin",
            "adg",
            "adg-admin",
            "operator");
    JsonNode vdabAdmin =
        users.stream()
            .filter(u -> u.get("username").asString().equals("vdab-admin"))
            .findFirst()
            .orElseThrow();
    ConsoleUser signedIn =
        consoleUsers.authenticate("vdab-admin", vdabAdmin.get("password").asString()).orElseThrow();
    assertThat(signedIn.member()).isEqualTo(MemberCode.VDAB);
    assertThat(signedIn.role()).isEqualTo(ConsoleRole.ADMIN);
    assertThat(consoleUsers.authenticate("vdab-admin", "wrong-password-1")).isEmpty();
    assertThat(consoleUsers.find("operator").orElseThrow().member()).isNull();
  }

  @Test
  void firstStartWritesOneKeyPerMemberAndAnOperatorKeyReadableOnlyByItsOwner() throws Exception {
    Path file = Path.of("target/demo-mode-test/credentials.json");
    JsonNode creds = JsonMapper.builder().build().readTree(file.toFile());
    List<String> members =
        creds.get("keys").valueStream().map(k -> k.get("member").asString("operator")).toList();
    assertThat(members)
        .containsExactlyInAnyOrder("VDAB", "FOREM", "ACTIRIS", "BF", "ADG", "operator");
    creds
        .get("keys")
        .forEach(
            k -> assertThat(k.get("apiKey").asString()).matches("sjh_[a-z0-9]{8}_[a-z0-9]{40}"));
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sharing_agreement", Integer.class))
        .isEqualTo(20);
  }

  @Test
  void everyGeneratedVacancyIsAcceptedThroughThePublishPath() {
    // 200 each for VDAB, Forem, Actiris; 50 for BF and ADG; plus 10 Actiris jobs republished by
    // VDAB and 5 ADG
    // jobs republished by Forem.
    Map<String, Integer> perMember =
        jdbc
            .query(
                "SELECT member_code, COUNT(*) FROM vacancy GROUP BY member_code",
                (rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(perMember)
        .containsEntry("VDAB", 210)
        .containsEntry("FOREM", 205)
        .containsEntry("ACTIRIS", 200)
        .containsEntry("BF", 50)
        .containsEntry("ADG", 50);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM vacancy WHERE reference LIKE 'VDAB-X-ACTIRIS-%' AND region = 'BRUSSELS'",
                Integer.class))
        .isEqualTo(10);
  }

  @Test
  void membersPublishInTheirTerritoryAndLanguage() {
    Map<String, List<String>> regions =
        jdbc
            .query(
                "SELECT member_code, region FROM vacancy WHERE reference NOT LIKE '%-X-%' GROUP BY member_code, region",
                (rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
            .stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    assertThat(regions.get("VDAB")).containsExactly("FLANDERS");
    assertThat(regions.get("FOREM")).containsExactly("WALLONIA");
    assertThat(regions.get("ACTIRIS")).containsExactly("BRUSSELS");
    assertThat(regions.get("ADG")).containsExactly("WALLONIA");
    List<String> adgPostcodes =
        jdbc.queryForList(
            "SELECT DISTINCT postcode FROM vacancy WHERE member_code = 'ADG'", String.class);
    Gazetteer g = Gazetteer.load();
    assertThat(adgPostcodes)
        .allSatisfy(
            p -> assertThat(g.postcode(p).orElseThrow().languageArea().code()).isEqualTo("de"));
  }

  @Test
  void theGeneratorIsDeterministicForASeedAndADate() {
    Gazetteer g = Gazetteer.load();
    LocalDate day = LocalDate.of(2026, 11, 2);
    List<Vacancy> a = new VacancyGenerator(g, 99, day).generate(MemberCode.ADG, 0, 50);
    List<Vacancy> b = new VacancyGenerator(g, 99, day).generate(MemberCode.ADG, 0, 50);
    List<Vacancy> c = new VacancyGenerator(g, 100, day).generate(MemberCode.ADG, 0, 50);
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
    assertThat(a).allSatisfy(v -> assertThat(v.language()).isEqualTo("de"));
    assertThat(new VacancyGenerator(g, 99, day).generate(MemberCode.VDAB, 0, 50))
        .allSatisfy(
            v ->
                assertThat(g.postcode(v.workplace().postcode()).orElseThrow().region())
                    .isEqualTo(Region.FLANDERS));
  }
}
