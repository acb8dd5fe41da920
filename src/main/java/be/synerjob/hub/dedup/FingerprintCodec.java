package be.synerjob.hub.dedup;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A fingerprint as one line of text for the database: fields separated by U+001F, arrays by U+001E.
 */
final class FingerprintCodec {

  private static final String FS = "\u001f";
  private static final String AS = "\u001e";

  private FingerprintCodec() {}

  static String encode(Fingerprint f) {
    StringBuilder mh = new StringBuilder(f.minhash().length * 8);
    for (int h : f.minhash()) {
      mh.append(HexFormat.of().toHexDigits(h));
    }
    return String.join(
        FS,
        f.member(),
        f.reference(),
        f.language() == null ? "" : f.language(),
        f.employer(),
        f.employerName(),
        f.place(),
        String.join(AS, f.occupations()),
        String.join(AS, f.title()),
        mh,
        Long.toString(f.textHash()),
        Integer.toString(f.day()));
  }

  static Fingerprint decode(int index, String s) {
    String[] p = s.split(FS, -1);
    int[] mh = new int[p[8].length() / 8];
    for (int i = 0; i < mh.length; i++) {
      mh[i] = HexFormat.fromHexDigits(p[8], i * 8, i * 8 + 8);
    }
    return new Fingerprint(
        index,
        p[0],
        p[1],
        p[2].isEmpty() ? null : p[2],
        p[3],
        p[4],
        p[5],
        split(p[6]),
        split(p[7]),
        mh,
        Long.parseLong(p[9]),
        Integer.parseInt(p[10]));
  }

  private static String[] split(String s) {
    return s.isEmpty() ? new String[0] : Arrays.copyOf(s.split(AS, -1), s.split(AS, -1).length);
  }
}
