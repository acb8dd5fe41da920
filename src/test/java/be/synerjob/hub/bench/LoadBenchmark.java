package be.synerjob.hub.bench;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.demo.VacancyGenerator;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.support.HubClient;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Load test: many concurrent API clients against a hub running as operators run it, for a bounded
 * time.
 *
 * <p>The hub is a separate JVM started from the built application ({@code java -cp <runtime
 * classpath> be.synerjob.hub.HubApplication}) in {@code target/bench-load/<size>/}, with its own
 * heap, the default H2 file database under {@code ./data}, the demo off and the scheduled jobs on
 * (search index, duplicate clustering, EURES view, expiry… as in production). An operator key is
 * created with the CLI ({@code keys create --scopes admin}), members' keys and sharing agreements
 * (everyone receives everyone, shareable or not) through the admin API. The hub is then filled with
 * {@code size} vacancies through the batch API by one client per member as fast as it takes them
 * (the preload rate is reported), partners catch up with their feed, and the search index is left
 * to catch up. Then, for {@code load.seconds}:
 *
 * <ul>
 *   <li>publishers send batches of new vacancies and updates of preloaded ones, and close one
 *       preloaded vacancy per batch;
 *   <li>feed readers follow their feed from the head: pages of changes, ETag polls answered 304;
 *       after each, a single vacancy read of a partner's vacancy by reference;
 *   <li>searchers run text + region queries with facets.
 * </ul>
 *
 * Any answer other than 2xx/304 (a 404 only for a vacancy the load closed) or an exception is an
 * error; the first messages are printed. Reports throughput and latency percentiles per operation,
 * the slowest requests with their time into the run, the longest GC pauses of the hub, the preload
 * rate and the hub's memory after the run. A request stalled longer than {@code load.stallMs} takes
 * a thread dump of the hub ({@code stall-N.txt} next to its log).
 *
 * <p>Run: {@code ./mvnw -o -Pbench test -Dbench=LoadBenchmark [-Dload.sizes=100000,1000000]
 * [-Dload.seconds=60] [-Dload.publishers=8] [-Dload.readers=8] [-Dload.searchers=2] [-Dload.xmx=2g]
 * [-Dload.jvm=…] [-Dload.scheduling=true]}. Results: {@code load-<size>}.
 */
class LoadBenchmark {

  /** Sizes run, one result each: {@code -Dload.sizes=…}, or one {@code -Dload.preload=N}. */
  static final String SIZES =
      System.getProperty("load.sizes", System.getProperty("load.preload", "100000,1000000"));

  static final int SECONDS = Integer.getInteger("load.seconds", 60);
  static final int PUBLISHERS = Integer.getInteger("load.publishers", 8);
  static final int READERS = Integer.getInteger("load.readers", 8);
  static final boolean SCHEDULING_ON =
      Boolean.parseBoolean(System.getProperty("load.scheduling", "true"));

  /** Searchers: none without the scheduled jobs (the search index follows the feed in one). */
  static final int SEARCHERS = SCHEDULING_ON ? Integer.getInteger("load.searchers", 2) : 0;

  static final int BATCH = Integer.getInteger("load.batch", 50);
  static final int PRELOAD_BATCH = 1000;

  /** The hub's heap: {@code -Dload.xmx}, else 2g, 3g from 500,000 vacancies (dedup keeps ~1 GB). */
  static String xmx(int size) {
    return System.getProperty("load.xmx", size >= 500_000 ? "3g" : "2g");
  }

  static final String JVM = System.getProperty("load.jvm", "");
  static final boolean SCHEDULING =
      Boolean.parseBoolean(System.getProperty("load.scheduling", "true"));
  static final long STALL_MS = Long.getLong("load.stallMs", 3000);
  static final int INDEX_WAIT_SECONDS = Integer.getInteger("load.indexWaitSeconds", 600);

  static final List<MemberCode> MEMBERS = VacancyGenerator.members();
  static final Map<MemberCode, String> REGION =
      Map.of(
          MemberCode.VDAB, "VLG",
          MemberCode.FOREM, "WAL",
          MemberCode.ACTIRIS, "BRU",
          MemberCode.BF, "BRU",
          MemberCode.ADG, "WAL");
  static final long SEED = 42;

  /** Latencies of one kind of operation, with when they started. */
  static final class Timings {
    /** Pairs: start (ms into the run), latency (µs). */
    final List<long[]> samples = Collections.synchronizedList(new ArrayList<>());

    final AtomicLong errors = new AtomicLong();
    final List<String> messages = Collections.synchronizedList(new ArrayList<>());

