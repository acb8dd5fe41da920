package be.synerjob.hub.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code of a Synerjob member service ({@code VDAB}, {@code FOREM}, {@code ACTIRIS}, {@code BF},
 * {@code ADG}).
 */
public record MemberCode(String value) implements Comparable<MemberCode> {

  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

  public static final MemberCode VDAB = new MemberCode("VDAB");
  public static final MemberCode FOREM = new MemberCode("FOREM");
  public static final MemberCode ACTIRIS = new MemberCode("ACTIRIS");
  public static final MemberCode BF = new MemberCode("BF");
  public static final MemberCode ADG = new MemberCode("ADG");

  public MemberCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A member code is 2 to 16 capital letters or digits: " + value);
    }
  }

  /**
   * Parses a code case-insensitively; throws {@link HubException} naming the parameter when
   * malformed.
   */
  public static MemberCode parse(String parameter, String value) {
    String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    if (!FORMAT.matcher(v).matches()) {
      throw HubException.invalidParameter(parameter, "'" + value + "' is not a member code");
    }
    return new MemberCode(v);
  }

  @Override
  public int compareTo(MemberCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
