package be.synerjob.hub.statistics;

import be.synerjob.hub.core.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open data: observations with small counts suppressed ({@code
 * hub.statistics.suppression-threshold}) and the break flag where the methodology records a series
 * break, written as JSON records, plain CSV with labels in one language, or SDMX-CSV 2.0.
 */
@Service
public class Publication {

  /** The SDMX agency of the hub's dataflows. */
  public static final String AGENCY = "SYNERJOB";

  /** The dataflows' version. */
  public static final String VERSION = "1.0";

  /**
   * A published observation. {@code value} is null when suppressed. {@code obsStatus}: {@code A}
   * normal, {@code P} provisional, {@code B} break in series; {@code confStatus}: {@code F} free,
   * {@code C} confidential (small count), {@code D} hidden so a confidential cell cannot be
   * derived.
   */
  public record Published(
      String institution,
      String period,
      String frequency,
      Map<String, String> series,
      Long value,
      String obsStatus,
      String confStatus,
      int revision,
      Instant computedAt) {}

  private final Statistics statistics;
  private final Methodologies methodologies;
  private final long threshold;

  Publication(
      Statistics statistics,
      Methodologies methodologies,
      @Value("${hub.statistics.suppression-threshold:5}") long threshold) {
    this.statistics = statistics;
    this.methodologies = methodologies;
    this.threshold = threshold;
  }

  public long threshold() {
    return threshold;
  }

  /** The published observations, filtered; periods in order. */
  @Transactional(readOnly = true)
  public List<Published> data(
      Statistic statistic, String institution, String frequency, StatPeriod from, StatPeriod to) {
    List<Observation> obs = statistics.observations(statistic, institution, frequency, from, to);
    Map<String, List<Observation>> tables = new LinkedHashMap<>();
    for (Observation o : obs) {
      tables.computeIfAbsent(o.institution() + "|" + o.period(), k -> new ArrayList<>()).add(o);
    }
    Map<String, Set<String>> breaks = new LinkedHashMap<>();
    List<Published> out = new ArrayList<>();
    for (List<Observation> table : tables.values()) {
      List<Suppression.Cell> cells =
          table.stream().map(o -> new Suppression.Cell(o.series(), o.value())).toList();
      char[] conf = Suppression.apply(cells, statistic.dimensions(), threshold);
      Set<String> breakMonths =
          breaks.computeIfAbsent(
              table.get(0).institution(), i -> methodologies.breakMonths(statistic, i));
      boolean isBreak = hasBreak(table.get(0).period(), breakMonths);
      for (int i = 0; i < table.size(); i++) {
        Observation o = table.get(i);
        Map<String, String> series = new LinkedHashMap<>();
        for (Dimension d : statistic.dimensions()) {
          series.put(
              d.name(),
              d == Dimension.INSTITUTION
                  ? o.institution()
                  : o.series().getOrDefault(d, Dimension.TOTAL));
        }
        out.add(
            new Published(
                o.institution(),
                o.period().toString(),
                o.period().frequency().name(),
                series,
                conf[i] == 'F' ? o.value() : null,
                isBreak ? "B" : String.valueOf(o.status()),
                String.valueOf(conf[i]),
                o.revision(),
                o.computedAt()));
      }
    }
    return out;
  }

