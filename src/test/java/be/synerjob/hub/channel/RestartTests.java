package be.synerjob.hub.channel;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.HubApplication;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.demo.VacancyGenerator;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.organisation.SshKeys;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hub stopped while it processes a file resumes it at the next start, after the last committed
 * batch, and converges: every record once, no duplicate change in the feed. The second start runs
 * in marker mode: a file is taken only once its {@code .done} marker arrives.
 */
class RestartTests {

  static final int RECORDS = 2000;

  @Test
  void aFileInterruptedByAStopIsResumedAfterTheRestartAndConverges() throws Exception {
    Path dir =
        Path.of("target", "restart-tests", Long.toString(System.nanoTime())).toAbsolutePath();
    String[] args = {
      "--server.port=0",
      "--hub.demo.enabled=false",
      "--hub.channel.sftp.port=0",
      "--hub.channel.sftp.root=" + dir.resolve("homes"),
      "--hub.channel.sftp.host-key=" + dir.resolve("host-key"),
      "--hub.channel.inbox.claim-delay=PT0.1S",
      "--hub.channel.inbox.scan-interval=PT0.3S",
      "--hub.vacancy.max-batch-size=20",
      "--logging.level.audit=WARN",
      "--spring.datasource.url=jdbc:h2:mem:restart-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    };
    KeyPair key = SshKeyFiles.generate();
    VacancyGenerator generator = new VacancyGenerator(Gazetteer.load(), 5, LocalDate.now());
    StringBuilder sb = new StringBuilder();
    for (Vacancy v : generator.generate(MemberCode.ACTIRIS, 1, RECORDS)) {
      sb.append(VacancyJson.write(v)).append('\n');
    }
    byte[] file = sb.toString().getBytes(StandardCharsets.UTF_8);

    ConfigurableApplicationContext first = start(args);
    first.getBean(SshKeys.class).add(MemberCode.ACTIRIS, "t", SshKeyFiles.publicKeyLine(key, null));
    FileIngestor ingestor = first.getBean(FileIngestor.class);
    upload(first, key, "big.ndjson", file);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline
        && ingestor.list(MemberCode.ACTIRIS, 1).stream().noneMatch(r -> r.records() >= 200)) {
      Thread.sleep(10);
    }
    IngestReport running = ingestor.list(MemberCode.ACTIRIS, 1).get(0);
    assertThat(running.state()).isEqualTo("PROCESSING");
    assertThat(running.records()).isBetween(200, RECORDS - 1);
    first.close(); // stops after the current batch; the file stays PROCESSING

    String[] markerMode = java.util.Arrays.copyOf(args, args.length + 1);
    markerMode[args.length] = "--hub.channel.inbox.completion=marker";
    ConfigurableApplicationContext second = start(markerMode);
    try {
      Path report = dir.resolve("homes/ACTIRIS/processed/big.ndjson.report.json");
      deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!Files.exists(report) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      IngestReport done = second.getBean(FileIngestor.class).list(MemberCode.ACTIRIS, 1).get(0);
      assertThat(done.state()).isEqualTo("DONE");
      assertThat(done.records()).isEqualTo(RECORDS);
      assertThat(done.count("CREATED")).isEqualTo(RECORDS);
      JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM vacancy", Integer.class))
          .isEqualTo(RECORDS);
      assertThat(
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM feed_entry WHERE recipient = 'HUB'", Integer.class))
          .as("one change per vacancy in the hub's log")
          .isEqualTo(RECORDS);

      // marker mode: a closed upload waits for its .done marker
      byte[] small =
          VacancyJson.write(generator.vacancy(MemberCode.ACTIRIS, 9000))
              .concat("\n")
              .getBytes(StandardCharsets.UTF_8);
      upload(second, key, "marked.ndjson", small);
      Thread.sleep(1000);
      assertThat(dir.resolve("homes/ACTIRIS/inbox/marked.ndjson")).exists();
      upload(second, key, "marked.ndjson.done", new byte[0]);
      Path marked = dir.resolve("homes/ACTIRIS/processed/marked.ndjson.report.json");
      deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!Files.exists(marked) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(marked).exists();
      assertThat(dir.resolve("homes/ACTIRIS/inbox/marked.ndjson.done")).doesNotExist();
    } finally {
      second.close();
    }
  }

  private static ConfigurableApplicationContext start(String[] args) {
    return new SpringApplicationBuilder(HubApplication.class).run(args);
  }

  private static void upload(
      ConfigurableApplicationContext ctx, KeyPair key, String name, byte[] content)
      throws Exception {
    int port = ctx.getBean(SftpEndpoint.class).port();
    SshClient client = SshClient.setUpDefaultClient();
    client.start();
    try (ClientSession s =
        client.connect("ACTIRIS", "127.0.0.1", port).verify(Duration.ofSeconds(10)).getSession()) {
      s.addPublicKeyIdentity(key);
      s.auth().verify(Duration.ofSeconds(10));
      try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(s);
          OutputStream out = sftp.write("inbox/" + name)) {
        out.write(content);
      }
    } finally {
      client.stop();
    }
  }
}
