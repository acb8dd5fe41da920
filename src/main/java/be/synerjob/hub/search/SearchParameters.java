package be.synerjob.hub.search;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.Municipality;
import be.synerjob.hub.geo.PostcodeArea;
import be.synerjob.hub.geo.Province;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.reference.Concept;
import be.synerjob.hub.reference.ConceptKind;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.vacancy.ContractType;
import be.synerjob.hub.vacancy.WorkRegime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a {@link SearchQuery}: every code must be known, else a 400 problem that names the
 * parameter and lists the valid values (or, for occupations and competences, the accepted forms).
 */
final class SearchParameters {

  private static final Pattern ROME = Pattern.compile("[A-Na-n][0-9]{4}");
  private static final Pattern ISCO = Pattern.compile("[0-9]{1,4}");
  private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

  /** A language requirement filter: the language, and the candidate's level (0: any). */
  record LanguageFilter(String language, int maxLevel) {}

  /** A checked query. */
  record Parsed(
      String q,
      Language lang,
      Set<String> members,
      Set<String> regions,
      Set<String> provinces,
      String postcode,
      String nisCode,
      Double latitude,
      Double longitude,
      Double radiusKm,
      Set<String> occupations,
      Set<String> competences,
      Set<String> contracts,
      Set<String> regimes,
      List<LanguageFilter> languages,
      LocalDate since,
      Boolean activeManagement,
      boolean collapse,
      String sort,
      String cursor,
      int limit,
      boolean facets) {

    boolean hasCentre() {
      return latitude != null;
    }
  }

  private final Members members;
  private final Reference reference;
  private final Gazetteer gazetteer;
  private final int maxLimit;

  SearchParameters(Members members, Reference reference, Gazetteer gazetteer, int maxLimit) {
    this.members = members;
    this.reference = reference;
    this.gazetteer = gazetteer;
    this.maxLimit = maxLimit;
  }

