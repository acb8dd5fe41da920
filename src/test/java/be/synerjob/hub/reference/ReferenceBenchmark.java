package be.synerjob.hub.reference;

import be.synerjob.hub.HubApplication;
import be.synerjob.hub.bench.BenchResults;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.support.EmbeddedPostgres;
import be.synerjob.hub.support.HubClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the reference: first-start import (H2 file database as shipped, and PostgreSQL), a later
 * start that reuses the database, building the in-memory model and the autocomplete index,
 * autocomplete latency over every label of every scheme (p50/p95/p99 over a few thousand realistic
 * queries in four languages, in the service and over HTTP), and concept profile look-ups.
 *
 * <p>Run: {@code ./mvnw -Pbench test -Dbench=ReferenceBenchmark}. Writes {@code
 * bench/results/reference-<date>.json}.
 */
class ReferenceBenchmark {

  private static final int QUERIES_PER_LANGUAGE = 1000;
  private static final int WARM_UP = 2000;

  @Test
  void measure() throws Exception {
    Map<String, Object> figures = new LinkedHashMap<>();
    Path dir = Files.createTempDirectory(Path.of("target"), "reference-bench");
    String h2 =
        "jdbc:h2:file:"
            + dir.resolve("hub").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=60000;"
            + "WRITE_DELAY=100";

    // First start: empty database, the shipped reference is imported before the port opens.
    long t0 = System.nanoTime();
    ConfigurableApplicationContext first = start(h2, "sa", "");
    double firstStart = seconds(t0);
    ImportReport report = first.getBean(ReferenceImport.class).importShipped(); // no-op: timing
    double reimport = report.millis() / 1000.0;
    long importMillis =
        first
            .getBean(org.springframework.jdbc.core.JdbcTemplate.class)
            .queryForObject("SELECT SUM(load_millis) FROM ref_release", Long.class);
    figures.put("h2FileFirstStartSeconds", round(firstStart));
    figures.put("h2FileImportSeconds", round(importMillis / 1000.0));
    figures.put("secondImportNoOpSeconds", round(reimport));
    System.out.printf(
        Locale.ROOT,
        "first start (H2 file): %.1f s, of which import %.1f s; import again (no-op): %.2f s%n",
        firstStart,
        importMillis / 1000.0,
        reimport);
    first.close();

    // Later start: the database holds the reference; nothing is imported.
    t0 = System.nanoTime();
    ConfigurableApplicationContext ctx = start(h2, "sa", "");
    double laterStart = seconds(t0);
    figures.put("h2FileLaterStartSeconds", round(laterStart));
    ModelHolder holder = ctx.getBean(ModelHolder.class);
    t0 = System.nanoTime();
    ReferenceModel model = holder.model();
    double modelSeconds = seconds(t0);
    t0 = System.nanoTime();
    SuggestIndex index = holder.index();
    double indexSeconds = seconds(t0);
    figures.put("modelLoadSeconds", round(modelSeconds));
    figures.put("autocompleteIndexBuildSeconds", round(indexSeconds));
    figures.put("concepts", model.nodes.size());
    figures.put("autocompleteLabels", index.documents());
    figures.put("autocompleteIndexBytes", index.bytes());
    System.gc();
    Runtime rt = Runtime.getRuntime();
    figures.put("heapUsedAfterLoadBytes", rt.totalMemory() - rt.freeMemory());
    System.out.printf(
        Locale.ROOT,
        "later start: %.1f s; model of %d concepts %.1f s; index of %d labels (%d MB) %.1f s%n",
        laterStart,
        model.nodes.size(),
        modelSeconds,
        index.documents(),
        index.bytes() / 1_000_000,
        indexSeconds);

    Reference reference = ctx.getBean(Reference.class);
    List<String[]> queries = queries(model); // language, text
    for (int i = 0; i < WARM_UP; i++) {
      String[] q = queries.get(i % queries.size());
      reference.autocomplete(
          q[1], i % 2 == 0 ? null : Language.parse(q[0]).orElseThrow(), null, 10);
    }
    long[] all = new long[queries.size()];
    long[] oneLanguage = new long[queries.size()];
    int empty = 0;
    for (int i = 0; i < queries.size(); i++) {
      String[] q = queries.get(i);
      long a = System.nanoTime();
      List<Suggestion> r = reference.autocomplete(q[1], null, null, 10);
      all[i] = System.nanoTime() - a;
      if (r.isEmpty()) {
        empty++;
      }
      a = System.nanoTime();
      reference.autocomplete(q[1], Language.parse(q[0]).orElseThrow(), null, 10);
      oneLanguage[i] = System.nanoTime() - a;
    }
    figures.put("autocompleteQueries", queries.size());
    figures.put("autocompleteQueriesWithoutResult", empty);
    figures.put("autocompleteAllLanguagesMs", percentiles(all));
    figures.put("autocompleteOneLanguageMs", percentiles(oneLanguage));
    System.out.println("autocomplete, all languages (ms): " + percentiles(all));
    System.out.println("autocomplete, one language (ms): " + percentiles(oneLanguage));

    // Profile look-ups: ESCO occupations and skills, ROME codes, Competent competences.
    List<String> occupations = new ArrayList<>();
    List<String> skills = new ArrayList<>();
    for (ReferenceModel.Node n : model.nodes) {
      if (!n.active()) {
        continue;
      }
      if (n.kind == ConceptKind.OCCUPATION || n.kind == ConceptKind.ISCO_GROUP) {
        occupations.add(n.id());
      } else if (n.kind == ConceptKind.SKILL) {
        skills.add(n.id());
      }
    }
    Random random = new Random(20070703);
    for (int i = 0; i < 2000; i++) {
      reference.occupation(occupations.get(random.nextInt(occupations.size())));
      reference.skill(skills.get(random.nextInt(skills.size())));
    }
    long[] occ = new long[3000];
    long[] sk = new long[3000];
    for (int i = 0; i < occ.length; i++) {
      String o = occupations.get(random.nextInt(occupations.size()));
      long a = System.nanoTime();
      reference.occupation(o);
      occ[i] = System.nanoTime() - a;
      String s = skills.get(random.nextInt(skills.size()));
      a = System.nanoTime();
      reference.skill(s);
      sk[i] = System.nanoTime() - a;
    }
    figures.put("occupationProfileMs", percentiles(occ));
    figures.put("skillProfileMs", percentiles(sk));
    System.out.println("occupation profile (ms): " + percentiles(occ));
    System.out.println("skill profile (ms): " + percentiles(sk));

    // The same over HTTP (JSON serialisation and the servlet stack included).
    int port =
        ((org.springframework.boot.web.server.context.WebServerApplicationContext) ctx)
            .getWebServer()
            .getPort();
    HubClient http = new HubClient(port);
    for (int i = 0; i < 500; i++) {
      http.getRaw("/api/v1/reference/autocomplete?q=" + enc(queries.get(i)[1]), null);
    }
    long[] httpAuto = new long[1000];
    for (int i = 0; i < httpAuto.length; i++) {
      String[] q = queries.get((i * 7) % queries.size());
      long a = System.nanoTime();
      http.getRaw("/api/v1/reference/autocomplete?q=" + enc(q[1]) + "&lang=" + q[0], null);
      httpAuto[i] = System.nanoTime() - a;
    }
    long[] httpOcc = new long[1000];
    for (int i = 0; i < httpOcc.length; i++) {
      String o = occupations.get(random.nextInt(occupations.size()));
      long a = System.nanoTime();
      http.getRaw("/api/v1/reference/occupations/" + enc(o), null);
      httpOcc[i] = System.nanoTime() - a;
    }
    figures.put("httpAutocompleteMs", percentiles(httpAuto));
    figures.put("httpOccupationPageMs", percentiles(httpOcc));
    System.out.println("HTTP autocomplete (ms): " + percentiles(httpAuto));
    System.out.println("HTTP occupation page (ms): " + percentiles(httpOcc));

    // Diff and archive.
    ReferenceReleases releases = ctx.getBean(ReferenceReleases.class);
    t0 = System.nanoTime();
    releases.diff(Scheme.ESCO, "1.1.1", "1.2.0", null, true);
    figures.put("diffEsco111To120FullSeconds", round(seconds(t0)));
    t0 = System.nanoTime();
    releases.writeArchive(Scheme.ESCO, "1.2.0", java.io.OutputStream.nullOutputStream());
    figures.put("archiveEsco120Seconds", round(seconds(t0)));
    ctx.close();

    // First start on PostgreSQL (embedded server, PostgreSQL 16).
    String pg = EmbeddedPostgres.newDatabase();
    t0 = System.nanoTime();
    ConfigurableApplicationContext onPg = start(pg, "postgres", "postgres");
    double pgStart = seconds(t0);
    long pgImport =
        onPg.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
            .queryForObject("SELECT SUM(load_millis) FROM ref_release", Long.class);
    figures.put("postgresFirstStartSeconds", round(pgStart));
    figures.put("postgresImportSeconds", round(pgImport / 1000.0));
    System.out.printf(
        Locale.ROOT,
        "first start (PostgreSQL): %.1f s, of which import %.1f s%n",
        pgStart,
        pgImport / 1000.0);
    onPg.close();

    Path out = BenchResults.write("reference", figures);
    System.out.println("figures written to " + out);
  }

