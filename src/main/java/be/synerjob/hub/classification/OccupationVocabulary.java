package be.synerjob.hub.classification;

import be.synerjob.hub.core.Csv;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.reference.Concept;
import be.synerjob.hub.reference.ConceptKind;
import be.synerjob.hub.reference.ConceptStatus;
import be.synerjob.hub.reference.CrosswalkMatch;
import be.synerjob.hub.reference.LabelSet;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.reference.Scheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * What the classifier indexes: the active ESCO occupations with their preferred and alternative
 * labels in the four languages, and the ROME job titles (French) with the ESCO occupations the
 * official ROME–ESCO mapping gives them. Built from the reference module ({@link #fromReference})
 * in the server, or straight from the reference files shipped in the jar ({@link
 * #fromShippedFiles}) for the command line and the tests, which need no database.
 *
 * @param release the ESCO release the occupations come from (stored with every coding)
 */
public record OccupationVocabulary(
    String release, Map<String, Occupation> occupations, List<Label> labels) {

  /** Where a label comes from. */
  public enum Source {
    ESCO_PREFERRED,
    ESCO_ALTERNATIVE,
    ROME_JOB_TITLE
  }

  /**
   * An ESCO occupation.
   *
   * @param preferred preferred label per language (missing languages absent)
   */
  public record Occupation(String uri, String code, Map<Language, String> preferred) {

    /** The preferred label in the language, else English, French, Dutch, German. */
    public String label(Language l) {
      String p = l == null ? null : preferred.get(l);
      if (p != null) {
        return p;
      }
      for (Language f : List.of(Language.EN, Language.FR, Language.NL, Language.DE)) {
        if (preferred.get(f) != null) {
          return preferred.get(f);
        }
      }
      return uri;
    }
  }

  /** An occupation a label points to, with the SKOS relation (ESCO's own labels: exact). */
  public record Target(String uri, String relation) {}

  /**
   * One label to index.
   *
   * @param sourceCode the ESCO URI for ESCO labels, the ROME job-title code for ROME
   */
  public record Label(
      String text, Language language, Source source, String sourceCode, List<Target> targets) {}

  /** A copy without the labels the predicate selects (held-out evaluation labels). */
  public OccupationVocabulary without(Predicate<Label> drop) {
    return new OccupationVocabulary(
        release, occupations, labels.stream().filter(drop.negate()).toList());
  }

  // ---------------------------------------------------------------------------- from reference

  /**
   * Reads the active ESCO occupations and the ROME job titles with their crosswalk to ESCO from the
   * reference's model. Empty when no reference is loaded.
   */
  public static OccupationVocabulary fromReference(Reference reference) {
    Map<String, Occupation> occupations = new LinkedHashMap<>();
    List<Label> labels = new ArrayList<>();
    for (Concept c : reference.activeConcepts(Scheme.ESCO, ConceptKind.OCCUPATION)) {
      Map<Language, String> pref = new EnumMap<>(Language.class);
      for (Language l : Language.values()) {
        LabelSet s = c.labels().get(l.code());
        if (s == null) {
          continue;
        }
        if (s.preferred() != null) {
          pref.put(l, s.preferred());
          labels.add(esco(c.code(), l, s.preferred(), Source.ESCO_PREFERRED));
        }
        for (String a : s.alternatives()) {
          labels.add(esco(c.code(), l, a, Source.ESCO_ALTERNATIVE));
        }
      }
      occupations.put(c.code(), new Occupation(c.code(), c.notation(), Map.copyOf(pref)));
    }
    for (Concept t : reference.activeConcepts(Scheme.ROME, ConceptKind.JOB_TITLE)) {
      String text = t.preferredLabel("fr");
      if (text == null) {
        continue;
      }
      List<Target> targets = new ArrayList<>();
      for (CrosswalkMatch m : reference.crosswalk(t.id(), Scheme.ESCO).matches()) {
        if (m.target().status() == ConceptStatus.ACTIVE
            && occupations.containsKey(m.target().id())) {
          targets.add(new Target(m.target().id(), relation(m.relation())));
        }
      }
      if (!targets.isEmpty()) {
        labels.add(new Label(text, Language.FR, Source.ROME_JOB_TITLE, t.code(), targets));
      }
    }
    String release = reference.latestRelease(Scheme.ESCO).orElse(null);
    return new OccupationVocabulary(release, occupations, List.copyOf(labels));
  }

  private static Label esco(String uri, Language l, String text, Source source) {
    return new Label(text, l, source, uri, List.of(new Target(uri, "exact")));
  }

  /** {@code exactMatch} → {@code exact}, {@code broadMatch} → {@code broad}, … */
  static String relation(String skos) {
    if (skos == null) {
      return "close";
    }
    return skos.endsWith("Match") ? skos.substring(0, skos.length() - 5) : skos;
  }

  // ------------------------------------------------------------------------ from shipped files

  private static final String DIR = "data/reference/";

  /**
   * Reads the ESCO occupations and the ROME–ESCO mapping from the reference files in the jar,
   * without a database: English and French labels from ESCO 1.2.1, Dutch and German from 1.2.0
   * (1.2.1 has none; the reference module carries them over the same way).
   */
  public static OccupationVocabulary fromShippedFiles() {
    Map<String, Map<Language, String[]>> byUri = new LinkedHashMap<>();
    Map<String, String> notation = new HashMap<>();
    readEsco(
        "esco_occupations_1.2.1.csv.gz", byUri, notation, true, List.of(Language.EN, Language.FR));
    readEsco(
        "esco_occupations_1.2.0.csv.gz", byUri, notation, false, List.of(Language.NL, Language.DE));
    Map<String, Occupation> occupations = new LinkedHashMap<>();
    List<Label> labels = new ArrayList<>();
    for (var e : byUri.entrySet()) {
      String uri = e.getKey();
      Map<Language, String> pref = new EnumMap<>(Language.class);
      for (Language l : Language.values()) {
        String[] pa = e.getValue().get(l);
        if (pa == null) {
          continue;
        }
        if (!pa[0].isEmpty()) {
          pref.put(l, pa[0]);
          labels.add(esco(uri, l, pa[0], Source.ESCO_PREFERRED));
        }
        if (!pa[1].isEmpty()) {
          for (String a : pa[1].split("\\|")) {
            if (!a.isBlank()) {
              labels.add(esco(uri, l, a.trim(), Source.ESCO_ALTERNATIVE));
            }
          }
        }
      }
      occupations.put(uri, new Occupation(uri, notation.get(uri), Map.copyOf(pref)));
    }
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, List<Target>> targets = new HashMap<>();
    read(
        "rome_esco_mapping.csv.gz",
        (h, r) -> {
          String code = r.get(h.get("appellation_code"));
          String uri = r.get(h.get("esco_uri"));
          if (occupations.containsKey(uri)) {
            titles.putIfAbsent(code, r.get(h.get("appellation_label_fr")));
            List<Target> t = targets.computeIfAbsent(code, k -> new ArrayList<>());
            if (t.stream().noneMatch(x -> x.uri().equals(uri))) {
              t.add(new Target(uri, r.get(h.get("relation"))));
            }
          }
        });
    Map<String, String> current = new HashMap<>();
    read(
        "rome_job_titles.csv.gz",
        (h, r) -> current.put(r.get(h.get("appellation_code")), r.get(h.get("label_fr"))));
    for (var e : titles.entrySet()) {
      String text = current.getOrDefault(e.getKey(), e.getValue());
      labels.add(
          new Label(
              text,
              Language.FR,
              Source.ROME_JOB_TITLE,
              e.getKey(),
              List.copyOf(targets.get(e.getKey()))));
    }
    return new OccupationVocabulary("1.2.1", occupations, List.copyOf(labels));
  }

  private static void readEsco(
      String file,
      Map<String, Map<Language, String[]>> byUri,
      Map<String, String> notation,
      boolean first,
      List<Language> languages) {
    read(
        file,
        (h, r) -> {
          String uri = r.get(h.get("uri"));
          if (first) {
            if (!"released".equals(r.get(h.get("status")))) {
              return;
            }
            byUri.put(uri, new EnumMap<>(Language.class));
            notation.put(uri, r.get(h.get("code")));
          }
          Map<Language, String[]> m = byUri.get(uri);
          if (m == null) {
            return;
          }
          for (Language l : languages) {
            String pref = r.get(h.get("pref_" + l.code()));
            if (!m.containsKey(l) && pref != null && !pref.isEmpty()) {
              String alt = r.get(h.get("alt_" + l.code()));
              m.put(l, new String[] {pref, alt == null ? "" : alt});
            }
          }
        });
  }

  private interface Row {
    void accept(Map<String, Integer> header, List<String> row);
  }

  private static void read(String file, Row row) {
    InputStream raw = OccupationVocabulary.class.getClassLoader().getResourceAsStream(DIR + file);
    if (raw == null) {
      throw new IllegalStateException("Reference file " + DIR + file + " is not in the jar");
    }
    try (Csv csv =
        new Csv(
            new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8),
            ',')) {
      List<String> head = csv.next();
      Map<String, Integer> h = new HashMap<>();
      for (int i = 0; i < head.size(); i++) {
        h.put(head.get(i), i);
      }
      for (List<String> r = csv.next(); r != null; r = csv.next()) {
        row.accept(h, r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
