package be.synerjob.hub.core;

import java.util.Locale;
import java.util.Optional;

/** Belgium's three regions, with their official names in the four languages of the hub. */
public enum Region {
  FLANDERS("VLG", "Vlaams Gewest", "Région flamande", "Flämische Region", "Flemish Region"),
  WALLONIA("WAL", "Waals Gewest", "Région wallonne", "Wallonische Region", "Walloon Region"),
  BRUSSELS(
      "BRU",
      "Brussels Hoofdstedelijk Gewest",
      "Région de Bruxelles-Capitale",
      "Region Brüssel-Hauptstadt",
      "Brussels-Capital Region");

  private final String code;
  private final Multilingual labels;

  Region(String code, String nl, String fr, String de, String en) {
    this.code = code;
    this.labels = new Multilingual(nl, fr, de, en);
  }

  /** The three-letter code used by GeoNames and Statbel ({@code VLG}, {@code WAL}, {@code BRU}). */
  public String code() {
    return code;
  }

  public String label(Language language) {
    return labels.in(language);
  }

  /** Accepts the enum name or the three-letter code, in any case. */
  public static Optional<Region> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim().toUpperCase(Locale.ROOT);
    for (Region r : values()) {
      if (r.name().equals(v) || r.code.equals(v)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
