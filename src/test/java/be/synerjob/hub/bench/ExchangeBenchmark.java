package be.synerjob.hub.bench;

import be.synerjob.hub.HubApplication;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.demo.VacancyGenerator;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.support.EmbeddedPostgres;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Whole-path benchmark of the exchange core: the real application on loopback, publishing through
 * the batch API (a batch is answered once its vacancies and feed entries are committed, so
 * "published" means stored and visible in the feed) and reading a partner's feed page by page. Runs
 * on H2 (file) and on PostgreSQL (embedded server).
 *
 * <p>Not a test: run with {@code ./mvnw -Pbench test -Dbench=ExchangeBenchmark}; figures go to
 * bench/results/. Sizes with {@code -Dbench.vacancies=100000,1000000}.
 *
 * <p>To look at one part: {@code -Dbench.databases=postgresql} (or h2), {@code
 * -Dbench.restart=false} skips the restart, {@code -Dbench.feedPasses=2} reads the feed a second
 * time (the first reader of freshly published rows pays for the database's first visit of them),
 * {@code -Dbench.snapshotCompare=true} times the snapshot's query in id order (as before
 * 2026-11-29) against storage order, both through JDBC in the same run.
 */
class ExchangeBenchmark {

  /** The sizes run, one result file each: {@code -Dbench.vacancies=100000,1000000} (default). */
  static final String SIZES = System.getProperty("bench.vacancies", "100000,1000000");

  /** Databases run: {@code -Dbench.databases=h2,postgresql} (default both). */
  static final String DATABASES = System.getProperty("bench.databases", "h2,postgresql");

  static final int BATCH = 1000;
  static final Pattern TAIL = Pattern.compile("\"count\":(\\d+),\"next\":\"(\\d+)\"");
  static final List<MemberCode> PUBLISHERS =
      List.of(MemberCode.VDAB, MemberCode.FOREM, MemberCode.ACTIRIS, MemberCode.ADG);

  @Test
  void exchangeOnH2AndPostgres() throws Exception {
    for (String size : SIZES.split(",")) {
      exchangeOnH2AndPostgres(Integer.parseInt(size.strip()));
    }
  }

  /** The size of the run in progress. */
  static int vacancies;

  private void exchangeOnH2AndPostgres(int size) throws Exception {
    vacancies = size;
    List<Path> bodies = bodies();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("vacancies", vacancies);
    figures.put("batchSize", BATCH);
    figures.put("clients", PUBLISHERS.size());
    Path h2 = Path.of("target", "bench-h2-" + vacancies);
    FileSystemUtils.deleteRecursively(h2);
    if (DATABASES.contains("h2")) {
      figures.put(
          "h2",
          run(
              bodies,
              "jdbc:h2:file:"
                  + h2.toAbsolutePath().resolve("hub")
                  + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=60000;WRITE_DELAY=100"
                  + System.getProperty("bench.h2", ""),
              "sa",
              ""));
    }
    if (DATABASES.contains("postgresql")) {
      figures.put(
          "postgresql", run(bodies, EmbeddedPostgres.newDatabase(), "postgres", "postgres"));
    }
    Path file = BenchResults.write("exchange-" + vacancies, figures);
    System.out.println("Exchange benchmark written to " + file);
  }

  /**
   * Four members' vacancies as ready-to-send batch bodies, one per line of a file per member
   * (written before timing starts; read line by line while publishing, so a million vacancies do
   * not have to fit in the heap).
   */
  private static List<Path> bodies() throws java.io.IOException {
    VacancyGenerator g = new VacancyGenerator(Gazetteer.load(), 42, LocalDate.now());
    List<Path> out = new ArrayList<>();
    int perMember = vacancies / PUBLISHERS.size();
    Path dir = Path.of("target", "bench-bodies");
    java.nio.file.Files.createDirectories(dir);
    for (MemberCode m : PUBLISHERS) {
      Path file = dir.resolve(m.value() + "-" + perMember + ".ndjson");
      if (!java.nio.file.Files.exists(file)) {
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        try (var w = java.nio.file.Files.newBufferedWriter(tmp)) {
          for (int from = 0; from < perMember; from += BATCH) {
            List<String> items = new ArrayList<>();
            for (Vacancy v : g.generate(m, from, Math.min(BATCH, perMember - from))) {
              items.add(VacancyJson.write(v));
            }
            w.write("{\"vacancies\":[" + String.join(",", items) + "]}\n");
          }
        }
        java.nio.file.Files.move(tmp, file);
      }
      out.add(file);
    }
    return out;
  }

