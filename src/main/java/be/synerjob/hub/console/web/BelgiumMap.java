package be.synerjob.hub.console.web;

import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.PostcodeArea;
import be.synerjob.hub.geo.Province;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A hexagon map of Belgium built from the shipped postcode centroids, since the project ships no
 * boundaries and the console loads no map tiles. Method: the centroids are projected to kilometres
 * (equirectangular at 50.5° N); a grid of pointy-top hexagons of 4.5 km radius covers the country;
 * a hexagon is kept when a postcode centroid lies within 6 km of its centre and takes the province
 * of the nearest centroid. Province and region borders are the hexagon edges between provinces
 * (regions), the outline the edges with no neighbour. Built once, on first use.
 */
@Component
class BelgiumMap {

  static final double R = 4.5; // hexagon radius, km
  static final double KEEP_KM = 6.0;
  static final double SCALE = 2.4; // px per km
  static final double LON0 = 2.50;
  static final double LAT0 = 51.56;
  static final double KM_LAT = 111.32;
  static final double KM_LON = 111.32 * Math.cos(Math.toRadians(50.5));
  static final double PAD = 6;

  /** One hexagon: centre and points in px, its province. */
  record Hex(double cx, double cy, String points, Province province) {}

  /** An edge of a border, in px; {@code kind} is outer, region or province. */
  record Edge(double x1, double y1, double x2, double y2, String kind) {}

  /** The built map. */
  record Geometry(
      int width, int height, List<Hex> hexes, List<Edge> edges, Map<Province, double[]> centres) {}

  private final Gazetteer gazetteer;
  private volatile Geometry geometry;

  BelgiumMap(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  Geometry geometry() {
    Geometry g = geometry;
    if (g == null) {
      g = build(gazetteer.postcodes());
      geometry = g;
    }
    return g;
  }

  /** Projects a point to px on this map. */
  static double[] project(double lat, double lon) {
    return new double[] {PAD + (lon - LON0) * KM_LON * SCALE, PAD + (LAT0 - lat) * KM_LAT * SCALE};
  }

  static Geometry build(List<PostcodeArea> postcodes) {
    int n = postcodes.size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    double maxX = 0;
    double maxY = 0;
    for (int i = 0; i < n; i++) {
      PostcodeArea p = postcodes.get(i);
      xs[i] = (p.longitude() - LON0) * KM_LON;
      ys[i] = (LAT0 - p.latitude()) * KM_LAT;
      maxX = Math.max(maxX, xs[i]);
      maxY = Math.max(maxY, ys[i]);
    }
    double w = Math.sqrt(3) * R;
    double rowH = 1.5 * R;
    List<double[]> centres = new ArrayList<>();
    List<Province> provinces = new ArrayList<>();
    Map<Long, Integer> index = new HashMap<>();
    for (int r = 0; r * rowH <= maxY + R; r++) {
      double y = r * rowH;
      double offset = (r % 2) * w / 2;
      for (int c = 0; c * w + offset <= maxX + R; c++) {
        double x = c * w + offset;
        double best = Double.MAX_VALUE;
        int nearest = -1;
        for (int i = 0; i < n; i++) {
          double dx = xs[i] - x;
          double dy = ys[i] - y;
          double d = dx * dx + dy * dy;
          if (d < best) {
            best = d;
            nearest = i;
          }
        }
        if (nearest >= 0 && Math.sqrt(best) <= KEEP_KM) {
          index.put(key(x, y), centres.size());
          centres.add(new double[] {x, y});
          provinces.add(postcodes.get(nearest).province());
        }
      }
    }
    List<Hex> hexes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    Map<Province, double[]> sums = new HashMap<>();
    for (int h = 0; h < centres.size(); h++) {
      double x = centres.get(h)[0];
      double y = centres.get(h)[1];
      Province pr = provinces.get(h);
      double[] vx = new double[6];
      double[] vy = new double[6];
      StringBuilder pts = new StringBuilder();
      for (int k = 0; k < 6; k++) {
        double a = Math.toRadians(60 * k - 30);
        vx[k] = px(x + R * Math.cos(a));
        vy[k] = px(y + R * Math.sin(a));
        pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", vx[k], vy[k]));
      }
      hexes.add(new Hex(px(x), px(y), pts.toString().trim(), pr));
      double[] s = sums.computeIfAbsent(pr, k -> new double[3]);
      s[0] += px(x);
      s[1] += px(y);
      s[2]++;
      // the edge between vertex k and k+1 faces the neighbour in direction 60 * k degrees
      for (int k = 0; k < 6; k++) {
        double a = Math.toRadians(60 * k);
        Integer nb = index.get(key(x + w * Math.cos(a), y + w * Math.sin(a)));
        String kind = null;
        if (nb == null) {
          kind = "outer";
        } else if (nb > h && provinces.get(nb) != pr) {
          kind = provinces.get(nb).region() != pr.region() ? "region" : "province";
        }
        if (kind != null) {
          int k2 = (k + 1) % 6;
          edges.add(new Edge(vx[k], vy[k], vx[k2], vy[k2], kind));
        }
      }
    }
    Map<Province, double[]> labelAt = new HashMap<>();
    sums.forEach((p, s) -> labelAt.put(p, new double[] {s[0] / s[2], s[1] / s[2]}));
    int width = (int) Math.ceil(px(maxX + 2 * R) + PAD);
    int height = (int) Math.ceil(px(maxY + 2 * R) + PAD);
    return new Geometry(width, height, List.copyOf(hexes), List.copyOf(edges), labelAt);
  }

  private static double px(double km) {
    return PAD + km * SCALE;
  }

  private static long key(double x, double y) {
    return Math.round(x * 2) * 1_000_000L + Math.round(y * 2);
  }
}
