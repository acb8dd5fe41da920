package be.synerjob.hub.matching.web;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.matching.MobilityFigures;
import be.synerjob.hub.organisation.ApiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringReader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reporting mobility outcomes (members) and the published figures (open, no key). */
@RestController
@Tag(name = "Mobility figures")
class MobilityController {

  private final MobilityFigures figures;

  MobilityController(MobilityFigures figures) {
    this.figures = figures;
  }

  record Outcomes(List<MobilityFigures.Outcome> outcomes) {}

  @PostMapping(value = "/api/v1/mobility/outcomes", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAuthority('SCOPE_jobseekers:manage')")
  @SecurityRequirement(name = "apiKey")
  @Operation(
      summary = "Report mobility outcomes (idempotent by your outcome id)",
      description =
          "Up to 5,000 per request; also accepted as text/csv with the columns of docs/matching.md.")
  Map<String, Object> report(@RequestBody Outcomes body) {
    if (body == null || body.outcomes() == null) {
      throw HubException.invalidParameter("outcomes", "is required");
    }
    return result(body.outcomes());
  }

  @PostMapping(value = "/api/v1/mobility/outcomes", consumes = "text/csv")
  @PreAuthorize("hasAuthority('SCOPE_jobseekers:manage')")
  @SecurityRequirement(name = "apiKey")
  @Operation(summary = "Report mobility outcomes as CSV")
  Map<String, Object> reportCsv(@RequestBody String csv) {
    return result(MobilityFigures.readCsv(new StringReader(csv)));
  }

  private Map<String, Object> result(List<MobilityFigures.Outcome> outcomes) {
    ApiPrincipal me = ApiPrincipal.current();
    List<MobilityFigures.Reported> r = figures.report(me.requireMember(), outcomes, me.actor());
    Map<String, Long> counts = new TreeMap<>();
    r.forEach(x -> counts.merge(x.status(), 1L, Long::sum));
    return Map.of("counts", counts, "results", r);
  }

  @GetMapping("/api/v1/mobility/figures/flows")
  @Operation(
      summary = "Persons by origin and destination region, per month or year (JSON or CSV)",
      description =
          "kind: HIRED (default), TRAINED or CROSS_BORDER_TRAINING; by: month (default) or year.")
  ResponseEntity<?> flows(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "HIRED") String kind,
      @RequestParam(defaultValue = "month") String by,
      @RequestParam(defaultValue = "json") String format) {
    MobilityFigures.Kind k;
    try {
      k = MobilityFigures.Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw HubException.invalidParameter(
          "kind", "must be HIRED, TRAINED or CROSS_BORDER_TRAINING");
    }
    if (!by.equals("month") && !by.equals("year")) {
      throw HubException.invalidParameter("by", "must be month or year");
    }
    List<MobilityFigures.Flow> rows =
        figures.flows(
            month("from", from, YearMonth.of(2000, 1)),
            month("to", to, YearMonth.now()),
            k,
            by.equals("year"));
    if (csv(format)) {
      StringBuilder b = new StringBuilder("period,kind,originRegion,destinationRegion,persons\n");
      rows.forEach(
          f ->
              b.append(f.period())
                  .append(',')
                  .append(f.kind())
                  .append(',')
                  .append(f.originRegion())
                  .append(',')
                  .append(f.destinationRegion())
                  .append(',')
                  .append(f.persons())
                  .append('\n'));
      return csvResponse(b, "mobility-flows.csv");
    }
    return ResponseEntity.ok(Map.of("kind", k, "by", by, "flows", rows));
  }

  @GetMapping("/api/v1/mobility/figures/training")
  @Operation(
      summary =
          "Vocational-training flows: trainees of one service trained by another's centres, per year")
  ResponseEntity<?> training(
      @RequestParam(defaultValue = "2000") int from,
      @RequestParam(defaultValue = "2100") int to,
      @RequestParam(defaultValue = "json") String format) {
    List<MobilityFigures.TrainingFlow> rows = figures.trainingFlows(from, to);
    if (csv(format)) {
      StringBuilder b = new StringBuilder("year,originMember,destinationMember,persons\n");
      rows.forEach(
          f ->
              b.append(f.year())
                  .append(',')
                  .append(f.originMember())
                  .append(',')
                  .append(f.destinationMember())
                  .append(',')
                  .append(f.persons())
                  .append('\n'));
      return csvResponse(b, "training-flows.csv");
    }
    return ResponseEntity.ok(Map.of("flows", rows));
  }

  @GetMapping("/api/v1/mobility/figures/cross-border")
  @Operation(
      summary = "Cross-border in-company trainings per year, origin region and destination country")
  ResponseEntity<?> crossBorder(
      @RequestParam(defaultValue = "2000") int from,
      @RequestParam(defaultValue = "2100") int to,
      @RequestParam(defaultValue = "json") String format) {
    List<MobilityFigures.Flow> rows = figures.crossBorder(from, to);
    if (csv(format)) {
      StringBuilder b = new StringBuilder("year,originRegion,destinationCountry,persons\n");
      rows.forEach(
          f ->
              b.append(f.period())
                  .append(',')
                  .append(f.originRegion())
                  .append(',')
                  .append(f.destinationRegion())
                  .append(',')
                  .append(f.persons())
                  .append('\n'));
      return csvResponse(b, "cross-border-trainings.csv");
    }
    return ResponseEntity.ok(Map.of("flows", rows));
  }

  private static boolean csv(String format) {
    if (format.equals("csv")) {
      return true;
    }
    if (!format.equals("json")) {
      throw HubException.invalidParameter("format", "must be json or csv");
    }
    return false;
  }

  private static ResponseEntity<String> csvResponse(StringBuilder b, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .body(b.toString());
  }

  private static YearMonth month(String name, String value, YearMonth dflt) {
    if (value == null || value.isBlank()) {
      return dflt;
    }
    try {
      return YearMonth.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw HubException.invalidParameter(name, "must be a month as YYYY-MM");
    }
  }
}
