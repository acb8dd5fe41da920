package be.synerjob.hub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.geo.Gazetteer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain rules: personal-data detection, reason sentences, licences, travel and the grid. */
class MatchingRulesTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "JS-7f3a9c|",
        "c1e2b0a4-77d2-4c1f-9a0e-5b3f1d2c4e6a|",
        "dossier 2024/118|",
        "jan.peeters@example.be|e-mail",
        "85.07.30-033.28|national register",
        "85073003328|national register",
        "0470 12 34 56|phone",
        "+32 9 123 45 67|phone",
        "04/123.45.67|phone",
        "123456789012|long number",
      })
  void personalDataIsRecognised(String text, String expected) {
    var found = PersonalData.find(text);
    if (expected == null) {
      assertThat(found).as(text).isEmpty();
    } else {
      assertThat(found).as(text).hasValueSatisfying(s -> assertThat(s).contains(expected));
    }
  }

  @Test
  void reasonSentencesInFourLanguages() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("language", "nl");
    p.put("required", "B2");
    p.put("has", "A2");
    assertThat(ReasonCode.LANGUAGE_TOO_WEAK.reason(p, Language.EN).message())
        .isEqualTo("needs Dutch B2, has A2");
    assertThat(ReasonCode.LANGUAGE_TOO_WEAK.reason(p, Language.FR).message())
        .isEqualTo("exige néerlandais B2, a A2");
    assertThat(ReasonCode.LANGUAGE_TOO_WEAK.reason(p, Language.NL).message())
        .isEqualTo("vereist Nederlands B2, heeft A2");
    assertThat(ReasonCode.LANGUAGE_TOO_WEAK.reason(p, Language.DE).message())
        .isEqualTo("verlangt Niederländisch B2, hat A2");
    MatchReason d = ReasonCode.DISTANCE.reason(Map.of("km", 38, "limit", 40), Language.EN);
    assertThat(d.message()).isEqualTo("38 km, limit 40");
    assertThat(d.fits()).isTrue();
    assertThat(
            ReasonCode.CONTRACT_NOT_WISHED
                .reason(Map.of("contract", "FIXED_TERM"), Language.FR)
                .message())
        .isEqualTo("contrat non souhaité : CDD");
    for (ReasonCode c : ReasonCode.values()) {
      for (Language l : Language.values()) {
        assertThat(c.reason(Map.of(), l).message()).as(c + " " + l).isNotBlank();
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "B, B, true",
    "CE, B, true",
    "CE, C, true",
    "C, CE, false",
    "B, C, false",
    "AM, B, false",
    "DE, D, true",
  })
  void licencesIncludeLowerCategories(String held, String required, boolean ok) {
    assertThat(Scorer.hasLicence(Set.of(held), required)).isEqualTo(ok);
  }

  @Test
  void minutesBecomeKilometresWithTheDocumentedSpeeds() {
    assertThat(Travel.minutesToKm(60, true)).isEqualTo(50);
    assertThat(Travel.minutesToKm(60, false)).isEqualTo(25);
    assertThat(Travel.minutesToKm(30, true)).isEqualTo(25);
  }

  @Test
  void theGridFindsEveryPostcodeWithinReach() {
    Gazetteer g = Gazetteer.load();
    for (String home : List.of("1300", "4000", "8400", "4700", "6700")) {
      var h = g.postcode(home).orElseThrow();
      for (double km : new double[] {10, 30, 60}) {
        Set<Integer> cells = new java.util.HashSet<>();
        for (int c : Grid.around(h.latitude(), h.longitude(), km)) {
          cells.add(c);
        }
        for (var p : g.postcodes()) {
          if (Gazetteer.haversineKm(h.latitude(), h.longitude(), p.latitude(), p.longitude())
              <= km) {
            assertThat(cells)
                .as(home + " → " + p.postcode())
                .contains(Grid.cell(p.latitude(), p.longitude()));
          }
        }
      }
    }
  }

  @Test
  void profileIdsRefuseWhatIsNotOpaque() {
    assertThat(ProfileValidator.checkId("JS-1")).isEmpty();
    assertThat(ProfileValidator.checkId("a b"))
        .extracting(x -> x.code())
        .containsExactly("invalid-id");
    assertThat(ProfileValidator.checkId("x".repeat(65)))
        .extracting(x -> x.code())
        .containsExactly("invalid-id");
    assertThat(ProfileValidator.checkId("85073003328"))
        .extracting(x -> x.code())
        .containsExactly("personal-data");
  }
}
