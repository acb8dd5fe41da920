package be.synerjob.hub.core;

import java.util.Locale;
import java.util.Optional;

/** The four languages every user-facing text of the hub exists in. */
public enum Language {
  NL,
  FR,
  DE,
  EN;

  /** ISO 639-1 code in lower case, as used in JSON and URLs. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Locale locale() {
    return Locale.forLanguageTag(code());
  }

  public static Optional<Language> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim().toUpperCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.name().equals(v)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
