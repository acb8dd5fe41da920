package be.synerjob.hub.geo;

import be.synerjob.hub.core.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Belgian postcodes and municipalities, read once from the classpath resources {@code
 * data/geo/postcodes.csv.gz} and {@code data/geo/municipalities.csv.gz} (see docs/data.md) and kept
 * in memory; immutable and thread-safe.
 *
 * <p>A Spring bean in the application; elsewhere (data generator, CLI) create it with {@link
 * #load()}. Distances are straight-line (great-circle) distances between postcode centroids, not
 * travel distances.
 */
@Service
public class Gazetteer {

  /** Mean Earth radius (IUGG), in kilometres. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  private static final Pattern POSTCODE = Pattern.compile("(?:BE?)?[\\s-]*([1-9][0-9]{3})");

  private final List<PostcodeArea> postcodes;
  private final Map<String, PostcodeArea> byPostcode;
  private final List<Municipality> municipalities;
  private final Map<String, Municipality> byNis;
  private final Map<String, List<PostcodeArea>> postcodesByNis;
  private final Map<String, List<Municipality>> byNis2025;
  private final Map<String, List<Municipality>> municipalitiesByKey;
  private final Map<String, List<PostcodeArea>> postcodesByPlaceKey;

  /** Loads the shipped data; used by Spring. Prefer {@link #load()} outside Spring. */
  public Gazetteer() {
    this(readShippedData());
  }

  private Gazetteer(Data data) {
    this(data.municipalities(), data.postcodes());
  }

  Gazetteer(Map<String, Municipality> municipalitiesByNis, List<PostcodeArea> postcodeAreas) {
    this.municipalities = List.copyOf(municipalitiesByNis.values());
    this.byNis = Map.copyOf(municipalitiesByNis);
    this.postcodes = List.copyOf(postcodeAreas);

    Map<String, PostcodeArea> postcodeIndex = new HashMap<>();
    Map<String, List<PostcodeArea>> ofNis = new HashMap<>();
    Map<String, Set<PostcodeArea>> placeIndex = new HashMap<>();
    for (PostcodeArea area : postcodes) {
      if (postcodeIndex.put(area.postcode(), area) != null) {
        throw new IllegalStateException("duplicate postcode " + area.postcode());
      }
      ofNis.computeIfAbsent(area.nisCode(), k -> new ArrayList<>()).add(area);
      List<String> names = new ArrayList<>(area.placeNames());
      names.add(area.nameNl());
      names.add(area.nameFr());
      if (area.nameDe() != null) {
        names.add(area.nameDe());
      }
      for (String name : names) {
        for (String key : Names.aliases(name)) {
          placeIndex.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(area);
        }
      }
    }
    Map<String, List<Municipality>> of2025 = new HashMap<>();
    Map<String, Set<Municipality>> nameIndex = new HashMap<>();
    for (Municipality m : municipalities) {
      of2025.computeIfAbsent(m.nisCode2025(), k -> new ArrayList<>()).add(m);
      List<String> names = new ArrayList<>(m.names());
      names.addAll(m.aliases());
      for (String name : names) {
        for (String key : Names.aliases(name)) {
          nameIndex.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m);
        }
      }
    }
    for (Municipality m : municipalities) {
      PostcodeArea main = postcodeIndex.get(m.mainPostcode());
      if (main == null || !main.municipality().equals(m)) {
        throw new IllegalStateException("bad main postcode for municipality " + m.nisCode());
      }
    }
    this.byPostcode = Map.copyOf(postcodeIndex);
    this.postcodesByNis = copyOfLists(ofNis);
    this.byNis2025 = copyOfLists(of2025);
    this.municipalitiesByKey = copyOfSets(nameIndex);
    this.postcodesByPlaceKey = copyOfSets(placeIndex);
  }

  /** Loads the data shipped on the classpath, without Spring. */
  public static Gazetteer load() {
    return new Gazetteer();
  }

  // ------------------------------------------------------------------------------------- postcodes

  /**
   * The postcode area, if the postcode exists. Accepts surrounding blanks and a country prefix:
   * {@code "1000"}, {@code " 1000 "}, {@code "B-1000"}, {@code "BE-1000"}, {@code "be 1000"}.
   */
  public Optional<PostcodeArea> postcode(String postcode) {
    return normalizePostcode(postcode).map(byPostcode::get);
  }

  /**
   * The four digits of a Belgian postcode written with or without a {@code B-}/{@code BE-} prefix,
   * or empty if the input has another form. Does not check that the postcode exists.
   */
  public static Optional<String> normalizePostcode(String postcode) {
    if (postcode == null) {
      return Optional.empty();
    }
    Matcher m = POSTCODE.matcher(postcode.strip().toUpperCase(Locale.ROOT));
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The region of a postcode, empty if the postcode is unknown. */
  public Optional<Region> region(String postcode) {
    return postcode(postcode).map(PostcodeArea::region);
  }

  /** All postcode areas, by ascending postcode. */
  public List<PostcodeArea> postcodes() {
    return postcodes;
  }

  /** The postcodes whose (main) municipality has this NIS code, ascending; empty if unknown. */
  public List<PostcodeArea> postcodesOf(String nisCode) {
    return nisCode == null ? List.of() : postcodesByNis.getOrDefault(nisCode.strip(), List.of());
  }

  /**
   * Postcodes whose locality names match the given name (accent, case and punctuation insensitive;
   * "St" for Sint/Saint/Sankt), then every postcode of a municipality of that name, the
   * municipality's main postcode first. A postcode given instead of a name returns that postcode.
   * Several results mean the name is ambiguous ("Berchem": 2600 Antwerpen and 9690 Kluisbergen).
   */
  public List<PostcodeArea> findPostcodes(String name) {
    Optional<PostcodeArea> direct = postcode(name);
    if (direct.isPresent()) {
      return List.of(direct.get());
    }
    String key = Names.key(name);
    if (key.isEmpty()) {
      return List.of();
    }
    List<Municipality> named = municipalitiesByKey.getOrDefault(key, List.of());
    List<PostcodeArea> byPlace = postcodesByPlaceKey.getOrDefault(key, List.of());
    Set<PostcodeArea> result = new LinkedHashSet<>();
    for (Municipality m : named) {
      PostcodeArea main = byPostcode.get(m.mainPostcode());
      if (byPlace.contains(main)) {
        result.add(main);
      }
    }
    result.addAll(byPlace);
    for (Municipality m : named) {
      result.add(byPostcode.get(m.mainPostcode()));
      result.addAll(postcodesOf(m.nisCode()));
    }
    return List.copyOf(result);
  }

  // -------------------------------------------------------------------------------- municipalities

  /** The municipality with this NIS code (valid 2019 to 2024), if any. */
  public Optional<Municipality> municipality(String nisCode) {
    return nisCode == null ? Optional.empty() : Optional.ofNullable(byNis.get(nisCode.strip()));
  }

  /** All 581 municipalities, by ascending NIS code. */
  public List<Municipality> municipalities() {
    return municipalities;
  }

  public List<Municipality> municipalities(Province province) {
    return municipalities.stream().filter(m -> m.province() == province).toList();
  }

  public List<Municipality> municipalities(Region region) {
    return municipalities.stream().filter(m -> m.region() == region).toList();
  }

  /**
   * The municipalities that make up a municipality of 2025: several for a merger (23106 Pajottegem:
   * Galmaarden, Gooik, Herne), one otherwise; empty for an unknown code.
   */
  public List<Municipality> municipalitiesOf2025(String nisCode2025) {
    return nisCode2025 == null ? List.of() : byNis2025.getOrDefault(nisCode2025.strip(), List.of());
  }

  /** The ten provinces and the Brussels-Capital pseudo-province. */
  public List<Province> provinces() {
    return List.of(Province.values());
  }

  /**
   * Municipalities whose official Dutch, French or German name matches (accent, case and
   * punctuation insensitive, "St" for Sint/Saint/Sankt: "liege", "LUIK", "St-Truiden"); if none,
   * the municipalities of the localities of that name ("Kettenis" gives Eupen). Empty if nothing
   * matches.
   */
  public List<Municipality> findMunicipalities(String name) {
    String key = Names.key(name);
    if (key.isEmpty()) {
      return List.of();
    }
    List<Municipality> exact = municipalitiesByKey.getOrDefault(key, List.of());
    if (!exact.isEmpty()) {
      return exact;
    }
    return postcodesByPlaceKey.getOrDefault(key, List.of()).stream()
        .map(PostcodeArea::municipality)
        .distinct()
        .toList();
  }

  /**
   * Municipalities with a name (in any language) starting with the given text, for autocompletion:
   * exact matches first, then by decreasing population. At most {@code limit} results.
   */
  public List<Municipality> searchMunicipalities(String prefix, int limit) {
    String key = Names.key(prefix);
    if (key.isEmpty() || limit <= 0) {
      return List.of();
    }
    Map<Municipality, Boolean> found = new LinkedHashMap<>();
    municipalitiesByKey.forEach(
        (k, list) -> {
          if (k.startsWith(key)) {
            for (Municipality m : list) {
              found.merge(m, k.equals(key), Boolean::logicalOr);
            }
          }
        });
    return found.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<Municipality, Boolean> e) -> !e.getValue())
                .thenComparing(e -> -e.getKey().population())
                .thenComparing(e -> e.getKey().nisCode()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  // ------------------------------------------------------------------------------------- distances

  /**
   * Straight-line (great-circle, haversine) distance in kilometres between the centroids of two
   * postcodes. Not a road or travel distance.
   *
   * @throws IllegalArgumentException if either postcode is unknown
   */
  public double distanceKm(String postcodeA, String postcodeB) {
    return require(postcodeA).distanceKmTo(require(postcodeB));
  }

  /**
   * The postcodes whose centroid lies within {@code radiusKm} (straight line) of the postcode's
   * centroid, nearest first, starting with the postcode itself; empty if the postcode is unknown.
   */
  public List<PostcodeArea> withinKm(String postcode, double radiusKm) {
    return postcode(postcode)
        .map(origin -> withinKm(origin.latitude(), origin.longitude(), radiusKm))
        .orElse(List.of());
  }

  /** The postcodes whose centroid lies within {@code radiusKm} of a point, nearest first. */
  public List<PostcodeArea> withinKm(double latitude, double longitude, double radiusKm) {
    if (!(radiusKm >= 0) || Double.isInfinite(radiusKm)) {
      throw new IllegalArgumentException("radius must be a finite number >= 0: " + radiusKm);
    }
    record Hit(PostcodeArea area, double km) {}
    List<Hit> hits = new ArrayList<>();
    for (PostcodeArea area : postcodes) {
      double km = haversineKm(latitude, longitude, area.latitude(), area.longitude());
      if (km <= radiusKm) {
        hits.add(new Hit(area, km));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::km).thenComparing(h -> h.area().postcode()));
    return hits.stream().map(Hit::area).toList();
  }

  /**
   * Great-circle distance in kilometres between two WGS84 points (haversine, mean Earth radius).
   */
  public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  @Override
  public String toString() {
    return "Gazetteer["
        + postcodes.size()
        + " postcodes, "
        + municipalities.size()
        + " municipalities]";
  }

  // --------------------------------------------------------------------------------------
  // internals

  private PostcodeArea require(String postcode) {
    return postcode(postcode)
        .orElseThrow(() -> new IllegalArgumentException("unknown Belgian postcode: " + postcode));
  }

  private record Data(Map<String, Municipality> municipalities, List<PostcodeArea> postcodes) {}

  private static Data readShippedData() {
    Map<String, Municipality> municipalities =
        GeoDataReader.municipalities(
            GeoDataReader.readResource(
                GeoDataReader.MUNICIPALITIES,
                "nis_code",
                "name_nl",
                "name_fr",
                "name_de",
                "arrondissement_code",
                "province_code",
                "region",
                "language_area",
                "nuts3_2021",
                "population",
                "main_postcode",
                "nis_code_2025",
                "aliases"));
    List<PostcodeArea> postcodes =
        GeoDataReader.postcodes(
            GeoDataReader.readResource(
                GeoDataReader.POSTCODES,
                "postcode",
                "name_nl",
                "name_fr",
                "name_de",
                "places",
                "nis_code",
                "other_nis_codes",
                "nis_code_2025",
                "latitude",
                "longitude",
                "kind"),
            municipalities);
    return new Data(municipalities, postcodes);
  }

  private static <K, V> Map<K, List<V>> copyOfLists(Map<K, List<V>> map) {
    Map<K, List<V>> copy = new HashMap<>();
    map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Map.copyOf(copy);
  }

  private static <K, V> Map<K, List<V>> copyOfSets(Map<K, Set<V>> map) {
    Map<K, List<V>> copy = new HashMap<>();
    map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Map.copyOf(copy);
  }
}
