package be.synerjob.hub.statistics;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Multilingual;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The types of the methodology catalogue (the common framework's headings). */
public final class Methodology {

  private Methodology() {}

  /**
   * The framework's headings in order. Scope is split into what it includes, excludes, its subsets
   * and its geography.
   */
  public enum HeadingKey {
    NAME(
        "name",
        Dimension.ml(
            "Naam bij de instelling",
            "Nom utilisé par l'institution",
            "Bezeichnung der Einrichtung",
            "Name the institution uses")),
    PURPOSE("purpose", Dimension.ml("Doel", "Objectif", "Zweck", "Purpose")),
    SCOPE_INCLUDES(
        "scopeIncludes",
        Dimension.ml("Afbakening: omvat", "Champ : inclut", "Umfang: umfasst", "Scope: includes")),
    SCOPE_EXCLUDES(
        "scopeExcludes",
        Dimension.ml(
            "Afbakening: sluit uit", "Champ : exclut", "Umfang: schließt aus", "Scope: excludes")),
    SCOPE_SUBSETS(
        "scopeSubsets",
        Dimension.ml(
            "Afbakening: deelverzamelingen",
            "Champ : sous-ensembles",
            "Umfang: Teilmengen",
            "Scope: subsets")),
    SCOPE_GEOGRAPHY(
        "scopeGeography",
        Dimension.ml(
            "Afbakening: geografie",
            "Champ : géographie",
            "Umfang: Geografie",
            "Scope: geography")),
    CENSUS_UNIT(
        "censusUnit",
        Dimension.ml("Telleenheid", "Unité de recensement", "Zähleinheit", "Census unit")),
    METHOD(
        "method",
        Dimension.ml(
            "Tel- of berekeningsmethode",
            "Méthode de comptage ou de calcul",
            "Zähl- oder Berechnungsmethode",
            "Counting or calculation method")),
    OBSERVATION_WINDOW(
        "observationWindow",
        Dimension.ml(
            "Observatievenster",
            "Fenêtre d'observation",
            "Beobachtungszeitraum",
            "Observation window")),
    UPDATE_FREQUENCY(
        "updateFrequency",
        Dimension.ml(
            "Bijwerkingsfrequentie",
            "Fréquence de mise à jour",
            "Aktualisierungshäufigkeit",
            "Update frequency")),
    BREAKDOWNS(
        "breakdowns",
        Dimension.ml(
            "Gepubliceerde uitsplitsingen",
            "Ventilations publiées",
            "Veröffentlichte Aufgliederungen",
            "Published breakdowns"));

    private final String json;
    private final Multilingual label;

    HeadingKey(String json, Multilingual label) {
      this.json = json;
      this.label = label;
    }

    /** The key in JSON documents. */
    public String json() {
      return json;
    }

    public String label(Language language) {
      return label.in(language);
    }

    public static java.util.Optional<HeadingKey> parse(String s) {
      for (HeadingKey k : values()) {
        if (k.json.equals(s)) {
          return java.util.Optional.of(k);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /**
   * One heading: codes that make it comparable across institutions (a census unit {@code PERSON},
   * breakdown dimensions, region codes…; may be empty) and the text in the four languages.
   */
  public record Heading(List<String> codes, Multilingual text) {}

  /** What broke a series. */
  public enum BreakCause {
    REGULATORY,
    METHODOLOGICAL,
    TECHNICAL
  }

  /**
   * A series break of the entry's year: from which month ({@code YYYY-MM}; default January), its
   * cause, the statistics it affects and what happened.
   */
  public record SeriesBreak(
      int year,
      String period,
      BreakCause cause,
      List<String> affectedSeries,
      Multilingual description) {}

  /** An entry as an institution writes it. */
  public record EntryIn(
      Boolean illustrative,
      String source,
      Map<String, Heading> headings,
      List<SeriesBreak> breaks) {}

  /** A stored entry of the catalogue. */
  public record Entry(
      String statistic,
      String institution,
      int year,
      int version,
      boolean illustrative,
      String source,
      Map<String, Heading> headings,
      List<SeriesBreak> breaks,
      Instant updatedAt,
      String updatedBy) {}

  /** An entry in one language, for downloads. */
  public record LocalisedEntry(
      String statistic,
      String institution,
      int year,
      int version,
      boolean illustrative,
      String source,
      List<LocalisedHeading> headings,
      List<LocalisedBreak> breaks,
      Instant updatedAt) {}

  /** A heading in one language. */
  public record LocalisedHeading(String key, String label, List<String> codes, String text) {}

  /** A series break in one language. */
  public record LocalisedBreak(
      int year, String period, BreakCause cause, List<String> affectedSeries, String description) {}

  /** How one heading compares across institutions. */
  public record HeadingComparison(
      String key,
      String label,
      String comparedOn,
      Verdict verdict,
      Map<String, LocalisedValue> values,
      List<List<String>> groups) {}

  /** One institution's value of a heading. */
  public record LocalisedValue(int year, List<String> codes, String text) {}

  /** Whether institutions agree on a heading. */
  public enum Verdict {
    /** Every institution gives the same codes (or the same text). */
    CONVERGE,
    /** Some agree, others not: see the groups. */
    PARTIAL,
    /** No two institutions agree. */
    DIVERGE,
    /** Only one institution documents the statistic. */
    SINGLE
  }

  /** A side-by-side comparison of one statistic across institutions. */
  public record Comparison(
      String statistic,
      String label,
      int year,
      String language,
      List<String> institutions,
      List<HeadingComparison> headings,
      Map<String, List<LocalisedBreak>> breaks) {}
}
