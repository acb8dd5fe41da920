package be.synerjob.hub.statistics.web;

import be.synerjob.hub.console.ConsoleSection;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.statistics.Dimension;
import be.synerjob.hub.statistics.Methodologies;
import be.synerjob.hub.statistics.Methodology;
import be.synerjob.hub.statistics.Publication;
import be.synerjob.hub.statistics.Statistic;
import be.synerjob.hub.statistics.Statistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Console pages: a statistic's headline series per month with a bar chart and the same figures in a
 * table, its breakdown by region for the latest month, the downloads; and the side-by-side
 * comparison of one statistic across institutions. Figures are the published ones (suppressed).
 */
@Controller
@RequestMapping("/console/statistics")
class StatisticsPages {

  @Configuration
  static class Navigation {
    @Bean
    ConsoleSection statisticsSection() {
      return new ConsoleSection("statistics", "/console/statistics", "statistics.nav", 70, false);
    }
  }

  /** One bar of the chart (SVG coordinates) and its text. */
  record Bar(int x, int y, int width, int height, String label, String value) {}

  /** A statistic in the choice list. */
  record Option(String code, String label) {}

  static List<Option> options(Language l) {
    return java.util.Arrays.stream(Statistic.values())
        .map(s -> new Option(s.name(), s.label(l)))
        .toList();
  }

  /** One row of a table: a label, then per column a value ("–" when hidden) and a flag. */
  record Row(String label, List<String> values, List<String> flags) {}

  static final int CHART_W = 640;
  static final int CHART_H = 220;

  private final Publication publication;
  private final Methodologies methodologies;
  private final Statistics statistics;

  StatisticsPages(Publication publication, Methodologies methodologies, Statistics statistics) {
    this.publication = publication;
    this.methodologies = methodologies;
    this.statistics = statistics;
  }

  static Language language() {
    return Language.parse(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.EN);
  }

  @GetMapping
  String page(@RequestParam(defaultValue = "VAC_OPEN") String statistic, Model model) {
    Statistic s = Statistic.parse(statistic).orElse(Statistic.VAC_OPEN);
    Language l = language();
    List<Publication.Published> data = publication.data(s, null, "M", null, null);
    // headline series: every additive dimension at its total; one column per remaining combination
    Map<String, String> columns = new LinkedHashMap<>();
    Map<String, Map<String, Publication.Published>> byPeriod = new TreeMap<>();
    Map<String, Map<String, Publication.Published>> byRegion = new TreeMap<>();
    String latest = null;
    for (Publication.Published p : data) {
      latest = latest == null || p.period().compareTo(latest) > 0 ? p.period() : latest;
    }
    for (Publication.Published p : data) {
      if (headline(s, p.series(), null)) {
        String col = column(s, p.series(), l);
        columns.putIfAbsent(col, col);
        byPeriod.computeIfAbsent(p.period(), k -> new LinkedHashMap<>()).put(col, p);
      }
      if (p.period().equals(latest)
          && s.dimensions().contains(Dimension.REGION)
          && headline(s, p.series(), Dimension.REGION)
          && !Dimension.TOTAL.equals(p.series().get("REGION"))) {
        byRegion
            .computeIfAbsent(
                Dimension.REGION.codeLabel(p.series().get("REGION"), l), k -> new LinkedHashMap<>())
            .put(column(s, p.series(), l), p);
      }
    }
    List<String> cols = new ArrayList<>(columns.keySet());
    model.addAttribute("options", options(l));
    model.addAttribute("statistic", s);
    model.addAttribute("label", s.label(l));
    model.addAttribute("columns", cols);
    model.addAttribute("rows", rows(byPeriod, cols));
    model.addAttribute("regionRows", rows(byRegion, cols));
    model.addAttribute("latest", latest);
    model.addAttribute("bars", bars(byPeriod, cols.isEmpty() ? null : cols.get(0)));
    model.addAttribute("chartSeries", cols.isEmpty() ? "" : cols.get(0));
    model.addAttribute("chartWidth", CHART_W);
    model.addAttribute("chartHeight", CHART_H + 40);
    model.addAttribute("threshold", publication.threshold());
    model.addAttribute("lang", l.code());
    model.addAttribute("hasMethodology", !methodologies.list(s, null, null).isEmpty());
    return "statistics/index";
  }

