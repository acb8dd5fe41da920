package be.synerjob.hub.vacancy;

import java.util.Optional;

/**
 * Belgian enterprise numbers (KBO/BCE): ten digits starting with 0 or 1, the last two a check on
 * the first eight ({@code 97 - first8 mod 97}). Accepts {@code 0403.170.701}, {@code BE0403170701},
 * {@code 0403 170 701} and the old nine-digit form.
 */
public final class EnterpriseNumber {

  private EnterpriseNumber() {}

  /**
   * The ten digits, or empty when the value is not an enterprise number with valid check digits.
   */
  public static Optional<String> normalise(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String digits = value.trim().toUpperCase(java.util.Locale.ROOT);
    if (digits.startsWith("BE")) {
      digits = digits.substring(2);
    }
    digits = digits.replaceAll("[\\s.\\-]", "");
    if (digits.length() == 9) {
      digits = "0" + digits;
    }
    if (!digits.matches("[01][0-9]{9}")) {
      return Optional.empty();
    }
    long first8 = Long.parseLong(digits.substring(0, 8));
    int check = Integer.parseInt(digits.substring(8));
    return 97 - (first8 % 97) == check ? Optional.of(digits) : Optional.empty();
  }

  /** {@code 0403170701} as {@code 0403.170.701}. */
  public static String format(String tenDigits) {
    return tenDigits.substring(0, 4)
        + "."
        + tenDigits.substring(4, 7)
        + "."
        + tenDigits.substring(7);
  }
}
