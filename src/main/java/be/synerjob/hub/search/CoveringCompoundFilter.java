package be.synerjob.hub.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Splits a compound word only when dictionary words cover it entirely, allowing the linking
 * elements of Dutch and German between parts ({@code s}, {@code e}, {@code en}, {@code n}, {@code
 * es}, {@code er}): {@code vrachtwagenchauffeur} → {@code vrachtwagen} + {@code chauffeur}; {@code
 * Arbeitsvermittler} → {@code arbeit} + {@code vermittler}. The cover with the fewest parts wins
 * (ties: the longer first part). Parts are added at the compound's position, after the compound
 * itself. Lucene's {@code DictionaryCompoundWordTokenFilter} adds every dictionary word found
 * anywhere inside the word ({@code vrachtwagen} also gave {@code acht}); requiring a full cover
 * avoids those false parts without a hyphenation grammar.
 */
final class CoveringCompoundFilter extends CompoundWordTokenFilterBase {

  private static final String[] LINKS = {"", "s", "e", "en", "n", "es", "er"};

  CoveringCompoundFilter(
      TokenStream input,
      CharArraySet dictionary,
      int minWordSize,
      int minSubwordSize,
      int maxSubwordSize) {
    super(input, dictionary, minWordSize, minSubwordSize, maxSubwordSize, false);
  }

  @Override
  protected void decompose() {
    char[] w = termAtt.buffer();
    int len = termAtt.length();
    // parts[i]: fewest parts covering w[0..i); from[i], partStart[i]: where the last part came from
    int[] parts = new int[len + 1];
    int[] from = new int[len + 1];
    int[] partStart = new int[len + 1];
    java.util.Arrays.fill(parts, Integer.MAX_VALUE);
    parts[0] = 0;
    for (int i = 0; i < len; i++) {
      if (parts[i] == Integer.MAX_VALUE) {
        continue;
      }
      for (String link : LINKS) {
        if (i == 0 && !link.isEmpty()) {
          continue;
        }
        int start = i + link.length();
        if (start > len || !regionMatches(w, i, link)) {
          continue;
        }
        for (int end = start + minSubwordSize;
            end <= Math.min(len, start + maxSubwordSize);
            end++) {
          if (start == 0 && end == len) {
            continue; // the whole word is not a part of itself
          }
          if (dictionary.contains(w, start, end - start)) {
            int p = parts[i] + 1;
            if (p < parts[end] || (p == parts[end] && start == 0 && end > partStart[end])) {
              parts[end] = p;
              from[end] = i;
              partStart[end] = start;
            }
          }
        }
      }
    }
    if (parts[len] == Integer.MAX_VALUE || parts[len] < 2) {
      return;
    }
    java.util.ArrayDeque<int[]> found = new java.util.ArrayDeque<>();
    for (int end = len; end > 0; end = from[end]) {
      found.push(new int[] {partStart[end], end - partStart[end]});
    }
    for (int[] p : found) {
      tokens.add(new CompoundToken(p[0], p[1]));
    }
  }

  private static boolean regionMatches(char[] w, int at, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (w[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
