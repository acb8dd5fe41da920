package be.synerjob.hub.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.demo.VacancyGenerator;
import be.synerjob.hub.feed.FeedReader;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.organisation.SshKeys;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import be.synerjob.hub.vacancy.VacancyService;
import be.synerjob.hub.vacancy.VacancyStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * File exchange end to end with a real SFTP client over loopback: every inbound format, the
 * reports, idempotency, concurrency, bad input (XXE, entity expansion, truncation, encodings, wrong
 * column counts, empty files), path escapes, cut connections; exports with manifests, pushed to and
 * polled from a member's own SFTP server (a second MINA server on loopback).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.channel.sftp.port=0",
      "hub.channel.inbox.claim-delay=PT0.2S",
      "hub.channel.inbox.scan-interval=PT0.5S",
      "hub.channel.export.check-interval=PT1H",
      "spring.datasource.url=jdbc:h2:mem:sftp-channel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SftpChannelTests {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final Path DIR = Path.of("target", "sftp-channel-tests", Long.toString(System.nanoTime()));
  static final KeyPair HUB_KEY = SshKeyFiles.generate();
  static SshServer memberServer;

  @Autowired SftpEndpoint endpoint;
  @Autowired SshKeys sshKeys;
  @Autowired VacancyService vacancies;
  @Autowired SharingAgreements agreements;
  @Autowired FeedReader feed;
  @Autowired Exports exports;
  @Autowired FileIngestor ingestor;

  SshClient client;
  KeyPair actirisKey = SshKeyFiles.generate();
  KeyPair vdabKey = SshKeyFiles.generate();
  VacancyGenerator generator;

  /** Forem's own SFTP server on loopback: the hub polls its outbox/ and pushes exports to in/. */
  @DynamicPropertySource
  static void memberServer(DynamicPropertyRegistry registry) throws IOException {
    Path remote = DIR.resolve("forem-server").toAbsolutePath();
    Files.createDirectories(remote.resolve("to-hub"));
    Files.createDirectories(remote.resolve("from-hub"));
    memberServer = SshServer.setUpDefaultServer();
    memberServer.setHost("127.0.0.1");
    memberServer.setPort(0);
    memberServer.setKeyPairProvider(
        new SimpleGeneratorHostKeyProvider(DIR.resolve("forem-host-key").toAbsolutePath()));
    memberServer.setPublickeyAuthenticator(
        (user, key, session) -> user.equals("hub") && key.equals(HUB_KEY.getPublic()));
    memberServer.setFileSystemFactory(new VirtualFileSystemFactory(remote));
    memberServer.setSubsystemFactories(List.of(new SftpSubsystemFactory.Builder().build()));
    memberServer.start();
    Path key = DIR.resolve("hub-key").toAbsolutePath();
    SshKeyFiles.write(HUB_KEY, key, "hub");
    registry.add("hub.channel.sftp.root", () -> DIR.resolve("homes").toAbsolutePath().toString());
    registry.add("hub.channel.sftp.host-key", () -> DIR.resolve("host-key").toString());
    registry.add("hub.channel.remotes.FOREM.host", () -> "127.0.0.1");
    registry.add("hub.channel.remotes.FOREM.port", () -> memberServer.getPort());
    registry.add("hub.channel.remotes.FOREM.user", () -> "hub");
    registry.add("hub.channel.remotes.FOREM.key", key::toString);
    registry.add("hub.channel.remotes.FOREM.path", () -> "to-hub");
    registry.add("hub.channel.remotes.FOREM.push-path", () -> "from-hub");
    registry.add("hub.channel.remotes.FOREM.interval", () -> "PT0.5S");
    registry.add("hub.channel.remotes.FOREM.delete-after-download", () -> "true");
  }

  @BeforeAll
  void keysAndClient() {
    sshKeys.add(MemberCode.ACTIRIS, "test", SshKeyFiles.publicKeyLine(actirisKey, "actiris"));
    sshKeys.add(MemberCode.VDAB, "test", SshKeyFiles.publicKeyLine(vdabKey, "vdab"));
    client = SshClient.setUpDefaultClient();
    client.start();
    generator = new VacancyGenerator(Gazetteer.load(), 11, vacancies.today());
    for (MemberCode r : List.of(MemberCode.FOREM, MemberCode.ACTIRIS)) {
      for (MemberCode s : List.of(MemberCode.VDAB, MemberCode.ACTIRIS, MemberCode.FOREM)) {
        if (!r.equals(s)) {
          agreements.put(
              new SharingAgreement(r, s, false, false, false, Set.of(), null, null), "test");
        }
      }
    }
  }

  @AfterAll
  void stop() throws IOException {
    client.stop();
    memberServer.stop(true);
  }

  // ---------------------------------------------------------------------------------- helpers

  ClientSession login(String user, KeyPair key) throws IOException {
    ClientSession s =
        client
            .connect(user, "127.0.0.1", endpoint.port())
            .verify(Duration.ofSeconds(10))
            .getSession();
    s.addPublicKeyIdentity(key);
    s.auth().verify(Duration.ofSeconds(10));
    return s;
  }

  SftpClient sftp(ClientSession s) throws IOException {
    return SftpClientFactory.instance().createSftpClient(s);
  }

  void put(SftpClient sftp, String path, byte[] content) throws IOException {
    try (OutputStream out = sftp.write(path)) {
      out.write(content);
    }
  }

  /** Uploads as ACTIRIS and waits for the report in processed/ or rejected/. */
  JsonNode upload(String name, byte[] content) throws Exception {
    try (ClientSession s = login("ACTIRIS", actirisKey);
        SftpClient sftp = sftp(s)) {
      put(sftp, "inbox/" + name, content);
      return report(sftp, name);
    }
  }

  JsonNode report(SftpClient sftp, String name) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      for (String dir : new String[] {"processed", "rejected"}) {
        try (var in = sftp.read(dir + "/" + name + ".report.json")) {
          JsonNode r = JSON.readTree(in.readAllBytes());
          ((tools.jackson.databind.node.ObjectNode) r).put("folder", dir);
          return r;
        } catch (IOException notYet) {
          // not written yet
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no report for " + name);
  }

  List<Vacancy> actiris(int from, int n) {
    List<Vacancy> out = new ArrayList<>();
    for (Vacancy v : generator.generate(MemberCode.ACTIRIS, from, n)) {
      out.add(v.toBuilder().member(null).build());
    }
    return out;
  }

  static byte[] ndjson(List<Vacancy> vs) {
    StringBuilder sb = new StringBuilder();
    vs.forEach(v -> sb.append(VacancyJson.write(v)).append('\n'));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  static int count(JsonNode report, String outcome) {
    return report.get("counts").get(outcome).asInt();
  }

  // ---------------------------------------------------------------------------------- formats

  @Test
  void aMemberUploadsEachFormatAndReadsTheReport() throws Exception {
    byte[] nd = ndjson(actiris(1, 3));
    byte[] withBadLine =
        (new String(nd, StandardCharsets.UTF_8) + "{\"reference\":\"A-bad\",\"titel\":\"x\"}\n")
            .getBytes(StandardCharsets.UTF_8);
    JsonNode r = upload("selection.ndjson", withBadLine);
    assertThat(r.get("status").asString()).isEqualTo("PROCESSED");
    assertThat(r.get("folder").asString()).isEqualTo("processed");
    assertThat(count(r, "CREATED")).isEqualTo(3);
    assertThat(count(r, "REJECTED")).isEqualTo(1);
    JsonNode bad = r.get("rejected").get(0);
    assertThat(bad.get("location").asString()).isEqualTo("line 4");
    assertThat(bad.get("reference").asString()).isEqualTo("A-bad");
    assertThat(bad.get("problems").get(0).get("reason").asString()).contains("titel");

    String csv =
        "reference;language;title;description;employer.name;employer.enterpriseNumber;workplace.postcode;"
            + "contractType;workRegime;hoursPerWeek;languages;occupations;exchange.shareable\n"
            + "CSV-1;fr;Comptable (h/f/x);\"Cabinet à Ixelles;\nmission comptable.\";Fiduciaire SA;"
            + "0403.170.701;1050;permanent;full time;38;fr:B2|nl:B1;ISCO08:2411;yes\n"
            + "CSV-2;fr;Vendeur;Magasin;Shop SPRL;;1000;FIXED_TERM;PART_TIME;19,5;fr;;no\n"
            + "CSV-3;fr;Trop court;1000;FIXED_TERM\n";
    r = upload("selection.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(count(r, "CREATED")).isEqualTo(2);
    assertThat(r.get("rejected").get(0).get("location").asString()).isEqualTo("line 5");
    assertThat(r.get("rejected").get(0).get("problems").get(0).get("code").asString())
        .isEqualTo("column-count");

    r = upload("eures.xml", Files.readAllBytes(fixture("eures-two.xml")));
    assertThat(r.get("format").asString()).isEqualTo("XML");
    assertThat(count(r, "CREATED")).as(r.toString()).isEqualTo(1);
    JsonNode rejected = r.get("rejected").get(0);
    assertThat(rejected.get("location").asString()).startsWith("element PositionOpening[2]");
    assertThat(rejected.get("problems").get(0).get("source").asString()).contains("PostalCode");

    String jsonld =
        """
        [{"@context":"https://schema.org","@type":"JobPosting","identifier":{"@type":"PropertyValue","value":"LD-1"},
          "title":"Développeur Java","description":"<p>Équipe <b>backend</b></p>","inLanguage":"fr",
          "datePosted":"%s","employmentType":["FULL_TIME"],
          "hiringOrganization":{"@type":"Organization","name":"Soft SA","vatID":"BE0403170701"},
          "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","postalCode":"1040","addressCountry":"BE"}},
          "baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":3500,"maxValue":4200,"unitText":"MONTH"}},
          "occupationalCategory":"2512","synerjob:shareable":true},
         {"@type":"Event","identifier":"LD-2"}]
        """
            .formatted(LocalDate.now());
    r = upload("postings.jsonld", jsonld.getBytes(StandardCharsets.UTF_8));
    assertThat(count(r, "CREATED")).isEqualTo(1);
    assertThat(r.get("rejected").get(0).get("location").asString()).startsWith("element [2]");
    String stored = VacancyJson.write(vacanciesOf("LD-1"));
    assertThat(stored)
        .contains("\"description\":\"Équipe backend\"")
        .contains("\"shareable\":true");
  }

  Vacancy vacanciesOf(String reference) {
    return feedStoreFind(reference);
  }

  @Autowired be.synerjob.hub.vacancy.VacancyStore store;

  Vacancy feedStoreFind(String reference) {
    return store.find(MemberCode.ACTIRIS, reference).orElseThrow().vacancy();
  }

  static Path fixture(String name) {
    return Path.of("src", "test", "java", "be", "synerjob", "hub", "channel", name);
  }

  // ---------------------------------------------------------------------------------- idempotency

  @Test
  void theSameFileTwiceChangesNothingAndTwoUploadsAtOnceAreBothProcessed() throws Exception {
    byte[] file = ndjson(actiris(100, 20));
    JsonNode first = upload("daily.ndjson", file);
    assertThat(count(first, "CREATED")).isEqualTo(20);
    long head = feed.head();
    JsonNode second = upload("daily-again.ndjson", file);
    assertThat(count(second, "UNCHANGED")).isEqualTo(20);
    assertThat(count(second, "CREATED")).isZero();
    assertThat(second.get("sameContentAs").get("file").asString()).isEqualTo("daily.ndjson");
    assertThat(feed.head()).as("no change reached the feed").isEqualTo(head);

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<JsonNode> a = pool.submit(() -> upload("at-once-a.ndjson", ndjson(actiris(200, 30))));
      Future<JsonNode> b = pool.submit(() -> upload("at-once-b.ndjson", ndjson(actiris(300, 30))));
      assertThat(count(a.get(), "CREATED")).isEqualTo(30);
      assertThat(count(b.get(), "CREATED")).isEqualTo(30);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTemporaryNameIsTakenOnlyAfterTheRenameAndACutUploadIsNeverProcessed() throws Exception {
    try (ClientSession s = login("ACTIRIS", actirisKey);
        SftpClient sftp = sftp(s)) {
      put(sftp, "inbox/renamed.ndjson.part", ndjson(actiris(400, 2)));
      Thread.sleep(800);
      assertThat(sftp.stat("inbox/renamed.ndjson.part").isRegularFile()).isTrue();
      sftp.rename("inbox/renamed.ndjson.part", "inbox/renamed.ndjson");
      assertThat(count(report(sftp, "renamed.ndjson"), "CREATED")).isEqualTo(2);
    }
    ClientSession cut = login("ACTIRIS", actirisKey);
    SftpClient sftp = sftp(cut);
    OutputStream out = sftp.write("inbox/cut.ndjson");
    byte[] half = ndjson(actiris(500, 50));
    out.write(half, 0, half.length / 2);
    out.flush();
    Thread.sleep(300);
    cut.close(true); // the connection drops mid-upload
    Thread.sleep(1500);
    try (ClientSession s = login("ACTIRIS", actirisKey);
        SftpClient check = sftp(s)) {
      assertThat(check.stat("inbox/cut.ndjson").isRegularFile()).isTrue();
      assertThatThrownBy(() -> check.stat("processed/cut.ndjson.report.json"))
          .isInstanceOf(IOException.class);
      assertThatThrownBy(() -> check.stat("rejected/cut.ndjson.report.json"))
          .isInstanceOf(IOException.class);
    }
    assertThat(ingestor.list(MemberCode.ACTIRIS, 100))
        .noneMatch(f -> f.file().equals("cut.ndjson"));
  }

  @Test
  void aMemberCannotLeaveItsHomeNorWriteOutsideItsInbox() throws Exception {
    try (ClientSession s = login("ACTIRIS", actirisKey);
        SftpClient sftp = sftp(s)) {
      assertThatThrownBy(() -> put(sftp, "../VDAB/inbox/escape.ndjson", new byte[] {'{'}))
          .isInstanceOf(IOException.class);
      assertThatThrownBy(() -> put(sftp, "/../../escape.ndjson", new byte[] {'{'}))
          .isInstanceOf(IOException.class);
      assertThatThrownBy(() -> put(sftp, "outbox/x.ndjson", new byte[] {'{'}))
          .isInstanceOf(IOException.class);
      assertThatThrownBy(() -> sftp.mkdir("inbox/sub")).isInstanceOf(IOException.class);
      List<String> root = new ArrayList<>();
      sftp.readDir("/../..").forEach(e -> root.add(e.getFilename()));
      assertThat(root).contains("inbox", "outbox").doesNotContain("VDAB", "ACTIRIS", ".staging");
    }
    assertThat(DIR.resolve("homes/VDAB/inbox/escape.ndjson")).doesNotExist();
    assertThat(DIR.resolve("homes/escape.ndjson")).doesNotExist();
    assertThat(DIR.resolve("escape.ndjson")).doesNotExist();
    // a key of VDAB does not open Actiris's home
    assertThatThrownBy(() -> login("ACTIRIS", vdabKey)).isInstanceOf(Exception.class);
  }

  // ---------------------------------------------------------------------------------- bad input

  @Test
  void xmlWithExternalEntitiesOrEntityExpansionIsRefusedWithoutExpanding() throws Exception {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE PositionOpening [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <PositionOpening><DocumentID>&xxe;</DocumentID></PositionOpening>
        """;
    JsonNode r = upload("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
    assertThat(r.get("status").asString()).isEqualTo("FAILED");
    assertThat(r.get("folder").asString()).isEqualTo("rejected");
    assertThat(r.get("error").get("code").asString()).isEqualTo("doctype");
    assertThat(r.toString()).doesNotContain("root:");
    StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    lol.append(" <!ENTITY lol \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      lol.append(" <!ENTITY lol").append(i).append(" \"");
      lol.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
    }
    lol.append("]>\n<PositionOpening><DocumentID>&lol9;</DocumentID></PositionOpening>\n");
    r = upload("lolz.xml", lol.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(r.get("error").get("code").asString()).isEqualTo("doctype");
    assertThat(r.get("records").asInt()).isZero();
  }

  @Test
  void aTruncatedXmlKeepsTheRecordsBeforeTheBreakAndSaysWhereItBroke() throws Exception {
    String full = Files.readString(fixture("eures-two.xml"));
    String valid =
        full.replace("<PostalCode>9999</PostalCode>", "<PostalCode>1000</PostalCode>")
            .replace("EURES-2", "EURES-T2")
            .replace("EURES-1", "EURES-T1");
    String truncated = valid.substring(0, valid.lastIndexOf("<PositionTitle>") + 20);
    JsonNode r = upload("truncated.xml", truncated.getBytes(StandardCharsets.UTF_8));
    assertThat(r.get("status").asString()).isEqualTo("FAILED");
    assertThat(count(r, "CREATED")).isEqualTo(1);
    assertThat(r.get("error").get("code").asString()).isEqualTo("truncated");
    assertThat(r.get("error").get("location").asString()).startsWith("line ");
  }

  @Test
  void encodingsAreDeclaredAndCheckedLineByLine() throws Exception {
    String header =
        "reference;language;title;description;employer.name;workplace.postcode;contractType\n";
    byte[] latin1 =
        ("#encoding=ISO-8859-1\n"
                + header
                + "ENC-1;fr;Employé polyvalent;Café à Etterbeek;Café SA;1040;PERMANENT\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    JsonNode r = upload("latin.csv", latin1);
    assertThat(count(r, "CREATED")).as(r.toString()).isEqualTo(1);
    assertThat(feedStoreFind("ENC-1").title()).isEqualTo("Employé polyvalent");

    byte[] bomCrlf =
        ("\uFEFF"
                + header.replace("\n", "\r\n")
                + "ENC-2;nl;Kok;\"Keuken\r\nin Elsene\";Resto BV;1050;PERMANENT\n"
                + "ENC-3;nl;Afwasser;Keuken;Resto BV;1050;PERMANENT\r\n")
            .getBytes(StandardCharsets.UTF_8);
    r = upload("bom.csv", bomCrlf);
    assertThat(count(r, "CREATED")).as(r.toString()).isEqualTo(2);

    byte[] good = ndjson(actiris(600, 2));
    // a third line written in ISO-8859-1 in a UTF-8 file: not valid UTF-8
    byte[] latin =
        (VacancyJson.write(actiris(602, 1).get(0)).replace("(m/v/x)", "(m/v/x) \u00e9") + "\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] mixed = new byte[good.length + latin.length];
    System.arraycopy(good, 0, mixed, 0, good.length);
    System.arraycopy(latin, 0, mixed, good.length, latin.length);
    r = upload("mixed.ndjson", mixed);
    assertThat(count(r, "CREATED")).isEqualTo(2);
    JsonNode bad = r.get("rejected").get(0);
    assertThat(bad.get("location").asString()).isEqualTo("line 3");
    assertThat(bad.get("problems").get(0).get("reason").asString()).contains("not valid UTF-8");
  }

  @Test
  void anEmptyFileOrOneWhoseContentIsAnotherFormatIsRejectedWithTheReason() throws Exception {
    JsonNode r = upload("empty.csv", new byte[0]);
    assertThat(r.get("folder").asString()).isEqualTo("rejected");
    assertThat(r.get("error").get("code").asString()).isEqualTo("empty");
    r = upload("json-inside.xml", "{\"reference\":\"x\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(r.get("error").get("code").asString()).isEqualTo("format-mismatch");
    assertThat(r.get("error").get("reason").asString()).contains("JSON");
  }

  // ---------------------------------------------------------------------------------- exports

  @Test
  void exportsWriteFullAndDeltaFilesWithManifestsNeverOwnVacanciesAndReachTheMembersServer()
      throws Exception {
    List<IncomingRecord> vdab = new ArrayList<>();
    for (Vacancy v : generator.generate(MemberCode.VDAB, 1, 5)) {
      vdab.add(IncomingRecord.parsed(v));
    }
    vacancies.publish(MemberCode.VDAB, vdab, "TEST");
    List<IncomingRecord> forem = new ArrayList<>();
    for (Vacancy v : generator.generate(MemberCode.FOREM, 1, 3)) {
      forem.add(IncomingRecord.parsed(v));
    }
    vacancies.publish(MemberCode.FOREM, forem, "TEST");
    for (FileFormat format : List.of(FileFormat.NDJSON, FileFormat.CSV, FileFormat.XML)) {
      Exports.Subscription sub =
          exports.subscribe(
              MemberCode.FOREM, format, "0 0 3 * * *", Duration.ofMinutes(15), "FOREM");
      Exports.ExportFile full = exports.full(sub.id());
      Path outbox = DIR.resolve("homes/FOREM/outbox");
      byte[] bytes = Files.readAllBytes(outbox.resolve(full.name()));
      JsonNode manifest = JSON.readTree(outbox.resolve(full.name() + ".manifest.json").toFile());
      assertThat(manifest.get("sha256").asString())
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
      assertThat(manifest.get("records").asInt()).isEqualTo(full.records()).isGreaterThan(5);
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(text).contains("VDAB-DEMO-000001").doesNotContain("FOREM-DEMO-");
      if (format == FileFormat.XML) {
        // the export reads back through the hub's own XML reader without loss
        try (var reader =
            be.synerjob.hub.channel.format.Formats.open(
                new java.io.ByteArrayInputStream(bytes),
                "x.xml",
                be.synerjob.hub.channel.format.Formats.Limits.DEFAULT)) {
          IncomingRecord first = reader.next();
          assertThat(first.problems()).isEmpty();
          assertThat(first.vacancy().title()).isNotBlank();
        }
      }
      Vacancy changed = generator.generate(MemberCode.VDAB, 1, 1).get(0);
      vacancies.publish(
          MemberCode.VDAB,
          List.of(
              IncomingRecord.parsed(
                  changed.toBuilder().title(changed.title() + " " + format).build()),
              IncomingRecord.parsed(
                  generator.generate(MemberCode.VDAB, 2 + format.ordinal(), 1).get(0).toBuilder()
                      .status(VacancyStatus.CLOSED)
                      .build())),
          "TEST");
      vacancies.publish(
          MemberCode.FOREM,
          List.of(IncomingRecord.parsed(generator.generate(MemberCode.FOREM, 50, 1).get(0))),
          "TEST");
      List<Exports.ExportFile> deltas = exports.delta(sub.id());
      assertThat(deltas).hasSize(1);
      Exports.ExportFile delta = deltas.get(0);
      assertThat(delta.fromSeq()).isEqualTo(full.toSeq());
      String d = Files.readString(outbox.resolve(delta.name()));
      assertThat(d).contains("UPSERT").contains("REMOVE").doesNotContain("FOREM-DEMO-000050");
      assertThat(delta.records()).isEqualTo(2);
      assertThat(exports.push(sub.id())).isEqualTo(2);
      Path pushed = DIR.resolve("forem-server/from-hub");
      assertThat(pushed.resolve(full.name())).hasBinaryContent(bytes);
      assertThat(pushed.resolve(delta.name() + ".manifest.json")).exists();
      exports.unsubscribe(sub.id());
    }
  }

  @Test
  void filesOnTheMembersOwnServerArePolledAndProcessedOnce() throws Exception {
    Path remote = DIR.resolve("forem-server/to-hub");
    List<Vacancy> vs = new ArrayList<>();
    for (Vacancy v : generator.generate(MemberCode.FOREM, 700, 4)) {
      vs.add(v);
    }
    Files.write(remote.resolve(".polled.ndjson.part"), ndjson(vs));
    Files.move(remote.resolve(".polled.ndjson.part"), remote.resolve("polled.ndjson"));
    Path report = DIR.resolve("homes/FOREM/processed/polled.ndjson.report.json");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!Files.exists(report) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    JsonNode r = JSON.readTree(report.toFile());
    assertThat(count(r, "CREATED")).isEqualTo(4);
    assertThat(remote.resolve("polled.ndjson")).doesNotExist();
  }
}
