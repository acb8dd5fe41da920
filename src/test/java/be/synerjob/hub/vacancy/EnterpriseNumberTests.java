package be.synerjob.hub.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnterpriseNumberTests {

  @ParameterizedTest
  @CsvSource({
    "0403.170.701, 0403170701", // a real KBO number (97 - 4031707 mod 97 = 01)
    "BE0403170701, 0403170701",
    "be 0403 170 701, 0403170701",
    "403170701, 0403170701",
    "0403-170-701, 0403170701"
  })
  void acceptsTheUsualWritings(String input, String expected) {
    assertThat(EnterpriseNumber.normalise(input)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"0403.170.702", "2403.170.701", "04031707", "ABCDEFGHIJ", "''"})
  void rejectsWrongCheckDigitsLengthsAndPrefixes(String input) {
    assertThat(EnterpriseNumber.normalise(input)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0403170701, 0403.170.701", "1000000021, 1000.000.021"})
  void formatsWithDots(String digits, String formatted) {
    assertThat(EnterpriseNumber.format(digits)).isEqualTo(formatted);
    assertThat(EnterpriseNumber.normalise(formatted)).contains(digits);
  }
}
