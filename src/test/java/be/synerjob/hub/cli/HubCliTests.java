package be.synerjob.hub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.HubApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator CLI against a real (H2 file) database, as an operator runs it from the jar. */
class HubCliTests {

  @TempDir Path dir;
  private final PrintStream out = System.out;
  private final PrintStream err = System.err;
  private ByteArrayOutputStream captured;
  private ByteArrayOutputStream capturedErr;

  @BeforeEach
  void database() {
    System.setProperty(
        "spring.datasource.url",
        "jdbc:h2:file:"
            + dir.resolve("hub").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
  }

  @AfterEach
  void restore() {
    System.clearProperty("spring.datasource.url");
    System.setOut(out);
    System.setErr(err);
  }

  private int run(String... args) {
    captured = new ByteArrayOutputStream();
    capturedErr = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
    try {
      return HubCli.run(HubApplication.class, args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private String output() {
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void createsListsAndRevokesKeys() {
    assertThat(
            run(
                "keys",
                "create",
                "--member",
                "vdab",
                "--name",
                "integration",
                "--scopes",
                "feed:read,vacancies:publish"))
        .isZero();
    String created = output();
    assertThat(created)
        .contains("member: VDAB")
        .containsPattern("key:\\s+sjh_[a-z0-9]{8}_[a-z0-9]{40}");
    String id =
        created
            .lines()
            .filter(l -> l.startsWith("id:"))
            .findFirst()
            .orElseThrow()
            .substring(3)
            .trim();
    String secret =
        created
            .lines()
            .filter(l -> l.startsWith("key:"))
            .findFirst()
            .orElseThrow()
            .substring(4)
            .trim();

    assertThat(run("keys", "list", "--member", "VDAB")).isZero();
    assertThat(output()).contains(id).contains("active").doesNotContain(secret);

    assertThat(run("keys", "revoke", id)).isZero();
    assertThat(run("keys", "list")).isZero();
    assertThat(output()).contains("revoked");
  }

  @Test
  void generatesVacanciesWithTheirLabelsWithoutADatabase() throws Exception {
    Path out = dir.resolve("gen/vacancies.ndjson");
    assertThat(
            run(
                "generate",
                "--vacancies",
                "500",
                "--seed",
                "3",
                "--date",
                "2026-11-02",
                "--out",
                out.toString()))
        .isZero();
    java.util.List<String> lines = java.nio.file.Files.readAllLines(out);
    java.util.List<String> labels = java.nio.file.Files.readAllLines(Path.of(out + ".labels.tsv"));
    assertThat(lines).hasSize(500);
    assertThat(labels).hasSize(501).first().asString().startsWith("member\treference\tkind");
    assertThat(labels)
        .anyMatch(l -> l.contains("\tINVALID\t"))
        .anyMatch(l -> l.contains("\tREPOST\t"));
    assertThat(be.synerjob.hub.vacancy.VacancyJson.read(lines.get(0)).reference())
        .isEqualTo(labels.get(1).split("\t")[1]);
    Path again = dir.resolve("gen/again.ndjson");
    run(
        "generate",
        "--vacancies",
        "500",
        "--seed",
        "3",
        "--date",
        "2026-11-02",
        "--out",
        again.toString());
    assertThat(java.nio.file.Files.readAllLines(again)).isEqualTo(lines);
    assertThat(run("generate", "--vacancies", "5", "--mix", "1,2,3,4,5", "--out", again.toString()))
        .isEqualTo(2);

    // API batches: one request body per line, at most --batch-size records each, same records.
    Path batches = dir.resolve("gen/batches.ndjson");
    assertThat(
            run(
                "generate",
                "--vacancies",
                "500",
                "--seed",
                "3",
                "--date",
                "2026-11-02",
                "--format",
                "batch",
                "--batch-size",
                "200",
                "--out",
                batches.toString()))
        .isZero();
    java.util.List<String> bodies = java.nio.file.Files.readAllLines(batches);
    assertThat(bodies).hasSize(3);
    tools.jackson.databind.JsonNode last =
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(bodies.get(2));
    assertThat(last.get("vacancies").size()).isEqualTo(100);
    assertThat(last.get("vacancies").get(99).get("reference").asString())
        .isEqualTo(labels.get(500).split("\t")[1]);
    // XML: one PositionOpening per record.
    Path xml = dir.resolve("gen/vacancies.xml.gz");
    assertThat(run("generate", "--vacancies", "50", "--format", "xml", "--out", xml.toString()))
        .isZero();
    try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(xml))) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text.split("<PositionOpening[ >]", -1)).hasSize(51);
    }
  }

  @Test
  void managesAgreementsAndExplainsMistakes() {
    assertThat(
            run(
                "agreements",
                "set",
                "FOREM",
                "VDAB",
                "--exclude-temp-agencies",
                "--regions",
                "BRUSSELS,WAL"))
        .isZero();
    assertThat(run("agreements", "list")).isZero();
    assertThat(output()).containsPattern("FOREM\\s+<-\\s+VDAB\\s+true\\s+true\\s+false");
    assertThat(run("agreements", "set", "FOREM", "NOPE")).isEqualTo(2);
    assertThat(capturedErr.toString(StandardCharsets.UTF_8)).contains("unknown member 'NOPE'");
    assertThat(run("agreements", "remove", "FOREM", "VDAB")).isZero();
    assertThat(run("members")).isZero();
    assertThat(output()).contains("ACTIRIS").contains("Bruxelles Formation");
  }

  @Test
  void managesConsoleUsers() {
    assertThat(run("users", "create", "alice", "--member", "VDAB", "--role", "ADMIN")).isZero();
    assertThat(output()).containsPattern("password: [A-Za-z0-9]{16}");
    assertThat(run("users", "create", "Bad Name!", "--member", "VDAB")).isEqualTo(2);
    assertThat(capturedErr.toString(StandardCharsets.UTF_8)).contains("username");
    assertThat(run("users", "disable", "alice")).isZero();
    assertThat(run("users", "list")).isZero();
    assertThat(output()).containsPattern("alice\\s+VDAB\\s+ADMIN\\s+disabled");
  }
}
