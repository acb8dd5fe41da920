package be.synerjob.hub.reference;

import java.util.List;
import java.util.Map;

/**
 * Everything the reference knows about a concept, as the occupation and skill pages show it.
 * Sections that do not apply to the concept's kind are null.
 *
 * @param labels en, nl, fr, de: preferred and alternative labels with the release they come from
 * @param iscoGroup ESCO occupation: its ISCO-08 unit group
 * @param essentialSkills ESCO occupation: essential skills (ESCO 1.1.1 relations; see docs)
 * @param crosswalk codes of other schemes, by scheme prefix ({@code rome}, {@code competent},
 *     {@code isco}, {@code esco})
 * @param digitalSkills ESCO occupation: the DigComp set with each competence's relevance
 * @param competenceSets skill or Competent competence: the sets it belongs to
 * @param occupations skill: the occupations that need it (counts and the first 50 of each)
 * @param jobTitles ROME code: its job titles (appellations)
 * @param mobility ROME code: the codes people move to, in ROME's order
 * @param romeV3Parent ROME code or job title: the ROME v3 code it descends from
 * @param attribution the ESCO attribution the data require
 * @param sources further attributions for the data shown (ROME, Competent)
 */
public record ConceptProfile(
    String id,
    String uri,
    Scheme scheme,
    ConceptKind kind,
    String code,
    ConceptStatus status,
    String release,
    String firstRelease,
    String deprecatedIn,
    ConceptSummary replacedBy,
    Map<String, LabelSet> labels,
    String description,
    Map<String, String> attributes,
    List<String> collections,
    ConceptSummary iscoGroup,
    List<ConceptSummary> broader,
    List<ConceptSummary> narrower,
    List<ConceptSummary> essentialSkills,
    List<ConceptSummary> optionalSkills,
    Map<String, List<CrosswalkMatch>> crosswalk,
    DigitalSkills digitalSkills,
    List<CompetenceSet> competenceSets,
    Occupations occupations,
    List<ConceptSummary> jobTitles,
    List<ConceptSummary> mobility,
    ConceptSummary romeV3Parent,
    String attribution,
    List<String> sources) {

  /** The occupations a skill is essential or optional for. */
  public record Occupations(
      int essentialCount,
      int optionalCount,
      List<ConceptSummary> essential,
      List<ConceptSummary> optional) {}
}
