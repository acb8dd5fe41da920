package be.synerjob.hub.matching;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what looks like personal data in an id or a free text: an e-mail address, a Belgian
 * national register number (11 digits with valid check digits, with or without the usual dots and
 * dash), or a phone number (starting with 0, 00 or + and 9 to 13 digits, spaces, dots and slashes
 * allowed). A plain run of 11 or more digits is refused too. It is a guard against mistakes, not a
 * proof of anonymity.
 */
final class PersonalData {

  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}");
  private static final Pattern NATIONAL =
      Pattern.compile("(?<!\\d)(\\d{2})[.]?(\\d{2})[.]?(\\d{2})[-. ]?(\\d{3})[.]?(\\d{2})(?!\\d)");
  private static final Pattern PHONE = Pattern.compile("(?<![\\w])(\\+|00|0)\\d[\\d ./]{6,16}\\d");
  private static final Pattern LONG_DIGITS = Pattern.compile("\\d{11,}");

  private PersonalData() {}

  /** What the text looks like, when it looks like personal data. */
  static Optional<String> find(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    if (EMAIL.matcher(text).find()) {
      return Optional.of("looks like an e-mail address");
    }
    Matcher n = NATIONAL.matcher(text);
    while (n.find()) {
      String digits = n.group(1) + n.group(2) + n.group(3) + n.group(4);
      int check = Integer.parseInt(n.group(5));
      long base = Long.parseLong(digits);
      if (97 - base % 97 == check || 97 - (2_000_000_000L + base) % 97 == check) {
        return Optional.of("looks like a national register number");
      }
    }
    Matcher p = PHONE.matcher(text);
    while (p.find()) {
      String digits = p.group().replaceAll("\\D", "");
      if (digits.length() >= 9 && digits.length() <= 13) {
        return Optional.of("looks like a phone number");
      }
    }
    if (LONG_DIGITS.matcher(text).find()) {
      return Optional.of("contains a long number (national register or phone number?)");
    }
    return Optional.empty();
  }
}
