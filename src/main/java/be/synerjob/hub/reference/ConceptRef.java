package be.synerjob.hub.reference;

import java.util.Objects;

/**
 * The identity of a concept: its scheme and code (for ESCO, the URI). Stable across releases.
 *
 * @param scheme the scheme
 * @param code the ESCO URI, or the scheme's code ({@code M1805}, {@code KN-10}, {@code 7212})
 */
public record ConceptRef(Scheme scheme, String code) {

  public ConceptRef {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(code, "code");
  }

  /**
   * The id used by the API: the URI for ESCO, otherwise prefix and code ({@code rome:M1805}, {@code
   * competent:KN-10}, {@code isco:7212}).
   */
  public String id() {
    return scheme == Scheme.ESCO ? code : scheme.prefix() + ":" + code;
  }

  @Override
  public String toString() {
    return id();
  }
}
