package be.synerjob.hub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the README's benchmark table (between {@code <!-- bench:start -->} and {@code <!--
 * bench:end -->}) from the newest result file of each benchmark in {@code bench/results/}. Every
 * benchmark calls it after writing its figures ({@link BenchResults#write}), so one run of {@code
 * ./mvnw -Pbench test} regenerates every figure and the table; a row whose benchmark has not been
 * run says so.
 *
 * <p>A row is a template: {@code {exchange-100000:/h2/publishPerSecond}} is the value at that JSON
 * pointer in the newest {@code exchange-100000-<date>.json}.
 */
public final class BenchTable {

  /** One line of the table. */
  record Row(String what, String measured, String target, String how) {}

  static final List<Row> ROWS =
      List.of(
          new Row(
              "publish through the batch API, 100,000 vacancies, 4 clients, batches of 1,000",
              "H2 **{exchange-100000:/h2/publishPerSecond}/s** · PostgreSQL"
                  + " **{exchange-100000:/postgresql/publishPerSecond}/s**",
              "5,000/s",
              "`ExchangeBenchmark`"),
          new Row(
              "the same, 1,000,000 vacancies",
              "H2 **{exchange-1000000:/h2/publishPerSecond}/s** · PostgreSQL"
                  + " **{exchange-1000000:/postgresql/publishPerSecond}/s**",
              "5,000/s",
              "`ExchangeBenchmark -Dbench.vacancies=1000000`"),
          new Row(
              "read the feed (pages of 10,000), vacancies included · references only, 100,000",
              "H2 {exchange-100000:/h2/feedChangesPerSecond}/s ·"
                  + " {exchange-100000:/h2/feedReferencesPerSecond}/s; PostgreSQL"
                  + " {exchange-100000:/postgresql/feedChangesPerSecond}/s ·"
                  + " {exchange-100000:/postgresql/feedReferencesPerSecond}/s",
              "50,000/s (met with references only)",
              "`ExchangeBenchmark`"),
          new Row(
              "the same, 1,000,000",
              "H2 {exchange-1000000:/h2/feedChangesPerSecond}/s ·"
                  + " {exchange-1000000:/h2/feedReferencesPerSecond}/s; PostgreSQL"
                  + " {exchange-1000000:/postgresql/feedChangesPerSecond}/s ·"
                  + " {exchange-1000000:/postgresql/feedReferencesPerSecond}/s",
              "",
              "`ExchangeBenchmark -Dbench.vacancies=1000000`"),
          new Row(
              "snapshot, 100,000 · 1,000,000 vacancies",
              "H2 {exchange-100000:/h2/snapshotSeconds} s · {exchange-1000000:/h2/snapshotSeconds} s;"
                  + " PostgreSQL {exchange-100000:/postgresql/snapshotSeconds} s ·"
                  + " {exchange-1000000:/postgresql/snapshotSeconds} s",
              "",
              "`ExchangeBenchmark`"),
          new Row(
              "hub start-up on a filled database and heap in use after it, 100,000 · 1,000,000"
                  + " vacancies",
              "H2 {exchange-100000:/h2/restartSeconds} s, {exchange-100000:/h2/heapAfterRestartMB} MB"
                  + " · {exchange-1000000:/h2/restartSeconds} s,"
                  + " {exchange-1000000:/h2/heapAfterRestartMB} MB; PostgreSQL"
                  + " {exchange-100000:/postgresql/restartSeconds} s ·"
                  + " {exchange-1000000:/postgresql/restartSeconds} s",
              "",
              "`ExchangeBenchmark`"),
          new Row(
              "first start (reference import) · later start",
              "{reference:/h2FileImportSeconds} s · {reference:/h2FileLaterStartSeconds} s",
              "< 60 s",
              "`ReferenceBenchmark`"),
          new Row(
              "file ingest, NDJSON of 100,000 · 1,000,000 records ({channel:/ingest100000/fileMB} ·"
                  + " {channel:/ingest1000000/fileMB} MB), heap capped at {channel:/maxHeapMB} MB",
              "**{channel:/ingest100000/recordsPerSecond}/s** (peak heap"
                  + " {channel:/ingest100000/heapPeakMB} MB) ·"
                  + " **{channel:/ingest1000000/recordsPerSecond}/s** (peak heap"
                  + " {channel:/ingest1000000/heapPeakMB} MB)",
              "5,000/s",
              "`ChannelBenchmark` (heap cap: `-Dbench.jvm=-Xmx…`)"),
          new Row(
              "full export of {channel:/fullExport/records} vacancies (NDJSON)",
              "{channel:/fullExport/seconds} s",
              "100,000 in < 30 s",
              "`ChannelBenchmark`"),
          new Row(
              "duplicate clustering, 100,000 · 1,000,000 vacancies (fingerprints + clustering, heap)",
              "{dedup:/100000/fingerprintSeconds} + {dedup:/100000/clusterSeconds} s,"
                  + " {dedup:/100000/fingerprintHeapMB} MB · **{dedup:/1000000/fingerprintSeconds} +"
                  + " {dedup:/1000000/clusterSeconds} s**, {dedup:/1000000/fingerprintHeapMB} MB",
              "well under a minute",
              "`DedupBenchmark`"),
          new Row(
              "candidate generation vs exhaustive comparison, 5,000 vacancies",
              "{dedup:/blockedVsExhaustive/blockedComparisons} vs"
                  + " {dedup:/blockedVsExhaustive/exhaustiveComparisons} comparisons, merges lost:"
                  + " {dedup:/blockedVsExhaustive/mergesLostByBlocking}",
              "lose almost nothing",
              "`DedupBenchmark`"),
          new Row(
              "autocomplete over {reference:/autocompleteLabels} labels · occupation profile",
              "p95 {reference:/autocompleteAllLanguagesMs/p95} ms · p95"
                  + " {reference:/occupationProfileMs/p95} ms",
              "p95 < 10 ms",
              "`ReferenceBenchmark`"),
          new Row(
              "search, text + region + occupation with facets, 100,000 · 1,000,000 vacancies (p95)",
              "Lucene {search:/100000/typical/lucene/p95ms} · **{search:/1000000/typical/lucene/p95ms}"
                  + " ms** (CPU {search:/1000000/typical/luceneThreadCpu/p95ms} ms); PostgreSQL"
                  + " full text {search:/100000/typical/postgres/p95ms} ·"
                  + " {search:/1000000/typical/postgres/p95ms} ms; load average during the 1,000,000"
                  + " run {search:/1000000/loadAverage}",
              "p95 < 50 ms at 1,000,000",
              "`SearchBenchmark`"),
          new Row(
              "occupation classification of titles, uncached, one thread",
              "{classification:/clean, language given/titlesPerCpuSecond} titles per CPU-second"
                  + " ({classification:/clean, language given/titlesPerWallSecond}/s wall at load"
                  + " {classification:/loadAverage}); index {classification:/indexHeapMB} MB",
              "2,000/s per core",
              "`ClassificationBenchmark`"),
          new Row(
              "occupation coding of generated vacancies as publishing does it (title, description,"
                  + " language), every core, 100,000 · 1,000,000",
              "{classification:/vacancies-100000/vacanciesPerWallSecond}/s"
                  + " ({classification:/vacancies-100000/classifyCpuMicrosPerVacancy} µs CPU each) ·"
                  + " **{classification:/vacancies-1000000/vacanciesPerWallSecond}/s**"
                  + " ({classification:/vacancies-1000000/classifyCpuMicrosPerVacancy} µs CPU each)",
              "2,000/s per core",
              "`ClassificationBenchmark`"),
          new Row(
              "classification quality, held-out test part: MRR nl · fr · de · en",
              "{classification:/testPart/all/clean/nl/mrr} · {classification:/testPart/all/clean/fr/mrr}"
                  + " · {classification:/testPart/all/clean/de/mrr} ·"
                  + " {classification:/testPart/all/clean/en/mrr}",
              "above 0.63",
              "`ClassificationBenchmark`"),
          new Row(
              "matching batch: {matching:/profiles} profiles × {matching:/vacancies} open vacancies,"
                  + " top 20 · one profile on demand",
              "**{matching:/batchSeconds} s** ({matching:/batchCpuSeconds} CPU-s, load"
                  + " {matching:/load}) · p95 **{matching:/onDemandP95Ms} ms**",
              "< 10 min · p95 < 200 ms",
              "`MatchingBenchmark`"),
          new Row(
              "load on a hub filled with {load-100000:/preload} vacancies (own JVM, -Xmx{load-100000:/serverHeap}):"
                  + " {load-100000:/publishers} publishers, {load-100000:/readers} feed readers,"
                  + " {load-100000:/searchers} searchers, {load-100000:/seconds} s",
              "preload **{load-100000:/preloadPerSecond}/s**; then {load-100000:/vacanciesPerSecond} vacancies/s"
                  + " published, p95 publish {load-100000:/publish/p95ms} ms · close {load-100000:/close/p95ms} ms ·"
                  + " feed page {load-100000:/feed-page/p95ms} ms · vacancy {load-100000:/vacancy-get/p95ms} ms ·"
                  + " search {load-100000:/search/p95ms} ms; hub heap {load-100000:/server/heapUsedMB} MB, RSS"
                  + " {load-100000:/server/rssMB} MB; load average {load-100000:/loadAverage};"
                  + " **{load-100000:/errors} errors**",
              "no errors",
              "`LoadBenchmark`"),
          new Row(
              "the same on {load-1000000:/preload} vacancies (-Xmx{load-1000000:/serverHeap}, scheduled"
                  + " jobs: {load-1000000:/scheduling}),"
                  + " {load-1000000:/seconds} s",
              "preload **{load-1000000:/preloadPerSecond}/s**; then {load-1000000:/vacanciesPerSecond} vacancies/s"
                  + " published, p95 publish {load-1000000:/publish/p95ms} ms · close {load-1000000:/close/p95ms} ms ·"
                  + " feed page {load-1000000:/feed-page/p95ms} ms · vacancy {load-1000000:/vacancy-get/p95ms} ms ·"
                  + " search {load-1000000:/search/p95ms} ms; hub heap {load-1000000:/server/heapUsedMB} MB, RSS"
                  + " {load-1000000:/server/rssMB} MB; load average {load-1000000:/loadAverage};"
                  + " **{load-1000000:/errors} errors**",
              "no errors",
              "`LoadBenchmark`"),
          new Row(
              "JMH, one vacancy, one thread: content JSON + SHA-256 (publish) · JSON parse · JSON"
                  + " write · duplicate fingerprint · routing of a change to its recipients",
              "{micro:/benchmarks/ContentHashMicro.contentHash/score} ·"
                  + " {micro:/benchmarks/VacancyJsonMicro.parse/score} ·"
                  + " {micro:/benchmarks/VacancyJsonMicro.write/score} ·"
                  + " {micro:/benchmarks/FingerprintMicro.fingerprint/score} µs ·"
                  + " {micro:/benchmarks/RoutingMicro.routeChange/score} ns",
              "",
              "`MicroBenchmark`"),
          new Row(
              "JMH, one title, one thread: occupation classification, title only, language detected ·"
                  + " as published (title, description, language) · title cleaning",
              "{micro:/benchmarks/ClassifyMicro.noisyTitle/score} ·"
                  + " {micro:/benchmarks/ClassifyMicro.asPublished/score} ·"
                  + " {micro:/benchmarks/TitleAnalysisMicro.cleanTitle/score} µs; load average"
                  + " {micro:/loadAverage}",
              "",
              "`MicroBenchmark`"));

  private static final Pattern FIELD = Pattern.compile("\\{([a-z0-9-]+):(/[^}]*)}");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private BenchTable() {}

  /** Rewrites the table in {@code readme} from the results in {@code results}. */
  public static void update(Path results, Path readme) {
    try {
      if (!Files.exists(readme)) {
        return;
      }
      String text = Files.readString(readme);
      int start = text.indexOf("<!-- bench:start -->");
      int end = text.indexOf("<!-- bench:end -->");
      if (start < 0 || end < start) {
        return;
      }
      String table = render(newest(results));
      Files.writeString(
          readme,
          text.substring(0, start) + "<!-- bench:start -->\n" + table + text.substring(end));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The newest result of each benchmark, by name (the file name without its date). */
  static Map<String, JsonNode> newest(Path results) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    if (Files.isDirectory(results)) {
      try (Stream<Path> s = Files.list(results)) {
        s.filter(p -> p.getFileName().toString().matches(".+-\\d{4}-\\d{2}-\\d{2}\\.json"))
            .sorted()
            .forEach(
                p -> {
                  String n = p.getFileName().toString();
                  files.put(n.substring(0, n.length() - ".yyyy-mm-dd.json".length()), p);
                });
      }
    }
    Map<String, JsonNode> out = new TreeMap<>();
    for (var e : files.entrySet()) {
      out.put(e.getKey(), JSON.readTree(Files.readString(e.getValue())));
    }
    return out;
  }

  static String render(Map<String, JsonNode> results) {
    StringBuilder b = new StringBuilder();
    Optional<JsonNode> machine =
        results.values().stream()
            .filter(n -> n.has("machine"))
            .max((x, y) -> x.path("at").asString().compareTo(y.path("at").asString()));
    b.append(
        "Generated by the benchmarks from [`bench/results/`](bench/results) (newest result of each);");
    machine.ifPresent(
        m ->
            b.append(" machine: ")
                .append(m.get("machine").path("cores").asInt())
                .append(" cores, ")
                .append(m.get("machine").path("memoryBytes").asLong() >> 30)
                .append(" GB, ")
                .append(m.get("machine").path("java").asString())
                .append(", ")
                .append(m.get("machine").path("os").asString()));
    b.append(
        ". The machine is shared: read ratios within one run, not absolute values across"
            + " runs. `./mvnw -Pbench test` runs them all, `-Dbench=NameBenchmark` one.\n\n");
    b.append("| what | measured | target | benchmark | run |\n|---|---|---|---|---|\n");
    for (Row r : ROWS) {
      List<String> dates = new ArrayList<>();
      String what = fill(r.what(), results, dates);
      String measured = fill(r.measured(), results, dates);
      String date = dates.stream().sorted().reduce((x, y) -> y).orElse("");
      b.append("| ")
          .append(what)
          .append(" | ")
          .append(measured)
          .append(" | ")
          .append(r.target())
          .append(" | ")
          .append(r.how())
          .append(" | ")
          .append(date.isEmpty() ? "not run yet" : date.substring(0, 10))
          .append(" |\n");
    }
    return b.toString();
  }

  private static String fill(String template, Map<String, JsonNode> results, List<String> dates) {
    Matcher m = FIELD.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      JsonNode doc = results.get(m.group(1));
      JsonNode v = doc == null ? null : doc.at(m.group(2));
      String text;
      if (v == null || v.isMissingNode() || v.isNull()) {
        text = "–";
      } else {
        dates.add(doc.path("at").asString());
        text = v.isNumber() ? number(v) : v.asString();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String number(JsonNode v) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
    double d = Math.abs(v.asDouble());
    f.setMaximumFractionDigits(v.isIntegralNumber() ? 0 : d < 1 ? 3 : d < 10 ? 2 : 1);
    return f.format(v.isIntegralNumber() ? v.asLong() : v.asDouble());
  }

  /** Regenerates the table from the stored results without running a benchmark. */
  public static void main(String[] args) {
    update(Path.of("bench", "results"), Path.of("README.md"));
  }
}
