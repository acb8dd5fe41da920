package be.synerjob.hub.geo;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Multilingual;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Belgium's four language areas (Constitution, art. 4). A municipality belongs to exactly one;
 * Brussels' 19 municipalities form the bilingual area. Facilities for minorities in some
 * municipalities are not modelled.
 */
public enum LanguageArea {
  DUTCH(
      "nl",
      List.of(Language.NL),
      "Nederlands taalgebied",
      "région de langue néerlandaise",
      "niederländisches Sprachgebiet",
      "Dutch-language area"),
  FRENCH(
      "fr",
      List.of(Language.FR),
      "Frans taalgebied",
      "région de langue française",
      "französisches Sprachgebiet",
      "French-language area"),
  GERMAN(
      "de",
      List.of(Language.DE),
      "Duits taalgebied",
      "région de langue allemande",
      "deutsches Sprachgebiet",
      "German-language area"),
  BRUSSELS_BILINGUAL(
      "fr+nl",
      List.of(Language.FR, Language.NL),
      "tweetalig gebied Brussel-Hoofdstad",
      "région bilingue de Bruxelles-Capitale",
      "zweisprachiges Gebiet Brüssel-Hauptstadt",
      "bilingual area of Brussels-Capital");

  private final String code;
  private final List<Language> languages;
  private final Multilingual labels;

  LanguageArea(String code, List<Language> languages, String nl, String fr, String de, String en) {
    this.code = code;
    this.languages = languages;
    this.labels = new Multilingual(nl, fr, de, en);
  }

  /** The code used in the data files: {@code nl}, {@code fr}, {@code de} or {@code fr+nl}. */
  public String code() {
    return code;
  }

  /** The official language(s) of the area, French first for Brussels. */
  public List<Language> languages() {
    return languages;
  }

  /** The language in which a place of this area is named when no translation is asked for. */
  public Language primaryLanguage() {
    return languages.get(0);
  }

  public String label(Language language) {
    return labels.in(language);
  }

  /** Accepts the code ({@code fr+nl}, also {@code nl+fr}) or the enum name, in any case. */
  public static Optional<LanguageArea> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("nl+fr")) {
      return Optional.of(BRUSSELS_BILINGUAL);
    }
    for (LanguageArea area : values()) {
      if (area.code.equals(v) || area.name().toLowerCase(Locale.ROOT).equals(v)) {
        return Optional.of(area);
      }
    }
    return Optional.empty();
  }
}
