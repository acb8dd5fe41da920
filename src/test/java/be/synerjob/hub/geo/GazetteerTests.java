package be.synerjob.hub.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Region;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Plain unit tests on the shipped data (no Spring context). */
class GazetteerTests {

  private static final Gazetteer GEO = Gazetteer.load();

  private static PostcodeArea area(String postcode) {
    return GEO.postcode(postcode).orElseThrow();
  }

  @Test
  void resolvesBrusselsCentreToBrusselsCapitalRegion() {
    PostcodeArea brussels = area("1000");
    assertThat(brussels.region()).isEqualTo(Region.BRUSSELS);
    assertThat(brussels.nisCode()).isEqualTo("21004");
    assertThat(brussels.province()).isEqualTo(Province.BRUSSELS_CAPITAL);
    assertThat(brussels.languageArea()).isEqualTo(LanguageArea.BRUSSELS_BILINGUAL);
    assertThat(brussels.languageArea().languages()).containsExactly(Language.FR, Language.NL);
    assertThat(brussels.name(Language.NL)).isEqualTo("Brussel");
    assertThat(brussels.name(Language.FR)).isEqualTo("Bruxelles");
    assertThat(brussels.nuts3Code()).isEqualTo("BE100");
    assertThat(brussels.municipality().nameNl()).isEqualTo("Brussel");
    assertThat(brussels.municipality().nameFr()).isEqualTo("Bruxelles");
  }

  @Test
  void resolvesGentToFlanders() {
    PostcodeArea gent = area("9000");
    assertThat(gent.region()).isEqualTo(Region.FLANDERS);
    assertThat(gent.nisCode()).isEqualTo("44021");
    assertThat(gent.province()).isEqualTo(Province.EAST_FLANDERS);
    assertThat(gent.languageArea()).isEqualTo(LanguageArea.DUTCH);
    assertThat(gent.name(Language.NL)).isEqualTo("Gent");
    assertThat(gent.name(Language.FR)).isEqualTo("Gand");
    assertThat(gent.name(Language.EN)).isEqualTo("Gent");
    assertThat(gent.nuts3Code()).isEqualTo("BE234");
    assertThat(gent.municipality().arrondissementCode()).isEqualTo("44000");
  }

  @Test
  void resolvesEupenToGermanSpeakingWallonia() {
    PostcodeArea eupen = area("4700");
    assertThat(eupen.region()).isEqualTo(Region.WALLONIA);
    assertThat(eupen.province()).isEqualTo(Province.LIEGE);
    assertThat(eupen.languageArea()).isEqualTo(LanguageArea.GERMAN);
    assertThat(eupen.languageArea().code()).isEqualTo("de");
    assertThat(eupen.nisCode()).isEqualTo("63023");
    assertThat(eupen.name(Language.DE)).isEqualTo("Eupen");
    assertThat(eupen.nuts3Code()).isEqualTo("BE336");
  }

  @Test
  void namesGermanSpeakingLocalitiesInGerman() {
    assertThat(area("4780").name(Language.DE)).isEqualTo("Sankt Vith");
    assertThat(area("4780").name(Language.FR)).isEqualTo("Saint-Vith");
    assertThat(area("4720").name(Language.DE)).isEqualTo("Kelmis");
    assertThat(area("4720").name(Language.FR)).isEqualTo("La Calamine");
    assertThat(area("4720").name(Language.EN)).isEqualTo("Kelmis");
    assertThat(area("4701").name(Language.DE)).isEqualTo("Kettenis");
  }

  @Test
  void resolvesMonsToItsNisCode() {
    PostcodeArea mons = area("7000");
    assertThat(mons.nisCode()).isEqualTo("53053");
    assertThat(mons.region()).isEqualTo(Region.WALLONIA);
    assertThat(mons.province()).isEqualTo(Province.HAINAUT);
    assertThat(mons.languageArea()).isEqualTo(LanguageArea.FRENCH);
    assertThat(mons.name(Language.FR)).isEqualTo("Mons");
    assertThat(mons.name(Language.NL)).isEqualTo("Bergen");
    assertThat(mons.name(Language.DE)).isEqualTo("Mons");
    assertThat(mons.nuts3Code()).isEqualTo("BE323");
  }

  @Test
  void resolvesAntwerpenToFlanders() {
    PostcodeArea antwerpen = area("2000");
    assertThat(antwerpen.nisCode()).isEqualTo("11002");
    assertThat(antwerpen.region()).isEqualTo(Region.FLANDERS);
    assertThat(antwerpen.province()).isEqualTo(Province.ANTWERP);
    assertThat(antwerpen.name(Language.NL)).isEqualTo("Antwerpen");
    assertThat(antwerpen.name(Language.FR)).isEqualTo("Anvers");
    assertThat(antwerpen.nuts3Code()).isEqualTo("BE211");
    assertThat(antwerpen.municipalityPopulation()).isEqualTo(529_247);
    assertThat(antwerpen.latitude()).isCloseTo(51.22, within(0.05));
    assertThat(antwerpen.longitude()).isCloseTo(4.40, within(0.05));
  }

