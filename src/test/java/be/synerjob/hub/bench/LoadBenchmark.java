package be.synerjob.hub.bench;

import be.synerjob.hub.HubApplication;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.demo.VacancyGenerator;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.Scope;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.organisation.SharingAgreements;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Load test: many concurrent API clients against a running hub on loopback, for a bounded time.
 * Publishers send small batches (new vacancies, then updates and closes of their own), partners
 * poll their feed with ETags and read pages, and a few clients read single vacancies. Reports
 * throughput, latency percentiles per operation and errors (there should be none).
 *
 * <p>Run: {@code ./mvnw -Pbench test -Dbench=LoadBenchmark [-Dload.seconds=60]
 * [-Dload.publishers=8] [-Dload.readers=8]}.
 */
class LoadBenchmark {

  static final int SECONDS = Integer.getInteger("load.seconds", 60);
  static final int PUBLISHERS = Integer.getInteger("load.publishers", 8);
  static final int READERS = Integer.getInteger("load.readers", 8);
  static final int BATCH = Integer.getInteger("load.batch", 50);
  static final List<MemberCode> MEMBERS =
      List.of(MemberCode.VDAB, MemberCode.FOREM, MemberCode.ACTIRIS, MemberCode.BF, MemberCode.ADG);

  /** Latencies of one kind of operation, in microseconds. */
  static final class Timings {
    final List<Long> micros = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicLong errors = new AtomicLong();

    Map<String, Object> summary(double seconds) {
      long[] a = micros.stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(a);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("count", a.length);
      m.put("perSecond", Math.round(a.length / seconds));
      m.put("p50ms", pct(a, 0.50));
      m.put("p95ms", pct(a, 0.95));
      m.put("p99ms", pct(a, 0.99));
      m.put("maxms", a.length == 0 ? 0 : a[a.length - 1] / 1000.0);
      m.put("errors", errors.get());
      return m;
    }

    private static double pct(long[] a, double p) {
      return a.length == 0
          ? 0
          : a[Math.min(a.length - 1, (int) Math.ceil(p * a.length) - 1)] / 1000.0;
    }
  }

