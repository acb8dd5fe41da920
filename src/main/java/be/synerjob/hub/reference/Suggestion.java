package be.synerjob.hub.reference;

/**
 * An autocomplete answer.
 *
 * @param label the label that matched (preferred or alternative)
 * @param language the label's language
 * @param preferred true when the matched label is the concept's preferred one
 * @param preferredLabel the concept's preferred label in that language
 * @param fuzzy true when the match needed a one-letter correction
 */
public record Suggestion(
    String id,
    Scheme scheme,
    SuggestType type,
    ConceptKind kind,
    String code,
    String label,
    String language,
    boolean preferred,
    String preferredLabel,
    boolean fuzzy) {}
