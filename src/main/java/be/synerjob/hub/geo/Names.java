package be.synerjob.hub.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Search keys for place names: accent, case and punctuation insensitive. */
final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern SAINT = Pattern.compile("\\b(sint|saint|sankt)\\b");
  private static final Pattern SAINTE = Pattern.compile("\\bsainte\\b");

  private Names() {}

  /**
   * "Braine-l'Alleud" and "BRAINE L ALLEUD" both give {@code braine l alleud}; "Büllingen" gives
   * {@code bullingen}.
   */
  static String key(String name) {
    if (name == null) {
      return "";
    }
    String s =
        name.replace("ß", "ss")
            .replace("æ", "ae")
            .replace("Æ", "ae")
            .replace("œ", "oe")
            .replace("Œ", "oe");
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    s = NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    return s;
  }

  /**
   * The keys under which a name is indexed: {@link #key} plus spellings people commonly type
   * instead: German umlauts as {@code ae/oe/ue} ("Buellingen"), and Sint/Saint/Sankt (Sainte)
   * abbreviated as St (Ste) ("St-Truiden", "St. Vith").
   */
  static Set<String> aliases(String name) {
    Set<String> keys = new LinkedHashSet<>();
    String key = key(name);
    if (key.isEmpty()) {
      return keys;
    }
    keys.add(key);
    String umlauts =
        key(
            name.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue"));
    keys.add(umlauts);
    for (String k : new ArrayList<>(keys)) {
      keys.add(SAINTE.matcher(SAINT.matcher(k).replaceAll("st")).replaceAll("ste"));
    }
    return keys;
  }
}
