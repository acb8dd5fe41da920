package be.synerjob.hub.reference;

import java.util.List;

/**
 * One answer of a crosswalk: a concept of the target scheme and how it relates to the source.
 *
 * @param target the concept of the target scheme
 * @param relation SKOS, read from the source: {@code exactMatch}, {@code closeMatch}, {@code
 *     broadMatch} (the target is broader), {@code narrowMatch} (the target is narrower), or the
 *     hierarchical {@code broader}/{@code narrower} (ESCO occupation and its ISCO group)
 * @param mapping the release of the scheme whose data state the relation ({@code ROME 4.0}, {@code
 *     Competent 3.8}, {@code ESCO 1.2.1})
 * @param via the intermediate concepts the answer goes through (the ROME job titles of a ROME code,
 *     the ESCO skill of a Competent competence found through an occupation), each with its own
 *     relation
 */
public record CrosswalkMatch(
    ConceptSummary target, String relation, String mapping, List<Via> via) {

  /** An intermediate concept and its relation to the target. */
  public record Via(ConceptSummary concept, String relation) {}
}
