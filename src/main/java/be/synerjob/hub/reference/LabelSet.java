package be.synerjob.hub.reference;

import java.util.List;

/**
 * A concept's labels in one language.
 *
 * @param preferred the preferred label, null when the language has none
 * @param alternatives the alternative labels, in code-point order
 * @param release the release the labels come from: a release of the concept's scheme ({@code
 *     1.2.1}), or where they were taken from otherwise ({@code 1.2.1-api}: French set derived from
 *     the ESCO API; {@code 1.0.x}, {@code 1.0.3}: older ESCO releases; {@code ESCO 1.2.0}: ESCO's
 *     labels for an ISCO group)
 */
public record LabelSet(String preferred, List<String> alternatives, String release) {

  public static final LabelSet NONE = new LabelSet(null, List.of(), null);
}
