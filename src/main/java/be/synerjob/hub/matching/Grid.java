package be.synerjob.hub.matching;

/**
 * A grid of cells of about 11 × 11 km over Belgium (0.1° of latitude × 0.15° of longitude), to find
 * the vacancies near a home without measuring the distance to all of them.
 */
final class Grid {

  static final double LAT0 = 49.0;
  static final double LON0 = 2.0;
  static final double DLAT = 0.1;
  static final double DLON = 0.15;
  static final int COLS = 1000;

  private Grid() {}

  static int cell(double lat, double lon) {
    return row(lat) * COLS + col(lon);
  }

  private static int row(double lat) {
    return (int) Math.floor((lat - LAT0) / DLAT);
  }

  private static int col(double lon) {
    return (int) Math.floor((lon - LON0) / DLON);
  }

  /** The cells that may hold a point within {@code km} (great-circle) of the point. */
  static int[] around(double lat, double lon, double km) {
    double dLat = km / 111.0;
    double dLon = km / (111.0 * Math.cos(Math.toRadians(Math.min(89, Math.abs(lat) + dLat))));
    int r0 = row(lat - dLat);
    int r1 = row(lat + dLat);
    int c0 = col(lon - dLon);
    int c1 = col(lon + dLon);
    int[] out = new int[(r1 - r0 + 1) * (c1 - c0 + 1)];
    int n = 0;
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        out[n++] = r * COLS + c;
      }
    }
    return out;
  }
}