  Parsed parse(SearchQuery s) {
    String q = s.q() == null || s.q().isBlank() ? null : s.q().trim();
    if (q != null && q.length() > 500) {
      throw HubException.invalidParameter("q", "at most 500 characters");
    }
    Language lang = null;
    if (s.lang() != null && !s.lang().isBlank()) {
      lang =
          Language.parse(s.lang()).orElseThrow(() -> invalid("lang", s.lang(), "nl, fr, de, en"));
    }
    Set<String> memberCodes = new LinkedHashSet<>();
    List<MemberCode> known = members.codes();
    for (String m : s.members()) {
      String v = m.trim().toUpperCase(Locale.ROOT);
      if (known.stream().noneMatch(k -> k.value().equals(v))) {
        throw invalid(
            "member", m, known.stream().map(MemberCode::value).collect(Collectors.joining(", ")));
      }
      memberCodes.add(v);
    }
    Set<String> regions = new LinkedHashSet<>();
    for (String r : s.regions()) {
      regions.add(
          Region.parse(r)
              .orElseThrow(
                  () ->
                      invalid(
                          "region",
                          r,
                          Arrays.stream(Region.values())
                              .map(x -> x.code() + " (" + x.name() + ")")
                              .collect(Collectors.joining(", "))))
              .code());
    }
    Set<String> provinces = new LinkedHashSet<>();
    for (String p : s.provinces()) {
      provinces.add(
          Province.parse(p)
              .orElseThrow(
                  () ->
                      invalid(
                          "province",
                          p,
                          Arrays.stream(Province.values())
                              .map(Province::isoCode)
                              .collect(Collectors.joining(", "))))
              .isoCode());
    }
    String postcode = null;
    String nis = null;
    Double lat = null;
    Double lon = null;
    if (s.postcode() != null && !s.postcode().isBlank()) {
      PostcodeArea a =
          Gazetteer.normalizePostcode(s.postcode())
              .flatMap(gazetteer::postcode)
              .orElseThrow(
                  () ->
                      HubException.invalidParameter(
                          "postcode", "'" + s.postcode() + "' is not a Belgian postcode"));
      postcode = a.postcode();
      lat = a.latitude();
      lon = a.longitude();
    }
    if (s.municipality() != null && !s.municipality().isBlank()) {
      if (postcode != null) {
        throw HubException.invalidParameter(
            "municipality", "give either postcode or municipality, not both");
      }
      Municipality m =
          gazetteer
              .municipality(s.municipality().trim())
              .orElseThrow(
                  () ->
                      HubException.invalidParameter(
                          "municipality",
                          "'"
                              + s.municipality()
                              + "' is not a NIS code of a Belgian municipality (5 digits, for"
                              + " example 53053 for Mons)"));
      nis = m.nisCode();
      Optional<PostcodeArea> main = gazetteer.postcode(m.mainPostcode());
      if (main.isPresent()) {
        lat = main.get().latitude();
        lon = main.get().longitude();
      }
    }
    Double radius = null;
    if (s.radiusKm() != null && !s.radiusKm().isBlank()) {
      try {
        radius = Double.parseDouble(s.radiusKm().trim());
      } catch (NumberFormatException e) {
        throw HubException.invalidParameter("radiusKm", "'" + s.radiusKm() + "' is not a number");
      }
      if (!(radius > 0 && radius <= 300)) {
        throw HubException.invalidParameter("radiusKm", "must be above 0 and at most 300 km");
      }
      if (lat == null) {
        throw HubException.invalidParameter(
            "radiusKm", "needs a centre: give postcode or municipality");
      }
    }
    Set<String> occupations = new LinkedHashSet<>();
    for (String o : s.occupations()) {
      occupations.add(occupation(o));
    }
    Set<String> competences = new LinkedHashSet<>();
    for (String c : s.competences()) {
      competences.add(competence(c));
    }
    Set<String> contracts = new LinkedHashSet<>();
    for (String c : s.contracts()) {
      contracts.add(enumValue("contract", c, ContractType.class).name());
    }
    Set<String> regimes = new LinkedHashSet<>();
    for (String r : s.regimes()) {
      regimes.add(enumValue("regime", r, WorkRegime.class).name());
    }
    List<LanguageFilter> languages = new ArrayList<>();
    for (String l : s.languages()) {
      languages.add(language(l));
    }
    LocalDate since = null;
    if (s.since() != null && !s.since().isBlank()) {
      try {
        since = LocalDate.parse(s.since().trim());
      } catch (DateTimeParseException e) {
        throw HubException.invalidParameter(
            "since", "'" + s.since() + "' is not an ISO date such as 2026-11-01");
      }
    }
    Boolean active = null;
    if (s.activeManagement() != null && !s.activeManagement().isBlank()) {
      String a = s.activeManagement().trim().toLowerCase(Locale.ROOT);
      if (!a.equals("true") && !a.equals("false")) {
        throw invalid("activeManagement", s.activeManagement(), "true, false");
      }
      active = a.equals("true");
    }
    boolean collapse = false;
    if (s.collapse() != null && !s.collapse().isBlank()) {
      if (!s.collapse().trim().equalsIgnoreCase("cluster")) {
        throw invalid("collapse", s.collapse(), "cluster");
      }
      collapse = true;
    }
    String sort = q == null ? "date" : "relevance";
    if (s.sort() != null && !s.sort().isBlank()) {
      sort = s.sort().trim().toLowerCase(Locale.ROOT);
      if (!List.of("relevance", "date", "distance").contains(sort)) {
        throw invalid("sort", s.sort(), "relevance, date, distance");
      }
      if (sort.equals("distance") && lat == null) {
        throw HubException.invalidParameter(
            "sort", "distance needs a centre: give postcode or municipality");
      }
    }
    int limit = 20;
    if (s.limit() != null && !s.limit().isBlank()) {
      try {
        limit = Integer.parseInt(s.limit().trim());
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > maxLimit) {
        throw HubException.invalidParameter(
            "limit", "must be between 1 and " + maxLimit + " (got " + s.limit() + ")");
      }
    }
    return new Parsed(
        q,
        lang,
        memberCodes,
        regions,
        provinces,
        radius == null ? postcode : null,
        radius == null ? nis : null,
        lat,
        lon,
        radius,
        occupations,
        competences,
        contracts,
        regimes,
        languages,
        since,
        active,
        collapse,
        sort,
        s.cursor() == null || s.cursor().isBlank() ? null : s.cursor().trim(),
        limit,
        s.facets());
  }

