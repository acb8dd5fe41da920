package be.synerjob.hub.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A classification the reference holds. The constant names equal those of the vacancy module's code
 * schemes, so that one maps onto the other by name.
 */
public enum Scheme {
  /**
   * European Skills, Competences, Qualifications and Occupations; concepts are identified by URI.
   */
  ESCO("esco", "ESCO"),
  /** International Standard Classification of Occupations 2008 (groups of 1 to 4 digits). */
  ISCO08("isco", "ISCO-08"),
  /** France Travail's Répertoire Opérationnel des Métiers et des Emplois (codes and job titles). */
  ROME("rome", "ROME"),
  /** Belgium's Competent (VDAB), derived from ROME v3 and mapped to ESCO. */
  COMPETENT("competent", "Competent");

  private final String prefix;
  private final String title;

  Scheme(String prefix, String title) {
    this.prefix = prefix;
    this.title = title;
  }

  /** The prefix of a scheme code in ids and URLs: {@code esco}, {@code isco}, {@code rome}, … */
  public String prefix() {
    return prefix;
  }

  /** The scheme's usual name: ESCO, ISCO-08, ROME, Competent. */
  public String title() {
    return title;
  }

  /**
   * Accepts the constant name, the prefix or the title in any case ({@code ISCO08}, {@code isco},
   * {@code ISCO-08}).
   */
  public static Optional<Scheme> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    for (Scheme s : values()) {
      if (s.name().toLowerCase(Locale.ROOT).equals(v)
          || s.prefix.equals(v)
          || s.title.toLowerCase(Locale.ROOT).equals(v)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The valid values, for error messages: {@code esco, isco, rome, competent}. */
  public static String validValues() {
    return Arrays.stream(values()).map(Scheme::prefix).collect(Collectors.joining(", "));
  }
}