  private static ConfigurableApplicationContext start(String url, String user, String password) {
    SpringApplication app = new SpringApplication(HubApplication.class);
    return app.run(
        "--server.port=0",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password,
        "--hub.demo.enabled=false",
        "--hub.scheduling.enabled=false",
        "--logging.level.audit=WARN",
        "--logging.level.root=WARN");
  }

  private static Map<String, Object> run(
      List<Path> bodies, String url, String user, String password) throws Exception {
    Map<String, Object> f = new LinkedHashMap<>();
    try {
      f.putAll(exchange(bodies, url, user, password));
    } finally {
      System.gc();
    }
    if (!Boolean.parseBoolean(System.getProperty("bench.restart", "true"))) {
      return f;
    }
    // The hub started again on the database it just filled: start-up time and heap in service.
    long restart = System.nanoTime();
    ConfigurableApplicationContext again = start(url, user, password);
    try {
      f.put("restartSeconds", round((System.nanoTime() - restart) / 1e9));
      ctxWarm(again);
      System.gc();
      Runtime rt = Runtime.getRuntime();
      f.put("heapAfterRestartMB", (rt.totalMemory() - rt.freeMemory()) >> 20);
      System.out.printf(
          Locale.ROOT,
          "restart with %d vacancies: %.1f s, heap in use %d MB%n",
          vacancies,
          (double) f.get("restartSeconds"),
          (long) f.get("heapAfterRestartMB"));
    } finally {
      again.close();
    }
    return f;
  }

  /** What a hub in service has loaded: the reference model and its autocomplete index. */
  private static void ctxWarm(ConfigurableApplicationContext ctx) {
    ctx.getBean(be.synerjob.hub.reference.Reference.class)
        .autocomplete("lasser", null, Set.of(), 5);
  }