  private String occupation(String value) {
    String v = value.trim();
    String id;
    if (v.startsWith("http://") || v.startsWith("https://") || v.contains(":")) {
      id = v;
    } else if (ROME.matcher(v).matches()) {
      id = "rome:" + v.toUpperCase(Locale.ROOT);
    } else if (ISCO.matcher(v).matches()) {
      id = "isco:" + v;
    } else {
      throw occupationProblem(value, "is not an occupation code");
    }
    if (!reference.isLoaded()) {
      return id;
    }
    Optional<Concept> c;
    try {
      c = reference.find(id);
    } catch (HubException e) {
      throw occupationProblem(value, "is not an occupation code");
    }
    Concept concept = c.orElseThrow(() -> occupationProblem(value, "is not in the reference"));
    if (concept.kind() == ConceptKind.SKILL || concept.kind() == ConceptKind.SKILL_GROUP) {
      throw occupationProblem(value, "is a skill; use the competence parameter");
    }
    return concept.id();
  }

  private static HubException occupationProblem(String value, String reason) {
    return HubException.invalidParameter(
        "occupation",
        "'"
            + value
            + "' "
            + reason
            + "; valid values: an ESCO occupation URI, esco:<notation> (esco:7212.3), a ROME code"
            + " (H2913 or rome:H2913), an ISCO-08 group of 1 to 4 digits (7, 72, 721, 7212 or"
            + " isco:7212); find codes with /api/v1/reference/autocomplete");
  }

  private String competence(String value) {
    String v = value.trim();
    if (!(v.startsWith("http://") || v.startsWith("https://") || v.contains(":"))) {
      throw competenceProblem(value, "is not a competence code");
    }
    if (!reference.isLoaded()) {
      return v;
    }
    Optional<Concept> c;
    try {
      c = reference.find(v);
    } catch (HubException e) {
      throw competenceProblem(value, "is not a competence code");
    }
    Concept concept = c.orElseThrow(() -> competenceProblem(value, "is not in the reference"));
    if (concept.kind() != ConceptKind.SKILL) {
      throw competenceProblem(value, "is not a skill or competence");
    }
    return concept.id();
  }

  private static HubException competenceProblem(String value, String reason) {
    return HubException.invalidParameter(
        "competence",
        "'"
            + value
            + "' "
            + reason
            + "; valid values: an ESCO skill URI or a Competent code (competent:KN-10)");
  }

  private static LanguageFilter language(String value) {
    String[] parts = value.trim().split(":", 2);
    String l = parts[0].trim().toLowerCase(Locale.ROOT);
    if (!ISO_LANGUAGES.contains(l) || l.length() != 2) {
      throw HubException.invalidParameter(
          "language",
          "'"
              + value
              + "' is not an ISO 639-1 language code; valid values: a code such as nl, fr, de,"
              + " en, optionally with a CEFR level: nl:B2");
    }
    int level = 0;
    if (parts.length == 2) {
      level = VacancyDocuments.level(parts[1]);
      if (level == 0) {
        throw invalid("language", value, "levels A1, A2, B1, B2, C1, C2 (for example nl:B2)");
      }
    }
    return new LanguageFilter(l, level);
  }

  private static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw invalid(
          parameter,
          value,
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  static HubException invalid(String parameter, String value, String valid) {
    return HubException.invalidParameter(
        parameter, "unknown value '" + value + "'; valid values: " + valid);
  }
}
