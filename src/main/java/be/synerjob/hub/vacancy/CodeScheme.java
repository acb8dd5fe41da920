package be.synerjob.hub.vacancy;

import java.util.regex.Pattern;

/**
 * The code schemes a vacancy's occupation and competence codes may come from, with their default
 * release.
 */
public enum CodeScheme {
  ESCO(
      "1.2.0",
      Pattern.compile("http://data\\.europa\\.eu/esco/(occupation|skill)/[0-9a-f-]{36}"),
      "an ESCO URI such as http://data.europa.eu/esco/occupation/<uuid>"),
  ROME("4.0", Pattern.compile("[A-N][0-9]{4}"), "a ROME code such as M1805"),
  COMPETENT(
      "3.8", Pattern.compile("[A-Z]{2}-[0-9]{1,6}"), "a Competent code such as OP-410 or KN-10"),
  ISCO08(
      "2008", Pattern.compile("[0-9]{1,4}"), "an ISCO-08 group code of 1 to 4 digits such as 7212");

  private final String defaultRelease;
  private final Pattern format;
  private final String formatDescription;

  CodeScheme(String defaultRelease, Pattern format, String formatDescription) {
    this.defaultRelease = defaultRelease;
    this.format = format;
    this.formatDescription = formatDescription;
  }

  public String defaultRelease() {
    return defaultRelease;
  }

  public boolean wellFormed(String code) {
    return code != null && format.matcher(code).matches();
  }

  public String formatDescription() {
    return formatDescription;
  }

  /**
   * The short prefix used in routing fields and search: {@code esco}, {@code rome}, {@code
   * competent}, {@code isco}.
   */
  public String prefix() {
    return this == ISCO08 ? "isco" : name().toLowerCase(java.util.Locale.ROOT);
  }
}