  @Test
  void resolvesDistrictsAndRenumberedMunicipalities() {
    assertThat(area("2100").municipality().nameNl()).isEqualTo("Antwerpen"); // Deurne, not Diest
    assertThat(area("9300").nisCode()).isEqualTo("41002"); // Aalst, not Sint-Truiden
    assertThat(area("7700").nisCode()).isEqualTo("57096"); // Mouscron since 2019
    assertThat(area("7100").nisCode()).isEqualTo("58001"); // La Louvière since 2019
    assertThat(area("2870").nisCode()).isEqualTo("12041"); // Puurs-Sint-Amands
    assertThat(area("4800").nisCode()).isEqualTo("63079"); // Verviers, incl. part of Polleur
  }

  @Test
  void keepsMunicipalitiesMergedIn2025Apart() {
    PostcodeArea borsbeek = area("2150");
    assertThat(borsbeek.nisCode()).isEqualTo("11007");
    assertThat(borsbeek.nisCode2025()).isEqualTo("11002");
    assertThat(GEO.municipalitiesOf2025("23106"))
        .extracting(Municipality::nameNl)
        .containsExactly("Galmaarden", "Gooik", "Herne");
    assertThat(GEO.municipalitiesOf2025("11002"))
        .extracting(Municipality::nisCode)
        .containsExactly("11002", "11007");
    assertThat(GEO.municipalitiesOf2025("44021"))
        .extracting(Municipality::nisCode)
        .containsExactly("44021");
    assertThat(area("1541").nisCode()).isEqualTo("23032"); // Sint-Pieters-Kapelle, Herne
  }

  @Test
  void returnsEmptyForUnknownOrMalformedPostcodes() {
    assertThat(GEO.postcode("9999")).isEmpty();
    assertThat(GEO.postcode("0999")).isEmpty();
    assertThat(GEO.postcode("10000")).isEmpty();
    assertThat(GEO.postcode("100")).isEmpty();
    assertThat(GEO.postcode("abcd")).isEmpty();
    assertThat(GEO.postcode("")).isEmpty();
    assertThat(GEO.postcode(null)).isEmpty();
    assertThat(GEO.region("9999")).isEmpty();
  }

  @Test
  void normalisesCountryPrefixAndBlanks() {
    for (String input :
        List.of("1000", " 1000 ", "B-1000", "BE-1000", "be-1000", "B 1000", "BE1000")) {
      assertThat(GEO.postcode(input)).as(input).map(PostcodeArea::postcode).contains("1000");
    }
    assertThat(Gazetteer.normalizePostcode("F-1000")).isEmpty();
    assertThat(Gazetteer.normalizePostcode("NL-1000")).isEmpty();
    assertThat(GEO.region("B-9000")).contains(Region.FLANDERS);
  }

  @Test
  void measuresStraightLineDistanceBetweenMonsAndGent() {
    double km = GEO.distanceKm("7000", "9000");
    assertThat(km).isBetween(60.0, 70.0).isCloseTo(68.3, within(0.5));
    assertThat(GEO.distanceKm("9000", "7000")).isEqualTo(km);
    assertThat(GEO.distanceKm("1000", "B-1000")).isZero();
    assertThat(GEO.distanceKm("1000", "2000")).isCloseTo(41.0, within(1.5));
  }

