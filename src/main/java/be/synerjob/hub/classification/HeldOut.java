package be.synerjob.hub.classification;

import be.synerjob.hub.classification.OccupationVocabulary.Label;
import be.synerjob.hub.classification.OccupationVocabulary.Source;
import be.synerjob.hub.classification.OccupationVocabulary.Target;
import be.synerjob.hub.core.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The deterministic split of the labels into what the classifier may index and tune on and what it
 * is evaluated on. Every ESCO alternative label and every ROME job title falls, by a CRC-32 of its
 * source, language and text, into one of ten buckets: bucket 0 is the <b>test</b> part (reported),
 * bucket 1 the <b>dev</b> part (used to choose the tuning), the rest is indexed. Preferred labels
 * are always indexed, so every occupation stays findable. For an evaluation the index also drops
 * every other label with the same normalised text in the same language as a held-out one, so a
 * held-out title is never in the index under another name.
 */
public final class HeldOut {

  /** Which part a label falls in. */
  public enum Part {
    INDEX,
    DEV,
    TEST
  }

  /** One evaluation item: a title, its language and the ESCO occupations that are right. */
  public record Item(String title, Language language, Set<String> gold, Source source) {}

  private HeldOut() {}

  public static Part part(Label l) {
    if (l.source() == Source.ESCO_PREFERRED) {
      return Part.INDEX;
    }
    CRC32 crc = new CRC32();
    crc.update(
        (l.source() + "|" + l.sourceCode() + "|" + l.language() + "|" + l.text())
            .getBytes(StandardCharsets.UTF_8));
    int bucket = (int) (crc.getValue() % 10);
    return bucket == 0 ? Part.TEST : bucket == 1 ? Part.DEV : Part.INDEX;
  }

  private static String key(Label l) {
    return l.language() + "|" + String.join(" ", TextAnalyzer.words(TextAnalyzer.fold(l.text())));
  }

  /**
   * The vocabulary to index for an evaluation: without the dev and test labels, and without any
   * label that reads the same (after normalisation, in the same language) as one of them.
   */
  public static OccupationVocabulary training(OccupationVocabulary v) {
    Set<String> held = new HashSet<>();
    for (Label l : v.labels()) {
      if (part(l) != Part.INDEX) {
        held.add(key(l));
      }
    }
    return v.without(l -> held.contains(key(l)));
  }

  /**
   * The evaluation items of a part: one per distinct normalised text and language; the gold
   * occupations are every occupation a label with that text points to.
   */
  public static List<Item> items(OccupationVocabulary v, Part part) {
    Map<String, Set<String>> gold = new HashMap<>();
    for (Label l : v.labels()) {
      Set<String> g = gold.computeIfAbsent(key(l), k -> new LinkedHashSet<>());
      for (Target t : l.targets()) {
        g.add(t.uri());
      }
    }
    Map<String, Item> items = new LinkedHashMap<>();
    for (Label l : v.labels()) {
      if (part(l) == part && !TextAnalyzer.fold(l.text()).isEmpty()) {
        String k = key(l);
        items.putIfAbsent(k, new Item(l.text(), l.language(), gold.get(k), l.source()));
      }
    }
    return new ArrayList<>(items.values());
  }

  // -------------------------------------------------------------------------------------- noise

  private static final Map<Language, String[]> MARKERS =
      Map.of(
          Language.NL, new String[] {"(m/v/x)", "m/v", "(M/V/X)", "(v/m/x)"},
          Language.FR, new String[] {"(h/f)", "H/F/X", "(F/H)", "(h/f/x)"},
          Language.DE, new String[] {"(m/w/d)", "(w/m/d)", "m/w/d", "(M/W/D)"},
          Language.EN, new String[] {"(m/f/x)", "(M/F)", "(f/m/x)", "m/f"});

  private static final Map<Language, String[]> NOISE =
      Map.of(
          Language.NL, new String[] {"junior", "senior", "interim", "student", "voltijds"},
          Language.FR, new String[] {"junior", "senior", "CDI", "intérim", "CDD"},
          Language.DE, new String[] {"Junior", "Senior", "Teilzeit", "Vollzeit", "befristet"},
          Language.EN, new String[] {"junior", "senior", "interim", "student", "fulltime"});

  /**
   * A harder copy of an item, as titles look in vacancies: a gender marker, often a seniority or
   * contract word, often one typo (two letters swapped or one dropped) in the longest word, and
   * capitals. Deterministic: the same item always gets the same noise.
   */
  public static Item noisy(Item item) {
    CRC32 crc = new CRC32();
    crc.update(item.title().getBytes(StandardCharsets.UTF_8));
    long h = crc.getValue();
    String t = item.title();
    int r1 = (int) (h % 100);
    int r2 = (int) ((h / 100) % 100);
    int r3 = (int) ((h / 10_000) % 100);
    if (r2 < 60) {
      String[] words = t.split(" ");
      int longest = 0;
      for (int i = 1; i < words.length; i++) {
        if (words[i].length() > words[longest].length()) {
          longest = i;
        }
      }
      String w = words[longest];
      if (w.length() >= 5) {
        int p = 1 + (int) ((h / 1_000_000) % (w.length() - 2));
        words[longest] =
            r2 < 30
                ? w.substring(0, p) + w.charAt(p + 1) + w.charAt(p) + w.substring(p + 2)
                : w.substring(0, p) + w.substring(p + 1);
        t = String.join(" ", words);
      }
    }
    String[] noise = NOISE.get(item.language());
    if (r1 < 60) {
      String n = noise[r1 % noise.length];
      t = r1 % 2 == 0 ? n + " " + t : t + " " + n;
    }
    String[] markers = MARKERS.get(item.language());
    t = t + " " + markers[r3 % markers.length];
    if (r3 < 30) {
      t = t.toUpperCase(Locale.ROOT);
    } else if (r3 < 70 && !t.isEmpty()) {
      t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
    return new Item(t, item.language(), item.gold(), item.source());
  }
}
