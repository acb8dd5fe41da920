package be.synerjob.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The analyzers: compounds, elision, accents, stemming; and the highlighter on top of them. */
class SearchAnalysisTests {

  private static final SearchAnalysis A = SearchAnalysis.shipped();

  private static List<String> terms(String lang, String text) {
    return SearchAnalysis.terms(A.language(lang), "t", text);
  }

  private static List<String> labels(String text) {
    return SearchAnalysis.terms(A.labels(), "t", text);
  }

  @Test
  void dutchCompoundsAreSplitIntoTheirParts() {
    assertThat(terms("nl", "Vrachtwagenchauffeur"))
        .containsExactly("vrachtwagenchauffeur", "vrachtwag", "chauffeur");
    assertThat(terms("nl", "staallasser")).contains(terms("nl", "staal").get(0), "lasser");
    // only a full cover splits: no stray dictionary words from inside the compound
    assertThat(terms("nl", "vrachtwagenchauffeur")).doesNotContain("acht");
    assertThat(terms("de", "Arbeitsvermittler")).contains("arbeit", "vermittl");
    // the query "chauffeur" meets the compound in the index
    assertThat(terms("nl", "vrachtwagenchauffeur")).containsAll(terms("nl", "chauffeur"));
    // a short word is not split
    assertThat(terms("nl", "lasser")).containsExactly("lasser");
  }

  @Test
  void germanCompoundsAreSplitAfterNormalisation() {
    List<String> t = terms("de", "Lastkraftwagenfahrer");
    assertThat(t).contains("lastkraftwagenfahr", "lastkraftwag", "fahr");
    assertThat(terms("de", "Schweißer")).containsExactly("schweiss");
    assertThat(terms("de", "Metallschweißer")).containsAll(terms("de", "Schweisser"));
  }

  @Test
  void frenchElisionAndAccents() {
    assertThat(terms("fr", "l'électricien")).containsExactlyElementsOf(terms("fr", "electricien"));
    assertThat(terms("fr", "d'entretien")).containsExactlyElementsOf(terms("fr", "entretien"));
    assertThat(terms("fr", "soudeurs")).containsExactlyElementsOf(terms("fr", "soudeur"));
    assertThat(terms("fr", "Société GÉNÉRALE"))
        .containsExactlyElementsOf(terms("fr", "societe generale"));
    assertThat(terms("fr", "le la les de")).isEmpty();
  }

  @Test
  void accentsAreFoldedInEveryLanguage() {
    assertThat(terms("nl", "coördinator")).isEqualTo(terms("nl", "coordinator"));
    assertThat(terms("en", "café")).isEqualTo(terms("en", "cafe"));
    assertThat(labels("Schweißer")).contains("schweisser");
    assertThat(labels("l'Aide-soignante")).contains("aide", "soignante");
  }

  @Test
  void occupationLabelsAreDecompoundedInBothLanguagesWithoutStemming() {
    assertThat(labels("onderwaterlasser")).contains("onder", "water", "lasser");
    assertThat(labels("Metallschweißer")).contains("metall", "schweisser");
    assertThat(labels("soudeur")).containsExactly("soudeur");
  }

  @Test
  void unknownLanguagesAreIndexedAsEnglish() {
    assertThat(SearchAnalysis.indexLanguage("it")).isEqualTo("en");
    assertThat(SearchAnalysis.indexLanguage("de")).isEqualTo("de");
    assertThat(SearchAnalysis.indexLanguage(null)).isEqualTo("en");
  }

  @Test
  void highlightsMarkWholeCompoundsAndEscapeHtml() {
    Set<String> q = Set.copyOf(terms("nl", "chauffeur"));
    assertThat(Highlights.marked(A.language("nl"), "t", "Vrachtwagenchauffeur <CE>", q))
        .isEqualTo("<mark>Vrachtwagenchauffeur</mark> &lt;CE&gt;");
    assertThat(Highlights.marked(A.language("nl"), "t", "Kok", q)).isNull();
    String text =
        "Intro. ".repeat(60)
            + "Wij zoeken een chauffeur voor nationaal transport. "
            + "Slot. ".repeat(60);
    String f = Highlights.fragment(A.language("nl"), "t", text, q, 120);
    assertThat(f).startsWith("… ").endsWith(" …").contains("<mark>chauffeur</mark>");
    assertThat(f.length()).isLessThan(200);
  }
}