  private static Map<String, Object> exchange(
      List<Path> bodies, String url, String user, String password) throws Exception {
    ConfigurableApplicationContext ctx = start(url, user, password);
    try {
      int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
      // A hub in service has its reference model and autocomplete index built: build them now,
      // outside the
      // timing, instead of letting the start-up warm-up compete with the publishers.
      be.synerjob.hub.reference.Reference reference =
          ctx.getBean(be.synerjob.hub.reference.Reference.class);
      reference.autocomplete("lasser", null, Set.of(), 5);
      ApiKeys keys = ctx.getBean(ApiKeys.class);
      SharingAgreements agreements = ctx.getBean(SharingAgreements.class);
      for (MemberCode s : PUBLISHERS) {
        agreements.put(
            new SharingAgreement(MemberCode.BF, s, false, false, false, Set.of(), null, null),
            "bench");
      }
      List<String> publishKeys = new ArrayList<>();
      for (MemberCode m : PUBLISHERS) {
        publishKeys.add(keys.create(m, "bench", EnumSet.of(Scope.VACANCIES_PUBLISH)).secret());
      }
      String reader = keys.create(MemberCode.BF, "bench", EnumSet.of(Scope.FEED_READ)).secret();
      HubClient client = new HubClient(port);

      // Warm-up: one batch per member outside the timing (JIT, connection pool), then its vacancies
      // are updated
      // again inside the timed run as ordinary publishes of new references.
      ExecutorService pool =
          Executors.newFixedThreadPool(PUBLISHERS.size(), r -> new Thread(r, "bench-publisher"));
      long start = System.nanoTime();
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < PUBLISHERS.size(); i++) {
        Path batches = bodies.get(i);
        String key = publishKeys.get(i);
        done.add(
            pool.submit(
                () -> {
                  int created = 0;
                  for (String body :
                      (Iterable<String>) java.nio.file.Files.lines(batches)::iterator) {
                    HubClient.Response r = client.post("/api/v1/vacancies/batch", key, body);
                    if (r.status() != 200) {
                      throw new IllegalStateException(
                          "batch failed: " + r.status() + " " + r.raw().body());
                    }
                    created += r.json().get("counts").get("CREATED").asInt();
                  }
                  return created;
                }));
      }
      int created = 0;
      for (Future<Integer> f : done) {
        created += f.get();
      }
      double publishSeconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();

      if (Boolean.getBoolean("bench.explain")) {
        // the plan the first read of the feed gets, with the statistics the database has now
        ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
            .query(
                "EXPLAIN SELECT f.seq, vv.content FROM (SELECT seq, vacancy_id, version FROM feed_entry"
                    + " WHERE recipient = 'BF' AND seq > 0 ORDER BY recipient, seq LIMIT 10000) f"
                    + " JOIN vacancy_version vv ON vv.vacancy_id = f.vacancy_id AND vv.version = f.version"
                    + " ORDER BY f.seq",
                rs -> {
                  System.out.println("before the first read: " + rs.getString(1));
                });
      }
      long readStart = System.nanoTime();
      long[] read = readFeed(client, reader, "vacancy");
      long changes = read[0];
      int pages = (int) read[1];
      String after = Long.toString(read[2]);
      double readSeconds = (System.nanoTime() - readStart) / 1e9;
      double secondPass = 0;
      if (Integer.getInteger("bench.feedPasses", 1) > 1) {
        long again = System.nanoTime();
        readFeed(client, reader, "vacancy");
        secondPass = (System.nanoTime() - again) / 1e9;
      }
      long refStart = System.nanoTime();
      long refs = readFeed(client, reader, "none")[0];
      double refSeconds = (System.nanoTime() - refStart) / 1e9;
      if (Boolean.getBoolean("bench.explain")) {
        var jdbc = ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        String prefix =
            url.startsWith("jdbc:h2") ? "EXPLAIN ANALYZE " : "EXPLAIN (ANALYZE, BUFFERS) ";
        jdbc.query(
            prefix
                + "SELECT f.seq, CASE WHEN f.op = 'U' THEN vv.content END AS content FROM (SELECT seq, op,"
                + " vacancy_id, version FROM feed_entry WHERE recipient = 'BF' AND seq > 50000"
                + " ORDER BY recipient, seq LIMIT 10000) f"
                + " JOIN vacancy_version vv ON vv.vacancy_id = f.vacancy_id AND vv.version = f.version"
                + " ORDER BY f.seq",
            rs -> {
              System.out.println(rs.getString(1));
            });
      }

      Map<String, Object> compare = new LinkedHashMap<>();
      if (Boolean.getBoolean("bench.snapshotCompare")) {
        compare = compareSnapshotQueries(ctx);
      }

      long snapStart = System.nanoTime();
      String snap = client.getTail("/api/v1/feed/snapshot", reader, 100);
      double snapSeconds = (System.nanoTime() - snapStart) / 1e9;
      Matcher sc = Pattern.compile("\"count\":(\\d+)").matcher(snap);
      int snapCount = sc.find() ? Integer.parseInt(sc.group(1)) : -1;

      long emptyStart = System.nanoTime();
      int polls = 200;
      for (int i = 0; i < polls; i++) {
        client.get("/api/v1/feed/changes?after=" + after, reader);
      }
      double emptyMs = (System.nanoTime() - emptyStart) / 1e6 / polls;

      Map<String, Object> f = new LinkedHashMap<>();
      f.put("created", created);
      f.put("publishSeconds", round(publishSeconds));
      f.put("publishPerSecond", Math.round(created / publishSeconds));
      f.put("feedChangesRead", changes);
      f.put("feedPages", pages);
      f.put("feedSeconds", round(readSeconds));
      f.put("feedChangesPerSecond", Math.round(changes / readSeconds));
      if (secondPass > 0) {
        f.put("feedSecondPassChangesPerSecond", Math.round(changes / secondPass));
      }
      f.put("feedReferencesPerSecond", Math.round(refs / refSeconds));
      f.put("snapshotVacancies", snapCount);
      f.put("snapshotSeconds", round(snapSeconds));
      f.put("snapshotVacanciesPerSecond", Math.round(snapCount / snapSeconds));
      f.put("emptyPollMillis", round(emptyMs));
      f.putAll(compare);
      System.out.printf(
          Locale.ROOT,
          "%s: published %d in %.1f s = %d/s; feed %d changes in %.2f s = %d/s (references only %d/s); snapshot %d in %.2f s; empty poll %.2f ms%n",
          url.startsWith("jdbc:h2") ? "H2" : "PostgreSQL",
          created,
          publishSeconds,
          Math.round(created / publishSeconds),
          changes,
          readSeconds,
          Math.round(changes / readSeconds),
          Math.round(refs / refSeconds),
          snapCount,
          snapSeconds,
          emptyMs);
      return f;
    } finally {
      ctx.close();
    }
  }

  /** The snapshot's query before 2026-11-29: every open vacancy in id order. */
  static final String ID_ORDER =
      "SELECT v.id, v.member_code, v.reference, v.status, v.version, v.content_hash, v.region,"
          + " v.occupation, v.shareable, v.temp_agency, v.active_management, v.eures, v.created_at,"
          + " v.updated_at, v.publication_date, vv.content, vc.cluster_id FROM vacancy v"
          + " JOIN vacancy_version vv ON vv.vacancy_id = v.id AND vv.version = v.version"
          + " LEFT JOIN vacancy_cluster vc ON vc.vacancy_id = v.id"
          + " WHERE v.status = 'OPEN' AND v.member_code <> ? ORDER BY v.id";

  /**
   * Times the snapshot's database read both ways in one run, alternating (storage order, id order,
   * storage order), each in a read-only repeatable-read transaction like the snapshot's, reading
   * every row's content: the ratio is what the change of query bought, whatever the machine's load.
   */
  private static Map<String, Object> compareSnapshotQueries(ConfigurableApplicationContext ctx) {
    var jdbc = ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
    var store = ctx.getBean(be.synerjob.hub.vacancy.VacancyStore.class);
    var tx =
        new org.springframework.transaction.support.TransactionTemplate(
            ctx.getBean(org.springframework.transaction.PlatformTransactionManager.class));
    tx.setReadOnly(true);
    tx.setIsolationLevel(
        org.springframework.transaction.TransactionDefinition.ISOLATION_REPEATABLE_READ);
    double[] storage = new double[2];
    double idOrder = 0;
    long[] rows = {0, 0};
    for (int round = 0; round < 3; round++) {
      long t = System.nanoTime();
      if (round == 1) {
        tx.executeWithoutResult(
            st ->
                jdbc.query(
                    con -> {
                      var ps = con.prepareStatement(ID_ORDER);
                      ps.setFetchSize(500);
                      ps.setString(1, MemberCode.BF.value());
                      return ps;
                    },
                    rs -> {
                      rows[1] += rs.getString(16).length() > 0 ? 1 : 0;
                    }));
        idOrder = (System.nanoTime() - t) / 1e9;
      } else {
        rows[0] = 0;
        tx.executeWithoutResult(
            st -> store.streamOpen(MemberCode.BF, v -> rows[0] += v.json().length() > 0 ? 1 : 0));
        storage[round / 2] = (System.nanoTime() - t) / 1e9;
      }
      System.out.printf(
          Locale.ROOT,
          "snapshot query %s: %.2f s%n",
          round == 1 ? "in id order" : "in storage order",
          (System.nanoTime() - t) / 1e9);
    }
    if (rows[0] != rows[1]) {
      throw new IllegalStateException("the two reads saw " + rows[0] + " and " + rows[1]);
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("snapshotQueryRows", rows[0]);
    f.put("snapshotQueryIdOrderSeconds", round(idOrder));
    f.put("snapshotQueryStorageOrderSeconds", round(Math.min(storage[0], storage[1])));
    f.put("snapshotQueryStorageOrderSecondsFirst", round(storage[0]));
    return f;
  }

  /** Reads the whole feed; returns {changes, pages, last cursor}. */
  private static long[] readFeed(HubClient client, String key, String include) {
    long changes = 0;
    long pages = 0;
    String after = "0";
    while (true) {
      // Like a partner that streams each page into its own store, the client reads the bytes but
      // keeps only
      // the page's tail (count and next): parsing 10,000 vacancies per page would measure the
      // client, which
      // shares this machine's two cores with the hub.
      String tail =
          client.getTail(
              "/api/v1/feed/changes?limit=10000&include=" + include + "&after=" + after, key, 200);
      Matcher m = TAIL.matcher(tail);
      if (!m.find()) {
        throw new IllegalStateException("unexpected page tail: " + tail);
      }
      int count = Integer.parseInt(m.group(1));
      if (count == 0) {
        return new long[] {changes, pages, Long.parseLong(after)};
      }
      changes += count;
      pages++;
      after = m.group(2);
    }
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
