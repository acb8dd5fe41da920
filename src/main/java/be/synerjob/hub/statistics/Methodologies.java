package be.synerjob.hub.statistics;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Multilingual;
import be.synerjob.hub.statistics.Methodology.Entry;
import be.synerjob.hub.statistics.Methodology.EntryIn;
import be.synerjob.hub.statistics.Methodology.Heading;
import be.synerjob.hub.statistics.Methodology.HeadingKey;
import be.synerjob.hub.statistics.Methodology.SeriesBreak;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The methodology catalogue: one entry per statistic, institution and reference year under the
 * common framework's headings, in four languages, with its series breaks. Each institution edits
 * only its own entries (the hub's computed statistics belong to {@code SYNERJOB}, edited with an
 * operator key); every edit is a new version and the earlier one is kept.
 */
@Service
public class Methodologies {

  static final Set<String> INSTITUTIONS =
      Set.of(Statistic.HUB, "VDAB", "FOREM", "ACTIRIS", "BF", "ADG");
  static final Set<String> CENSUS_UNITS =
      Set.of(
          "PERSON", "VACANCY", "POSTING", "TRAINEE", "TRAINING_START", "PLACEMENT", "FEED_ENTRY");
  static final Set<String> FREQUENCIES = Set.of("DAILY", "MONTHLY", "QUARTERLY", "YEARLY");
  static final Set<String> GEOGRAPHY = Set.of("BE", "VLG", "WAL", "BRU", "DG", "ABROAD");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private record Content(String source, Map<String, Heading> headings, List<SeriesBreak> breaks) {}

  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Statistics statistics;