  @Test
  void concurrentClientsForABoundedTime() throws Exception {
    Path dir = Path.of("target", "bench-load");
    FileSystemUtils.deleteRecursively(dir);
    SpringApplication app = new SpringApplication(HubApplication.class);
    ConfigurableApplicationContext ctx =
        app.run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:"
                + dir.toAbsolutePath().resolve("hub")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=60000;WRITE_DELAY=0",
            "--hub.demo.enabled=false",
            "--hub.scheduling.enabled=false",
            "--logging.level.audit=WARN",
            "--logging.level.root=WARN");
    try {
      int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
      ApiKeys keys = ctx.getBean(ApiKeys.class);
      SharingAgreements agreements = ctx.getBean(SharingAgreements.class);
      Map<MemberCode, String> memberKeys = new LinkedHashMap<>();
      for (MemberCode m : MEMBERS) {
        memberKeys.put(
            m,
            keys.create(m, "load", EnumSet.of(Scope.VACANCIES_PUBLISH, Scope.FEED_READ)).secret());
        for (MemberCode s : MEMBERS) {
          if (!s.equals(m)) {
            agreements.put(
                new SharingAgreement(m, s, true, false, false, Set.of(), null, null), "load");
          }
        }
      }
      HubClient client = new HubClient(port);
      VacancyGenerator generator = new VacancyGenerator(Gazetteer.load(), 11, LocalDate.now());
      Map<String, Timings> timings = new ConcurrentHashMap<>();
      for (String op : List.of("publish", "feed-page", "feed-poll-304", "vacancy-get")) {
        timings.put(op, new Timings());
      }
      long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
      ExecutorService pool =
          Executors.newFixedThreadPool(PUBLISHERS + READERS, r -> new Thread(r, "load-client"));
      List<Future<?>> tasks = new ArrayList<>();
      AtomicLong published = new AtomicLong();
      List<String> knownIds = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int p = 0; p < PUBLISHERS; p++) {
        MemberCode m = MEMBERS.get(p % MEMBERS.size());
        int lane = p;
        tasks.add(
            pool.submit(
                () -> {
                  int round = 0;
                  while (System.nanoTime() < deadline) {
                    // Each lane owns references lane*1e6 + i: new ones first, then updates of
                    // earlier ones.
                    int first = lane * 1_000_000 + (round % 20) * BATCH;
                    List<String> items = new ArrayList<>();
                    for (Vacancy v : generator.generate(m, first, BATCH)) {
                      Vacancy sent =
                          round >= 20 ? v.toBuilder().title(v.title() + " " + round).build() : v;
                      items.add(VacancyJson.write(sent));
                    }
                    String body = "{\"vacancies\":[" + String.join(",", items) + "]}";
                    long t = System.nanoTime();
                    try {
                      HubClient.Response r =
                          client.post("/api/v1/vacancies/batch", memberKeys.get(m), body);
                      timings.get("publish").micros.add((System.nanoTime() - t) / 1000);
                      if (r.status() != 200 || r.json().get("counts").get("REJECTED").asInt() > 0) {
                        timings.get("publish").errors.incrementAndGet();
                      } else {
                        published.addAndGet(BATCH);
                        r.json().get("results").forEach(x -> knownIds.add(x.get("id").asString()));
                      }
                    } catch (RuntimeException e) {
                      timings.get("publish").errors.incrementAndGet();
                    }
                    round++;
                  }
                  return null;
                }));
      }
      for (int q = 0; q < READERS; q++) {
        MemberCode m = MEMBERS.get(q % MEMBERS.size());
        tasks.add(
            pool.submit(
                () -> {
                  String after = "0";
                  String etag = null;
                  java.util.Random random = new java.util.Random(m.hashCode());
                  while (System.nanoTime() < deadline) {
                    long t = System.nanoTime();
                    try {
                      HubClient.Response r =
                          etag == null
                              ? client.get(
                                  "/api/v1/feed/changes?limit=500&after=" + after,
                                  memberKeys.get(m))
                              : client.get(
                                  "/api/v1/feed/changes?limit=500&after=" + after,
                                  memberKeys.get(m),
                                  "If-None-Match",
                                  etag);
                      long micros = (System.nanoTime() - t) / 1000;
                      if (r.status() == 304) {
                        timings.get("feed-poll-304").micros.add(micros);
                        Thread.sleep(20);
                      } else if (r.status() == 200) {
                        timings.get("feed-page").micros.add(micros);
                        after = r.json().get("next").asString();
                        etag = r.json().get("count").asInt() == 0 ? r.header("ETag") : null;
                      } else {
                        timings.get("feed-page").errors.incrementAndGet();
                      }
                      if (!knownIds.isEmpty()) {
                        String id = knownIds.get(random.nextInt(knownIds.size()));
                        long g = System.nanoTime();
                        HubClient.Response one =
                            client.get("/api/v1/vacancies/" + id, memberKeys.get(m));
                        timings.get("vacancy-get").micros.add((System.nanoTime() - g) / 1000);
                        if (one.status() != 200 && one.status() != 404) {
                          timings.get("vacancy-get").errors.incrementAndGet();
                        }
                      }
                    } catch (RuntimeException e) {
                      timings.get("feed-page").errors.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : tasks) {
        f.get();
      }
      pool.shutdown();
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("seconds", SECONDS);
      figures.put("publishers", PUBLISHERS);
      figures.put("readers", READERS);
      figures.put("batchSize", BATCH);
      figures.put("vacanciesPublished", published.get());
      figures.put("vacanciesPerSecond", Math.round(published.get() / (double) SECONDS));
      long errors = 0;
      for (var e : timings.entrySet()) {
        Map<String, Object> s = e.getValue().summary(SECONDS);
        figures.put(e.getKey(), s);
        errors += (Long) s.get("errors");
        System.out.printf(Locale.ROOT, "%-14s %s%n", e.getKey(), s);
      }
      figures.put("errors", errors);
      System.out.printf(
          Locale.ROOT,
          "Load: %d publishers, %d readers, %d s: %d vacancies published (%d/s), %d errors%n",
          PUBLISHERS,
          READERS,
          SECONDS,
          published.get(),
          Math.round(published.get() / (double) SECONDS),
          errors);
      System.out.println("written to " + BenchResults.write("load", figures));
    } finally {
      ctx.close();
    }
  }
}