  @GetMapping("/comparison")
  String comparison(
      @RequestParam(defaultValue = "JOB_DEMAND") String statistic,
      @RequestParam(required = false) Integer year,
      Model model) {
    Statistic s = Statistic.parse(statistic).orElse(Statistic.JOB_DEMAND);
    Language l = language();
    int y = year == null ? statistics.currentMonth().getYear() : year;
    Methodology.Comparison c = methodologies.compare(s, y, l);
    model.addAttribute("options", options(l));
    model.addAttribute("statistic", s);
    model.addAttribute("year", y);
    model.addAttribute("comparison", c);
    model.addAttribute("lang", l.code());
    return "statistics/comparison";
  }

  private static boolean headline(Statistic s, Map<String, String> series, Dimension except) {
    for (Dimension d : s.dimensions()) {
      if (d.additive() && d != except && !Dimension.TOTAL.equals(series.get(d.name()))) {
        return false;
      }
    }
    return true;
  }

  /** The label of a headline series: its non-additive codes (institution, measure). */
  private static String column(Statistic s, Map<String, String> series, Language l) {
    List<String> parts = new ArrayList<>();
    for (Dimension d : s.dimensions()) {
      if (!d.additive()) {
        parts.add(d.codeLabel(series.get(d.name()), l));
      }
    }
    return parts.isEmpty() ? s.label(l) : String.join(" · ", parts);
  }

  private static List<Row> rows(
      Map<String, Map<String, Publication.Published>> table, List<String> cols) {
    List<Row> out = new ArrayList<>();
    for (var e : table.entrySet()) {
      List<String> values = new ArrayList<>();
      List<String> flags = new ArrayList<>();
      for (String c : cols) {
        Publication.Published p = e.getValue().get(c);
        values.add(
            p == null
                ? ""
                : p.value() == null
                    ? "–"
                    : String.format(Locale.ROOT, "%,d", p.value()).replace(',', ' '));
        flags.add(p == null ? "" : flag(p));
      }
      out.add(new Row(e.getKey(), values, flags));
    }
    return out;
  }

  private static String flag(Publication.Published p) {
    List<String> f = new ArrayList<>();
    if (!"F".equals(p.confStatus())) {
      f.add(p.confStatus());
    }
    if (!"A".equals(p.obsStatus())) {
      f.add(p.obsStatus());
    }
    return String.join(" ", f);
  }

  private static List<Bar> bars(
      Map<String, Map<String, Publication.Published>> byPeriod, String col) {
    List<Bar> out = new ArrayList<>();
    if (col == null || byPeriod.isEmpty()) {
      return out;
    }
    long max = 1;
    for (var m : byPeriod.values()) {
      Publication.Published p = m.get(col);
      if (p != null && p.value() != null) {
        max = Math.max(max, p.value());
      }
    }
    List<String> periods = new ArrayList<>(new TreeSet<>(byPeriod.keySet()));
    if (periods.size() > 24) {
      periods = periods.subList(periods.size() - 24, periods.size());
    }
    int slot = CHART_W / Math.max(periods.size(), 1);
    int width = Math.max(4, slot * 2 / 3);
    for (int i = 0; i < periods.size(); i++) {
      Publication.Published p = byPeriod.get(periods.get(i)).get(col);
      long v = p == null || p.value() == null ? 0 : p.value();
      int h = (int) Math.round((double) v * (CHART_H - 20) / max);
      out.add(
          new Bar(
              i * slot + (slot - width) / 2,
              CHART_H - h,
              width,
              h,
              periods.get(i),
              p == null ? "" : p.value() == null ? "–" : Long.toString(v)));
    }
    return out;
  }
}
