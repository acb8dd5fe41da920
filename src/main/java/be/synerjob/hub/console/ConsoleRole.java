package be.synerjob.hub.console;

import java.util.Locale;
import java.util.Optional;

/** What a console user may do: read ({@code USER}) or also administer ({@code ADMIN}). */
public enum ConsoleRole {
  USER,
  ADMIN;

  public static Optional<ConsoleRole> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim().toUpperCase(Locale.ROOT);
    for (ConsoleRole r : values()) {
      if (r.name().equals(v)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
