package be.synerjob.hub.classification;

/**
 * Character trigrams of a folded text (letters a–z, digits, single spaces), padded with a space at
 * each end, as integers in {@code [0, 37³)}: cheap to index with a plain array.
 */
final class Grams {

  static final int SPACE = 37 * 37 * 37;

  private Grams() {}

  static int code(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 1;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 27;
    }
    return 0;
  }

  /** The trigrams, with repetitions, of {@code " " + text + " "}. */
  static int[] of(String text) {
    int n = text.length() + 2;
    if (n < 3) {
      return new int[0];
    }
    int[] out = new int[n - 2];
    int a = 0;
    int b = code(n > 2 ? text.charAt(0) : ' ');
    for (int i = 0; i < n - 2; i++) {
      int c = i + 1 < text.length() ? code(text.charAt(i + 1)) : 0;
      out[i] = (a * 37 + b) * 37 + c;
      a = b;
      b = c;
    }
    return out;
  }
}
