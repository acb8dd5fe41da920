package be.synerjob.hub.reference;

import java.util.List;

/**
 * The DigComp digital-skills set of an occupation: all 5 areas and 20 competences of ESCO's DigComp
 * collection, each with its relevance for the occupation ({@code essential}, {@code optional} or
 * {@code baseline}) and the occupation's skills that make it so. The rule is in {@link #rule} and
 * docs/reference.md.
 *
 * @param digitalCollectionSkills the occupation's skills that are in ESCO's digital collection
 */
public record DigitalSkills(
    String framework, String rule, List<Area> areas, List<ConceptSummary> digitalCollectionSkills) {

  /** A DigComp area. */
  public record Area(
      ConceptSummary area,
      String relevance,
      List<ConceptSummary> via,
      List<Competence> competences) {}

  /** A DigComp competence. */
  public record Competence(ConceptSummary competence, String relevance, List<ConceptSummary> via) {}

  static final String RULE =
      "Every occupation gets the 20 DigComp competences (5 areas) of ESCO's DigComp collection. A"
          + " competence is essential when an essential skill of the occupation is the competence"
          + " or lies under it in the ESCO skill hierarchy (skill-to-skill broader relations),"
          + " optional when an optional skill does, and baseline otherwise; an area takes the"
          + " highest relevance of its competences.";
}
