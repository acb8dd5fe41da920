package be.synerjob.hub.learning;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.support.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The learning API over real HTTP on one Spring context: declarations, balances, compliance, the
 * CSV file, the individual learning account, and above all who may see what.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "hub.reference.import-on-start=false",
      "hub.learning.encryption-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
      "spring.datasource.url=jdbc:h2:mem:learning;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class LearningApiTests {

  static final String NN_X = "85073003328";
  static final String NN_Y = "90010100123";
  static final String NN_Z = "75061512374";

  @TestConfiguration
  static class Clocks {
    @Bean
    MutableClock clock() {
      return new MutableClock(Instant.parse("2025-06-15T10:00:00Z"));
    }
  }

  @LocalServerPort int port;
  @Autowired ApiKeys keys;
  @Autowired MutableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired LearningService service;

  HubClient hub;
  String admin;

  @BeforeEach
  void setUp() {
    hub = new HubClient(port);
    admin = keys.create(MemberCode.VDAB, "learning", EnumSet.of(Scope.LEARNING_ADMIN)).secret();
  }

  String employer(String enterpriseNumber, String name) {
    HubClient.Response r =
        hub.post(
            "/api/v1/learning/admin/employers",
            admin,
            "{\"enterpriseNumber\":\"" + enterpriseNumber + "\",\"name\":\"" + name + "\"}");
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json().get("credential").asString();
  }

  String token(String nn) {
    HubClient.Response r =
        hub.post(
            "/api/v1/learning/admin/employee-tokens", admin, "{\"nationalNumber\":\"" + nn + "\"}");
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    assertThat(r.raw().body()).doesNotContain(nn);
    return r.json().get("credential").asString();
  }

  JsonNode declare(String key, String nn, String regime, String start) {
    HubClient.Response r =
        hub.post(
            "/api/v1/learning/employer/employees",
            key,
            "{\"nationalNumber\":\""
                + nn
                + "\",\"regime\":"
                + regime
                + ",\"jointCommittee\":\"200\",\"startDate\":\""
                + start
                + "\"}");
    assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    return r.json();
  }

  void workforce(String key, int year, String fte) {
    for (int q = 1; q <= 4; q++) {
      assertThat(
              hub.put(
                      "/api/v1/learning/employer/workforce/" + year + "/" + q,
                      key,
                      "{\"fte\":" + fte + "}")
                  .status())
          .isEqualTo(200);
    }
  }

  HubClient.Response training(String key, String employee, String body) {
    return hub.post("/api/v1/learning/employer/employees/" + employee + "/trainings", key, body);
  }

  static String field(HubClient.Response r, int i) {
    return r.json().get("problems").get(i).get("field").asString();
  }

  static String code(HubClient.Response r, int i) {
    return r.json().get("problems").get(i).get("code").asString();
  }

  @Test
  void anEmployeeSeesACorrectBalanceInTheirLanguage() {
    String a = employer("0403.170.701", "Atelier A");
    workforce(a, 2024, "25");
    String x = declare(a, NN_X, "1", "2025-01-01").get("id").asString();
    String y = declare(a, "90.01.01-001.23", "0.8", "2025-06-01").get("id").asString();
    assertThat(
            hub.put(
                    "/api/v1/learning/employer/employees/" + x + "/entitlements/2025",
                    a,
                    "{\"days\":5}")
                .status())
        .isEqualTo(200);
    assertThat(
            training(
                    a,
                    x,
                    "{\"kind\":\"FORMAL\",\"title\":\"Heftruck\",\"provider\":\"VDAB\",\"startDate\":\"2025-01-10\","
                        + "\"endDate\":\"2025-01-11\",\"days\":2,\"competences\":[\"competent:KN-10\"]}")
                .status())
        .isEqualTo(201);
    HubClient.Response leave =
        training(
            a,
            x,
            "{\"kind\":\"FLEMISH_TRAINING_LEAVE\",\"title\":\"Avondschool\",\"startDate\":\"2025-05-05\","
                + "\"endDate\":\"2025-05-05\",\"hours\":7.6}");
    assertThat(leave.status()).isEqualTo(201);
    assertThat(leave.json().get("counts").asBoolean()).isFalse();

    String tx = token(NN_X);
    JsonNode me = hub.get("/api/v1/learning/me?lang=fr", tx).json();
    assertThat(me.get("employments")).hasSize(1);
    JsonNode emp = me.get("employments").get(0);
    assertThat(emp.get("employee").get("nationalNumberMasked").asString())
        .isEqualTo("85.07.**-***.**");
    assertThat(emp.get("enterpriseNumber").asString()).isEqualTo("0403.170.701");
    JsonNode y2025 = emp.get("years").get(0);
    assertThat(y2025.get("year").asInt()).isEqualTo(2025);
    assertThat(y2025.get("entitled").decimalValue()).isEqualByComparingTo("5");
    assertThat(y2025.get("taken").decimalValue()).isEqualByComparingTo("2");
    assertThat(y2025.get("notCounted").decimalValue()).isEqualByComparingTo("1");
    assertThat(y2025.get("available").decimalValue()).isEqualByComparingTo("3");
    assertThat(y2025.get("legalMinimum").get("band").asString()).isEqualTo("FULL");
    assertThat(y2025.get("legalMinimum").get("bandLabel").asString())
        .isEqualTo("Entreprise de 20 travailleurs ou plus");
    assertThat(emp.get("trainings").get(1).get("kindLabel").asString())
        .isEqualTo("Congé de formation flamand");
    assertThat(
            hub.get("/api/v1/learning/me", tx, "Accept-Language", "de-BE,de;q=0.9")
                .json()
                .get("employments")
                .get(0)
                .get("trainings")
                .get(0)
                .get("kindLabel")
                .asString())
        .isEqualTo("Formale Weiterbildung");
    assertThat(hub.get("/api/v1/learning/me?lang=xx", tx).status()).isEqualTo(400);

    // Y (0.8, from 1 June) has no declared entitlement: the legal minimum counts, 4 x 0.8 x 214/365
    JsonNode ey = hub.get("/api/v1/learning/employer/employees/" + y + "?lang=nl", a).json();
    assertThat(ey.get("years").get(0).get("declared")).isNull();
    assertThat(ey.get("years").get(0).get("entitled").decimalValue()).isEqualByComparingTo("2.35");
    assertThat(ey.get("years").get(0).get("legalMinimum").get("sources").get(0).asString())
        .contains("Law of 3 October 2022");

    // the national number is stored encrypted, looked up by keyed hash, never audited in clear
    String cipher =
        jdbc.sql("SELECT nn_cipher FROM learning_employee WHERE id = :id")
            .param("id", x)
            .query(String.class)
            .single();
    assertThat(cipher).doesNotContain(NN_X);
    assertThat(service.nationalNumber("0403170701", x)).isEqualTo(NN_X);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_event WHERE detail LIKE :n OR target LIKE :n OR actor LIKE :n")
                .param("n", "%" + NN_X.substring(4) + "%")
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'LEARNING_TRAINING_RECORDED'")
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void anEmployerReachesOnlyItsOwnEmployeesAndAnEmployeeOnlyTheirOwnAccount() {
    String a = employer("0200065072", "Bakkerij A");
    String b = employer("0876543072", "Brasserie B");
    String x = declare(a, NN_Z, "1", "2025-02-01").get("id").asString();
    declare(b, NN_Y, "1", "2025-02-01");
    String base = "/api/v1/learning/employer/employees/";
    String list = "/api/v1/learning/employer/employees";

    // B guesses A's employee id: everything answers 404, as for an unknown id
    assertThat(hub.get(base + x, b).status()).isEqualTo(404);
    assertThat(hub.put(base + x, b, "{\"regime\":0.5,\"startDate\":\"2025-02-01\"}").status())
        .isEqualTo(404);
    assertThat(hub.put(base + x + "/entitlements/2025", b, "{\"days\":1}").status()).isEqualTo(404);
    assertThat(
            training(
                    b,
                    x,
                    "{\"kind\":\"FORMAL\",\"title\":\"t\",\"startDate\":\"2025-03-01\",\"endDate\":\"2025-03-01\",\"days\":1}")
                .status())
        .isEqualTo(404);
    assertThat(hub.post(base + "lookup", b, "{\"nationalNumber\":\"" + NN_Z + "\"}").status())
        .isEqualTo(404);
    assertThat(hub.get(list, b).raw().body()).doesNotContain(x).contains("90.01.**-***.**");
    assertThat(
            hub.post(base + "lookup", a, "{\"nationalNumber\":\"" + NN_Z + "\"}")
                .json()
                .get("id")
                .asString())
        .isEqualTo(x);
    // nothing B tried changed A's employee
    JsonNode still = hub.get(base + x, a).json();
    assertThat(still.get("employee").get("regime").decimalValue()).isEqualByComparingTo("1");
    assertThat(still.get("trainings")).isEmpty();
    // B cannot declare for A by sending A's enterprise number: the key decides the employer
    assertThat(hub.get("/api/v1/learning/employer", b).json().get("enterpriseNumber").asString())
        .isEqualTo("0876.543.072");

    // employees: only their own account; no employer or service operations
    String tz = token(NN_Z);
    String ty = token(NN_Y);
    String meZ = hub.get("/api/v1/learning/me", tz).raw().body();
    assertThat(meZ).contains(x).contains("Bakkerij A").doesNotContain("Brasserie B");
    assertThat(hub.get("/api/v1/learning/me", ty).raw().body())
        .doesNotContain(x)
        .contains("Brasserie B");
    assertThat(hub.get(base + x, tz).status()).isEqualTo(403);
    assertThat(hub.get(list, tz).status()).isEqualTo(403);
    assertThat(
            hub.post(
                    "/api/v1/learning/accounts/lookup", tz, "{\"nationalNumber\":\"" + NN_Y + "\"}")
                .status())
        .isEqualTo(403);
    // employers: no employee view, no service operations
    assertThat(hub.get("/api/v1/learning/me", a).status()).isEqualTo(403);
    assertThat(
            hub.post(
                    "/api/v1/learning/admin/employee-tokens",
                    a,
                    "{\"nationalNumber\":\"" + NN_Y + "\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            hub.post(
                    "/api/v1/learning/admin/employers",
                    a,
                    "{\"enterpriseNumber\":\"0403170701\",\"name\":\"x\"}")
                .status())
        .isEqualTo(403);
    // a member's key without learning:admin reaches nothing; no key or a wrong one is 401
    String feed =
        keys.create(MemberCode.FOREM, "t", EnumSet.of(Scope.FEED_READ, Scope.ADMIN)).secret();
    assertThat(hub.get(list, feed).status()).isEqualTo(403);
    assertThat(
            hub.post(
                    "/api/v1/learning/admin/employee-tokens",
                    feed,
                    "{\"nationalNumber\":\"" + NN_Y + "\"}")
                .status())
        .isEqualTo(403);
    assertThat(hub.get(list, null).status()).isEqualTo(401);
    assertThat(hub.get(list, "sjl_abcdefgh_" + "x".repeat(40)).status()).isEqualTo(401);
    assertThat(hub.get("/api/v1/learning/me", admin).status()).isEqualTo(403);
    // a revoked key stops working at once
    assertThat(hub.delete("/api/v1/learning/admin/credentials/" + b.substring(4, 12), a).status())
        .isEqualTo(403);
    assertThat(
            hub.delete("/api/v1/learning/admin/credentials/" + b.substring(4, 12), admin).status())
        .isEqualTo(204);
    assertThat(hub.get(list, b).status()).isEqualTo(401);
    // the rule table is public; the members' chain is untouched
    assertThat(hub.get("/api/v1/learning/rules", null).json().get("versions")).hasSize(3);
    assertThat(hub.get("/api/v1/feed/changes", null).status()).isEqualTo(401);
  }

  @Test
  void badDeclarationsAreRejectedNamingTheRecordAndField() {
    HubClient.Response badKbo =
        hub.post(
            "/api/v1/learning/admin/employers",
            admin,
            "{\"enterpriseNumber\":\"0403.170.702\",\"name\":\"X\"}");
    assertThat(badKbo.status()).isEqualTo(400);
    assertThat(field(badKbo, 0)).isEqualTo("employer.enterpriseNumber");
    assertThat(code(badKbo, 0)).isEqualTo("invalid-enterprise-number");

    String a = employer("0123456056", "Garage C");
    HubClient.Response badNn =
        hub.post(
            "/api/v1/learning/employer/employees",
            a,
            "{\"nationalNumber\":\"85073003329\",\"regime\":1.5,\"startDate\":\"2025-01-01\"}");
    assertThat(badNn.status()).isEqualTo(400);
    assertThat(field(badNn, 0)).isEqualTo("employee.nationalNumber");
    assertThat(badNn.json().get("problems").get(0).get("reason").asString())
        .isEqualTo("has wrong check digits");
    assertThat(field(badNn, 1)).isEqualTo("employee.regime");
    assertThat(badNn.raw().body()).doesNotContain("85073003329");

    String x = declare(a, NN_X, "1", "2025-01-01").get("id").asString();
    HubClient.Response dup =
        hub.post(
            "/api/v1/learning/employer/employees",
            a,
            "{\"nationalNumber\":\"" + NN_X + "\",\"regime\":1,\"startDate\":\"2025-01-01\"}");
    assertThat(dup.status()).isEqualTo(409);
    assertThat(field(dup, 0)).isEqualTo("employee.nationalNumber");

    HubClient.Response negative =
        training(
            a,
            x,
            "{\"kind\":\"FORMAL\",\"title\":\"t\",\"startDate\":\"2025-03-01\",\"endDate\":\"2025-03-01\",\"days\":-1}");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(field(negative, 0)).isEqualTo("training.days");
    assertThat(code(negative, 0)).isEqualTo("negative");

    assertThat(
            training(
                    a,
                    x,
                    "{\"kind\":\"INFORMAL\",\"title\":\"Coaching\",\"startDate\":\"2025-03-03\",\"endDate\":\"2025-03-07\",\"days\":2}")
                .status())
        .isEqualTo(201);
    HubClient.Response overlap =
        training(
            a,
            x,
            "{\"kind\":\"FORMAL\",\"title\":\"Excel\",\"startDate\":\"2025-03-07\",\"endDate\":\"2025-03-08\",\"days\":1}");
    assertThat(overlap.status()).isEqualTo(400);
    assertThat(field(overlap, 0)).isEqualTo("training.startDate");
    assertThat(code(overlap, 0)).isEqualTo("overlap");
    assertThat(overlap.json().get("problems").get(0).get("reason").asString()).contains("Coaching");

    HubClient.Response kind =
        training(
            a,
            x,
            "{\"kind\":\"HOBBY\",\"title\":\"t\",\"startDate\":\"2025-04-01\",\"endDate\":\"2025-04-01\",\"days\":1,\"competences\":[\"KN-10\"]}");
    assertThat(field(kind, 0)).isEqualTo("training.kind");
    assertThat(field(kind, 1)).isEqualTo("training.competences[0]");

    HubClient.Response before =
        training(
            a,
            x,
            "{\"kind\":\"FORMAL\",\"title\":\"t\",\"startDate\":\"2024-12-01\",\"endDate\":\"2024-12-01\",\"days\":1}");
    assertThat(code(before, 0)).isEqualTo("outside-employment");

    HubClient.Response unknown =
        training(
            a,
            "00000000-0000-0000-0000-000000000000",
            "{\"kind\":\"FORMAL\",\"title\":\"t\",\"startDate\":\"2025-03-01\",\"endDate\":\"2025-03-01\",\"days\":1}");
    assertThat(unknown.status()).isEqualTo(404);

    HubClient.Response negEnt =
        hub.put(
            "/api/v1/learning/employer/employees/" + x + "/entitlements/2025", a, "{\"days\":-2}");
    assertThat(negEnt.status()).isEqualTo(400);
    assertThat(field(negEnt, 0)).isEqualTo("entitlement.days");

    HubClient.Response floor =
        hub.put(
            "/api/v1/learning/admin/sector-agreements/200/2025",
            admin,
            "{\"days\":1.5,\"source\":\"CAO PC 200\"}");
    assertThat(floor.status()).isEqualTo(400);
    assertThat(code(floor, 0)).isEqualTo("below-floor");
  }

  @Test
  void aDeclarationFileIsAppliedWholeOrRejectedWithEveryRowsProblems() throws Exception {
    String a = employer("0456789034", "Drukkerij D");
    String bad =
        "type,nationalNumber,regime,jointCommittee,startDate,endDate,year,quarter,fte,days,hours,kind,title\n"
            + "WORKFORCE,,,,,,2024,1,12,,,,\n"
            + "EMPLOYEE,"
            + NN_Y
            + ",0.5,200,2025-01-01,,,,,,,,\n"
            + "EMPLOYEE,12345678901,1,,2025-01-01,,,,,,,,\n"
            + "TRAINING,"
            + NN_Z
            + ",,,2025-02-01,2025-02-01,,,,1,,FORMAL,Lassen\n"
            + "TRAINING,"
            + NN_Y
            + ",,,2025-02-01,2025-02-01,,,,-1,,FORMAL,Lassen\n"
            + "ENTITLEMENT,"
            + NN_Y
            + ",,,,,2025,,,abc,,,\n";
    HttpResponse<String> r = csv(a, bad);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode problems = HubClient.JSON.readTree(r.body()).get("problems");
    List<String> fields = new ArrayList<>();
    problems.forEach(p -> fields.add(p.get("field").asString() + " " + p.get("code").asString()));
    assertThat(fields)
        .containsExactly(
            "rows[4].nationalNumber invalid-national-number",
            "rows[5].nationalNumber unknown-employee",
            "rows[6].days negative",
            "rows[7].days invalid");
    // nothing of the file was written, not even its good rows
    assertThat(hub.get("/api/v1/learning/employer/employees", a).json()).isEmpty();
    assertThat(hub.get("/api/v1/learning/employer", a).json().get("workforce").isEmpty()).isTrue();

    String good =
        "type;nationalNumber;regime;startDate;endDate;year;quarter;fte;days;kind;title;competences\n"
            + "WORKFORCE;;;;;2024;1;12;;;;\n"
            + "EMPLOYEE;"
            + NN_Y
            + ";0,5;2025-01-01;;;;;;;;\n"
            + "TRAINING;"
            + NN_Y
            + ";;2025-02-03;2025-02-03;;;;0,5;IN_COMPANY;Veiligheid;competent:KN-10\n"
            + "ENTITLEMENT;"
            + NN_Y
            + ";;;;2025;;;0,5;;;\n";
    HttpResponse<String> ok = csv(a, good, ";");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    JsonNode report = HubClient.JSON.readTree(ok.body());
    assertThat(report.get("rows").asInt()).isEqualTo(4);
    assertThat(report.get("applied").get("TRAINING").asInt()).isEqualTo(1);
    JsonNode emp = hub.get("/api/v1/learning/employer/employees", a).json().get(0);
    assertThat(emp.get("regime").decimalValue()).isEqualByComparingTo("0.5");
    JsonNode balance =
        hub.get("/api/v1/learning/employer/employees/" + emp.get("id").asString(), a).json();
    assertThat(balance.get("years").get(0).get("legalMinimum").get("band").asString())
        .isEqualTo("SMALL");
    assertThat(balance.get("years").get(0).get("available").decimalValue())
        .isEqualByComparingTo("0");
  }

  @Test
  void complianceReportsLateAndMissingDeclarations() {
    String a = employer("0403170008", "Fabriek E");
    workforce(a, 2024, "30");
    // started 1 January, declared 15 June: late (due 2 March); entitlement late and too low
    String x = declare(a, NN_X, "1", "2025-01-01").get("id").asString();
    hub.put("/api/v1/learning/employer/employees/" + x + "/entitlements/2025", a, "{\"days\":3}");
    training(
        a,
        x,
        "{\"kind\":\"FORMAL\",\"title\":\"Q1\",\"startDate\":\"2025-01-10\",\"endDate\":\"2025-01-10\",\"days\":1}");
    // started 1 June, declared on time; entitlement due 1 July
    declare(a, NN_Y, "0.8", "2025-06-01");
    JsonNode c = hub.get("/api/v1/learning/employer/compliance?year=2025&lang=nl", a).json();
    assertThat(c.get("compliant").asBoolean()).isFalse();
    assertThat(c.get("employees").asInt()).isEqualTo(2);
    assertThat(c.get("counts").get("LATE_REGISTRATION").asInt()).isEqualTo(1);
    assertThat(c.get("counts").get("LATE_ENTITLEMENT").asInt()).isEqualTo(1);
    assertThat(c.get("counts").get("BELOW_LEGAL_MINIMUM").asInt()).isEqualTo(1);
    assertThat(c.get("counts").get("LATE_TRAINING_UPDATE").asInt()).isEqualTo(1);
    assertThat(c.get("counts").has("MISSING_ENTITLEMENT")).isFalse();
    JsonNode late = c.get("issues").get(0);
    assertThat(late.get("kind").asString()).isEqualTo("LATE_REGISTRATION");
    assertThat(late.get("label").asString()).isEqualTo("Nieuwe werknemer te laat aangegeven");
    assertThat(late.get("dueBy").asString()).isEqualTo("2025-03-02");
    assertThat(late.get("rule").asString()).contains("Royal decree of 20 October 2023");

    clock.advance(Duration.ofDays(30));
    JsonNode after = hub.get("/api/v1/learning/employer/compliance?year=2025", a).json();
    assertThat(after.get("counts").get("MISSING_ENTITLEMENT").asInt()).isEqualTo(1);
    assertThat(hub.get("/api/v1/learning/employer/compliance?year=2019", a).status())
        .isEqualTo(400);
  }

  @Test
  void servicesRecordCertificationsThatOnlyTheCitizenAndServicesRead() {
    HubClient.Response c =
        hub.post(
            "/api/v1/learning/accounts/certifications",
            admin,
            "{\"nationalNumber\":\""
                + NN_Z
                + "\",\"kind\":\"CERTIFICATION\",\"title\":\"VCA Basis\","
                + "\"issuer\":\"VDAB\",\"issuedOn\":\"2025-03-01\",\"competences\":[\"competent:KN-10\"]}");
    assertThat(c.status()).as(c.raw().body()).isEqualTo(201);
    HubClient.Response bad =
        hub.post(
            "/api/v1/learning/accounts/certifications",
            admin,
            "{\"nationalNumber\":\"1\",\"kind\":\"DIPLOMA\",\"title\":\"\",\"issuer\":\"VDAB\",\"issuedOn\":\"2099-01-01\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(field(bad, 0)).isEqualTo("certification.nationalNumber");
    assertThat(field(bad, 1)).isEqualTo("certification.kind");
    assertThat(field(bad, 2)).isEqualTo("certification.title");
    assertThat(field(bad, 3)).isEqualTo("certification.issuedOn");

    assertThat(hub.get("/api/v1/learning/me", token(NN_Z)).raw().body()).contains("VCA Basis");
    assertThat(hub.get("/api/v1/learning/me", token("02030400168")).raw().body())
        .doesNotContain("VCA Basis");
    assertThat(
            hub.post(
                    "/api/v1/learning/accounts/lookup",
                    admin,
                    "{\"nationalNumber\":\"" + NN_Z + "\"}")
                .json()
                .get(0)
                .get("title")
                .asString())
        .isEqualTo("VCA Basis");
  }

  HttpResponse<String> csv(String key, String body) throws Exception {
    return csv(key, body, ",");
  }

  HttpResponse<String> csv(String key, String body, String separator) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + port
                            + "/api/v1/learning/employer/declarations?separator="
                            + (separator.equals(";") ? "%3B" : ",")))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
