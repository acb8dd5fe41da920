package be.synerjob.hub.matching;

import java.util.Locale;
import java.util.Optional;

/** The CEFR levels A1 (lowest) to C2, comparable by rank. */
enum Cefr {
  A1,
  A2,
  B1,
  B2,
  C1,
  C2;

  static Optional<Cefr> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim().toUpperCase(Locale.ROOT);
    for (Cefr c : values()) {
      if (c.name().equals(v)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
