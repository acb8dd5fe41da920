package be.synerjob.hub.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTests {

  @Test
  void ignoresAccentsCaseAndPunctuation() {
    assertThat(Names.key("Braine-l’Alleud")).isEqualTo("braine l alleud");
    assertThat(Names.key(" BRAINE L'ALLEUD ")).isEqualTo("braine l alleud");
    assertThat(Names.key("Écaussinnes")).isEqualTo("ecaussinnes");
    assertThat(Names.key("Büllingen")).isEqualTo("bullingen");
    assertThat(Names.key(null)).isEmpty();
  }

  @Test
  void indexesUmlautAndSaintSpellings() {
    assertThat(Names.aliases("Büllingen")).contains("bullingen", "buellingen");
    assertThat(Names.aliases("Sint-Truiden")).contains("sint truiden", "st truiden");
    assertThat(Names.aliases("Berchem-Sainte-Agathe")).contains("berchem ste agathe");
    assertThat(Names.aliases("Sankt Vith")).contains("st vith");
  }
}
