package be.synerjob.hub.search;

import be.synerjob.hub.core.Csv;
import be.synerjob.hub.vacancy.Vacancy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/**
 * Lets the benchmark (another package) index directly into the index of a {@link VacancySearch},
 * without the feed, and give it the occupation expansions of the generator's occupations without
 * loading the whole reference (ESCO URI → itself, its ISCO-08 group and ancestors, its ROME code;
 * labels in the four languages — what the reference gives for these occupations, minus ESCO's
 * broader occupations).
 */
public final class SearchBenchSupport {

  private SearchBenchSupport() {}

  /** Preloads the expansions of the generator's occupations; returns how many occupations. */
  public static int useDemoOccupations(VacancySearch search) {
    List<Map<String, String>> rows = demoOccupations();
    for (Map<String, String> r : rows) {
      OccupationExpander.Expansion e = OccupationExpander.Expansion.empty();
      String uri = r.get("escoUri");
      String isco = r.get("iscoCode");
      String rome = r.get("romeCode");
      e.ids().add(uri);
      OccupationExpander.Expansion iscoOnly = OccupationExpander.Expansion.empty();
      if (isco != null && !isco.isBlank()) {
        for (int n = 1; n <= isco.length(); n++) {
          e.ids().add("isco:" + isco.substring(0, n));
          iscoOnly.ids().add("isco:" + isco.substring(0, n));
        }
        e.iscoMajors().add(isco.substring(0, 1));
        iscoOnly.iscoMajors().add(isco.substring(0, 1));
      }
      if (rome != null && !rome.isBlank()) {
        e.ids().add("rome:" + rome);
      }
      for (String l : List.of("en", "nl", "fr", "de")) {
        e.labels().add(r.get("label_" + l));
        for (String alt : r.getOrDefault("alt_" + l, "").split("\\|")) {
          if (!alt.isBlank()) {
            e.labels().add(alt.trim());
          }
        }
      }
      e.labels().removeIf(x -> x == null || x.isBlank());
      search.expander().preload(uri, e);
      if (rome != null && !rome.isBlank()) {
        OccupationExpander.Expansion ro = OccupationExpander.Expansion.empty();
        ro.ids().add("rome:" + rome);
        search.expander().preload("rome:" + rome, ro);
      }
      if (isco != null && !isco.isBlank()) {
        search.expander().preload("isco:" + isco, iscoOnly);
      }
    }
    return rows.size();
  }

  /** The labels of every demo occupation, in the four languages (for the PostgreSQL side). */
  public static Map<String, String> demoOccupationLabels() {
    Map<String, String> out = new HashMap<>();
    for (Map<String, String> r : demoOccupations()) {
      LinkedHashSet<String> l = new LinkedHashSet<>();
      for (String lang : List.of("en", "nl", "fr", "de")) {
        l.add(r.get("label_" + lang));
        for (String alt : r.getOrDefault("alt_" + lang, "").split("\\|")) {
          if (!alt.isBlank()) {
            l.add(alt.trim());
          }
        }
      }
      l.removeIf(x -> x == null || x.isBlank());
      out.put(r.get("escoUri"), String.join(" | ", l));
    }
    return out;
  }

  private static List<Map<String, String>> demoOccupations() {
    try (InputStream raw =
            SearchBenchSupport.class.getResourceAsStream("/data/demo/occupations.csv.gz");
        Csv csv =
            new Csv(
                new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8)),
                ',')) {
      List<String> header = csv.next();
      List<Map<String, String>> out = new ArrayList<>();
      for (List<String> r = csv.next(); r != null; r = csv.next()) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.size() && i < r.size(); i++) {
          m.put(header.get(i).trim(), r.get(i));
        }
        out.add(m);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void index(VacancySearch search, UUID id, UUID cluster, Vacancy v) {
    search.indexDirectly(id, cluster, v);
  }

  /** Commits and merges the index down to a few segments, as a settled index is. */
  public static void commit(VacancySearch search, int maxSegments) {
    search.index().commit(0);
    if (maxSegments > 0) {
      search.index().forceMerge(maxSegments);
      search.index().commit(0);
    }
  }

  /** Index size on disk, in bytes (0 in memory). */
  public static long sizeOnDisk(java.nio.file.Path dir) {
    try (var s = java.nio.file.Files.list(dir)) {
      return s.mapToLong(
              p -> {
                try {
                  return java.nio.file.Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      return 0;
    }
  }
}
