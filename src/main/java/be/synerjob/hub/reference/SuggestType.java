package be.synerjob.hub.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What autocomplete can be restricted to. */
public enum SuggestType {
  /** ESCO occupations. */
  OCCUPATION,
  /** ESCO skills and knowledge. */
  SKILL,
  /** ROME codes and job titles. */
  ROME,
  /** Competent competences. */
  COMPETENT,
  /** ISCO-08 groups. */
  ISCO;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SuggestType> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim().toUpperCase(Locale.ROOT);
    for (SuggestType t : values()) {
      if (t.name().equals(v)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  public static String validValues() {
    return Arrays.stream(values()).map(SuggestType::code).collect(Collectors.joining(", "));
  }

  /** The type a concept is suggested under, or empty for concepts autocomplete leaves out. */
  static Optional<SuggestType> of(Scheme scheme, ConceptKind kind) {
    switch (scheme) {
      case ESCO:
        if (kind == ConceptKind.OCCUPATION) {
          return Optional.of(OCCUPATION);
        }
        return kind == ConceptKind.SKILL ? Optional.of(SKILL) : Optional.empty();
      case ROME:
        return Optional.of(ROME);
      case COMPETENT:
        return Optional.of(COMPETENT);
      case ISCO08:
        return Optional.of(ISCO);
      default:
        return Optional.empty();
    }
  }
}
