package be.synerjob.hub.learning;

import java.util.Optional;

/**
 * Belgian national register numbers (rijksregisternummer / numéro de registre national, NISS) and
 * BIS numbers: eleven digits {@code YYMMDDSSSCC}, the last two {@code 97 − (first nine mod 97)},
 * or, for people born from 2000, {@code 97 − ((2 000 000 000 + first nine) mod 97)}. Accepts {@code
 * 85.07.30-033.28}, {@code 85073003328} and spaces.
 */
public final class NationalNumber {

  private NationalNumber() {}

  /**
   * The eleven digits, or empty when the value is not a national number with valid check digits.
   */
  public static Optional<String> normalise(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String digits = value.replaceAll("[\\s.\\-]", "");
    if (!digits.matches("[0-9]{11}")) {
      return Optional.empty();
    }
    long first9 = Long.parseLong(digits.substring(0, 9));
    int check = Integer.parseInt(digits.substring(9));
    if (97 - (first9 % 97) == check || 97 - ((2_000_000_000L + first9) % 97) == check) {
      return Optional.of(digits);
    }
    return Optional.empty();
  }

  /** Why a value is not a national number, in one sentence (null when it is one). */
  public static String problem(String value) {
    if (value == null || value.isBlank()) {
      return "is required";
    }
    String digits = value.replaceAll("[\\s.\\-]", "");
    if (!digits.matches("[0-9]{11}")) {
      return "must be 11 digits (YY.MM.DD-SSS.CC)";
    }
    return normalise(value).isPresent() ? null : "has wrong check digits";
  }

  /** {@code 85073003328} as {@code 85.07.**-***.**}: year and month of birth only. */
  public static String mask(String elevenDigits) {
    return elevenDigits.substring(0, 2) + "." + elevenDigits.substring(2, 4) + ".**-***.**";
  }
}
