package be.synerjob.hub.console.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Formatting for templates: {@code ${@consoleFormat.instant(x)}} (UTC, minutes). */
@Component("consoleFormat")
class ConsoleFormat {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  public String instant(Instant at) {
    return at == null ? "–" : MINUTES.format(at);
  }

  /** A language's name in the reader's language: {@code language("nl", fr)} = néerlandais. */
  public String language(String code, java.util.Locale in) {
    if (code == null) {
      return "–";
    }
    String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(in);
    return name.isEmpty() ? code : name;
  }

  public String seconds(Instant at) {
    return at == null ? "–" : SECONDS.format(at);
  }
}