  private static ConfigurableApplicationContext start(String url, String user, String password) {
    SpringApplication app = new SpringApplication(HubApplication.class);
    app.setLogStartupInfo(false);
    return app.run(
        "--server.port=0",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password,
        "--hub.demo.enabled=false",
        "--hub.scheduling.enabled=false",
        "--hub.reference.warm-up=false",
        "--logging.level.be.synerjob.hub.reference=INFO");
  }

  /**
   * Realistic queries: for random active concepts, a label in each language cut after 3 to 8
   * characters of its first word, or the first word and the start of the second; a tenth with a
   * typo (two letters swapped), a tenth without accents, a twentieth in capitals.
   */
  private static List<String[]> queries(ReferenceModel model) {
    Random random = new Random(42);
    List<String[]> out = new ArrayList<>();
    for (Language lang : ReferenceModel.LANGUAGES) {
      List<String> labels = new ArrayList<>();
      for (ReferenceModel.Node n : model.nodes) {
        if (!n.active() || SuggestType.of(n.scheme, n.kind).isEmpty()) {
          continue;
        }
        ReferenceModel.LangLabels ll = n.labels(lang);
        if (ll == null) {
          continue;
        }
        labels.add(ll.pref);
        labels.addAll(ll.alts);
      }
      for (int i = 0; i < QUERIES_PER_LANGUAGE; i++) {
        String label = labels.get(random.nextInt(labels.size()));
        String[] words = label.split("[\\s/]+");
        String q;
        if (words.length > 1 && random.nextInt(3) == 0) {
          q =
              words[0]
                  + " "
                  + words[1].substring(0, Math.min(words[1].length(), 2 + random.nextInt(4)));
        } else {
          q = words[0].substring(0, Math.min(words[0].length(), 3 + random.nextInt(6)));
        }
        int variant = random.nextInt(20);
        if (variant < 2 && q.length() >= 5) {
          char[] c = q.toCharArray();
          int p = 1 + random.nextInt(c.length - 2);
          char x = c[p];
          c[p] = c[p + 1];
          c[p + 1] = x;
          q = new String(c);
        } else if (variant < 4) {
          q =
              java.text.Normalizer.normalize(q, java.text.Normalizer.Form.NFD)
                  .replaceAll("\\p{M}", "");
        } else if (variant == 4) {
          q = q.toUpperCase(Locale.ROOT);
        }
        out.add(new String[] {lang.code(), q});
      }
    }
    return out;
  }

  private static Map<String, Double> percentiles(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("p50", ms(s[(int) (s.length * 0.50)]));
    m.put("p95", ms(s[(int) (s.length * 0.95)]));
    m.put("p99", ms(s[(int) (s.length * 0.99)]));
    m.put("max", ms(s[s.length - 1]));
    return m;
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 10_000.0) / 100.0;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
