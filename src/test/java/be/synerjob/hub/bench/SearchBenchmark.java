package be.synerjob.hub.bench;

import be.synerjob.hub.demo.GeneratedVacancy;
import be.synerjob.hub.demo.ScaleGenerator;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.PostcodeArea;
import be.synerjob.hub.search.SearchBenchSupport;
import be.synerjob.hub.search.SearchQuery;
import be.synerjob.hub.search.SearchResult;
import be.synerjob.hub.search.SearchViewer;
import be.synerjob.hub.search.VacancySearch;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.Vacancy;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Search latency at 100,000 and 1,000,000 generated vacancies: the Lucene index (through {@link
 * VacancySearch#search}, the API's path without HTTP: parameter checks, query, 8 facets, 20 hits
 * with highlights) side by side with PostgreSQL full-text search on the same vacancies (embedded
 * PostgreSQL 16, a stored tsvector per vacancy in its language's configuration — dutch, french,
 * german, english — plus the occupation labels in the 'simple' configuration, a GIN index, the same
 * filters, top 20 by ts_rank_cd and the facet counts by GROUP BY GROUPING SETS).
 *
 * <p>Queries are drawn from the data: a word of a vacancy's title in its language, its region and
 * its ISCO-08 unit group ("typical": text + region + occupation, with facets), and the same without
 * the occupation ("broad"). Each engine gets a warm-up, then the same queries one after another on
 * one thread.
 *
 * <p>Run: {@code ./mvnw -Pbench test -Dbench=SearchBenchmark [-Dbench.search.max=1000000]
 * [-Dbench.search.queries=300]}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "hub.reference.import-on-start=false",
      "hub.reference.warm-up=false",
      "hub.search.directory=target/bench-search-index",
      "spring.datasource.url=jdbc:h2:mem:searchbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class SearchBenchmark {

  static final int MAX = Integer.getInteger("bench.search.max", 1_000_000);
  static final int QUERIES = Integer.getInteger("bench.search.queries", 300);
  static final int WARM_UP = 60;

  @Autowired VacancySearch search;

  record Q(String word, String lang, String region, String isco) {}

  @Test
  void luceneAndPostgresAtScale() throws Exception {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("machine", Runtime.getRuntime().availableProcessors() + " cores, shared");
    figures.put("queriesPerMix", QUERIES);
    Gazetteer gazetteer = Gazetteer.load();
    ScaleGenerator g =
        new ScaleGenerator(
            gazetteer, 11, LocalDate.of(2026, 11, 1), ScaleGenerator.Mix.realistic());
    SearchBenchSupport.useDemoOccupations(search);
    Map<String, String> labels = SearchBenchSupport.demoOccupationLabels();
    search.reindex(); // empty database: clears the index directory of an earlier run

    var pg =
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
            .setServerConfig("shared_buffers", "512MB")
            .setServerConfig("maintenance_work_mem", "512MB")
            .setServerConfig("work_mem", "64MB")
            .setServerConfig("max_wal_size", "8GB")
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("jit", "off")
            .start();
    try (Connection c = pg.getPostgresDatabase().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute(
            """
            CREATE TABLE vac (
              id uuid, member text, region text, province text, contract text, regime text, lang text,
              cfg regconfig, pub date, occ text[], isco_major text, title text, description text,
              labels text,
              tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector(cfg, coalesce(title, '')), 'A')
                || setweight(to_tsvector('simple', coalesce(labels, '')), 'B')
                || setweight(to_tsvector(cfg, coalesce(description, '')), 'C')) STORED)
            """);
      }
      int from = 0;
      for (int n : new int[] {Math.min(100_000, MAX), MAX}) {
        if (n <= from) {
          continue;
        }
        Map<String, Object> f = new LinkedHashMap<>();
        // ---- load both engines with records [from, n)
        long luceneNanos = 0;
        long pgNanos = 0;
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
          s.execute("DROP INDEX IF EXISTS vac_tsv");
          s.execute("DROP INDEX IF EXISTS vac_occ");
          s.execute("DROP INDEX IF EXISTS vac_region");
        }
        int indexed = 0;
        try (OutputStream copy =
            new PGCopyOutputStream(
                c.unwrap(PGConnection.class),
                "COPY vac (id, member, region, province, contract, regime, lang, cfg, pub, occ,"
                    + " isco_major, title, description, labels) FROM STDIN (FORMAT text)",
                1 << 20)) {
          StringBuilder row = new StringBuilder(4096);
          for (int i = from; i < n; i++) {
            GeneratedVacancy gv = g.get(i);
            if (gv.kind() == GeneratedVacancy.Kind.INVALID) {
              continue;
            }
            Vacancy v = gv.vacancy();
            UUID id = id(v.member() + "/" + v.reference());
            UUID cluster =
                gv.relatedTo() == null || gv.kind() == GeneratedVacancy.Kind.SIBLING
                    ? id
                    : id(gv.relatedTo());
            long a = System.nanoTime();
            SearchBenchSupport.index(search, id, cluster, v);
            long b = System.nanoTime();
            luceneNanos += b - a;
            row.setLength(0);
            row(row, v, id, gazetteer, labels);
            copy.write(row.toString().getBytes(StandardCharsets.UTF_8));
            pgNanos += System.nanoTime() - b;
            indexed++;
          }
        }
        long a = System.nanoTime();
        SearchBenchSupport.commit(search, 0);
        luceneNanos += System.nanoTime() - a;
        long b = System.nanoTime();
        try (Statement s = c.createStatement()) {
          s.execute("CREATE INDEX vac_tsv ON vac USING gin (tsv)");
          s.execute("CREATE INDEX vac_occ ON vac USING gin (occ)");
          s.execute("CREATE INDEX vac_region ON vac (region)");
          s.execute("VACUUM ANALYZE vac");
        }
        pgNanos += System.nanoTime() - b;
        f.put("vacancies", n);
        f.put("indexedOpen", search.indexed());
        f.put("luceneIndexSeconds", secs(luceneNanos));
        f.put(
            "luceneIndexMB",
            SearchBenchSupport.sizeOnDisk(Path.of("target/bench-search-index")) / 1_000_000);
        f.put("postgresLoadAndIndexSeconds", secs(pgNanos));
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('vac')")) {
          rs.next();
          f.put("postgresTableAndIndexesMB", rs.getLong(1) / 1_000_000);
        }
        f.put("loadWallSeconds", secs(System.nanoTime() - t0));
        System.out.printf(Locale.ROOT, "%,d vacancies loaded: %s%n", n, f);

        // ---- queries drawn from the data
        List<Q> queries = queries(g, gazetteer, n, QUERIES + WARM_UP, 99 + n);
        for (String mix : List.of("typical", "broad")) {
          boolean withOccupation = mix.equals("typical");
          Map<String, Object> m = new LinkedHashMap<>();
          long[] lucene = new long[QUERIES];
          long[] postgres = new long[QUERIES];
          long luceneHits = 0;
          long pgHits = 0;
          for (int k = 0; k < queries.size(); k++) {
            Q q = queries.get(k);
            long s0 = System.nanoTime();
            SearchResult r = lucene(q, withOccupation);
            long s1 = System.nanoTime();
            if (k >= WARM_UP) {
              lucene[k - WARM_UP] = s1 - s0;
              luceneHits += r.total();
            }
          }
          try (PreparedStatement top = c.prepareStatement(topSql(withOccupation));
              PreparedStatement facets = c.prepareStatement(facetSql(withOccupation))) {
            for (int k = 0; k < queries.size(); k++) {
              Q q = queries.get(k);
              long s0 = System.nanoTime();
              bind(top, q, withOccupation);
              int rows = 0;
              try (ResultSet rs = top.executeQuery()) {
                while (rs.next()) {
                  rows++;
                }
              }
              bind(facets, q, withOccupation);
              long total = 0;
              try (ResultSet rs = facets.executeQuery()) {
                while (rs.next()) {
                  if (rs.getString(1) != null) {
                    total += rs.getLong(8);
                  }
                }
              }
              long s1 = System.nanoTime();
              if (k >= WARM_UP) {
                postgres[k - WARM_UP] = s1 - s0;
                pgHits += total;
              }
              if (rows < 0) {
                throw new IllegalStateException();
              }
            }
          }
          m.put("lucene", percentiles(lucene));
          m.put("postgres", percentiles(postgres));
          m.put("luceneMeanMatches", luceneHits / QUERIES);
          m.put("postgresMeanMatches", pgHits / QUERIES);
          f.put(mix, m);
          System.out.printf(Locale.ROOT, "%,d vacancies, %s queries: %s%n", n, mix, m);
        }
        figures.put(Integer.toString(n), f);
        from = n;
        System.out.println("written to " + BenchResults.write("search", figures));
      }
    } finally {
      pg.close();
    }
  }

  private SearchResult lucene(Q q, boolean withOccupation) {
    SearchQuery.Builder b = SearchQuery.builder().q(q.word()).lang(q.lang()).region(q.region());
    if (withOccupation) {
      b.occupation("isco:" + q.isco());
    }
    return search.search(b.build(), SearchViewer.operatorView());
  }

  private static String where(boolean withOccupation) {
    return " FROM vac, (SELECT plainto_tsquery(?::regconfig, ?) || plainto_tsquery('simple', ?) AS q) x"
        + " WHERE tsv @@ x.q AND region = ?"
        + (withOccupation ? " AND occ @> ARRAY[?]::text[]" : "");
  }

  private static String topSql(boolean withOccupation) {
    return "SELECT id, title, member, region, pub, ts_rank_cd(tsv, x.q) AS rank"
        + where(withOccupation)
        + " ORDER BY rank DESC, id LIMIT 20";
  }

  private static String facetSql(boolean withOccupation) {
    return "SELECT member, region, province, contract, regime, lang, isco_major, count(*)"
        + where(withOccupation)
        + " GROUP BY GROUPING SETS ((member), (region), (province), (contract), (regime), (lang),"
        + " (isco_major))";
  }

  private static void bind(PreparedStatement ps, Q q, boolean withOccupation) throws Exception {
    ps.setString(1, config(q.lang()));
    ps.setString(2, q.word());
    ps.setString(3, q.word());
    ps.setString(4, q.region());
    if (withOccupation) {
      ps.setString(5, "isco:" + q.isco());
    }
  }

  private static List<Q> queries(
      ScaleGenerator g, Gazetteer gazetteer, int n, int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Q> out = new ArrayList<>();
    while (out.size() < count) {
      GeneratedVacancy gv = g.get(r.nextInt(n));
      if (gv.kind() == GeneratedVacancy.Kind.INVALID) {
        continue;
      }
      Vacancy v = gv.vacancy();
      String word = null;
      for (String w : v.title().split("[^\\p{L}]+")) {
        if (w.length() >= 5) {
          word = w.toLowerCase(Locale.ROOT);
          break;
        }
      }
      String isco =
          v.occupations().stream()
              .filter(o -> o.scheme() == CodeScheme.ISCO08)
              .map(Vacancy.OccupationCode::code)
              .findFirst()
              .orElse(null);
      var area = gazetteer.postcode(v.workplace().postcode());
      if (word == null || isco == null || area.isEmpty()) {
        continue;
      }
      out.add(new Q(word, v.language(), area.get().region().code(), isco));
    }
    return out;
  }

  private static void row(
      StringBuilder b, Vacancy v, UUID id, Gazetteer gazetteer, Map<String, String> labels) {
    PostcodeArea a = gazetteer.postcode(v.workplace().postcode()).orElse(null);
    List<String> occ = new ArrayList<>();
    String major = null;
    String label = null;
    for (Vacancy.OccupationCode o : v.occupations()) {
      switch (o.scheme()) {
        case ESCO -> {
          occ.add(o.code());
          label = labels.get(o.code());
        }
        case ROME -> occ.add("rome:" + o.code());
        case ISCO08 -> {
          for (int k = 1; k <= o.code().length(); k++) {
            occ.add("isco:" + o.code().substring(0, k));
          }
          major = o.code().substring(0, 1);
        }
        default -> occ.add(o.code());
      }
    }
    field(b, id.toString());
    field(b, v.member());
    field(b, a == null ? null : a.region().code());
    field(b, a == null ? null : a.province().isoCode());
    field(b, v.contractType() == null ? null : v.contractType().name());
    field(b, v.workRegime() == null ? null : v.workRegime().name());
    field(b, v.language());
    field(b, config(v.language()));
    field(b, v.publicationDate() == null ? null : v.publicationDate().toString());
    field(b, "{" + String.join(",", occ.stream().map(x -> "\"" + x + "\"").toList()) + "}");
    field(b, major);
    field(b, v.title());
    field(b, v.description());
    b.append(label == null ? "\\N" : escape(label)).append('\n');
  }

  private static void field(StringBuilder b, String value) {
    b.append(value == null ? "\\N" : escape(value)).append('\t');
  }

  private static String escape(String s) {
    StringBuilder o = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> o.append("\\\\");
        case '\t' -> o.append("\\t");
        case '\n' -> o.append("\\n");
        case '\r' -> o.append("\\r");
        default -> o.append(ch);
      }
    }
    return o.toString();
  }

  private static String config(String lang) {
    return switch (lang == null ? "" : lang) {
      case "nl" -> "dutch";
      case "fr" -> "french";
      case "de" -> "german";
      default -> "english";
    };
  }

  private static UUID id(String key) {
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  private static double secs(long nanos) {
    return Math.round(nanos / 1e6) / 1000.0;
  }

  private static Map<String, Object> percentiles(long[] nanos) {
    long[] a = nanos.clone();
    Arrays.sort(a);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("p50ms", ms(a[(int) (a.length * 0.50)]));
    m.put("p95ms", ms(a[(int) (a.length * 0.95)]));
    m.put("p99ms", ms(a[Math.min(a.length - 1, (int) (a.length * 0.99))]));
    m.put("maxms", ms(a[a.length - 1]));
    m.put("meanms", ms(Arrays.stream(a).sum() / a.length));
    return m;
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1e4) / 100.0;
  }
}