    void add(long startNanos, long runStartNanos) {
      samples.add(
          new long[] {
            (startNanos - runStartNanos) / 1_000_000, (System.nanoTime() - startNanos) / 1000
          });
    }

    void error(String message) {
      errors.incrementAndGet();
      if (messages.size() < 5) {
        messages.add(message.length() > 300 ? message.substring(0, 300) + "…" : message);
      }
    }

    Map<String, Object> summary(double seconds) {
      List<long[]> copy;
      synchronized (samples) {
        copy = new ArrayList<>(samples);
      }
      long[] a = copy.stream().mapToLong(x -> x[1]).sorted().toArray();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("count", a.length);
      m.put("perSecond", Math.round(a.length / seconds));
      m.put("p50ms", pct(a, 0.50));
      m.put("p95ms", pct(a, 0.95));
      m.put("p99ms", pct(a, 0.99));
      m.put("maxms", a.length == 0 ? 0 : a[a.length - 1] / 1000.0);
      copy.sort((x, y) -> Long.compare(y[1], x[1]));
      m.put(
          "slowest",
          copy.stream()
              .limit(3)
              .map(x -> Map.of("atSecond", x[0] / 1000.0, "ms", x[1] / 1000.0))
              .toList());
      m.put("errors", errors.get());
      if (!messages.isEmpty()) {
        m.put("firstErrors", new ArrayList<>(messages));
      }
      return m;
    }

    private static double pct(long[] a, double p) {
      return a.length == 0
          ? 0
          : a[Math.min(a.length - 1, (int) Math.ceil(p * a.length) - 1)] / 1000.0;
    }
  }

  /** Disk a run needs per preloaded vacancy: the H2 file reached ~16.5 KB each at 1,000,000. */
  static final long DISK_PER_VACANCY = 20_000;

