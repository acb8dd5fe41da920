package be.synerjob.hub.geo;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Multilingual;
import be.synerjob.hub.core.Region;
import java.util.Locale;
import java.util.Optional;

/**
 * Belgium's ten provinces, plus the Brussels-Capital Region as a pseudo-province (it has none) so
 * that every municipality has one. Codes are Statbel's NIS province codes; Brussels uses {@code
 * 21000}, the code of its only arrondissement.
 */
public enum Province {
  ANTWERP("10000", "BE-VAN", Region.FLANDERS, "Antwerpen", "Anvers", "Antwerpen", "Antwerp"),
  FLEMISH_BRABANT(
      "20001",
      "BE-VBR",
      Region.FLANDERS,
      "Vlaams-Brabant",
      "Brabant flamand",
      "Flämisch-Brabant",
      "Flemish Brabant"),
  WALLOON_BRABANT(
      "20002",
      "BE-WBR",
      Region.WALLONIA,
      "Waals-Brabant",
      "Brabant wallon",
      "Wallonisch-Brabant",
      "Walloon Brabant"),
  WEST_FLANDERS(
      "30000",
      "BE-VWV",
      Region.FLANDERS,
      "West-Vlaanderen",
      "Flandre occidentale",
      "Westflandern",
      "West Flanders"),
  EAST_FLANDERS(
      "40000",
      "BE-VOV",
      Region.FLANDERS,
      "Oost-Vlaanderen",
      "Flandre orientale",
      "Ostflandern",
      "East Flanders"),
  HAINAUT("50000", "BE-WHT", Region.WALLONIA, "Henegouwen", "Hainaut", "Hennegau", "Hainaut"),
  LIEGE("60000", "BE-WLG", Region.WALLONIA, "Luik", "Liège", "Lüttich", "Liège"),
  LIMBURG("70000", "BE-VLI", Region.FLANDERS, "Limburg", "Limbourg", "Limburg", "Limburg"),
  LUXEMBOURG(
      "80000", "BE-WLX", Region.WALLONIA, "Luxemburg", "Luxembourg", "Luxemburg", "Luxembourg"),
  NAMUR("90000", "BE-WNA", Region.WALLONIA, "Namen", "Namur", "Namur", "Namur"),
  BRUSSELS_CAPITAL(
      "21000",
      "BE-BRU",
      Region.BRUSSELS,
      "Brussel-Hoofdstad",
      "Bruxelles-Capitale",
      "Brüssel-Hauptstadt",
      "Brussels-Capital");

  private final String code;
  private final String isoCode;
  private final Region region;
  private final Multilingual labels;

  Province(String code, String isoCode, Region region, String nl, String fr, String de, String en) {
    this.code = code;
    this.isoCode = isoCode;
    this.region = region;
    this.labels = new Multilingual(nl, fr, de, en);
  }

  /**
   * NIS-style code: {@code 10000}, {@code 20001}, ..., {@code 90000}; {@code 21000} for Brussels.
   */
  public String code() {
    return code;
  }

  /** ISO 3166-2 code ({@code BE-VAN}, ...); the region's code {@code BE-BRU} for Brussels. */
  public String isoCode() {
    return isoCode;
  }

  public Region region() {
    return region;
  }

  /** {@code false} only for the Brussels-Capital pseudo-province. */
  public boolean isProvince() {
    return this != BRUSSELS_CAPITAL;
  }

  public String label(Language language) {
    return labels.in(language);
  }

  /**
   * The province of a municipality, from its NIS code (valid 2019 to 2024): the first digit, except
   * 21 (Brussels), 23 and 24 (Flemish Brabant) and 25 (Walloon Brabant).
   *
   * @throws IllegalArgumentException if the code is not five digits starting with 1 to 9
   */
  public static Province ofNisCode(String municipalityNisCode) {
    if (municipalityNisCode == null || !municipalityNisCode.matches("[1-9][0-9]{4}")) {
      throw new IllegalArgumentException("not a NIS municipality code: " + municipalityNisCode);
    }
    switch (municipalityNisCode.substring(0, 2)) {
      case "21":
        return BRUSSELS_CAPITAL;
      case "23":
      case "24":
        return FLEMISH_BRABANT;
      case "25":
        return WALLOON_BRABANT;
      default:
        break;
    }
    String code = municipalityNisCode.charAt(0) + "0000";
    for (Province p : values()) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no province for NIS code " + municipalityNisCode);
  }

  /**
   * Accepts the NIS-style code, the ISO code (with or without {@code BE-}), the enum name or a name
   * in any of the four languages (accent and case insensitive).
   */
  public static Optional<Province> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim().toUpperCase(Locale.ROOT);
    String key = Names.key(value);
    for (Province p : values()) {
      if (p.code.equals(v)
          || p.isoCode.equals(v)
          || p.isoCode.substring(3).equals(v)
          || p.name().equals(v)
          || Names.key(p.labels.nl()).equals(key)
          || Names.key(p.labels.fr()).equals(key)
          || Names.key(p.labels.de()).equals(key)
          || Names.key(p.labels.en()).equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
