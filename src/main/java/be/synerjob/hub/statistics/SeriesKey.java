package be.synerjob.hub.statistics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The text form of a series: {@code MEMBER=VDAB;REGION=_T;…} in the statistic's dimension order.
 */
final class SeriesKey {

  private SeriesKey() {}

  static String encode(List<Dimension> order, Map<Dimension, String> codes) {
    StringBuilder sb = new StringBuilder();
    for (Dimension d : order) {
      if (d == Dimension.INSTITUTION) {
        continue; // a column of its own
      }
      if (sb.length() > 0) {
        sb.append(';');
      }
      String c = codes.get(d);
      sb.append(d.name()).append('=').append(c == null ? Dimension.TOTAL : c);
    }
    return sb.toString();
  }

  static Map<Dimension, String> decode(String key) {
    Map<Dimension, String> m = new EnumMap<>(Dimension.class);
    if (key.isEmpty()) {
      return m;
    }
    for (String part : key.split(";")) {
      int eq = part.indexOf('=');
      m.put(Dimension.valueOf(part.substring(0, eq)), part.substring(eq + 1));
    }
    return m;
  }
}
