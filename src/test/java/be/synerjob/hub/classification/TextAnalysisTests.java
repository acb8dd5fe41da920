package be.synerjob.hub.classification;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Normalisation, decompounding and language detection on real titles. */
class TextAnalysisTests {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Vrachtwagenchauffeur CE (m/v/x)|vrachtwagenchauffeur ce",
        "Verkäufer/-in (m/w/d)|verkaufer",
        "Vendeur/euse H/F|vendeur",
        "Mitarbeiter*in Lager|mitarbeiter lager",
        "MitarbeiterIn Kundenservice (w/m/d)|mitarbeiter kundenservice",
        "Employé(e) administratif(ve) (H/F/X)|employe administratif",
        "Software Developer (M/F/X)|software developer",
        "Junior Boekhouder - CDI|boekhouder",
        "Senior Java developer fulltime|java developer",
        "Stagiair marketing|marketing",
        "Teilzeit Verkäufer m/w/d|verkaufer",
        "Infirmier/ère de nuit (F/H)|infirmier de nuit",
        "Aide-soignant(e) intérim|aide soignant",
        "Magazijnier (M/V/X) - voltijds|magazijnier",
        "Kellner:in (all genders)|kellner",
        "Straßenbauer|strassenbauer",
        "Œnologue H/F|oenologue",
        "Senior|senior"
      })
  void normalisesTitles(String title, String expected) {
    assertThat(String.join(" ", TextAnalyzer.words(TextAnalyzer.fold(title)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ({1}) → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "chauffeurs|nl|chauffeur",
        "verpleegkundigen|nl|verpleegkundig",
        "verpleegkundige|nl|verpleegkundig",
        "vendeuse|fr|vendeur",
        "conductrice|fr|conducteur",
        "infirmiere|fr|infirmier",
        "verkauferinnen|de|verkaufer",
        "verkauferin|de|verkaufer",
        "nurses|en|nurse",
        "secretaries|en|secretary"
      })
  void stemsPluralsAndFeminineForms(String word, String lang, String expected) {
    assertThat(TextAnalyzer.stem(word, Language.parse(lang).orElseThrow())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "vrachtwagenchauffeur|nl|vrachtwagen chauffeur",
        "magazijnmedewerker|nl|magazijn medewerker",
        "onthaalmedewerker|nl|onthaal medewerker",
        "lastkraftwagenfahrer|de|lastkraftwagen fahrer",
        "kinderbetreuerin|de|kinder betreuerin",
        "bauarbeiter|de|bau arbeiter",
        "lagerarbeiter|de|lager arbeiter",
        "bakker|nl|''",
        "koch|de|''"
      })
  void splitsCompoundsAgainstTheLabelWords(String word, String lang, String parts) {
    List<String> expected = parts.isEmpty() ? List.of() : List.of(parts.split(" "));
    assertThat(ShippedIndex.full().decompound(word, Language.parse(lang).orElseThrow()))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Vrachtwagenchauffeur CE (m/v/x)|nl",
        "Kassierster|nl",
        "Verpleegkundige nachtdienst|nl",
        "Magazijnmedewerker|nl",
        "Lagerarbeiter (m/w/d)|de",
        "Krankenpfleger|de",
        "Verkäuferin im Einzelhandel|de",
        "Reinigungskraft|de",
        "Vendeur H/F|fr",
        "Infirmière de nuit|fr",
        "Technicien de maintenance|fr",
        "Aide-soignante en maison de repos|fr",
        "Software developer|en",
        "Warehouse operative|en",
        "Registered nurse|en"
      })
  void detectsTheLanguage(String title, String lang) {
    assertThat(ShippedIndex.full().detectLanguage(title).code()).isEqualTo(lang);
  }

  /** The description's light fold agrees with the title's on everything but gender markers. */
  @org.junit.jupiter.api.Test
  void descriptionsFoldInOnePass() {
    String text = "Ingénieur·e d'études – Straße, ŒUVRE 2026!  Naïve\tcafé";
    assertThat(TextAnalyzer.foldPlain(text))
        .isEqualTo("ingenieur e d etudes strasse oeuvre 2026 naive cafe");
    assertThat(TextAnalyzer.foldPlain("cafe\u0301 Zoë")).isEqualTo("cafe zoe");
    assertThat(TextAnalyzer.foldPlain("Łódź → Москва")).isEqualTo("odz"); // as fold(): ł is no a-z
    for (String s : List.of("Vrachtwagenchauffeur CE – Gent", "Soudeur / soudeuse TIG", "Koch")) {
      assertThat(TextAnalyzer.foldPlain(s)).isEqualTo(TextAnalyzer.fold(s));
    }
  }
}
