package be.synerjob.hub.reference.web;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.reference.CodeCheck;
import be.synerjob.hub.reference.CodeUse;
import be.synerjob.hub.reference.CompetenceSet;
import be.synerjob.hub.reference.ConceptKind;
import be.synerjob.hub.reference.ConceptProfile;
import be.synerjob.hub.reference.Crosswalk;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.reference.ReferenceReleases;
import be.synerjob.hub.reference.ReleaseDiff;
import be.synerjob.hub.reference.ReleaseInfo;
import be.synerjob.hub.reference.Scheme;
import be.synerjob.hub.reference.SuggestType;
import be.synerjob.hub.reference.Suggestion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public, key-less read API of the occupation and competence reference (open data). Every
 * answer carries the ESCO attribution.
 */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(
    name = "Reference",
    description =
        "ESCO, ISCO-08, ROME and Competent: look-up, autocomplete, crosswalks, releases and diffs."
            + " Public, no API key. This service uses the ESCO classification of the European"
            + " Commission.")
class ReferenceController {

  private static final CacheControl PUBLIC = CacheControl.maxAge(java.time.Duration.ofMinutes(5));
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final Reference reference;
  private final ReferenceReleases releases;
  private final JsonMapper json;

  ReferenceController(Reference reference, ReferenceReleases releases, JsonMapper json) {
    this.reference = reference;
    this.releases = releases;
    this.json = json;
  }

  @GetMapping(value = "/occupations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "An occupation with its labels, skills, ISCO group, crosswalks and digital skills",
      description =
          "id: an ESCO occupation URI (URL-encoded), esco:<uuid>, esco:<ESCO code such as 7212.1>,"
              + " isco:<code>, rome:<ROME code or job title code>. Labels in en, nl, fr and de with"
              + " the release each comes from.")
  ResponseEntity<ConceptProfile> occupation(@PathVariable String id) {
    return ResponseEntity.ok().cacheControl(PUBLIC).body(reference.occupation(id));
  }

  @GetMapping(value = "/skills/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "A skill or Competent competence with its labels, hierarchy, sets and crosswalks",
      description =
          "id: an ESCO skill URI (URL-encoded), esco:<uuid>, competent:<code such as KN-10>.")
  ResponseEntity<ConceptProfile> skill(@PathVariable String id) {
    return ResponseEntity.ok().cacheControl(PUBLIC).body(reference.skill(id));
  }

  /** The autocomplete answer. */
  record Suggestions(String query, List<Suggestion> results, String attribution) {}

