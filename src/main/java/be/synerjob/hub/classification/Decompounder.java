package be.synerjob.hub.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Dutch and German compound words against the words of the labels: {@code
 * vrachtwagenchauffeur} → {@code vrachtwagen chauffeur}, {@code lagerarbeiter} → {@code lager
 * arbeiter}, {@code kinderbetreuerin} → {@code kinder betreuerin}. The head (the last part, which
 * names the occupation) is the longest known word at the end; the rest must be a known word, a
 * known word plus a linking element ({@code s}, {@code e}, {@code en}, {@code n}, {@code er},
 * {@code es}), or split again the same way.
 */
final class Decompounder {

  static final int MIN_WORD = 7;
  private static final int MIN_HEAD = 4;
  private static final int MIN_PART = 3;
  private static final String[] LINKS = {"s", "e", "en", "n", "er", "es"};

  private final Set<String> known;

  Decompounder(Set<String> known) {
    this.known = known;
  }

  /** The parts, head last; empty when the word is not a compound of known words. */
  List<String> split(String word) {
    List<String> out = new ArrayList<>(3);
    if (word.length() >= MIN_WORD && split(word, out, 0)) {
      return out;
    }
    return List.of();
  }

  private boolean split(String w, List<String> out, int depth) {
    int n = w.length();
    for (int i = MIN_PART; i <= n - MIN_HEAD; i++) {
      String head = w.substring(i);
      if (!known.contains(head)) {
        continue;
      }
      String mod = w.substring(0, i);
      String m = modifier(mod);
      if (m != null) {
        out.add(m);
        out.add(head);
        return true;
      }
      if (depth == 0 && head.length() >= 6 && mod.length() >= 4 && i == firstHead(w)) {
        // an unknown modifier before a long known head (lager|arbeiter): keep the head
        out.add(mod);
        out.add(head);
        return true;
      }
      if (depth == 0 && mod.length() >= MIN_WORD - 1) {
        int size = out.size();
        if (split(mod, out, 1)) {
          out.add(head);
          return true;
        }
        while (out.size() > size) {
          out.remove(out.size() - 1);
        }
      }
    }
    return false;
  }

  /** Where the longest known head of at least 6 letters starts, or -1. */
  private int firstHead(String w) {
    for (int i = MIN_PART; i <= w.length() - 6; i++) {
      if (known.contains(w.substring(i))) {
        return i;
      }
    }
    return -1;
  }

  private String modifier(String mod) {
    if (known.contains(mod)) {
      return mod;
    }
    for (String link : LINKS) {
      if (mod.endsWith(link) && mod.length() - link.length() >= MIN_PART) {
        String base = mod.substring(0, mod.length() - link.length());
        if (known.contains(base)) {
          return base;
        }
      }
    }
    return null;
  }
}
