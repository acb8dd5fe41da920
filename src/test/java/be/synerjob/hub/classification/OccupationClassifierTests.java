package be.synerjob.hub.classification;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real titles against the full shipped index, and the evaluation floor on held-out labels. */
class OccupationClassifierTests {

  static final String ESCO = "http://data.europa.eu/esco/occupation/";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // title | language ('' = detect) | expected ESCO occupation, first unless a rank is given
        "Vrachtwagenchauffeur CE (m/v/x)|nl|45037d43-a8f5-4f46-b332-b2935bc305f4|1",
        "Lagerarbeiter (m/w/d)||bea705fe-06ac-4147-b8e0-6e8ac1208d8f|2",
        "Vendeur H/F CDI|fr|9ba74e8a-c40c-4228-9998-eb3c7a5c11df|1",
        "Verkäufer/-in Teilzeit||9ba74e8a-c40c-4228-9998-eb3c7a5c11df|1",
        "Software developer||f2b15a0e-e65a-438a-affb-29b9d50b77d1|1",
        "Poetsvrouw||303a1e34-cb16-4054-b323-81e5eec17397|1",
        "Magazijnier|nl|bea705fe-06ac-4147-b8e0-6e8ac1208d8f|1",
        "Junior boekhouder|nl|c3aae59e-1441-4b3e-bdd1-6da50dc7cf42|1",
        "Krankenpfleger||87d0795a-d41f-47ee-979f-0ab7d73836e7|1",
        "Onthaalmedewerker||f7b04542-d8c7-42db-8475-e63b507cce82|1",
        "Développeur web (H/F/X)||c40a2919-48a9-40ea-b506-1f34f693496d|1",
        "Soudeur intérim|fr|7aedaa07-3884-4c5b-88f9-80997b2aa54b|1",
        "Kok|nl|90f75f67-495d-49fa-ab57-2f320e251d7e|1",
        "Cuisinier|fr|90f75f67-495d-49fa-ab57-2f320e251d7e|1",
        "Buchhalter|de|c3aae59e-1441-4b3e-bdd1-6da50dc7cf42|1",
        "Vrachtwagenchaufeur|nl|45037d43-a8f5-4f46-b332-b2935bc305f4|1"
      })
  void codesRealTitles(String title, String lang, String uuid, Integer rank) {
    Language l = lang == null || lang.isEmpty() ? null : Language.parse(lang).orElseThrow();
    Classification c = ShippedIndex.full().classify(title, null, l, 5);
    int within = rank == null ? 1 : rank;
    assertThat(c.matches().subList(0, within).stream().map(Classification.Match::uri))
        .contains(ESCO + uuid);
    assertThat(c.best().explanation().label()).isNotBlank();
    assertThat(c.best().score()).isBetween(0.0, 1.0);
  }

  @Test
  void explainsWhichLabelMatchedHow() {
    Classification c = ShippedIndex.full().classify("Vrachtwagenchauffeur (m/v/x)", null, null, 3);
    assertThat(c.language()).isEqualTo("nl");
    assertThat(c.languageDetected()).isTrue();
    assertThat(c.normalised()).isEqualTo("vrachtwagenchauffeur");
    Classification.Explanation e = c.best().explanation();
    assertThat(e.label()).isEqualTo("vrachtwagenchauffeur");
    assertThat(e.language()).isEqualTo("nl");
    assertThat(e.source()).isEqualTo("ESCO_PREFERRED");
    assertThat(e.method()).isEqualTo("exact");
    assertThat(e.matchedWords()).contains("vrachtwagenchauffeur", "chauffeur");
    assertThat(c.matches()).hasSize(3);
    assertThat(c.matches().get(0).score()).isGreaterThan(c.matches().get(1).score());

    Classification rome = ShippedIndex.full().classify("Vendeuse d'animaux", null, Language.FR, 3);
    assertThat(rome.matches())
        .anySatisfy(
            m -> {
              assertThat(m.explanation().source()).isEqualTo("ROME_JOB_TITLE");
              assertThat(m.explanation().sourceCode()).matches("[0-9]+");
              assertThat(m.explanation().relation()).isIn("exact", "close", "broad", "narrow");
            });
  }

  @Test
  void nothingToCodeGivesNoMatch() {
    assertThat(ShippedIndex.full().classify("  (m/v/x) ", null, Language.NL, 5).matches())
        .isEmpty();
  }

  /**
   * The held-out test labels (a deterministic sample), never indexed: the floor sits a little under
   * the measured figures (docs/classification.md).
   */
  @Test
  void heldOutTestSampleKeepsItsFigures() {
    List<HeldOut.Item> items = HeldOut.items(ShippedIndex.vocabulary(), HeldOut.Part.TEST);
    List<HeldOut.Item> sample = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i += 8) {
      sample.add(items.get(i));
    }
    OccupationClassifier c = ShippedIndex.training();
    Evaluation.Report r = Evaluation.run(c, sample, true);
    System.out.print(r.table());
    assertThat(r.all().items()).isGreaterThan(900);
    for (String lang : List.of("nl", "fr", "de", "en")) {
      assertThat(r.figures().get(lang).mrr()).as(lang).isGreaterThan(0.63);
    }
    assertThat(r.all().acc5()).isGreaterThan(0.8);
    Evaluation.Report noisy =
        Evaluation.run(c, sample.stream().map(HeldOut::noisy).toList(), false);
    System.out.print(noisy.table());
    assertThat(noisy.all().mrr()).isGreaterThan(0.6);
  }

  @Test
  void heldOutLabelsAreNotIndexed() {
    OccupationVocabulary v = ShippedIndex.vocabulary();
    OccupationVocabulary t = HeldOut.training(v);
    assertThat(t.labels().size()).isLessThan(v.labels().size() * 9 / 10);
    java.util.Set<String> indexed = new java.util.HashSet<>();
    for (OccupationVocabulary.Label l : t.labels()) {
      indexed.add(l.language() + String.join(" ", TextAnalyzer.words(TextAnalyzer.fold(l.text()))));
    }
    for (HeldOut.Item i : HeldOut.items(v, HeldOut.Part.TEST)) {
      assertThat(indexed)
          .doesNotContain(
              i.language() + String.join(" ", TextAnalyzer.words(TextAnalyzer.fold(i.title()))));
    }
  }
}
