package be.synerjob.hub.reference;

import java.util.Map;

/**
 * A concept with its identity, status across releases and labels.
 *
 * @param id the API id: the ESCO URI, or {@code scheme:code} ({@code rome:M1805})
 * @param code the scheme's code: the URI for ESCO
 * @param notation the code in the newest release it is in (ESCO notations such as {@code 7212.1}
 *     change between releases; equal to the code for the other schemes)
 * @param release the newest release of its scheme that contains it
 * @param firstRelease the first loaded release that contains it (null: retired before any)
 * @param deprecatedIn for a deprecated concept, the first release without it
 * @param replacedBy the concept that replaces a deprecated one, when the data say so
 * @param labels per language code, always en, nl, fr, de (empty where the data have none)
 * @param description the English description, if any
 * @param attributes scheme-specific facts (ESCO skill type, ROME domain, NACE codes, …)
 */
public record Concept(
    String id,
    Scheme scheme,
    String code,
    String uri,
    ConceptKind kind,
    String notation,
    ConceptStatus status,
    String release,
    String firstRelease,
    String deprecatedIn,
    ConceptSummary replacedBy,
    Map<String, LabelSet> labels,
    String description,
    Map<String, String> attributes) {

  public ConceptRef ref() {
    return new ConceptRef(scheme, code);
  }

  /** The preferred label in the language (code such as {@code nl}), or null. */
  public String preferredLabel(String language) {
    LabelSet l = labels.get(language);
    return l == null ? null : l.preferred();
  }
}