  /** Recorded revisions, newest first; values below the threshold are hidden. */
  public List<Map<String, Object>> revisions(Statistic statistic, String institution, int limit) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ObservationStore.Revision r : statistics.revisions(statistic, institution, limit)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("institution", r.institution());
      m.put("period", r.period());
      m.put("series", r.series());
      m.put("revision", r.revision());
      m.put("oldValue", visible(r.oldValue()));
      m.put("newValue", visible(r.newValue()));
      m.put("oldComputedAt", r.oldComputedAt());
      m.put("revisedAt", r.revisedAt());
      m.put("reason", r.reason());
      out.add(m);
    }
    return out;
  }

  private Object visible(Long v) {
    return v == null ? null : v > 0 && v < threshold ? "C" : v;
  }

  static boolean hasBreak(StatPeriod p, Set<String> breakMonths) {
    for (YearMonth m = p.firstMonth(); !m.isAfter(p.lastMonth()); m = m.plusMonths(1)) {
      if (breakMonths.contains(m.toString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * SDMX-CSV 2.0: {@code STRUCTURE, STRUCTURE_ID, ACTION}, the dimensions ({@code FREQ} first,
   * {@code TIME_PERIOD} last), {@code OBS_VALUE, OBS_STATUS, CONF_STATUS}.
   */
  public void writeSdmx(Statistic statistic, List<Published> data, Writer w) {
    try {
      List<String> header = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "FREQ"));
      for (Dimension d : statistic.dimensions()) {
        header.add(d.name());
      }
      header.addAll(List.of("TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS"));
      line(w, header);
      String id = structureId(statistic);
      for (Published p : data) {
        List<String> row = new ArrayList<>(List.of("dataflow", id, "I", p.frequency()));
        row.addAll(p.series().values());
        row.add(p.period());
        row.add(p.value() == null ? "" : Long.toString(p.value()));
        row.add(p.obsStatus());
        row.add(p.confStatus());
        line(w, row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code SYNERJOB:DF_VAC_RECEIVED(1.0)} */
  public static String structureId(Statistic statistic) {
    return AGENCY + ":" + statistic.dataflow() + "(" + VERSION + ")";
  }

  /** Plain CSV: per dimension its code and its label in the language, then value and flags. */
  public void writeCsv(Statistic statistic, List<Published> data, Language l, Writer w) {
    try {
      List<String> header = new ArrayList<>(List.of("statistic", "period", "frequency"));
      for (Dimension d : statistic.dimensions()) {
        header.add(d.name().toLowerCase(java.util.Locale.ROOT));
        header.add(d.name().toLowerCase(java.util.Locale.ROOT) + "_label");
      }
      header.addAll(List.of("value", "obs_status", "conf_status", "revision", "computed_at"));
      line(w, header);
      for (Published p : data) {
        List<String> row = new ArrayList<>(List.of(statistic.name(), p.period(), p.frequency()));
        for (Dimension d : statistic.dimensions()) {
          String code = p.series().get(d.name());
          row.add(code);
          row.add(d.codeLabel(code, l));
        }
        row.add(p.value() == null ? "" : Long.toString(p.value()));
        row.add(p.obsStatus());
        row.add(p.confStatus());
        row.add(Integer.toString(p.revision()));
        row.add(p.computedAt().toString());
        line(w, row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The reference metadata as CSV: one row per entry and heading, then one per series break. */
  public static void writeMethodologyCsv(List<Methodology.LocalisedEntry> entries, Writer w) {
    try {
      line(
          w,
          List.of(
              "statistic",
              "institution",
              "year",
              "version",
              "illustrative",
              "heading",
              "label",
              "codes",
              "text"));
      for (Methodology.LocalisedEntry e : entries) {
        for (Methodology.LocalisedHeading h : e.headings()) {
          line(
              w,
              List.of(
                  e.statistic(),
                  e.institution(),
                  Integer.toString(e.year()),
                  Integer.toString(e.version()),
                  Boolean.toString(e.illustrative()),
                  h.key(),
                  h.label(),
                  String.join(" ", h.codes()),
                  h.text() == null ? "" : h.text()));
        }
        for (Methodology.LocalisedBreak b : e.breaks()) {
          line(
              w,
              List.of(
                  e.statistic(),
                  e.institution(),
                  Integer.toString(e.year()),
                  Integer.toString(e.version()),
                  Boolean.toString(e.illustrative()),
                  "seriesBreak",
                  (b.period() == null ? Integer.toString(b.year()) : b.period()) + " " + b.cause(),
                  String.join(" ", b.affectedSeries()),
                  b.description()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void line(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      String f = fields.get(i) == null ? "" : fields.get(i);
      if (f.indexOf(',') >= 0
          || f.indexOf('"') >= 0
          || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        w.write('"');
        w.write(f.replace("\"", "\"\""));
        w.write('"');
      } else {
        w.write(f);
      }
    }
    w.write("\r\n");
  }
}
