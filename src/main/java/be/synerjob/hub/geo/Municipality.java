package be.synerjob.hub.geo;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Belgian municipality as it existed from 1 January 2019 to 31 December 2024 (581 of them).
 *
 * @param nisCode Statbel's five-digit NIS (REFNIS) code, e.g. {@code 44021} for Gent
 * @param nameNl official Dutch name (for the German-speaking municipalities, their German name)
 * @param nameFr official French name
 * @param nameDe official German name, only for the nine municipalities of the German language area;
 *     {@code null} otherwise (see {@link #name(Language)})
 * @param arrondissementCode NIS code of the administrative arrondissement, e.g. {@code 44000}
 * @param province the province, or {@link Province#BRUSSELS_CAPITAL} for Brussels' 19
 *     municipalities
 * @param languageArea the language area the municipality belongs to
 * @param nuts3Code the NUTS 3 region (NUTS 2021 classification), e.g. {@code BE234}
 * @param population legal population on 1 January 2020 (Statbel)
 * @param mainPostcode the postcode of the municipality's main locality
 * @param nisCode2025 the NIS code from 1 January 2025, after that year's mergers (same code if the
 *     municipality was not merged, and also for a municipality that absorbed another, like
 *     Antwerpen)
 * @param aliases other names accepted by the search but not displayed: English and German exonyms
 *     of a few cities ("Brussels", "Lüttich"); usually empty
 */
public record Municipality(
    String nisCode,
    String nameNl,
    String nameFr,
    String nameDe,
    String arrondissementCode,
    Province province,
    LanguageArea languageArea,
    String nuts3Code,
    int population,
    String mainPostcode,
    String nisCode2025,
    List<String> aliases) {

  public Municipality {
    Objects.requireNonNull(nisCode, "nisCode");
    Objects.requireNonNull(nameNl, "nameNl");
    Objects.requireNonNull(nameFr, "nameFr");
    Objects.requireNonNull(arrondissementCode, "arrondissementCode");
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(languageArea, "languageArea");
    Objects.requireNonNull(nuts3Code, "nuts3Code");
    Objects.requireNonNull(mainPostcode, "mainPostcode");
    Objects.requireNonNull(nisCode2025, "nisCode2025");
    aliases = List.copyOf(aliases);
    if (nameDe != null && nameDe.isBlank()) {
      nameDe = null;
    }
  }

  public Region region() {
    return province.region();
  }

  /**
   * The name in the given language. German falls back, and English always falls back, to the name
   * in the municipality's own language (French for Brussels).
   */
  public String name(Language language) {
    switch (language) {
      case NL:
        return nameNl;
      case FR:
        return nameFr;
      case DE:
        return nameDe != null ? nameDe : localName();
      default:
        return localName();
    }
  }

  /** The name in the municipality's own language (French for Brussels). */
  public String localName() {
    switch (languageArea) {
      case DUTCH:
        return nameNl;
      case GERMAN:
        return nameDe != null ? nameDe : nameNl;
      default:
        return nameFr;
    }
  }

  /** The distinct official names, own language first. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(localName());
    for (String n : new String[] {nameNl, nameFr, nameDe}) {
      if (n != null && !names.contains(n)) {
        names.add(n);
      }
    }
    return List.copyOf(names);
  }
}
