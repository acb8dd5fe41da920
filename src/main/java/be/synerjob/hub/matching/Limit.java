package be.synerjob.hub.matching;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The hard limits of matching. Hard by default: a vacancy that breaks one is left out. Switched to
 * soft per request, it stays in with a penalty and a reason that says what does not fit.
 */
public enum Limit {
  /** Every required language at the required CEFR level. */
  LANGUAGE,
  /** Estimated road distance within the jobseeker's travel limit. */
  DISTANCE,
  /** Every required driving licence. */
  LICENCE;

  public static Optional<Limit> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String v = s.trim().toUpperCase(Locale.ROOT);
    for (Limit l : values()) {
      if (l.name().equals(v)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  static Set<Limit> none() {
    return EnumSet.noneOf(Limit.class);
  }
}
