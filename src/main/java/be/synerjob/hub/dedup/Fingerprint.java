package be.synerjob.hub.dedup;

import java.util.Arrays;

/**
 * What duplicate detection keeps of a vacancy: about 150 bytes, so a million fit in memory.
 *
 * @param employer the enterprise number's digits, or the employer's name reduced to its distinctive
 *     words
 * @param place the workplace postcode
 * @param occupations the occupation codes as {@code scheme:code}, sorted
 * @param title the title's distinctive words, sorted (gender markers, seniority and contract noise
 *     removed)
 * @param minhash MinHash of the description's word 3-shingles (estimates their Jaccard similarity)
 * @param textHash a 64-bit hash of the description's words in order (equal texts, up to case,
 *     accents and punctuation)
 * @param day publication date as epoch day
 */
public record Fingerprint(
    int index,
    String member,
    String reference,
    String language,
    String employer,
    String employerName,
    String place,
    String[] occupations,
    String[] title,
    int[] minhash,
    long textHash,
    int day) {

  /** Estimated Jaccard similarity of the two descriptions' shingles. */
  double textSimilarity(Fingerprint o) {
    int same = 0;
    for (int i = 0; i < minhash.length; i++) {
      if (minhash[i] == o.minhash[i]) {
        same++;
      }
    }
    return (double) same / minhash.length;
  }

  /** Jaccard similarity of the two titles' words. */
  double titleSimilarity(Fingerprint o) {
    return jaccard(title, o.title);
  }

  /** Jaccard similarity of the words of the two employers' names. */
  double employerNameSimilarity(Fingerprint o) {
    return jaccard(employerName.split(" "), o.employerName.split(" "));
  }

  /** Jaccard similarity of two sorted word arrays. */
  private static double jaccard(String[] a, String[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int c = a[i].compareTo(b[j]);
      if (c == 0) {
        common++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  boolean sharesOccupation(Fingerprint o) {
    for (String a : occupations) {
      if (Arrays.binarySearch(o.occupations, a) >= 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fingerprint f && f.index == index && f.reference.equals(reference);
  }

  @Override
  public int hashCode() {
    return index * 31 + reference.hashCode();
  }

  @Override
  public String toString() {
    return member + "/" + reference;
  }
}
