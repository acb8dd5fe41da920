package be.synerjob.hub.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Region;
import org.junit.jupiter.api.Test;

class ProvinceTests {

  @Test
  void derivesProvinceFromMunicipalityNisCode() {
    assertThat(Province.ofNisCode("11002")).isEqualTo(Province.ANTWERP);
    assertThat(Province.ofNisCode("21004")).isEqualTo(Province.BRUSSELS_CAPITAL);
    assertThat(Province.ofNisCode("23088")).isEqualTo(Province.FLEMISH_BRABANT);
    assertThat(Province.ofNisCode("24062")).isEqualTo(Province.FLEMISH_BRABANT);
    assertThat(Province.ofNisCode("25072")).isEqualTo(Province.WALLOON_BRABANT);
    assertThat(Province.ofNisCode("44021")).isEqualTo(Province.EAST_FLANDERS);
    assertThat(Province.ofNisCode("58001")).isEqualTo(Province.HAINAUT);
    assertThat(Province.ofNisCode("63023")).isEqualTo(Province.LIEGE);
    assertThat(Province.ofNisCode("92094")).isEqualTo(Province.NAMUR);
    assertThatThrownBy(() -> Province.ofNisCode("1234"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Province.ofNisCode(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesCodesAndNamesInAnyLanguage() {
    assertThat(Province.parse("40000")).contains(Province.EAST_FLANDERS);
    assertThat(Province.parse("BE-VOV")).contains(Province.EAST_FLANDERS);
    assertThat(Province.parse("vov")).contains(Province.EAST_FLANDERS);
    assertThat(Province.parse("Flandre orientale")).contains(Province.EAST_FLANDERS);
    assertThat(Province.parse("oost-vlaanderen")).contains(Province.EAST_FLANDERS);
    assertThat(Province.parse("Lüttich")).contains(Province.LIEGE);
    assertThat(Province.parse("liege")).contains(Province.LIEGE);
    assertThat(Province.parse("BRUSSELS_CAPITAL")).contains(Province.BRUSSELS_CAPITAL);
    assertThat(Province.parse("Atlantis")).isEmpty();
    assertThat(Province.parse(null)).isEmpty();
  }

  @Test
  void belongsToOneRegionWithLabelsInFourLanguages() {
    assertThat(Province.WALLOON_BRABANT.region()).isEqualTo(Region.WALLONIA);
    assertThat(Province.FLEMISH_BRABANT.region()).isEqualTo(Region.FLANDERS);
    assertThat(Province.BRUSSELS_CAPITAL.region()).isEqualTo(Region.BRUSSELS);
    assertThat(Province.BRUSSELS_CAPITAL.isProvince()).isFalse();
    assertThat(Province.HAINAUT.label(Language.NL)).isEqualTo("Henegouwen");
    assertThat(Province.HAINAUT.label(Language.DE)).isEqualTo("Hennegau");
    assertThat(Province.WEST_FLANDERS.label(Language.EN)).isEqualTo("West Flanders");
    assertThat(Province.values()).hasSize(11);
  }
}
