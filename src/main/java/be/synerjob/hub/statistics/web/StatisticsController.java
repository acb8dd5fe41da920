package be.synerjob.hub.statistics.web;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.organisation.ApiPrincipal;
import be.synerjob.hub.statistics.Dimension;
import be.synerjob.hub.statistics.Methodologies;
import be.synerjob.hub.statistics.Methodology;
import be.synerjob.hub.statistics.Publication;
import be.synerjob.hub.statistics.StatPeriod;
import be.synerjob.hub.statistics.Statistic;
import be.synerjob.hub.statistics.Statistics;
import be.synerjob.hub.statistics.Submissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Harmonised statistics: open data and reference metadata without a key (GET), members' uploads and
 * methodology edits with a key.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics")
class StatisticsController {

  static final MediaType SDMX_CSV =
      MediaType.parseMediaType("application/vnd.sdmx.data+csv;version=2.0.0");

  private final Statistics statistics;
  private final Publication publication;
  private final Methodologies methodologies;
  private final Submissions submissions;
  private final JsonMapper json;

  StatisticsController(
      Statistics statistics,
      Publication publication,
      Methodologies methodologies,
      Submissions submissions,
      JsonMapper json) {
    this.statistics = statistics;
    this.publication = publication;
    this.methodologies = methodologies;
    this.submissions = submissions;
    this.json = json;
  }

  record DimensionInfo(String id, String label, boolean additive, Map<String, String> codes) {}

  record StatisticInfo(
      String code,
      String label,
      String source,
      String dataflow,
      List<String> dimensions,
      Map<String, String> links) {}

  @GetMapping
  @Operation(summary = "The statistics published, with their dimensions and links (no key needed)")
  List<StatisticInfo> list(@RequestParam(defaultValue = "en") String lang) {
    Language l = language(lang);
    List<StatisticInfo> out = new ArrayList<>();
    for (Statistic s : Statistic.values()) {
      String base = "/api/v1/statistics/" + s.name();
      out.add(
          new StatisticInfo(
              s.name(),
              s.label(l),
              s.source().name(),
              Publication.structureId(s),
              s.dimensions().stream().map(Enum::name).toList(),
              Map.of(
                  "data", base + "/data?format=sdmx&lang=" + l.code(),
                  "methodology", base + "/methodology?lang=" + l.code(),
                  "comparison", base + "/methodology/comparison?lang=" + l.code())));
    }
    return out;
  }

