package be.synerjob.hub.classification;

import be.synerjob.hub.core.Language;
import java.util.regex.Pattern;

/**
 * Guesses the language of a title from character trigram profiles built from the labels of the
 * index (a multinomial naive Bayes with add-one smoothing), helped by the gender markers each
 * language uses ({@code m/v/x} Dutch, {@code h/f} French, {@code m/w/d} German).
 */
final class LanguageDetector {

  private static final Language[] LANGS = Language.values();
  private static final Pattern NL_MARK = Pattern.compile("(?i)\\b[mv]\\s*/\\s*[vmx]\\b");
  private static final Pattern FR_MARK = Pattern.compile("(?i)\\b[hf]\\s*/\\s*[fhx]\\b");
  private static final Pattern DE_MARK =
      Pattern.compile("(?i)\\b[mwd]\\s*/\\s*[wmd]\\s*/\\s*[dwm]\\b|\\*in\\b|:in\\b");

  private static final double KNOWN_WORD = 4.0;

  private final float[][] logp = new float[LANGS.length][];
  private final java.util.List<java.util.Set<String>> words;

  /**
   * Trains on folded texts per language; {@code wordsPerLanguage} are the words of each language's
   * labels: a title word known in a language adds to that language's score.
   */
  LanguageDetector(
      Iterable<String>[] textsPerLanguage, java.util.List<java.util.Set<String>> wordsPerLanguage) {
    this.words = wordsPerLanguage;
    for (Language l : LANGS) {
      int[] counts = new int[Grams.SPACE];
      long total = 0;
      for (String t : textsPerLanguage[l.ordinal()]) {
        int[] g = Grams.of(t);
        for (int x : g) {
          counts[x]++;
        }
        total += g.length;
      }
      float[] p = new float[Grams.SPACE];
      double denom = Math.log(total + Grams.SPACE);
      for (int i = 0; i < p.length; i++) {
        p[i] = (float) (Math.log(counts[i] + 1.0) - denom);
      }
      logp[l.ordinal()] = p;
    }
  }

  /**
   * The most likely language of the raw title (markers first, then trigrams of its folded form).
   */
  Language detect(String raw, String folded) {
    if (NL_MARK.matcher(raw).find()) {
      return Language.NL;
    }
    if (FR_MARK.matcher(raw).find()) {
      return Language.FR;
    }
    if (DE_MARK.matcher(raw).find()) {
      return Language.DE;
    }
    int[] g = Grams.of(folded);
    Language best = Language.EN;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Language l : LANGS) {
      float[] p = logp[l.ordinal()];
      double s = 0;
      for (int x : g) {
        s += p[x];
      }
      java.util.Set<String> known = words.get(l.ordinal());
      for (String w : folded.split(" ")) {
        if (w.length() >= 3 && known.contains(w)) {
          s += KNOWN_WORD;
        }
      }
      if (s > bestScore) {
        bestScore = s;
        best = l;
      }
    }
    return best;
  }
}
