package be.synerjob.hub.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.demo.VacancyGenerator;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Kills the hub (SIGKILL, as a crash or an OOM killer would) while it publishes batches, then
 * checks the database the way the next start finds it: no vacancy without its version, no version
 * without its feed entry, every batch all there or not at all, every answered batch still there;
 * and re-sending every batch after a restart converges to each vacancy exactly once.
 */
class CrashRecoveryTests {

  static final int BATCHES = 12;
  static final int BATCH_SIZE = 500;

  @TempDir Path dir;

  @Test
  void aHubKilledMidBatchLosesNothingAcceptedAndConvergesWhenBatchesAreResent() throws Exception {
    List<String> batches = batches();
    int port = freePort();
    Process hub = start(port, 1);
    String key;
    ConcurrentHashMap<Integer, Boolean> answered = new ConcurrentHashMap<>();
    try {
      key = vdabKey();
      HubClient client = new HubClient(port);
      AtomicBoolean stop = new AtomicBoolean();
      Thread sender =
          new Thread(
              () -> {
                for (int b = 0; b < BATCHES && !stop.get(); b++) {
                  try {
                    HubClient.Response r =
                        client.post("/api/v1/vacancies/batch", key, batches.get(b));
                    if (r.status() == 200) {
                      answered.put(b, true);
                    }
                  } catch (RuntimeException e) {
                    return; // the hub died under us
                  }
                }
              },
              "batch-sender");
      sender.start();
      // Let a few batches through, then kill while the next one is on its way.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (answered.size() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(40);
      hub.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      stop.set(true);
      sender.join(30_000);
    } finally {
      hub.destroyForcibly();
    }
    assertThat(answered.size()).as("batches answered before the kill").isBetween(3, BATCHES - 1);

    try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM vacancy v WHERE NOT EXISTS (SELECT 1 FROM vacancy_version vv"
                      + " WHERE vv.vacancy_id = v.id AND vv.version = v.version)"))
          .as("vacancies without their current version")
          .isZero();
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM vacancy v WHERE NOT EXISTS (SELECT 1 FROM feed_entry f"
                      + " WHERE f.recipient = 'HUB' AND f.vacancy_id = v.id AND f.version = v.version)"))
          .as("stored changes without their feed entry")
          .isZero();
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM feed_entry f WHERE NOT EXISTS (SELECT 1 FROM vacancy_version vv"
                      + " WHERE vv.vacancy_id = f.vacancy_id AND vv.version = f.version)"))
          .as("feed entries without their vacancy")
          .isZero();
      for (int b = 0; b < BATCHES; b++) {
        long stored =
            count(c, "SELECT COUNT(*) FROM vacancy WHERE reference LIKE 'VDAB-KILL-" + b + "-%'");
        assertThat(stored)
            .as("batch " + b + " is all there or not at all")
            .isIn(0L, (long) BATCH_SIZE);
        if (answered.containsKey(b)) {
          assertThat(stored)
              .as("batch " + b + " was answered, so it must have survived")
              .isEqualTo(BATCH_SIZE);
        }
      }
    }

    Process again = start(port, 2);
    try {
      HubClient client = new HubClient(port);
      for (int b = 0; b < BATCHES; b++) {
        HubClient.Response r = client.post("/api/v1/vacancies/batch", key, batches.get(b));
        assertThat(r.status()).isEqualTo(200);
        for (JsonNode result : r.json().get("results")) {
          assertThat(result.get("outcome").asString())
              .as(result.toString())
              .isIn("CREATED", "UNCHANGED")
              .isEqualTo(answered.containsKey(b) ? "UNCHANGED" : result.get("outcome").asString());
        }
      }
    } finally {
      again.destroy();
      again.waitFor(30, TimeUnit.SECONDS);
      again.destroyForcibly();
    }
    try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
      assertThat(count(c, "SELECT COUNT(*) FROM vacancy WHERE reference LIKE 'VDAB-KILL-%'"))
          .isEqualTo((long) BATCHES * BATCH_SIZE);
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM feed_entry f JOIN vacancy v ON v.id = f.vacancy_id"
                      + " WHERE f.recipient = 'HUB' AND v.reference LIKE 'VDAB-KILL-%'"))
          .as("one creation per vacancy in the hub's log, no duplicate")
          .isEqualTo((long) BATCHES * BATCH_SIZE);
    }
  }

  private List<String> batches() {
    VacancyGenerator generator = new VacancyGenerator(Gazetteer.load(), 7, LocalDate.now());
    List<String> out = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      List<String> items = new ArrayList<>();
      for (Vacancy v : generator.generate(MemberCode.VDAB, b * BATCH_SIZE, BATCH_SIZE)) {
        Vacancy renamed =
            v.toBuilder()
                .reference(v.reference().replace("VDAB-DEMO-", "VDAB-KILL-" + b + "-"))
                .build();
        items.add(VacancyJson.write(renamed));
      }
      out.add("{\"vacancies\":[" + String.join(",", items) + "]}");
    }
    return out;
  }

  private String url() {
    return "jdbc:h2:file:"
        + dir.resolve("db").resolve("hub").toAbsolutePath()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=60000;WRITE_DELAY=100";
  }

  private Process start(int port, int run) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx768m",
            "-cp",
            System.getProperty("java.class.path"),
            "be.synerjob.hub.HubApplication",
            "--server.port=" + port,
            "--spring.datasource.url=" + url(),
            "--hub.demo.directory=" + dir.resolve("demo").toAbsolutePath(),
            "--hub.demo.vacancies-per-member=4",
            "--hub.scheduling.enabled=false");
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("hub-" + run + ".log").toFile());
    Process p = pb.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    HubClient client = new HubClient(port);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException(
            "The hub exited: " + Files.readString(dir.resolve("hub-" + run + ".log")));
      }
      try {
        HubClient.Response health = client.get("/actuator/health", null);
        if (health.status() == 200
            && Files.exists(dir.resolve("demo").resolve("credentials.json"))) {
          return p;
        }
      } catch (RuntimeException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    p.destroyForcibly();
    throw new IllegalStateException("The hub did not start within 90 s");
  }

  private String vdabKey() throws IOException {
    JsonNode creds =
        HubClient.JSON.readTree(dir.resolve("demo").resolve("credentials.json").toFile());
    for (JsonNode k : creds.get("keys")) {
      if ("VDAB".equals(k.get("member").asString(null))) {
        return k.get("apiKey").asString();
      }
    }
    throw new IllegalStateException("no VDAB key in the demo credentials");
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
