package be.synerjob.hub.reference;

import java.util.List;
import java.util.Map;

/**
 * What changed in a scheme between two loaded releases: concepts added and deprecated, preferred
 * labels changed per language, ESCO codes and ISCO groups changed, and (in full detail) every label
 * and relation added or removed. Computed from the release ranges stored with every row.
 *
 * @param kind the concept kind the diff is restricted to, or null for all
 * @param summary counts per concept kind, relation type and collection
 * @param added concepts in {@code to} but not in {@code from}
 * @param deprecated concepts in {@code from} but not in {@code to}
 * @param relabelled preferred labels that changed (the concept had one in both releases)
 * @param codeChanges ESCO notations ({@code code}) and ISCO groups ({@code iscoGroup}) that changed
 * @param labels every label added or removed (full detail only)
 * @param relations every relation and collection membership added or removed (full detail only)
 */
public record ReleaseDiff(
    Scheme scheme,
    String from,
    String to,
    String kind,
    Summary summary,
    List<ConceptChange> added,
    List<ConceptChange> deprecated,
    List<Relabel> relabelled,
    List<CodeChange> codeChanges,
    List<LabelChange> labels,
    List<RelationChange> relations,
    String attribution) {

  /** Counts. */
  public record Summary(
      Map<String, KindSummary> kinds,
      Map<String, Integer> relationsAdded,
      Map<String, Integer> relationsRemoved,
      Map<String, Integer> collectionMembersAdded,
      Map<String, Integer> collectionMembersRemoved) {}

  /**
   * Counts for one concept kind; per-language maps are keyed {@code en}, {@code nl}, {@code fr},
   * {@code de}.
   *
   * @param relabelled preferred label changed
   * @param labelsAdded a preferred label appeared where there was none
   * @param labelsRemoved a preferred label disappeared
   * @param alternativesChanged concepts whose set of alternative labels changed
   */
  public record KindSummary(
      int added,
      int deprecated,
      Map<String, Integer> relabelled,
      Map<String, Integer> labelsAdded,
      Map<String, Integer> labelsRemoved,
      Map<String, Integer> alternativesChanged,
      int descriptionsChanged,
      int codesChanged,
      int iscoGroupsChanged) {}

  /** A concept added or deprecated, with its English (or first) preferred label. */
  public record ConceptChange(
      String id, ConceptKind kind, String code, String label, ConceptSummary replacedBy) {}

  /** A preferred label that changed. */
  public record Relabel(
      String id, ConceptKind kind, String language, String before, String after) {}

  /** A code ({@code code}: the ESCO notation) or ISCO group ({@code iscoGroup}) that changed. */
  public record CodeChange(
      String id, ConceptKind kind, String label, String field, String before, String after) {}

  /**
   * A label added or removed.
   *
   * @param labelKind {@code preferred}, {@code alternative} or {@code description}
   * @param change {@code added} or {@code removed}
   */
  public record LabelChange(
      String id, ConceptKind kind, String language, String labelKind, String change, String text) {}

  /**
   * A relation or collection membership added or removed.
   *
   * @param type the relation ({@code broader}, {@code essentialSkill}, …) or {@code
   *     inCollection:<name>}
   */
  public record RelationChange(String type, String change, String from, String to) {}
}
