package be.synerjob.hub.statistics;

import static be.synerjob.hub.statistics.Dimension.ml;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Multilingual;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The statistics the hub publishes: those it computes itself from its tables (owned by {@link
 * #HUB}) and those the members supply with their own definitions. Each has a fixed list of
 * dimensions, the SDMX dataflow it is published as, and a methodology entry per institution and
 * year.
 */
public enum Statistic {
  VAC_RECEIVED(
      Source.HUB,
      ml(
          "Ontvangen vacatures",
          "Offres d'emploi reçues",
          "Eingegangene Stellenangebote",
          "Vacancies received"),
      List.of(
          Dimension.MEMBER,
          Dimension.REGION,
          Dimension.PROVINCE,
          Dimension.ISCO,
          Dimension.CONTRACT,
          Dimension.REGIME,
          Dimension.MEASURE)),
  VAC_OPEN(
      Source.HUB,
      ml(
          "Openstaande vacatures op het einde van de maand",
          "Offres d'emploi ouvertes en fin de mois",
          "Offene Stellenangebote am Monatsende",
          "Open vacancies at month end"),
      List.of(
          Dimension.MEMBER,
          Dimension.REGION,
          Dimension.PROVINCE,
          Dimension.ISCO,
          Dimension.CONTRACT,
          Dimension.REGIME,
          Dimension.MEASURE)),
  VAC_EXCHANGED(
      Source.HUB,
      ml(
          "Uitgewisselde vacatures per stroom",
          "Offres d'emploi échangées par flux",
          "Ausgetauschte Stellenangebote je Fluss",
          "Vacancies exchanged per flow"),
      List.of(Dimension.SOURCE, Dimension.RECIPIENT)),
  /**
   * Cross-region outcomes (placements of jobseekers of one region with an employer of another),
   * computed by the matching module through {@link CrossRegionOutcomes}; defined here, observations
   * only when a provider is present.
   */
  MOBILITY_OUTCOMES(
      Source.HUB,
      ml(
          "Interregionale mobiliteit: uitkomsten",
          "Mobilité interrégionale : résultats",
          "Interregionale Mobilität: Ergebnisse",
          "Cross-region mobility outcomes"),
      List.of(Dimension.ORIGIN_REGION, Dimension.DESTINATION_REGION)),
  JOB_DEMAND(
      Source.MEMBER,
      ml(
          "Werkzoekenden (vraag naar werk)",
          "Demande d'emploi",
          "Arbeitsuchende (Arbeitsnachfrage)",
          "Job demand (jobseekers)"),
      List.of(
          Dimension.INSTITUTION,
          Dimension.REGION,
          Dimension.PROVINCE,
          Dimension.SEX,
          Dimension.AGE,
          Dimension.EDUCATION,
          Dimension.DURATION)),
  TRAINING_ENTRANTS(
      Source.MEMBER,
      ml(
          "Instroom in beroepsopleiding",
          "Entrées en formation professionnelle",
          "Eintritte in die Berufsausbildung",
          "Vocational training entrants"),
      List.of(
          Dimension.INSTITUTION,
          Dimension.REGION,
          Dimension.PROVINCE,
          Dimension.SEX,
          Dimension.AGE,
          Dimension.EDUCATION,
          Dimension.TRAINING_TYPE));

  /** The institution code of the hub itself, owner of the statistics it computes. */
  public static final String HUB = "SYNERJOB";

  /** Who produces the figures. */
  public enum Source {
    /** Computed by the hub from its own tables. */
    HUB,
    /** Uploaded by each member with its own definition. */
    MEMBER
  }

  private final Source source;
  private final Multilingual label;
  private final List<Dimension> dimensions;

  Statistic(Source source, Multilingual label, List<Dimension> dimensions) {
    this.source = source;
    this.label = label;
    this.dimensions = dimensions;
  }

  public Source source() {
    return source;
  }

  public String label(Language language) {
    return label.in(language);
  }

  public Multilingual labels() {
    return label;
  }

  /** The dimensions of its series, in key order (the time period comes after them). */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /** The dimensions a member's upload names (all but the institution, which is the key's). */
  public List<Dimension> breakdowns() {
    return dimensions.stream().filter(d -> d != Dimension.INSTITUTION).toList();
  }

  /** The SDMX dataflow id: {@code DF_JOB_DEMAND}. */
  public String dataflow() {
    return "DF_" + name();
  }

  public static Optional<Statistic> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String v = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Statistic st : values()) {
      if (st.name().equals(v)) {
        return Optional.of(st);
      }
    }
    return Optional.empty();
  }
}