  @Test
  void filledHubUnderMixedLoad() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String size : SIZES.split(",")) {
      long errors = run(Integer.parseInt(size.strip()));
      if (errors > 0) {
        failures.add(errors + " errors at " + size.strip());
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError("the load test expects no errors: " + failures);
    }
  }

  /** One size; returns the number of errors (written with the figures). */
  private long run(int size) throws Exception {
    Path dir = Path.of("target", "bench-load", Integer.toString(size)).toAbsolutePath();
    FileSystemUtils.deleteRecursively(dir);
    Files.createDirectories(dir);
    long needed = size * DISK_PER_VACANCY + (2L << 30);
    long usable = Files.getFileStore(dir).getUsableSpace();
    if (usable < needed && !Boolean.getBoolean("load.skipDiskCheck")) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "%,d vacancies need about %,d MB of disk (the H2 file grows by ~14-16 KB per"
                  + " vacancy); %,d MB are free. -Dload.skipDiskCheck=true to"
                  + " try anyway",
              size,
              needed >> 20,
              usable >> 20));
    }
    int perMember = size / MEMBERS.size();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("preload", perMember * MEMBERS.size());
    figures.put("seconds", SECONDS);
    figures.put("publishers", PUBLISHERS);
    figures.put("readers", READERS);
    figures.put("searchers", SEARCHERS);
    figures.put("batchSize", BATCH);
    figures.put("serverHeap", xmx(size));
    figures.put("scheduling", SCHEDULING);

    VacancyGenerator generator = new VacancyGenerator(Gazetteer.load(), SEED, LocalDate.now());
    // Preload bodies are generated (once per size and day) while the hub starts.
    ExecutorService background = Executors.newSingleThreadExecutor();
    Future<Map<MemberCode, Path>> bodies = background.submit(() -> bodies(generator, perMember));
    background.shutdown();
    List<String> classpath = classpath();

    // An operator key from the CLI, as an operator does on a new hub.
    long errors;
    long t0 = System.nanoTime();
    String admin = adminKey(dir, classpath);
    figures.put("cliKeySeconds", seconds(t0));

    Hub hub = Hub.start(dir, classpath, xmx(size));
    try {
      figures.put("startSeconds", hub.startSeconds);
      HubClient client = new HubClient(hub.port);
      Map<MemberCode, String> keys = setUp(client, admin);

      // ---- readiness comes before the reference model is loaded (in the background): the first
      // publishes would wait for it, so wait for it outside the measurement and say how long
      long w0 = System.nanoTime();
      check(client.get("/api/v1/reference/autocomplete?q=lasser", null), 200, "reference warm-up");
      figures.put("referenceWarmUpAfterReadySeconds", seconds(w0));

      // ---- preload: one client per member, batches of 1,000, as fast as the hub takes them
      Map<String, Object> pre = preload(client, keys, bodies.get());
      figures.put("preloading", pre);
      figures.put("preloadPerSecond", pre.get("perSecond"));

      // ---- partners catch up with their feed (references only), then follow from the head
      long c0 = System.nanoTime();
      Map<MemberCode, String> heads = catchUp(client, keys);
      figures.put("feedCatchUpSeconds", seconds(c0));

      // ---- the search index follows the feed (scheduled job): wait until it stops growing
      long s0 = System.nanoTime();
      long indexed = waitForSearchIndex(client, admin, (Long) pre.get("created"));
      figures.put("searchIndexWaitSeconds", seconds(s0));
      figures.put("searchIndexOpenVacanciesAtStart", indexed);

      double loadBefore = loadAverage();
      Map<String, Timings> timings =
          mixedLoad(client, keys, heads, generator, perMember, hub.pid());
      double loadAfter = loadAverage();
      if (!hub.process.isAlive()) {
        throw new IllegalStateException(
            "the hub stopped during the load (exit "
                + hub.process.exitValue()
                + "); no result written:\n"
                + hub.logTail());
      }
      figures.put("loadAverageBefore", loadBefore);
      figures.put("loadAverageAfter", loadAfter);
      figures.put("loadAverage", loadAfter);
      long published = timings.get("publish").samples.size() * (long) BATCH;
      errors = 0;
      for (var e : timings.entrySet()) {
        Map<String, Object> s = e.getValue().summary(SECONDS);
        figures.put(e.getKey(), s);
        errors += (Long) s.get("errors");
        System.out.printf(Locale.ROOT, "%-14s %s%n", e.getKey(), s);
      }
      figures.put("vacanciesPerSecond", Math.round(published / (double) SECONDS));
      figures.put("errors", errors);
      figures.put("server", hub.memory(client, admin));
      System.out.printf(
          Locale.ROOT,
          "Load on %,d preloaded (%s/s): %d publishers, %d readers, %d searchers, %d s: %d"
              + " vacancies/s, %d errors, load average %.1f%n",
          size,
          pre.get("perSecond"),
          PUBLISHERS,
          READERS,
          SEARCHERS,
          SECONDS,
          Math.round(published / (double) SECONDS),
          errors,
          loadAfter);
    } finally {
      figures.put("stopSeconds", hub.stop());
      figures.put("gc", hub.gcPauses());
      figures.put("databaseMB", sizeMB(dir.resolve("data").resolve("db")));
    }
    System.out.println("server: " + figures.get("server") + ", gc: " + figures.get("gc"));
    System.out.println("written to " + BenchResults.write("load-" + size, figures));
    return errors;
  }

  // ------------------------------------------------------------------------------------ hub

  /** The hub in its own JVM. */
  static final class Hub {
    final Process process;
    final Path dir;
    final int port;
    final long startedNanos;
    double startSeconds;

    private Hub(Process process, Path dir, int port, long startedNanos) {
      this.process = process;
      this.dir = dir;
      this.port = port;
      this.startedNanos = startedNanos;
    }

    long pid() {
      return process.pid();
    }

    static Hub start(Path dir, List<String> classpath, String xmx) throws Exception {
      int port = freePort();
      List<String> cmd = new ArrayList<>(javaCommand("-Xmx" + xmx, classpath));
      cmd.add(1, "-Xlog:gc:file=" + dir.resolve("gc.log") + ":uptime");
      cmd.add(1, "-Dhub.scheduling.enabled=" + SCHEDULING); // production default: true (on)
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
      pb.environment().put("HUB_PORT", Integer.toString(port));
      pb.environment().put("HUB_SFTP_PORT", Integer.toString(freePort()));
      pb.environment().put("HUB_DEMO", "false");
      pb.redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile());
      long t = System.nanoTime();
      Hub hub = new Hub(pb.start(), dir, port, t);
      HubClient client = new HubClient(port);
      long deadline = t + TimeUnit.MINUTES.toNanos(5);
      while (true) {
        if (!hub.process.isAlive()) {
          throw new IllegalStateException("the hub stopped while starting:\n" + hub.logTail());
        }
        try {
          HubClient.Response r = client.get("/actuator/health/readiness", null);
          if (r.status() == 200) {
            break;
          }
        } catch (RuntimeException notYet) {
          // not listening yet
        }
        if (System.nanoTime() > deadline) {
          hub.process.destroyForcibly();
          throw new IllegalStateException("the hub was not ready in 5 min:\n" + hub.logTail());
        }
        Thread.sleep(250);
      }
      hub.startSeconds = seconds(t);
      System.out.printf(
          Locale.ROOT,
          "hub pid %d ready on port %d in %.1f s%n",
          hub.pid(),
          port,
          hub.startSeconds);
      return hub;
    }

    /** Heap from the hub's metrics, resident memory from /proc. */
    Map<String, Object> memory(HubClient client, String admin) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("heapUsedMB", metricMB(client, admin, "jvm.memory.used", "area:heap"));
      m.put("heapCommittedMB", metricMB(client, admin, "jvm.memory.committed", "area:heap"));
      m.put("nonHeapUsedMB", metricMB(client, admin, "jvm.memory.used", "area:nonheap"));
      Path status = Path.of("/proc", Long.toString(pid()), "status");
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
            long kb = Long.parseLong(line.replaceAll("\\D", ""));
            m.put(line.startsWith("VmRSS:") ? "rssMB" : "rssPeakMB", kb / 1024);
          }
        }
      } catch (IOException | RuntimeException e) {
        m.put("rss", "not available: " + e.getMessage());
      }
      return m;
    }

    private static Object metricMB(HubClient client, String admin, String name, String tag) {
      try {
        HubClient.Response r = client.get("/actuator/metrics/" + name + "?tag=" + tag, admin);
        if (r.status() != 200 || r.json() == null) {
          return "HTTP " + r.status();
        }
        return Math.round(r.json().get("measurements").get(0).get("value").asDouble() / (1 << 20));
      } catch (RuntimeException e) {
        return "not available: " + e.getMessage();
      }
    }

    /**
     * Stops the hub as a service manager does (SIGTERM, graceful), and returns how long it took.
     */
    double stop() throws InterruptedException {
      long t = System.nanoTime();
      process.destroy();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        System.out.println("the hub did not stop within 90 s: killed");
        process.destroyForcibly().waitFor();
        return -1;
      }
      return seconds(t);
    }

    /** The hub's GC pauses from its GC log: count, total, longest. */
    Map<String, Object> gcPauses() {
      Map<String, Object> m = new LinkedHashMap<>();
      Pattern pause =
          Pattern.compile("\\[([\\d.]+)s].*Pause (.*?) \\S+->\\S+\\(\\S+\\) ([\\d.]+)ms");
      List<double[]> pauses = new ArrayList<>();
      String longest = "";
      try {
        for (String line : Files.readAllLines(dir.resolve("gc.log"))) {
          Matcher x = pause.matcher(line);
          if (x.find()) {
            double ms = Double.parseDouble(x.group(3));
            if (pauses.isEmpty() || ms > pauses.stream().mapToDouble(p -> p[1]).max().orElse(0)) {
              longest = x.group(2) + " at " + x.group(1) + " s of uptime";
            }
            pauses.add(new double[] {Double.parseDouble(x.group(1)), ms});
          }
        }
      } catch (IOException e) {
        m.put("log", "not available");
        return m;
      }
      m.put("pauses", pauses.size());
      m.put("totalMs", Math.round(pauses.stream().mapToDouble(p -> p[1]).sum()));
      m.put("maxMs", pauses.stream().mapToDouble(p -> p[1]).max().orElse(0));
      m.put("longest", longest);
      return m;
    }

    String logTail() {
      try {
        List<String> lines = Files.readAllLines(dir.resolve("server.log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
      } catch (IOException e) {
        return "(no log)";
      }
    }
  }

  /** Runs {@code keys create --scopes admin} with the CLI on the hub's database. */
  private static String adminKey(Path dir, List<String> classpath) throws Exception {
    List<String> cmd = new ArrayList<>(javaCommand("-Xmx512m", classpath));
    cmd.addAll(List.of("keys", "create", "--name", "load test operator", "--scopes", "admin"));
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("cli.log").toFile())
            .start();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(
          "keys create failed:\n" + Files.readString(dir.resolve("cli.log")));
    }
    return Files.readAllLines(dir.resolve("cli.log")).stream()
        .filter(l -> l.startsWith("key:"))
        .map(l -> l.substring(4).strip())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no key printed by keys create"));
  }

  private static List<String> javaCommand(String heap, List<String> classpath) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add(heap);
    if (!JVM.isBlank()) {
      cmd.addAll(Arrays.asList(JVM.strip().split("\\s+")));
    }
    cmd.add("-cp");
    cmd.add(String.join(File.pathSeparator, classpath));
    cmd.add("be.synerjob.hub.HubApplication");
    return cmd;
  }

  /**
   * The application's runtime classpath: this JVM's test classpath without the test classes (and
   * their resources), so the hub starts with what the build ships.
   */
  static List<String> classpath() {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> out =
        Arrays.stream(cp.split(File.pathSeparator))
            .filter(e -> !e.isBlank())
            .filter(e -> !Path.of(e).endsWith("test-classes"))
            .toList();
    if (out.stream().noneMatch(e -> Path.of(e).endsWith("classes"))) {
      throw new IllegalStateException("target/classes is not on the classpath: " + cp);
    }
    return out;
  }

  // ------------------------------------------------------------------------ set-up, preload

  /** Members' keys (publish + feed) and agreements: every member receives every other's. */
  private static Map<MemberCode, String> setUp(HubClient client, String admin) {
    Map<MemberCode, String> keys = new LinkedHashMap<>();
    for (MemberCode m : MEMBERS) {
      HubClient.Response r =
          client.post(
              "/api/v1/admin/keys",
              admin,
              "{\"member\":\""
                  + m.value()
                  + "\",\"name\":\"load\",\"scopes\":[\"vacancies:publish\",\"feed:read\"]}");
      check(r, 201, "create key of " + m);
      keys.put(m, r.json().get("secret").asString());
      for (MemberCode s : MEMBERS) {
        if (!s.equals(m)) {
          check(
              client.put(
                  "/api/v1/admin/agreements/" + m.value() + "/" + s.value(),
                  admin,
                  "{\"onlyShareable\":false}"),
              200,
              "agreement " + m + " <- " + s);
        }
      }
    }
    return keys;
  }

  /** The rejected records of a batch answer, with their problems. */
  private static String rejected(HubClient.Response r) {
    List<String> out = new ArrayList<>();
    r.json()
        .get("results")
        .forEach(
            x -> {
              if ("REJECTED".equals(x.path("outcome").asString())) {
                out.add(x.toString());
              }
            });
    return String.join("; ", out);
  }

  private static void check(HubClient.Response r, int status, String what) {
    if (r.status() != status) {
      throw new IllegalStateException(what + ": HTTP " + r.status() + " " + r.raw().body());
    }
  }

  /**
   * Batch bodies of each member's preloaded vacancies, one per line (written once per size and
   * reused, so generating them costs nothing in the measurement).
   */
  private static Map<MemberCode, Path> bodies(VacancyGenerator g, int perMember)
      throws IOException {
    Map<MemberCode, Path> out = new LinkedHashMap<>();
    Path dir = Path.of("target", "bench-load-bodies");
    Files.createDirectories(dir);
    long t = System.nanoTime();
    MEMBERS.parallelStream().forEach(m -> body(g, perMember, dir, m));
    for (MemberCode m : MEMBERS) {
      out.put(m, file(dir, m, perMember));
    }
    System.out.printf(Locale.ROOT, "preload bodies ready in %.1f s%n", seconds(t));
    return out;
  }

  private static Path file(Path dir, MemberCode m, int perMember) {
    return dir.resolve(
        m.value() + "-" + perMember + "-" + SEED + "-" + LocalDate.now() + ".ndjson");
  }

  private static void body(VacancyGenerator g, int perMember, Path dir, MemberCode m) {
    try {
      Path file = file(dir, m, perMember);
      if (!Files.exists(file)) {
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        try (var w = Files.newBufferedWriter(tmp)) {
          for (int from = 0; from < perMember; from += PRELOAD_BATCH) {
            List<String> items = new ArrayList<>();
            for (Vacancy v : g.generate(m, from, Math.min(PRELOAD_BATCH, perMember - from))) {
              items.add(VacancyJson.write(v));
            }
            w.write("{\"vacancies\":[" + String.join(",", items) + "]}\n");
          }
        }
        Files.move(tmp, file);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Object> preload(
      HubClient client, Map<MemberCode, String> keys, Map<MemberCode, Path> bodies)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(MEMBERS.size());
    Timings batches = new Timings();
    AtomicLong created = new AtomicLong();
    AtomicLong printed = new AtomicLong(System.nanoTime());
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (MemberCode m : MEMBERS) {
      done.add(
          pool.submit(
              () -> {
                try (Stream<String> lines = Files.lines(bodies.get(m))) {
                  for (String body : (Iterable<String>) lines::iterator) {
                    long t = System.nanoTime();
                    try {
                      HubClient.Response r =
                          client.post("/api/v1/vacancies/batch", keys.get(m), body);
                      batches.add(t, start);
                      if (r.status() != 200) {
                        batches.error("HTTP " + r.status() + " " + r.raw().body());
                      } else {
                        int rejected = r.json().get("counts").path("REJECTED").asInt(0);
                        if (rejected > 0) {
                          batches.error(rejected + " rejected: " + rejected(r));
                        }
                        created.addAndGet(r.json().get("counts").path("CREATED").asInt(0));
                      }
                    } catch (RuntimeException e) {
                      batches.error(e.toString());
                    }
                    long n = created.get();
                    if (m == MEMBERS.get(0)
                        && System.nanoTime() - printed.get() > TimeUnit.SECONDS.toNanos(15)) {
                      printed.set(System.nanoTime());
                      System.out.printf(
                          Locale.ROOT,
                          "preloaded %,d (%.0f/s)%n",
                          n,
                          n / ((System.nanoTime() - start) / 1e9));
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double seconds = seconds(start);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("clients", MEMBERS.size());
    m.put("batchSize", PRELOAD_BATCH);
    m.put("created", created.get());
    m.put("seconds", Math.round(seconds * 10) / 10.0);
    m.put("perSecond", Math.round(created.get() / seconds));
    m.put("batch", batches.summary(seconds));
    m.put("loadAverage", loadAverage());
    System.out.printf(Locale.ROOT, "preload: %s%n", m);
    if (batches.errors.get() > 0) {
      throw new IllegalStateException("preload failed: " + batches.messages);
    }
    return m;
  }

  /** Each member reads its feed to the head, references only; returns each one's cursor. */
  private static Map<MemberCode, String> catchUp(HubClient client, Map<MemberCode, String> keys) {
    Map<MemberCode, String> heads = new ConcurrentHashMap<>();
    MEMBERS.parallelStream()
        .forEach(
            m -> {
              String after = "0";
              while (true) {
                HubClient.Response r =
                    client.get(
                        "/api/v1/feed/changes?include=none&limit=10000&after=" + after,
                        keys.get(m));
                check(r, 200, "feed of " + m);
                after = r.json().get("next").asString();
                if (r.json().get("count").asInt() < 10000) {
                  break;
                }
              }
              heads.put(m, after);
            });
    return heads;
  }

  /**
   * Waits (at most {@code load.indexWaitSeconds}) until the search index holds the preloaded
   * vacancies: the index follows the feed behind the duplicate clusters, both scheduled jobs.
   * Returns how many open vacancies it held when the wait ended.
   */
  private static long waitForSearchIndex(HubClient client, String admin, long expected)
      throws InterruptedException {
    if (!SCHEDULING) {
      return -1;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(INDEX_WAIT_SECONDS);
    long total = -1;
    long printed = 0;
    while (System.nanoTime() < deadline) {
      HubClient.Response r = client.get("/api/v1/vacancies/search?limit=1", admin);
      total = r.status() == 200 ? r.json().get("total").asLong() : -1;
      if (total >= expected) {
        return total;
      }
      if (System.nanoTime() - printed > TimeUnit.SECONDS.toNanos(20)) {
        printed = System.nanoTime();
        System.out.printf(Locale.ROOT, "search index: %,d of %,d%n", total, expected);
      }
      Thread.sleep(1000);
    }
    System.out.printf(
        Locale.ROOT,
        "the search index held %,d of %,d vacancies after %d s: load starts anyway%n",
        total,
        expected,
        INDEX_WAIT_SECONDS);
    return total;
  }

  // ----------------------------------------------------------------------------- mixed load

  private static Map<String, Timings> mixedLoad(
      HubClient client,
      Map<MemberCode, String> keys,
      Map<MemberCode, String> heads,
      VacancyGenerator generator,
      int perMember,
      long pid)
      throws Exception {
    Map<String, Timings> timings = new LinkedHashMap<>();
    for (String op :
        List.of("publish", "close", "feed-page", "feed-poll-304", "vacancy-get", "search")) {
      timings.put(op, new Timings());
    }
    Set<String> closed = ConcurrentHashMap.newKeySet();
    Map<Thread, long[]> inFlight = new ConcurrentHashMap<>();
    List<String[]> queries = queries(generator, perMember);
    long start = System.nanoTime();
    long deadline = start + SECONDS * 1_000_000_000L;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            PUBLISHERS + READERS + SEARCHERS + 1, r -> new Thread(r, "load-client"));
    List<Future<?>> tasks = new ArrayList<>();
    tasks.add(pool.submit(() -> watchStalls(inFlight, pid, deadline, start)));
    for (int p = 0; p < PUBLISHERS; p++) {
      int lane = p;
      tasks.add(
          pool.submit(
              () -> {
                publisher(
                    lane, client, keys, generator, perMember, closed, timings, inFlight, start,
                    deadline);
                return null;
              }));
    }
    for (int q = 0; q < READERS; q++) {
      int lane = q;
      tasks.add(
          pool.submit(
              () -> {
                reader(
                    lane, client, keys, heads, perMember, closed, timings, inFlight, start,
                    deadline);
                return null;
              }));
    }
    for (int s = 0; s < SEARCHERS; s++) {
      int lane = s;
      tasks.add(
          pool.submit(
              () -> {
                SplittableRandom random = new SplittableRandom(lane);
                Timings t = timings.get("search");
                while (System.nanoTime() < deadline) {
                  String[] q = queries.get(random.nextInt(queries.size()));
                  long n = begin(inFlight);
                  try {
                    HubClient.Response r =
                        client.get(
                            "/api/v1/vacancies/search?q="
                                + q[1]
                                + "&lang="
                                + q[2]
                                + "&region="
                                + q[3]
                                + "&limit=20",
                            keys.get(new MemberCode(q[0])));
                    t.add(n, start);
                    if (r.status() != 200) {
                      t.error("search " + q[1] + ": HTTP " + r.status() + " " + r.raw().body());
                    }
                  } catch (RuntimeException e) {
                    t.error(e.toString());
                  } finally {
                    inFlight.remove(Thread.currentThread());
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : tasks) {
      f.get();
    }
    pool.shutdown();
    return timings;
  }

  private static long begin(Map<Thread, long[]> inFlight) {
    long n = System.nanoTime();
    inFlight.put(Thread.currentThread(), new long[] {n});
    return n;
  }

  /** Publisher lane: batches of new vacancies and updates, then one close. */
  private static void publisher(
      int lane,
      HubClient client,
      Map<MemberCode, String> keys,
      VacancyGenerator generator,
      int perMember,
      Set<String> closed,
      Map<String, Timings> timings,
      Map<Thread, long[]> inFlight,
      long start,
      long deadline) {
    MemberCode m = MEMBERS.get(lane % MEMBERS.size());
    // This lane owns the preloaded vacancies i with i % lanes == rank (of its member).
    int lanes = (PUBLISHERS - lane % MEMBERS.size() + MEMBERS.size() - 1) / MEMBERS.size();
    int rank = lane / MEMBERS.size();
    SplittableRandom random = new SplittableRandom(1000 + lane);
    int fresh = 5_000_000 + lane * 1_000_000;
    int nextClose = perMember - 1 - rank;
    int round = 0;
    Timings publish = timings.get("publish");
    Timings close = timings.get("close");
    while (System.nanoTime() < deadline) {
      List<String> items = new ArrayList<>();
      int updates = BATCH * 2 / 5;
      for (Vacancy v : generator.generate(m, fresh, BATCH - updates)) {
        items.add(VacancyJson.write(v));
      }
      fresh += BATCH - updates;
      Set<Integer> picked = new java.util.HashSet<>();
      while (picked.size() < updates && perMember / 2 / lanes > 2 * updates) {
        picked.add(random.nextInt(perMember / 2 / lanes) * lanes + rank);
      }
      for (int i : picked) {
        Vacancy v = generator.vacancy(m, i);
        items.add(VacancyJson.write(v.toBuilder().title(v.title() + " (" + round + ")").build()));
      }
      String body = "{\"vacancies\":[" + String.join(",", items) + "]}";
      long n = begin(inFlight);
      try {
        HubClient.Response r = client.post("/api/v1/vacancies/batch", keys.get(m), body);
        publish.add(n, start);
        if (r.status() != 200) {
          publish.error("batch of " + m + ": HTTP " + r.status() + " " + r.raw().body());
        } else if (r.json().get("counts").path("REJECTED").asInt(0) > 0) {
          publish.error("batch of " + m + " with rejections: " + rejected(r));
        }
      } catch (RuntimeException e) {
        publish.error(e.toString());
      } finally {
        inFlight.remove(Thread.currentThread());
      }
      if (nextClose >= perMember / 2) {
        String reference = generator.vacancy(m, nextClose).reference();
        closed.add(m.value() + "/" + reference);
        nextClose -= lanes;
        n = begin(inFlight);
        try {
          HubClient.Response r =
              client.post(
                  "/api/v1/vacancies/" + m.value() + "/" + reference + "/close", keys.get(m), "");
          close.add(n, start);
          if (r.status() != 200) {
            close.error("close " + reference + ": HTTP " + r.status() + " " + r.raw().body());
          }
        } catch (RuntimeException e) {
          close.error(e.toString());
        } finally {
          inFlight.remove(Thread.currentThread());
        }
      }
      round++;
    }
  }

  /** Feed reader lane: follows its member's feed from the head, reads one vacancy after each. */
  private static void reader(
      int lane,
      HubClient client,
      Map<MemberCode, String> keys,
      Map<MemberCode, String> heads,
      int perMember,
      Set<String> closed,
      Map<String, Timings> timings,
      Map<Thread, long[]> inFlight,
      long start,
      long deadline)
      throws InterruptedException {
    MemberCode m = MEMBERS.get(lane % MEMBERS.size());
    String key = keys.get(m);
    String after = heads.get(m);
    String etag = null;
    SplittableRandom random = new SplittableRandom(2000 + lane);
    while (System.nanoTime() < deadline) {
      long n = begin(inFlight);
      try {
        String path = "/api/v1/feed/changes?limit=500&after=" + after;
        HubClient.Response r =
            etag == null ? client.get(path, key) : client.get(path, key, "If-None-Match", etag);
        if (r.status() == 304) {
          timings.get("feed-poll-304").add(n, start);
        } else if (r.status() == 200) {
          timings.get("feed-page").add(n, start);
          after = r.json().get("next").asString();
          etag = r.json().get("count").asInt() == 0 ? r.header("ETag") : null;
        } else {
          timings
              .get("feed-page")
              .error("feed of " + m + ": HTTP " + r.status() + " " + r.raw().body());
        }
        if (r.status() == 304) {
          inFlight.remove(Thread.currentThread());
          Thread.sleep(20);
        }
      } catch (RuntimeException e) {
        timings.get("feed-page").error(e.toString());
      } finally {
        inFlight.remove(Thread.currentThread());
      }
      // One partner's vacancy, by reference.
      MemberCode source = MEMBERS.get(random.nextInt(MEMBERS.size()));
      if (source.equals(m) || perMember == 0) {
        continue;
      }
      String reference =
          source + "-DEMO-" + String.format(Locale.ROOT, "%06d", random.nextInt(perMember));
      Timings get = timings.get("vacancy-get");
      n = begin(inFlight);
      try {
        HubClient.Response r =
            client.get("/api/v1/vacancies/" + source.value() + "/" + reference, key);
        get.add(n, start);
        if (r.status() != 200
            && !(r.status() == 404 && closed.contains(source.value() + "/" + reference))) {
          get.error("read " + reference + ": HTTP " + r.status() + " " + r.raw().body());
        }
      } catch (RuntimeException e) {
        get.error(e.toString());
      } finally {
        inFlight.remove(Thread.currentThread());
      }
    }
  }

  /**
   * Search queries drawn from the preloaded vacancies: member, word of a title, language, region.
   */
  private static List<String[]> queries(VacancyGenerator generator, int perMember) {
    List<String[]> out = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(7);
    while (out.size() < 500 && perMember > 0) {
      MemberCode m = MEMBERS.get(random.nextInt(MEMBERS.size()));
      Vacancy v =
          generator.vacancy(MEMBERS.get(random.nextInt(MEMBERS.size())), random.nextInt(perMember));
      List<String> words =
          Arrays.stream(v.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
              .filter(w -> w.length() >= 4)
              .toList();
      if (words.isEmpty()) {
        continue;
      }
      String word = words.get(random.nextInt(words.size()));
      out.add(
          new String[] {
            m.value(),
            java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8),
            v.language(),
            REGION.get(new MemberCode(v.member()))
          });
    }
    return out;
  }

  /** Takes a thread dump of the hub when a request has been waiting longer than STALL_MS. */
  private static Object watchStalls(
      Map<Thread, long[]> inFlight, long pid, long deadline, long start) throws Exception {
    AtomicInteger dumps = new AtomicInteger();
    long last = 0;
    while (System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(5) && dumps.get() < 3) {
      long now = System.nanoTime();
      long oldest = inFlight.values().stream().mapToLong(x -> x[0]).min().orElse(now);
      if ((now - oldest) / 1_000_000 > STALL_MS && now - last > TimeUnit.SECONDS.toNanos(10)) {
        last = now;
        Path out =
            Path.of("target", "bench-load")
                .toAbsolutePath()
                .resolve("stall-" + pid + "-" + dumps.incrementAndGet() + ".txt");
        new ProcessBuilder("jcmd", Long.toString(pid), "Thread.print")
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start()
            .waitFor(30, TimeUnit.SECONDS);
        System.out.printf(
            Locale.ROOT,
            "a request waited %d ms at %.1f s into the run: thread dump of the hub in %s%n",
            (now - oldest) / 1_000_000,
            (now - start) / 1e9,
            out);
      }
      Thread.sleep(200);
    }
    return null;
  }

  // ---------------------------------------------------------------------------------- helpers

  private static double loadAverage() {
    return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 10)
        / 10.0;
  }

  private static double seconds(long since) {
    return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static long sizeMB(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
              .mapToLong(
                  p -> {
                    try {
                      return Files.size(p);
                    } catch (IOException e) {
                      return 0;
                    }
                  })
              .sum()
          >> 20;
    } catch (IOException e) {
      return -1;
    }
  }
}