  @Test
  void rejectsDistanceToUnknownPostcode() {
    assertThatThrownBy(() -> GEO.distanceKm("1000", "9999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("9999");
  }

  @Test
  void findsPostcodesWithinRadiusNearestFirst() {
    List<PostcodeArea> near = GEO.withinKm("1000", 5);
    assertThat(near.get(0).postcode()).isEqualTo("1000");
    assertThat(near)
        .extracting(PostcodeArea::postcode)
        .contains("1030", "1050", "1060", "1210")
        .doesNotContain("9000", "2000", "1300");
    assertThat(near)
        .allSatisfy(a -> assertThat(GEO.distanceKm("1000", a.postcode())).isLessThanOrEqualTo(5));
    assertThat(near).extracting(a -> GEO.distanceKm("1000", a.postcode())).isSorted();
    assertThat(GEO.withinKm("1000", 0)).extracting(PostcodeArea::postcode).containsExactly("1000");
    assertThat(GEO.withinKm("9999", 50)).isEmpty();
    assertThat(GEO.withinKm("9000", 30))
        .extracting(PostcodeArea::region)
        .containsOnly(Region.FLANDERS);
    assertThatThrownBy(() -> GEO.withinKm("1000", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reachesEveryOneOfThe581Municipalities() {
    assertThat(GEO.municipalities()).hasSize(581);
    for (Municipality m : GEO.municipalities()) {
      assertThat(GEO.municipality(m.nisCode())).contains(m);
      assertThat(GEO.postcodesOf(m.nisCode())).as(m.nameNl()).isNotEmpty();
      assertThat(GEO.postcode(m.mainPostcode()).orElseThrow().municipality()).isEqualTo(m);
      assertThat(m.province()).isEqualTo(Province.ofNisCode(m.nisCode()));
      assertThat(m.population()).isPositive();
      assertThat(m.nuts3Code()).matches("BE[0-9][0-9A-Z]{2}");
    }
  }

  @Test
  void countsMunicipalitiesAndPostcodesPerRegion() {
    assertThat(GEO.municipalities(Region.FLANDERS)).hasSize(300);
    assertThat(GEO.municipalities(Region.WALLONIA)).hasSize(262);
    assertThat(GEO.municipalities(Region.BRUSSELS)).hasSize(19);
    assertThat(GEO.postcodes()).hasSize(1149);
    assertThat(GEO.postcodes().stream().filter(PostcodeArea::special))
        .extracting(PostcodeArea::postcode)
        .containsExactly("1804", "1931", "7010");
    Map<Region, Long> perRegion =
        GEO.postcodes().stream()
            .collect(Collectors.groupingBy(PostcodeArea::region, Collectors.counting()));
    assertThat(perRegion)
        .containsEntry(Region.BRUSSELS, 22L)
        .containsEntry(Region.FLANDERS, 521L)
        .containsEntry(Region.WALLONIA, 606L);
    assertThat(GEO.municipalities().stream().mapToLong(Municipality::population).sum())
        .isEqualTo(11_492_641L);
  }

  @Test
  void listsTheNineGermanSpeakingMunicipalities() {
    List<Municipality> german =
        GEO.municipalities().stream().filter(m -> m.languageArea() == LanguageArea.GERMAN).toList();
    assertThat(german)
        .extracting(Municipality::nisCode, Municipality::nameDe, Municipality::nameFr)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("63001", "Amel", "Amblève"),
            org.assertj.core.groups.Tuple.tuple("63012", "Büllingen", "Bullange"),
            org.assertj.core.groups.Tuple.tuple("63013", "Bütgenbach", "Butgenbach"),
            org.assertj.core.groups.Tuple.tuple("63023", "Eupen", "Eupen"),
            org.assertj.core.groups.Tuple.tuple("63040", "Kelmis", "La Calamine"),
            org.assertj.core.groups.Tuple.tuple("63048", "Lontzen", "Lontzen"),
            org.assertj.core.groups.Tuple.tuple("63061", "Raeren", "Raeren"),
            org.assertj.core.groups.Tuple.tuple("63067", "Sankt Vith", "Saint-Vith"),
            org.assertj.core.groups.Tuple.tuple("63087", "Burg-Reuland", "Burg-Reuland"));
    assertThat(german).allSatisfy(m -> assertThat(m.nuts3Code()).isEqualTo("BE336"));
    assertThat(GEO.municipalities().stream().filter(m -> m.nameDe() != null)).hasSize(9);
  }

  @Test
  void listsTheNineteenBrusselsMunicipalitiesAsBilingual() {
    List<Municipality> brussels = GEO.municipalities(Province.BRUSSELS_CAPITAL);
    assertThat(brussels).hasSize(19);
    assertThat(brussels)
        .allSatisfy(
            m -> {
              assertThat(m.region()).isEqualTo(Region.BRUSSELS);
              assertThat(m.languageArea()).isEqualTo(LanguageArea.BRUSSELS_BILINGUAL);
              assertThat(m.nisCode()).startsWith("21");
            });
    assertThat(brussels)
        .extracting(Municipality::nameFr)
        .contains("Ixelles", "Schaerbeek", "Uccle", "Woluwe-Saint-Pierre");
    assertThat(GEO.municipality("21009").orElseThrow().nameNl()).isEqualTo("Elsene");
  }

  @Test
  void assignsLanguageAreasByRegion() {
    assertThat(GEO.municipalities(Region.FLANDERS))
        .allSatisfy(m -> assertThat(m.languageArea()).isEqualTo(LanguageArea.DUTCH));
    assertThat(
            GEO.municipalities(Region.WALLONIA).stream()
                .filter(m -> m.languageArea() == LanguageArea.FRENCH))
        .hasSize(253);
  }

  @Test
  void findsMunicipalitiesByNameInAnyLanguageIgnoringAccentsAndCase() {
    for (String name : List.of("Liège", "liege", "LUIK", " Luik ")) {
      assertThat(GEO.findMunicipalities(name))
          .as(name)
          .extracting(Municipality::nisCode)
          .containsExactly("62063");
    }
    for (String name : List.of("Büllingen", "bullingen", "Buellingen", "Bullange")) {
      assertThat(GEO.findMunicipalities(name))
          .as(name)
          .extracting(Municipality::nisCode)
          .containsExactly("63012");
    }
    assertThat(GEO.findMunicipalities("St-Truiden"))
        .extracting(Municipality::nisCode)
        .containsExactly("71053");
    assertThat(GEO.findMunicipalities("braine l'alleud"))
        .extracting(Municipality::nisCode)
        .containsExactly("25014");
    assertThat(GEO.findMunicipalities("Kettenis"))
        .extracting(Municipality::nisCode)
        .containsExactly("63023");
    assertThat(GEO.findMunicipalities("Brussels"))
        .extracting(Municipality::nisCode)
        .containsExactly("21004");
    assertThat(GEO.findMunicipalities("Lüttich"))
        .extracting(Municipality::nisCode)
        .containsExactly("62063");
    assertThat(GEO.findMunicipalities("Atlantis")).isEmpty();
    assertThat(GEO.findMunicipalities("  ")).isEmpty();
  }

  @Test
  void findsPostcodesByLocalityOrMunicipalityName() {
    assertThat(GEO.findPostcodes("Gent"))
        .extracting(PostcodeArea::postcode)
        .startsWith("9000")
        .contains("9030", "9050");
    assertThat(GEO.findPostcodes("Kettenis"))
        .extracting(PostcodeArea::postcode)
        .containsExactly("4701");
    assertThat(GEO.findPostcodes("Laken"))
        .extracting(PostcodeArea::postcode)
        .containsExactly("1020");
    assertThat(GEO.findPostcodes("Berchem"))
        .extracting(PostcodeArea::postcode)
        .containsExactly("2600", "9690");
    assertThat(GEO.findPostcodes("B-4700"))
        .extracting(PostcodeArea::postcode)
        .containsExactly("4700");
    assertThat(GEO.findPostcodes("Brucargo"))
        .extracting(PostcodeArea::postcode)
        .containsExactly("1931");
  }

  @Test
  void autocompletesMunicipalitiesByPopulation() {
    assertThat(GEO.searchMunicipalities("sint-", 3))
        .extracting(Municipality::nameNl)
        .containsExactly("Sint-Jans-Molenbeek", "Sint-Niklaas", "Sint-Lambrechts-Woluwe");
    assertThat(GEO.searchMunicipalities("Gent", 5))
        .extracting(Municipality::nameNl)
        .startsWith("Gent");
    assertThat(GEO.searchMunicipalities("", 5)).isEmpty();
  }

  @Test
  void exposesTheTenProvincesAndBrussels() {
    assertThat(GEO.provinces()).hasSize(11);
    for (Province p : GEO.provinces()) {
      assertThat(GEO.municipalities(p)).as(p.name()).isNotEmpty();
      assertThat(GEO.municipalities(p))
          .allSatisfy(m -> assertThat(m.region()).isEqualTo(p.region()));
    }
    assertThat(GEO.municipalities(Province.LIMBURG)).hasSize(42);
    assertThat(GEO.municipalities(Province.HAINAUT)).hasSize(69);
  }

  @Test
  void namesPostcodeLocalitiesAndKeepsAllPlaces() {
    assertThat(area("1020").name(Language.NL)).isEqualTo("Laken");
    assertThat(area("1020").name(Language.FR)).isEqualTo("Laeken");
    assertThat(area("1020").nisCode()).isEqualTo("21004");
    assertThat(area("4800").name(Language.FR)).isEqualTo("Verviers");
    assertThat(area("4800").placeNames())
        .contains("Ensival", "Lambermont", "Petit-Rechain", "Polleur");
    assertThat(area("1640").name(Language.NL)).isEqualTo("Sint-Genesius-Rode");
    assertThat(area("1640").name(Language.FR)).isEqualTo("Rhode-Saint-Genèse");
    assertThat(GEO.postcodes()).allSatisfy(a -> assertThat(a.otherNisCodes()).isEmpty());
  }

  @Test
  void keepsCentroidsInsideBelgium() {
    assertThat(GEO.postcodes())
        .allSatisfy(
            a -> {
              assertThat(a.latitude()).isBetween(49.49, 51.51);
              assertThat(a.longitude()).isBetween(2.54, 6.41);
            });
  }
}