  @GetMapping("/codelists")
  @Operation(summary = "Every dimension with its codes and labels in the language")
  List<DimensionInfo> codelists(@RequestParam(defaultValue = "en") String lang) {
    Language l = language(lang);
    List<DimensionInfo> out = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      Map<String, String> codes = new LinkedHashMap<>();
      d.codes().forEach((c, m) -> codes.put(c, m.in(l)));
      out.add(new DimensionInfo(d.name(), d.label(l), d.additive(), codes));
    }
    return out;
  }

  @GetMapping("/{statistic}/data")
  @Operation(
      summary = "Observations as JSON, CSV (labels in the language) or SDMX-CSV 2.0",
      description =
          "format=json|csv|sdmx (or Accept: application/vnd.sdmx.data+csv). Counts below the suppression"
              + " threshold are hidden (CONF_STATUS C) with the cells that would reveal them (D);"
              + " OBS_STATUS B marks a break in series recorded in the methodology, P a provisional value."
              + " Filters: institution, freq (M, Q, A), from and to (periods).")
  void data(
      @PathVariable String statistic,
      @RequestParam(required = false) String format,
      @RequestParam(defaultValue = "en") String lang,
      @RequestParam(required = false) String institution,
      @RequestParam(required = false) String freq,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Statistic s = statistic(statistic);
    Language l = language(lang);
    String f = format(format, request);
    if (freq != null && !List.of("M", "Q", "A").contains(freq.toUpperCase(Locale.ROOT))) {
      throw HubException.invalidParameter("freq", "'" + freq + "' is not M, Q or A");
    }
    List<Publication.Published> data =
        publication.data(
            s,
            institution == null ? null : institution.trim().toUpperCase(Locale.ROOT),
            freq == null ? null : freq.toUpperCase(Locale.ROOT),
            period("from", from),
            period("to", to));
    String file = s.name().toLowerCase(Locale.ROOT);
    switch (f) {
      case "sdmx" -> {
        response.setContentType(SDMX_CSV + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + file + ".sdmx.csv\"");
        try (Writer w = writer(response)) {
          publication.writeSdmx(s, data, w);
        }
      }
      case "csv" -> {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
            "Content-Disposition", "inline; filename=\"" + file + "." + l.code() + ".csv\"");
        try (Writer w = writer(response)) {
          publication.writeCsv(s, data, l, w);
        }
      }
      default -> {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statistic", s.name());
        body.put("label", s.label(l));
        body.put("dataflow", Publication.structureId(s));
        body.put("language", l.code());
        body.put("suppressionThreshold", publication.threshold());
        body.put("methodology", "/api/v1/statistics/" + s.name() + "/methodology?lang=" + l.code());
        body.put("observations", data);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
      }
    }
  }

  @GetMapping("/{statistic}/methodology")
  @Operation(
      summary =
          "Reference metadata: the methodology entries of a statistic in one language (JSON or CSV)",
      description =
          "With year: each institution's entry in force that year; without: every year. format=json|csv.")
  void methodology(
      @PathVariable String statistic,
      @RequestParam(defaultValue = "en") String lang,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String institution,
      @RequestParam(required = false) String format,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Statistic s = statistic(statistic);
    Language l = language(lang);
    List<Methodology.LocalisedEntry> entries =
        methodologies
            .list(s, institution == null ? null : institution.trim().toUpperCase(Locale.ROOT), year)
            .stream()
            .map(e -> Methodologies.localise(e, l))
            .toList();
    if ("csv".equals(format(format, request))) {
      response.setContentType("text/csv;charset=UTF-8");
      response.setHeader(
          "Content-Disposition",
          "inline; filename=\""
              + s.name().toLowerCase(Locale.ROOT)
              + ".methodology."
              + l.code()
              + ".csv\"");
      try (Writer w = writer(response)) {
        Publication.writeMethodologyCsv(entries, w);
      }
    } else {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      json.writeValue(
          response.getOutputStream(),
          Map.of(
              "statistic",
              s.name(),
              "label",
              s.label(l),
              "language",
              l.code(),
              "entries",
              entries));
    }
  }

  @GetMapping("/{statistic}/methodology/comparison")
  @Operation(
      summary =
          "One statistic side by side across institutions: per heading, where they converge or diverge")
  Methodology.Comparison comparison(
      @PathVariable String statistic,
      @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "en") String lang) {
    return methodologies.compare(
        statistic(statistic),
        year == null ? statistics.currentMonth().getYear() : year,
        language(lang));
  }

  @GetMapping("/{statistic}/methodology/{institution}/{year}/versions")
  @Operation(summary = "The earlier versions of a methodology entry, newest first")
  List<Methodology.Entry> versions(
      @PathVariable String statistic, @PathVariable String institution, @PathVariable int year) {
    return methodologies.versions(statistic(statistic), institution.toUpperCase(Locale.ROOT), year);
  }

  @PutMapping(
      value = "/{statistic}/methodology/{institution}/{year}",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyAuthority('SCOPE_statistics:submit', 'SCOPE_admin')")
  @SecurityRequirement(name = "apiKey")
  @Operation(
      summary = "Write the institution's methodology entry for a year (its own entries only)",
      description =
          "Every heading with its text in nl, fr, de and en (and codes where comparable); series breaks of"
              + " the year. A member key edits its member's entries; an operator key edits SYNERJOB's (the hub's"
              + " computed statistics). Another institution's entry: 403.")
  Methodology.Entry put(
      @PathVariable String statistic,
      @PathVariable String institution,
      @PathVariable int year,
      @RequestBody Methodology.EntryIn body) {
    ApiPrincipal p = ApiPrincipal.current();
    String caller = p.isOperator() ? Statistic.HUB : p.member().value();
    return methodologies.put(
        statistic(statistic), institution.toUpperCase(Locale.ROOT), year, body, caller, p.actor());
  }

  @PostMapping(
      value = "/submissions",
      consumes = {"text/csv", "text/plain"})
  @PreAuthorize("hasAuthority('SCOPE_statistics:submit')")
  @SecurityRequirement(name = "apiKey")
  @Operation(
      summary = "Upload the member's figures as CSV",
      description =
          "Header: statistic, period, value and breakdown columns (region, province, sex, age, education,"
              + " duration, training_type); an empty cell is the total _T. A statistic and period already"
              + " submitted needs ?reason=… (409 otherwise); the earlier values stay in the revision history.")
  Submissions.Receipt submitCsv(
      @RequestParam(required = false) String reason, HttpServletRequest request)
      throws IOException {
    ApiPrincipal p = ApiPrincipal.current();
    return submissions.submitCsv(
        p.requireMember(),
        new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8),
        reason,
        p.actor());
  }

  @PostMapping(value = "/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAuthority('SCOPE_statistics:submit')")
  @SecurityRequirement(name = "apiKey")
  @Operation(
      summary =
          "Upload the member's figures as JSON: {reason, observations:[{statistic, period, dimensions, value}]}")
  Submissions.Receipt submitJson(
      @RequestParam(required = false) String reason, @RequestBody Submissions.Upload upload) {
    ApiPrincipal p = ApiPrincipal.current();
    return submissions.submitJson(p.requireMember(), upload, reason, p.actor());
  }

  @GetMapping("/submissions")
  @PreAuthorize("hasAuthority('SCOPE_statistics:submit')")
  @SecurityRequirement(name = "apiKey")
  @Operation(summary = "The member's submissions, newest first")
  List<Submissions.Submission> mySubmissions(@RequestParam(defaultValue = "200") int limit) {
    return submissions.list(
        ApiPrincipal.current().requireMember().value(), Math.min(Math.max(limit, 1), 1000));
  }

  @GetMapping("/{statistic}/revisions")
  @Operation(summary = "Recorded revisions of final values, newest first (small counts hidden)")
  List<Map<String, Object>> revisions(
      @PathVariable String statistic,
      @RequestParam(required = false) String institution,
      @RequestParam(defaultValue = "200") int limit) {
    return publication.revisions(
        statistic(statistic),
        institution == null ? null : institution.toUpperCase(Locale.ROOT),
        Math.min(Math.max(limit, 1), 1000));
  }

  @PostMapping("/recompute")
  @PreAuthorize("hasAuthority('SCOPE_admin')")
  @SecurityRequirement(name = "apiKey")
  @Operation(summary = "Recompute the hub's statistics for a range of months (operator)")
  Statistics.ComputeReport recompute(
      @RequestParam String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "on-demand recomputation") String reason) {
    YearMonth f = month("from", from);
    YearMonth t = to == null ? statistics.currentMonth() : month("to", to);
    if (t.isBefore(f)) {
      throw HubException.invalidParameter("to", "is before from");
    }
    return statistics.compute(f, t, reason, ApiPrincipal.current().actor());
  }

  private static YearMonth month(String name, String v) {
    StatPeriod p = period(name, v);
    if (p.frequency() != StatPeriod.Frequency.M) {
      throw HubException.invalidParameter(name, "'" + v + "' is not a month YYYY-MM");
    }
    return p.firstMonth();
  }

  private static StatPeriod period(String name, String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    return StatPeriod.parse(v)
        .orElseThrow(
            () ->
                HubException.invalidParameter(
                    name, "'" + v + "' is not a period YYYY-MM, YYYY-Qn or YYYY"));
  }

  static Statistic statistic(String s) {
    return Statistic.parse(s)
        .orElseThrow(
            () ->
                HubException.notFound(
                    "'"
                        + s
                        + "' is not a statistic; valid: "
                        + String.join(
                            ", ",
                            java.util.Arrays.stream(Statistic.values()).map(Enum::name).toList())));
  }

  static Language language(String lang) {
    return Language.parse(lang)
        .orElseThrow(
            () -> HubException.invalidParameter("lang", "'" + lang + "' is not nl, fr, de or en"));
  }

  private static String format(String format, HttpServletRequest request) {
    if (format != null) {
      String f = format.trim().toLowerCase(Locale.ROOT);
      if (!List.of("json", "csv", "sdmx").contains(f)) {
        throw HubException.invalidParameter("format", "'" + format + "' is not json, csv or sdmx");
      }
      return f;
    }
    String accept = request.getHeader("Accept");
    if (accept != null) {
      if (accept.contains("application/vnd.sdmx.data+csv")) {
        return "sdmx";
      }
      if (accept.contains("text/csv")) {
        return "csv";
      }
    }
    return "json";
  }

  private static Writer writer(HttpServletResponse response) throws IOException {
    return new java.io.BufferedWriter(
        new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
  }
}
