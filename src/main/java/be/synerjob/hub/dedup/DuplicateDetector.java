package be.synerjob.hub.dedup;

import be.synerjob.hub.vacancy.EnterpriseNumber;
import be.synerjob.hub.vacancy.Vacancy;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides whether two vacancies are the same job, from their fingerprints. Required for every type:
 * the same workplace postcode and the same employer (equal enterprise numbers when both carry one,
 * else names sharing half their distinctive words). Then, by provenance:
 *
 * <ul>
 *   <li>another language, a shared occupation code, published within {@value #TRANSLATION_DAYS}
 *       days: {@link DuplicateType#TRANSLATED};
 *   <li>the same member, similar text (estimated Jaccard ≥ 0.7) and title (≥ 0.6), a shared
 *       occupation: {@link DuplicateType#REPOST};
 *   <li>another member, identical text and title: {@link DuplicateType#EXACT_COPY};
 *   <li>another member, a shared occupation and a text nearly the same (≥ {@value #NEAR_TEXT}) or
 *       similar (≥ 0.5) with a similar title: {@link DuplicateType#NEAR_DUPLICATE}.
 * </ul>
 *
 * A second job of the same employer in the same occupation elsewhere is never a duplicate (other
 * postcode), nor are two employers' ads written from one template (other enterprise numbers).
 *
 * <p>Documented with its measured precision and recall in {@code docs/dedup.md}.
 */
public final class DuplicateDetector {

  static final int MINHASH = 32;
  static final int TRANSLATION_DAYS = 45;
  static final double NEAR_TEXT = 0.9;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * Gender markers, seniority, contract and legal-form words that say nothing about the job itself.
   */
  private static final Set<String> NOISE =
      Set.of(
          "m",
          "v",
          "x",
          "h",
          "f",
          "w",
          "d",
          "mv",
          "mvx",
          "hf",
          "hfx",
          "mwd",
          "junior",
          "senior",
          "ervaren",
          "startende",
          "erfahrener",
          "cdi",
          "cdd",
          "interim",
          "intérim",
          "vast",
          "contract",
          "voltijds",
          "deeltijds",
          "temps",
          "plein",
          "mi",
          "unbefristet",
          "befristet",
          "vollzeit",
          "teilzeit",
          "in",
          "en",
          "de",
          "het",
          "een",
          "le",
          "la",
          "les",
          "un",
          "une",
          "du",
          "des",
          "der",
          "die",
          "das",
          "und",
          "et",
          "the",
          "a",
          "an",
          "and",
          "bv",
          "nv",
          "srl",
          "sa",
          "gmbh",
          "ag",
          "sprl",
          "bvba",
          "asbl",
          "vzw",
          "dringend",
          "urgent",
          "studentenjob",
          "permanent",
          "full",
          "time");

  private static final int[] SEEDS = new int[MINHASH];

  static {
    java.util.SplittableRandom r = new java.util.SplittableRandom(0x5EED);
    for (int i = 0; i < MINHASH; i++) {
      SEEDS[i] = r.nextInt() | 1;
    }
  }

  /** The fingerprint of a vacancy. Cost: one pass over title and description. */
  public Fingerprint fingerprint(int index, Vacancy v) {
    String employerName = v.employer() == null ? "" : String.join(" ", words(v.employer().name()));
    String employer =
        v.employer() == null
            ? ""
            : Optional.ofNullable(v.employer().enterpriseNumber())
                .flatMap(EnterpriseNumber::normalise)
                .orElse(employerName);
    String place =
        v.workplace() == null || v.workplace().postcode() == null ? "" : v.workplace().postcode();
    String[] occupations =
        v.occupations() == null
            ? new String[0]
            : v.occupations().stream()
                .map(o -> o.scheme().prefix() + ":" + o.code())
                .sorted()
                .toArray(String[]::new);
    return new Fingerprint(
        index,
        v.member(),
        v.reference(),
        v.language(),
        employer,
        employerName,
        place,
        occupations,
        words(v.title()).toArray(String[]::new),
        minhash(v.description()),
        textHash(v.description()),
        v.publicationDate() == null ? 0 : (int) v.publicationDate().toEpochDay());
  }

  /** The type of duplicate {@code b} is of {@code a}, or empty when they are different jobs. */
  public Optional<DuplicateType> match(Fingerprint a, Fingerprint b) {
    if (a.member().equals(b.member()) && a.reference().equals(b.reference())) {
      return Optional.empty();
    }
    if (a.place().isEmpty() || !a.place().equals(b.place()) || !sameEmployer(a, b)) {
      return Optional.empty();
    }
    boolean occupation =
        a.occupations().length == 0 || b.occupations().length == 0 || a.sharesOccupation(b);
    if (a.language() == null || !a.language().equals(b.language())) {
      return occupation && Math.abs(a.day() - b.day()) <= TRANSLATION_DAYS
          ? Optional.of(DuplicateType.TRANSLATED)
          : Optional.empty();
    }
    double text = a.textSimilarity(b);
    double title = a.titleSimilarity(b);
    if (a.member().equals(b.member())) {
      return occupation && text >= 0.7 && title >= 0.6
          ? Optional.of(DuplicateType.REPOST)
          : Optional.empty();
    }
    if (a.textHash() == b.textHash() && title == 1.0) {
      return Optional.of(DuplicateType.EXACT_COPY);
    }
    return occupation && (text >= NEAR_TEXT || (text >= 0.5 && title >= 0.6))
        ? Optional.of(DuplicateType.NEAR_DUPLICATE)
        : Optional.empty();
  }

  /**
   * The same employer: equal enterprise numbers when both vacancies carry one (two numbers that
   * differ are two employers, whatever their names); otherwise names sharing at least half their
   * distinctive words.
   */
  private static boolean sameEmployer(Fingerprint a, Fingerprint b) {
    boolean aNumber = !a.employer().equals(a.employerName());
    boolean bNumber = !b.employer().equals(b.employerName());
    if (aNumber && bNumber) {
      return a.employer().equals(b.employer());
    }
    return !a.employerName().isEmpty() && a.employerNameSimilarity(b) >= 0.5;
  }

  /**
   * The keys under which a fingerprint is filed for candidate generation: two vacancies are
   * compared only when they share a key. Every rule of {@link #match} needs the same postcode and
   * the same employer, so the keys are the postcode with the enterprise number, and the postcode
   * with each of the two longest words of the employer's name (which also finds a copy whose
   * enterprise number was left out or whose name is written a little differently). Text similarity
   * is not a key: boilerplate shared by thousands of ads would make one huge block.
   */
  public List<String> blockingKeys(Fingerprint f) {
    List<String> keys = new ArrayList<>(3);
    if (f.place().isEmpty()) {
      return keys;
    }
    if (!f.employer().isEmpty() && !f.employer().equals(f.employerName())) {
      keys.add("E" + f.employer() + "|" + f.place());
    }
    String[] words = f.employerName().isEmpty() ? new String[0] : f.employerName().split(" ");
    Arrays.sort(
        words, (x, y) -> x.length() != y.length() ? y.length() - x.length() : x.compareTo(y));
    for (int k = 0; k < Math.min(2, words.length); k++) {
      keys.add("W" + words[k] + "|" + f.place());
    }
    return keys;
  }

  /**
   * The words of a text, folded: lower case, accents removed, split on anything that is not a
   * letter or digit. Cost: one pass; Latin-1 letters are folded by table, other text goes through
   * Unicode normalisation.
   */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    StringBuilder w = new StringBuilder(16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = c < 0x100 ? FOLD[c] : foldOther(c);
      if (f != 0) {
        w.append(f);
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  /**
   * Latin-1 folding table: letters and digits to their lower-case unaccented form, everything else
   * to 0.
   */
  private static final char[] FOLD = new char[0x100];

  static {
    for (char c = 0; c < 0x100; c++) {
      String n =
          MARKS
              .matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
              .replaceAll("")
              .toLowerCase(Locale.ROOT);
      char f = n.length() == 1 ? n.charAt(0) : (c == 'ß' ? 's' : 0);
      FOLD[c] = (f >= 'a' && f <= 'z') || (f >= '0' && f <= '9') ? f : 0;
    }
  }

  private static char foldOther(char c) {
    String n = fold(String.valueOf(c));
    char f = n.isEmpty() ? 0 : n.charAt(0);
    return (f >= 'a' && f <= 'z') || (f >= '0' && f <= '9') ? f : 0;
  }

  /** The distinctive words of a text: folded, noise removed, sorted and unique. */
  static TreeSet<String> words(String text) {
    TreeSet<String> out = new TreeSet<>();
    for (String w : tokens(text)) {
      if (!NOISE.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  static String fold(String s) {
    return MARKS
        .matcher(Normalizer.normalize(s, Normalizer.Form.NFD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  /** A 64-bit hash of a text's folded words in order. */
  static long textHash(String text) {
    long h = 1125899906842597L;
    for (String w : tokens(text)) {
      h = 31 * h + w.hashCode();
    }
    return h;
  }

  /** MinHash over word 3-shingles; an empty text hashes to all zeros. */
  static int[] minhash(String text) {
    int[] min = new int[MINHASH];
    Arrays.fill(min, Integer.MAX_VALUE);
    List<String> w = tokens(text);
    int n = 0;
    for (int i = 0; i + 2 < w.size(); i++) {
      int h = (w.get(i).hashCode() * 31 + w.get(i + 1).hashCode()) * 31 + w.get(i + 2).hashCode();
      for (int k = 0; k < MINHASH; k++) {
        int x = mix(h * SEEDS[k]);
        if (x < min[k]) {
          min[k] = x;
        }
      }
      n++;
    }
    return n == 0 ? new int[MINHASH] : min;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
