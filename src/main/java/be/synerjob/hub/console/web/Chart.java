package be.synerjob.hub.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart drawn on the server as inline SVG: the geometry is computed here and the template writes
 * one {@code <rect>}, {@code <line>} or {@code <text>} per element (Thymeleaf escapes every label).
 * No chart library and no script. Every chart on a page is also given as a table.
 *
 * @param width view-box width
 * @param height view-box height
 */
record Chart(
    int width,
    int height,
    List<Rect> rects,
    List<Line> lines,
    List<Label> labels,
    List<Legend> legend) {

  /** A bar; {@code css} picks its colour (classes {@code s0}…{@code s5} in console.css). */
  record Rect(double x, double y, double w, double h, String css, String title) {}

  record Line(double x1, double y1, double x2, double y2, String css) {}

  /** A text; {@code anchor} is start, middle or end. */
  record Label(double x, double y, String text, String anchor) {}

  record Legend(String css, String text) {}

  /** One series of a stacked column chart: a value per category. */
  record Series(String name, String css, List<Double> values) {}

  public boolean isEmpty() {
    return rects.isEmpty();
  }

  /**
   * Columns per category (for example per day), the series stacked; a label under every {@code
   * labelEvery}-th column and four grid lines.
   */
  static Chart stackedColumns(List<String> categories, List<Series> series, int labelEvery) {
    int w = 640;
    int h = 240;
    double left = 48;
    double right = 8;
    double top = 10;
    double bottom = 30;
    double max = 0;
    for (int i = 0; i < categories.size(); i++) {
      double sum = 0;
      for (Series s : series) {
        sum += s.values().get(i);
      }
      max = Math.max(max, sum);
    }
    double scaleMax = niceMax(max);
    double plotH = h - top - bottom;
    double slot = categories.isEmpty() ? 0 : (w - left - right) / categories.size();
    List<Rect> rects = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    grid(lines, labels, left, w - right, top, plotH, scaleMax);
    for (int i = 0; i < categories.size(); i++) {
      double x = left + i * slot + slot * 0.15;
      double y = top + plotH;
      for (Series s : series) {
        double v = s.values().get(i);
        if (v <= 0) {
          continue;
        }
        double bh = v / scaleMax * plotH;
        y -= bh;
        rects.add(
            new Rect(
                x,
                y,
                slot * 0.7,
                bh,
                s.css(),
                categories.get(i) + " – " + s.name() + ": " + fmt(v)));
      }
      if (labelEvery > 0 && i % labelEvery == 0) {
        labels.add(new Label(x + slot * 0.35, h - bottom + 16, categories.get(i), "middle"));
      }
    }
    List<Legend> legend = series.stream().map(s -> new Legend(s.css(), s.name())).toList();
    return new Chart(w, h, rects, lines, labels, legend);
  }

  /**
   * One horizontal bar per category, its value written after it; {@code unit} is appended to the
   * value labels.
   */
  static Chart horizontalBars(
      List<String> categories, List<Double> values, String css, String unit) {
    int rowH = 26;
    double left = 130;
    double right = 90;
    int w = 640;
    int h = Math.max(rowH, categories.size() * rowH) + 8;
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double scaleMax = max <= 0 ? 1 : max;
    List<Rect> rects = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(left, 0, left, h, "axis"));
    for (int i = 0; i < categories.size(); i++) {
      double y = 4 + i * rowH;
      double v = values.get(i);
      double bw = Math.max(v > 0 ? 1 : 0, v / scaleMax * (w - left - right));
      labels.add(new Label(left - 6, y + 16, categories.get(i), "end"));
      rects.add(new Rect(left, y + 3, bw, rowH - 8, css, categories.get(i) + ": " + fmt(v) + unit));
      labels.add(new Label(left + bw + 6, y + 16, fmt(v) + unit, "start"));
    }
    return new Chart(w, h, rects, lines, labels, List.of());
  }

  /**
   * Progress bars: the full bar is {@code totals[i]}, the filled part {@code done[i]} (a partner's
   * feed position against the head of its feed).
   */
  static Chart progress(
      List<String> categories,
      List<Long> done,
      List<Long> totals,
      String doneName,
      String restName) {
    int rowH = 26;
    double left = 130;
    double right = 110;
    int w = 640;
    int h = Math.max(rowH, categories.size() * rowH) + 8;
    double bar = w - left - right;
    List<Rect> rects = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      double y = 4 + i * rowH;
      long t = Math.max(0, totals.get(i));
      long d = Math.min(t, Math.max(0, done.get(i)));
      double share = t == 0 ? 1 : (double) d / t;
      labels.add(new Label(left - 6, y + 16, categories.get(i), "end"));
      rects.add(
          new Rect(
              left,
              y + 3,
              bar,
              rowH - 8,
              "s5",
              categories.get(i) + " – " + restName + ": " + (t - d)));
      rects.add(
          new Rect(
              left,
              y + 3,
              bar * share,
              rowH - 8,
              "s0",
              categories.get(i) + " – " + doneName + ": " + d + " / " + t));
      labels.add(new Label(left + bar + 6, y + 16, d + " / " + t, "start"));
    }
    return new Chart(
        w,
        h,
        rects,
        List.of(),
        labels,
        List.of(new Legend("s0", doneName), new Legend("s5", restName)));
  }

  private static void grid(
      List<Line> lines,
      List<Label> labels,
      double x1,
      double x2,
      double top,
      double plotH,
      double max) {
    for (int k = 0; k <= 4; k++) {
      double y = top + plotH - k * plotH / 4;
      lines.add(new Line(x1, y, x2, y, k == 0 ? "axis" : "grid"));
      labels.add(new Label(x1 - 6, y + 4, fmt(max * k / 4), "end"));
    }
  }

  /**
   * The top of a scale with four grid steps: four times 1, 2 or 5 times a power of ten, at least
   * {@code max} (at least 4, so integer counts get integer grid lines).
   */
  static double niceMax(double max) {
    if (max <= 4) {
      return 4;
    }
    double raw = max / 4;
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= raw) {
        return 4 * Math.max(1, Math.ceil(m * p));
      }
    }
    return 40 * p;
  }

  static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v).replace(',', ' ');
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