  Methodologies(JdbcTemplate jdbc, AuditLog audit, Statistics statistics) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.statistics = statistics;
  }

  /** The entry of exactly this year. */
  public Optional<Entry> find(Statistic statistic, String institution, int year) {
    return query(
            " WHERE statistic = ? AND institution = ? AND ref_year = ?",
            statistic.name(),
            institution,
            year)
        .stream()
        .findFirst();
  }

  /**
   * The entries of a statistic; with a year, each institution's entry in force that year (its
   * latest entry of that year or before).
   */
  public List<Entry> list(Statistic statistic, String institution, Integer year) {
    List<Entry> all =
        institution == null
            ? query(" WHERE statistic = ?", statistic.name())
            : query(" WHERE statistic = ? AND institution = ?", statistic.name(), institution);
    if (year == null) {
      return all;
    }
    Map<String, Entry> inForce = new TreeMap<>();
    for (Entry e : all) {
      if (e.year() <= year) {
        inForce.merge(e.institution(), e, (a, b) -> a.year() >= b.year() ? a : b);
      }
    }
    return new ArrayList<>(inForce.values());
  }

  /** The earlier versions of an entry, newest first. */
  public List<Entry> versions(Statistic statistic, String institution, int year) {
    return jdbc.query(
        "SELECT * FROM stat_methodology_version WHERE statistic = ? AND institution = ? AND ref_year = ?"
            + " ORDER BY version DESC",
        (rs, n) -> entry(rs),
        statistic.name(),
        institution,
        year);
  }

  private List<Entry> query(String where, Object... args) {
    return jdbc.query(
        "SELECT * FROM stat_methodology" + where + " ORDER BY statistic, institution, ref_year",
        (rs, n) -> entry(rs),
        args);
  }

  private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    Content c = JSON.readValue(rs.getString("content"), Content.class);
    return new Entry(
        rs.getString("statistic"),
        rs.getString("institution"),
        rs.getInt("ref_year"),
        rs.getInt("version"),
        rs.getBoolean("illustrative"),
        c.source(),
        c.headings(),
        c.breaks() == null ? List.of() : c.breaks(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }

  /**
   * Writes an institution's entry for a year (a new version if one exists).
   *
   * @param caller the caller's institution: its member code, or {@code SYNERJOB} for an operator
   * @throws HubException 403 when the entry is another institution's; 400 naming each bad field
   */
  @Transactional
  public Entry put(
      Statistic statistic, String institution, int year, EntryIn in, String caller, String actor) {
    if (!INSTITUTIONS.contains(institution)) {
      throw HubException.notFound(
          "'" + institution + "' is not an institution; valid: " + new TreeSet<>(INSTITUTIONS));
    }
    if (!institution.equals(caller)) {
      throw HubException.forbidden(
          "Only " + institution + " edits its methodology entries; this key acts for " + caller);
    }
    List<FieldProblem> problems = validate(year, in);
    if (!problems.isEmpty()) {
      throw HubException.validation(
          problems.size()
              + " problem"
              + (problems.size() == 1 ? "" : "s")
              + " in the methodology entry",
          problems);
    }
    Map<String, Heading> ordered = new LinkedHashMap<>();
    for (HeadingKey k : HeadingKey.values()) {
      Heading h = in.headings().get(k.json());
      ordered.put(
          k.json(), new Heading(h.codes() == null ? List.of() : List.copyOf(h.codes()), h.text()));
    }
    String content =
        JSON.writeValueAsString(
            new Content(in.source(), ordered, in.breaks() == null ? List.of() : in.breaks()));
    boolean illustrative = Boolean.TRUE.equals(in.illustrative());
    Timestamp now = Timestamp.from(statistics.clock().instant());
    Optional<Entry> existing = find(statistic, institution, year);
    int version = existing.map(e -> e.version() + 1).orElse(1);
    if (existing.isPresent()) {
      jdbc.update(
          "INSERT INTO stat_methodology_version SELECT * FROM stat_methodology WHERE statistic = ? AND institution = ?"
              + " AND ref_year = ?",
          statistic.name(),
          institution,
          year);
      jdbc.update(
          "UPDATE stat_methodology SET version = ?, illustrative = ?, content = ?, updated_at = ?, updated_by = ?"
              + " WHERE statistic = ? AND institution = ? AND ref_year = ?",
          version,
          illustrative,
          content,
          now,
          actor,
          statistic.name(),
          institution,
          year);
    } else {
      jdbc.update(
          "INSERT INTO stat_methodology (statistic, institution, ref_year, version, illustrative, content,"
              + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          statistic.name(),
          institution,
          year,
          version,
          illustrative,
          content,
          now,
          actor);
    }
    audit.record(
        actor,
        institution.equals(Statistic.HUB) ? null : institution,
        AuditAction.METHODOLOGY_CHANGED,
        statistic + "/" + institution + "/" + year,
        "OK",
        "version " + version);
    return find(statistic, institution, year).orElseThrow();
  }

  static List<FieldProblem> validate(int year, EntryIn in) {
    List<FieldProblem> p = new ArrayList<>();
    if (year < 1990 || year > 2999) {
      p.add(FieldProblem.of("year", "invalid-year", year + " is not a reference year"));
    }
    if (in == null || in.headings() == null) {
      p.add(FieldProblem.of("headings", "required", "the framework's headings are required"));
      return p;
    }
    for (String k : in.headings().keySet()) {
      if (HeadingKey.parse(k).isEmpty()) {
        p.add(
            FieldProblem.of(
                "headings." + k,
                "unknown-heading",
                "'"
                    + k
                    + "' is not a heading; valid: "
                    + String.join(
                        ", ", Arrays.stream(HeadingKey.values()).map(HeadingKey::json).toList())));
      }
    }
    for (HeadingKey k : HeadingKey.values()) {
      String f = "headings." + k.json();
      Heading h = in.headings().get(k.json());
      if (h == null) {
        p.add(
            FieldProblem.of(
                f, "required", "the heading '" + k.label(Language.EN) + "' is required"));
        continue;
      }
      text(f + ".text", h.text(), p);
      List<String> codes = h.codes() == null ? List.of() : h.codes();
      for (int i = 0; i < codes.size(); i++) {
        String c = codes.get(i);
        String cf = f + ".codes[" + i + "]";
        Set<String> allowed =
            switch (k) {
              case CENSUS_UNIT -> CENSUS_UNITS;
              case UPDATE_FREQUENCY -> FREQUENCIES;
              case SCOPE_GEOGRAPHY -> GEOGRAPHY;
              case BREAKDOWNS -> dimensionNames();
              default -> null;
            };
        if (c == null || (allowed == null ? !CODE.matcher(c).matches() : !allowed.contains(c))) {
          p.add(
              FieldProblem.of(
                  cf,
                  "unknown-code",
                  "'"
                      + c
                      + "' is not valid here; "
                      + (allowed == null
                          ? "codes are A-Z, 0-9 and _"
                          : "valid: " + new TreeSet<>(allowed))));
        }
      }
      if ((k == HeadingKey.CENSUS_UNIT || k == HeadingKey.UPDATE_FREQUENCY) && codes.size() != 1) {
        p.add(FieldProblem.of(f + ".codes", "one-code", "give exactly one code"));
      }
    }
    List<SeriesBreak> breaks = in.breaks() == null ? List.of() : in.breaks();
    for (int i = 0; i < breaks.size(); i++) {
      SeriesBreak b = breaks.get(i);
      String f = "breaks[" + i + "]";
      if (b == null) {
        p.add(FieldProblem.of(f, "required", "a break is an object"));
        continue;
      }
      if (b.year() != year) {
        p.add(
            FieldProblem.of(
                f + ".year", "other-year", b.year() + " is not the entry's year " + year));
      }
      if (b.period() != null) {
        Optional<StatPeriod> sp = StatPeriod.parse(b.period());
        if (sp.isEmpty()
            || sp.get().frequency() != StatPeriod.Frequency.M
            || sp.get().year() != year) {
          p.add(
              FieldProblem.of(
                  f + ".period",
                  "invalid-period",
                  "'" + b.period() + "' is not a month YYYY-MM of " + year));
        }
      }
      if (b.cause() == null) {
        p.add(
            FieldProblem.of(
                f + ".cause", "required", "cause: REGULATORY, METHODOLOGICAL or TECHNICAL"));
      }
      if (b.affectedSeries() == null || b.affectedSeries().isEmpty()) {
        p.add(
            FieldProblem.of(
                f + ".affectedSeries", "required", "name the statistics the break affects"));
      } else {
        for (int j = 0; j < b.affectedSeries().size(); j++) {
          if (Statistic.parse(b.affectedSeries().get(j)).isEmpty()) {
            p.add(
                FieldProblem.of(
                    f + ".affectedSeries[" + j + "]",
                    "unknown-statistic",
                    "'" + b.affectedSeries().get(j) + "' is not a statistic"));
          }
        }
      }
      text(f + ".description", b.description(), p);
    }
    return p;
  }

  private static Set<String> dimensionNames() {
    Set<String> s = new TreeSet<>();
    for (Dimension d : Dimension.values()) {
      s.add(d.name());
    }
    return s;
  }

  private static void text(String field, Multilingual m, List<FieldProblem> p) {
    if (m == null) {
      p.add(FieldProblem.of(field, "required", "the text is required in nl, fr, de and en"));
      return;
    }
    for (Language l : Language.values()) {
      String t = m.in(l);
      if (t == null || t.isBlank()) {
        p.add(
            FieldProblem.of(
                field + "." + l.code(), "required", "the " + l.code() + " text is missing"));
      } else if (t.length() > 4000) {
        p.add(FieldProblem.of(field + "." + l.code(), "too-long", "at most 4,000 characters"));
      }
    }
  }

  /** An entry in one language. */
  public static Methodology.LocalisedEntry localise(Entry e, Language l) {
    List<Methodology.LocalisedHeading> hs = new ArrayList<>();
    for (HeadingKey k : HeadingKey.values()) {
      Heading h = e.headings().get(k.json());
      hs.add(
          new Methodology.LocalisedHeading(
              k.json(),
              k.label(l),
              h == null ? List.of() : h.codes(),
              h == null ? null : h.text().in(l)));
    }
    return new Methodology.LocalisedEntry(
        e.statistic(),
        e.institution(),
        e.year(),
        e.version(),
        e.illustrative(),
        e.source(),
        hs,
        breaks(e, l),
        e.updatedAt());
  }

  private static List<Methodology.LocalisedBreak> breaks(Entry e, Language l) {
    return e.breaks().stream()
        .map(
            b ->
                new Methodology.LocalisedBreak(
                    b.year(), b.period(), b.cause(), b.affectedSeries(), b.description().in(l)))
        .toList();
  }

  /**
   * Compares one statistic across the institutions that document it, with each institution's entry
   * in force in the year: per heading, on its codes when every institution gives codes, else on the
   * text in the language.
   */
  public Methodology.Comparison compare(Statistic statistic, int year, Language l) {
    List<Entry> entries = list(statistic, null, year);
    List<Methodology.HeadingComparison> out = new ArrayList<>();
    for (HeadingKey k : HeadingKey.values()) {
      Map<String, Methodology.LocalisedValue> values = new LinkedHashMap<>();
      boolean allCoded = !entries.isEmpty();
      for (Entry e : entries) {
        Heading h = e.headings().get(k.json());
        List<String> codes = h == null || h.codes() == null ? List.of() : h.codes();
        allCoded &= !codes.isEmpty();
        values.put(
            e.institution(),
            new Methodology.LocalisedValue(e.year(), codes, h == null ? null : h.text().in(l)));
      }
      Map<String, List<String>> groups = new LinkedHashMap<>();
      for (var v : values.entrySet()) {
        String key =
            allCoded
                ? String.join(",", new TreeSet<>(v.getValue().codes()))
                : normalise(v.getValue().text());
        groups.computeIfAbsent(key, x -> new ArrayList<>()).add(v.getKey());
      }
      Methodology.Verdict verdict;
      if (values.size() <= 1) {
        verdict = Methodology.Verdict.SINGLE;
      } else if (groups.size() == 1) {
        verdict = Methodology.Verdict.CONVERGE;
      } else if (groups.size() == values.size()) {
        verdict = Methodology.Verdict.DIVERGE;
      } else {
        verdict = Methodology.Verdict.PARTIAL;
      }
      out.add(
          new Methodology.HeadingComparison(
              k.json(),
              k.label(l),
              allCoded ? "codes" : "text",
              verdict,
              values,
              new ArrayList<>(groups.values())));
    }
    Map<String, List<Methodology.LocalisedBreak>> breaks = new TreeMap<>();
    for (Entry e : list(statistic, null, null)) {
      if (e.year() <= year && !e.breaks().isEmpty()) {
        breaks.computeIfAbsent(e.institution(), x -> new ArrayList<>()).addAll(breaks(e, l));
      }
    }
    return new Methodology.Comparison(
        statistic.name(),
        statistic.label(l),
        year,
        l.code(),
        entries.stream().map(Entry::institution).toList(),
        out,
        breaks);
  }

  private static String normalise(String s) {
    return s == null ? "" : s.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The months where a break is recorded for a statistic of an institution (from any entry naming
   * the statistic among its affected series).
   */
  public Set<String> breakMonths(Statistic statistic, String institution) {
    Set<String> out = new TreeSet<>();
    for (Statistic s : Statistic.values()) {
      for (Entry e : list(s, institution, null)) {
        for (SeriesBreak b : e.breaks()) {
          if (b.affectedSeries().contains(statistic.name())) {
            out.add(b.period() != null ? b.period() : String.format("%04d-01", b.year()));
          }
        }
      }
    }
    return out;
  }

  /** Writes an entry without the ownership check, for the shipped catalogue. */
  @Transactional
  void seed(Statistic statistic, String institution, int year, EntryIn in) {
    if (find(statistic, institution, year).isPresent()) {
      return;
    }
    put(statistic, institution, year, in, institution, "hub:seed");
  }
}
