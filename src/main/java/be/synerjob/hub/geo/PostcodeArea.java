package be.synerjob.hub.geo;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Region;
import java.util.List;
import java.util.Objects;

/**
 * A Belgian postcode: its localities, the municipality it belongs to and an approximate centre.
 *
 * @param postcode four digits, e.g. {@code 9000}
 * @param nameNl Dutch name of the postcode's main locality (the municipality's Dutch name when the
 *     locality is the municipality's seat)
 * @param nameFr French name of the main locality, as {@code nameNl}
 * @param nameDe German name, only for postcodes of the German language area; {@code null} otherwise
 * @param placeNames every locality of the postcode (GeoNames, plus bpost's Dutch spelling where it
 *     differs), the main one first
 * @param municipality the municipality (2019-2024) the postcode belongs to; for a postcode spanning
 *     several municipalities, the main one
 * @param otherNisCodes NIS codes of further municipalities the postcode reaches into (empty for all
 *     postcodes in the current data, see docs/data.md)
 * @param nisCode2025 the municipality's NIS code from 1 January 2025 (Statbel)
 * @param latitude WGS84 latitude of the centroid: the mean of the postcode's GeoNames localities
 * @param longitude WGS84 longitude of the centroid
 * @param special {@code true} for the special postcodes that are not in GeoNames (1804 Cargovil,
 *     1931 Brucargo, 7010 SHAPE); their coordinates are those of their municipality's main postcode
 */
public record PostcodeArea(
    String postcode,
    String nameNl,
    String nameFr,
    String nameDe,
    List<String> placeNames,
    Municipality municipality,
    List<String> otherNisCodes,
    String nisCode2025,
    double latitude,
    double longitude,
    boolean special) {

  public PostcodeArea {
    Objects.requireNonNull(postcode, "postcode");
    Objects.requireNonNull(nameNl, "nameNl");
    Objects.requireNonNull(nameFr, "nameFr");
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(nisCode2025, "nisCode2025");
    placeNames = List.copyOf(placeNames);
    otherNisCodes = List.copyOf(otherNisCodes);
    if (nameDe != null && nameDe.isBlank()) {
      nameDe = null;
    }
  }

  /** NIS code of the (main) municipality. */
  public String nisCode() {
    return municipality.nisCode();
  }

  public Province province() {
    return municipality.province();
  }

  public Region region() {
    return municipality.region();
  }

  public LanguageArea languageArea() {
    return municipality.languageArea();
  }

  /** NUTS 3 (2021) code of the municipality. */
  public String nuts3Code() {
    return municipality.nuts3Code();
  }

  /** Population of the municipality (not of the postcode) on 1 January 2020. */
  public int municipalityPopulation() {
    return municipality.population();
  }

  /**
   * The name of the main locality in the given language. German falls back, and English always
   * falls back, to the name in the area's own language (French for Brussels).
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

  /** The name of the main locality in the area's own language (French for Brussels). */
  public String localName() {
    switch (municipality.languageArea()) {
      case DUTCH:
        return nameNl;
      case GERMAN:
        return nameDe != null ? nameDe : nameFr;
      default:
        return nameFr;
    }
  }

  /** Straight-line (great-circle) distance between the two centroids, in kilometres. */
  public double distanceKmTo(PostcodeArea other) {
    return Gazetteer.haversineKm(latitude, longitude, other.latitude, other.longitude);
  }
}