  @GetMapping(value = "/autocomplete", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Suggest concepts for what someone types",
      description =
          "Prefix, accent and case insensitive, tolerant of one typo; every label (preferred and"
              + " alternative) of every active concept. lang: nl, fr, de or en (default: all)."
              + " type: occupation, skill, rome, competent, isco, comma-separated (default: all).")
  ResponseEntity<Suggestions> autocomplete(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) String type,
      @RequestParam(required = false, defaultValue = "10") int limit) {
    Language language = language(lang);
    Set<SuggestType> types = types(type);
    return ResponseEntity.ok()
        .cacheControl(PUBLIC)
        .body(
            new Suggestions(
                q, reference.autocomplete(q, language, types, limit), Reference.ESCO_ATTRIBUTION));
  }

  @GetMapping(value = "/crosswalk", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Translate a code into another scheme",
      description =
          "code: an id as for the occupation and skill pages (rome:M1805, competent:KN-10, an ESCO"
              + " URI, isco:7212). to: esco, rome, competent or isco. One-to-many, with the SKOS"
              + " relation read from the source and the release that states it.")
  ResponseEntity<Crosswalk> crosswalk(
      @RequestParam(required = false) String code, @RequestParam(required = false) String to) {
    if (code == null || code.isBlank()) {
      throw HubException.invalidParameter("code", "is required (for example rome:M1805)");
    }
    if (to == null || to.isBlank()) {
      throw HubException.invalidParameter(
          "to", "is required; valid values: " + Scheme.validValues());
    }
    return ResponseEntity.ok()
        .cacheControl(PUBLIC)
        .body(reference.crosswalk(code, ReferenceReleases.scheme("to", to)));
  }

  @GetMapping(value = "/check", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Check a code as vacancy validation does",
      description =
          "scheme: esco, isco, rome or competent; use: occupation (default) or competence;"
              + " release: default the scheme's newest.")
  CodeCheck check(
      @RequestParam(required = false) String scheme,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String release,
      @RequestParam(required = false, defaultValue = "occupation") String use) {
    if (code == null || code.isBlank()) {
      throw HubException.invalidParameter("code", "is required");
    }
    CodeUse u;
    switch (use.trim().toLowerCase(Locale.ROOT)) {
      case "occupation":
        u = CodeUse.OCCUPATION;
        break;
      case "competence":
        u = CodeUse.COMPETENCE;
        break;
      default:
        throw HubException.invalidParameter(
            "use", "'" + use + "' is not valid; valid values: occupation, competence");
    }
    return reference.check(ReferenceReleases.scheme("scheme", scheme), code, release, u);
  }

  /** The list of releases. */
  record Releases(List<ReleaseInfo> releases, String attribution) {}

  @GetMapping(value = "/releases", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The loaded releases of every scheme, with sources, files and counts")
  Releases releases() {
    return new Releases(releases.releases(), Reference.ESCO_ATTRIBUTION);
  }

  @GetMapping(value = "/releases/{scheme}/{release}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "One loaded release")
  ReleaseInfo release(@PathVariable String scheme, @PathVariable String release) {
    return releases.release(ReferenceReleases.scheme("scheme", scheme), release);
  }

  @GetMapping(value = "/releases/{scheme}/{from}/diff/{to}")
  @Operation(
      summary = "What changed between two releases of a scheme",
      description =
          "JSON by default (summary, added, deprecated, relabelled, code changes; detail=full adds"
              + " every label and relation change). format=csv or Accept: text/csv downloads the"
              + " full diff as CSV; format=json downloads the JSON. kind: occupation, skill,"
              + " skill-group, isco-group, job-title.")
  ResponseEntity<StreamingResponseBody> diff(
      @PathVariable String scheme,
      @PathVariable String from,
      @PathVariable String to,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String detail,
      @RequestParam(required = false) String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    Scheme s = ReferenceReleases.scheme("scheme", scheme);
    ConceptKind k = ReferenceReleases.kind("kind", kind);
    String f = format == null ? null : format.trim().toLowerCase(Locale.ROOT);
    if (f != null && !f.equals("csv") && !f.equals("json")) {
      throw HubException.invalidParameter("format", "'" + format + "'; valid values: json, csv");
    }
    boolean csv =
        "csv".equals(f)
            || (f == null
                && accept != null
                && accept.toLowerCase(Locale.ROOT).contains("text/csv"));
    boolean full;
    if (detail == null) {
      full = csv;
    } else if (detail.equalsIgnoreCase("full")) {
      full = true;
    } else if (detail.equalsIgnoreCase("summary")) {
      full = false;
    } else {
      throw HubException.invalidParameter(
          "detail", "'" + detail + "'; valid values: summary, full");
    }
    ReleaseDiff d = releases.diff(s, from, to, k, full);
    String name =
        s.prefix() + "-" + from + "-to-" + to + (k == null ? "" : "-" + k.code()) + "-diff";
    if (csv) {
      StreamingResponseBody body =
          out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            releases.writeCsv(d, w);
            w.flush();
          };
      return ResponseEntity.ok()
          .contentType(CSV)
          .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".csv"))
          .body(body);
    }
    ResponseEntity.BodyBuilder b = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
    if ("json".equals(f)) {
      b.header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".json"));
    }
    return b.body(out -> json.writeValue(out, d));
  }

  @GetMapping(value = "/releases/{scheme}/{release}/archive", produces = "application/zip")
  @Operation(
      summary = "The release's data archive (ZIP of CSV files)",
      description =
          "concepts.csv, labels.csv, relations.csv, collections.csv (ESCO), reviews.csv, the diff"
              + " from the previous release (CSV and JSON) and a README with sources and"
              + " attribution.")
  ResponseEntity<StreamingResponseBody> archive(
      @PathVariable String scheme, @PathVariable String release) {
    Scheme s = ReferenceReleases.scheme("scheme", scheme);
    releases.release(s, release); // 404 before the response starts
    StreamingResponseBody body = out -> releases.writeArchive(s, release, out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(s.prefix() + "-" + release + ".zip"))
        .body(body);
  }

  /** The list of competence sets. */
  record Sets(List<CompetenceSet> sets, String rule, String attribution) {}

  @GetMapping(value = "/competence-sets", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Competence sets: competences grouped under short labels")
  ResponseEntity<Sets> competenceSets() {
    return ResponseEntity.ok()
        .cacheControl(PUBLIC)
        .body(
            new Sets(
                reference.competenceSets(),
                "One set per level-2 group of the ESCO skills hierarchy; an ESCO skill belongs to"
                    + " the level-2 groups above it, a Competent competence to the sets of its"
                    + " exact and close ESCO matches (docs/reference.md).",
                Reference.ESCO_ATTRIBUTION));
  }

  @GetMapping(value = "/competence-sets/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "One competence set with its ESCO skills and Competent competences")
  ResponseEntity<CompetenceSet> competenceSet(
      @Parameter(description = "set:S1.1 or S1.1") @PathVariable String id) {
    return ResponseEntity.ok().cacheControl(PUBLIC).body(reference.competenceSet(id));
  }

  private static String attachment(String filename) {
    return ContentDisposition.attachment().filename(filename).build().toString();
  }

  static Language language(String lang) {
    if (lang == null || lang.isBlank()) {
      return null;
    }
    return Language.parse(lang)
        .orElseThrow(
            () ->
                HubException.invalidParameter(
                    "lang",
                    "'" + lang + "' is not a language of the hub; valid values: nl, fr, de, en"));
  }

  private static Set<SuggestType> types(String type) {
    if (type == null || type.isBlank()) {
      return EnumSet.allOf(SuggestType.class);
    }
    Set<SuggestType> out = EnumSet.noneOf(SuggestType.class);
    for (String t : type.split(",")) {
      out.add(
          SuggestType.parse(t)
              .orElseThrow(
                  () ->
                      HubException.invalidParameter(
                          "type",
                          "'"
                              + t.trim()
                              + "' is not a suggestion type; valid values: "
                              + SuggestType.validValues())));
    }
    return out;
  }
}
