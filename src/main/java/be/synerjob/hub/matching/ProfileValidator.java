package be.synerjob.hub.matching;

import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.PostcodeArea;
import be.synerjob.hub.reference.CodeCheck;
import be.synerjob.hub.reference.CodeUse;
import be.synerjob.hub.reference.ConceptKind;
import be.synerjob.hub.reference.CrosswalkMatch;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.reference.Scheme;
import be.synerjob.hub.vacancy.ContractType;
import be.synerjob.hub.vacancy.WorkRegime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks and normalises a profile: the id and free text carry no personal data, occupation and
 * competence codes exist in the reference and are crosswalked to ESCO, the postcode is Belgian,
 * languages and levels are valid, the travel limit is one of km or minutes.
 */
final class ProfileValidator {

  static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  static final Set<String> LICENCES =
      Set.of("AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "G");
  static final int DEFAULT_KM = 40;
  static final int MAX_KM = 300;
  static final int MAX_MINUTES = 240;
  private static final Pattern ROME_CODE = Pattern.compile("[A-Na-n][0-9]{4}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  private final Reference reference;
  private final Gazetteer gazetteer;

  ProfileValidator(Reference reference, Gazetteer gazetteer) {
    this.reference = reference;
    this.gazetteer = gazetteer;
  }

  /** The problems of a profile id (empty when it is acceptable). */
  static List<FieldProblem> checkId(String id) {
    List<FieldProblem> out = new ArrayList<>();
    if (id == null || !ID.matcher(id).matches()) {
      out.add(
          FieldProblem.of(
              "id",
              "invalid-id",
              "must be 1 to 64 letters, digits or . _ : - (the member's own opaque id)"));
      return out;
    }
    PersonalData.find(id)
        .ifPresent(
            what ->
                out.add(
                    FieldProblem.of(
                        "id",
                        "personal-data",
                        what + "; use an opaque id that does not identify the person")));
    return out;
  }

  /** A result: the normalised profile, or the problems that refuse it. */
  record Result(JobseekerProfile profile, PostcodeArea home, List<FieldProblem> problems) {}

  Result validate(String id, String member, JobseekerProfile p) {
    List<FieldProblem> problems = new ArrayList<>(checkId(id));
    if (p == null) {
      problems.add(FieldProblem.of("(record)", "required", "a profile object is required"));
      return new Result(null, null, problems);
    }
    if (p.id() != null && !p.id().equals(id)) {
      problems.add(
          FieldProblem.of("id", "id-mismatch", "differs from the id in the path ('" + id + "')"));
    }
    // occupations
    List<JobseekerProfile.OccupationWish> occupations = new ArrayList<>();
    if (p.occupations() == null || p.occupations().isEmpty()) {
      problems.add(
          FieldProblem.of("occupations", "required", "at least one desired occupation is needed"));
    } else if (p.occupations().size() > 10) {
      problems.add(FieldProblem.of("occupations", "too-many", "at most 10 desired occupations"));
    } else {
      for (int i = 0; i < p.occupations().size(); i++) {
        occupation("occupations[" + i + "]", p.occupations().get(i), problems)
            .ifPresent(occupations::add);
      }
    }
    // competences
    List<JobseekerProfile.Competence> competences = new ArrayList<>();
    if (p.competences() != null) {
      if (p.competences().size() > 200) {
        problems.add(FieldProblem.of("competences", "too-many", "at most 200 competences"));
      } else {
        for (int i = 0; i < p.competences().size(); i++) {
          competence("competences[" + i + "]", p.competences().get(i), problems)
              .ifPresent(competences::add);
        }
      }
    }
    // languages
    List<JobseekerProfile.LanguageSkill> languages = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    if (p.languages() != null) {
      for (int i = 0; i < p.languages().size(); i++) {
        JobseekerProfile.LanguageSkill l = p.languages().get(i);
        String path = "languages[" + i + "]";
        String code =
            l == null || l.language() == null ? "" : l.language().trim().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(code).matches()) {
          problems.add(
              FieldProblem.of(
                  path + ".language",
                  "invalid-language",
                  "must be an ISO 639-1 code such as nl, fr, de, en"));
          continue;
        }
        Optional<Cefr> level = Cefr.parse(l.level());
        if (level.isEmpty()) {
          problems.add(
              FieldProblem.of(
                  path + ".level",
                  "invalid-level",
                  "must be a CEFR level A1, A2, B1, B2, C1 or C2"));
          continue;
        }
        if (!seen.add(code)) {
          problems.add(
              FieldProblem.of(path + ".language", "duplicate", "'" + code + "' is listed twice"));
          continue;
        }
        languages.add(new JobseekerProfile.LanguageSkill(code, level.get().name()));
      }
    }
    // home
    PostcodeArea home = null;
    String postcode = p.homePostcode() == null ? null : p.homePostcode().trim();
    if (postcode == null || postcode.isEmpty()) {
      problems.add(FieldProblem.of("homePostcode", "required", "the home postcode is required"));
    } else {
      home = gazetteer.postcode(postcode).orElse(null);
      if (home == null) {
        problems.add(
            FieldProblem.of(
                "homePostcode",
                "unknown-postcode",
                "'" + clip(postcode) + "' is not a Belgian postcode"));
      }
    }
    // travel
    boolean car = Boolean.TRUE.equals(p.car());
    JobseekerProfile.Travel travel = travel(p.maxTravel(), car, problems);
    // licences
    List<String> licences = new ArrayList<>();
    if (p.drivingLicences() != null) {
      for (int i = 0; i < p.drivingLicences().size(); i++) {
        String l = p.drivingLicences().get(i);
        String v = l == null ? "" : l.trim().toUpperCase(Locale.ROOT);
        if (!LICENCES.contains(v)) {
          problems.add(
              FieldProblem.of(
                  "drivingLicences[" + i + "]",
                  "invalid-licence",
                  "must be a Belgian licence category (AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, D, DE, G)"));
        } else if (!licences.contains(v)) {
          licences.add(v);
        }
      }
    }
    List<ContractType> contracts = distinct(p.contracts(), "contracts", problems);
    List<WorkRegime> regimes = distinct(p.regimes(), "regimes", problems);
    String note = p.note() == null || p.note().isBlank() ? null : p.note().trim();
    if (note != null) {
      if (note.length() > 500) {
        problems.add(FieldProblem.of("note", "too-long", "at most 500 characters"));
      }
      PersonalData.find(note)
          .ifPresent(
              what ->
                  problems.add(
                      FieldProblem.of(
                          "note", "personal-data", what + "; the hub keeps no personal data")));
    }
    if (!problems.isEmpty()) {
      return new Result(null, home, problems);
    }
    return new Result(
        new JobseekerProfile(
            id,
            member,
            List.copyOf(occupations),
            List.copyOf(competences),
            List.copyOf(languages),
            home.postcode(),
            home.region().code(),
            travel,
            List.copyOf(licences),
            car,
            contracts,
            regimes,
            p.availableFrom(),
            note,
            null),
        home,
        List.of());
  }

  private static <T> List<T> distinct(List<T> in, String field, List<FieldProblem> problems) {
    if (in == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      T t = in.get(i);
      if (t == null) {
        problems.add(FieldProblem.of(field + "[" + i + "]", "required", "must not be null"));
      } else if (!out.contains(t)) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  static JobseekerProfile.Travel travel(
      JobseekerProfile.Travel t, boolean car, List<FieldProblem> problems) {
    if (t == null || (t.km() == null && t.minutes() == null)) {
      return new JobseekerProfile.Travel(DEFAULT_KM, null, DEFAULT_KM);
    }
    if (t.km() != null && t.minutes() != null) {
      problems.add(FieldProblem.of("maxTravel", "ambiguous", "give km or minutes, not both"));
      return null;
    }
    if (t.km() != null) {
      if (t.km() < 1 || t.km() > MAX_KM) {
        problems.add(FieldProblem.of("maxTravel.km", "out-of-range", "must be 1 to " + MAX_KM));
        return null;
      }
      return new JobseekerProfile.Travel(t.km(), null, t.km());
    }
    if (t.minutes() < 1 || t.minutes() > MAX_MINUTES) {
      problems.add(
          FieldProblem.of("maxTravel.minutes", "out-of-range", "must be 1 to " + MAX_MINUTES));
      return null;
    }
    return new JobseekerProfile.Travel(null, t.minutes(), Travel.minutesToKm(t.minutes(), car));
  }

  private Optional<JobseekerProfile.OccupationWish> occupation(
      String path, JobseekerProfile.OccupationWish w, List<FieldProblem> problems) {
    if (w == null || w.code() == null || w.code().isBlank()) {
      problems.add(FieldProblem.of(path + ".code", "required", "an occupation code is required"));
      return Optional.empty();
    }
    Scheme scheme = Scheme.parse(w.scheme()).orElse(null);
    String code = w.code().trim();
    if (scheme == Scheme.COMPETENT) {
      // Competent occupations are not public; their codes are ROME v3 codes, crosswalked as ROME.
      if (!ROME_CODE.matcher(code).matches()) {
        problems.add(
            FieldProblem.of(
                path + ".code",
                "no-crosswalk",
                "Competent occupation '"
                    + clip(code)
                    + "' is not a ROME v3 code; send its ESCO or ROME code"));
        return Optional.empty();
      }
      return crosswalked(
          path, w.scheme().trim(), Scheme.ROME, code.toUpperCase(Locale.ROOT), problems);
    }
    if (scheme == Scheme.ROME) {
      return crosswalked(path, "ROME", Scheme.ROME, code.toUpperCase(Locale.ROOT), problems);
    }
    if (scheme != Scheme.ESCO) {
      problems.add(
          FieldProblem.of(path + ".scheme", "invalid-scheme", "must be ESCO, ROME or COMPETENT"));
      return Optional.empty();
    }
    CodeCheck c = reference.check(Scheme.ESCO, code, null, CodeUse.OCCUPATION);
    if (!c.acceptable()) {
      problems.add(FieldProblem.of(path + ".code", c.problemCode(), c.reason()));
      return Optional.empty();
    }
    if (c.concept() != null && c.concept().kind() != ConceptKind.OCCUPATION) {
      problems.add(
          FieldProblem.of(
              path + ".code", "wrong-concept-type", "names an ISCO group, not an ESCO occupation"));
      return Optional.empty();
    }
    String uri = c.concept() == null ? code : c.concept().id();
    return Optional.of(new JobseekerProfile.OccupationWish("ESCO", uri, List.of(uri)));
  }

  private Optional<JobseekerProfile.OccupationWish> crosswalked(
      String path, String sentScheme, Scheme scheme, String code, List<FieldProblem> problems) {
    CodeCheck c = reference.check(scheme, code, null, CodeUse.OCCUPATION);
    if (!c.acceptable() || c.concept() == null) {
      problems.add(
          FieldProblem.of(
              path + ".code",
              c.acceptable() ? "no-crosswalk" : c.problemCode(),
              c.acceptable()
                  ? "the hub cannot crosswalk '" + clip(code) + "' to ESCO"
                  : c.reason()));
      return Optional.empty();
    }
    List<String> esco = escoOf(c.concept().id(), ConceptKind.OCCUPATION);
    if (esco.isEmpty()) {
      problems.add(
          FieldProblem.of(
              path + ".code",
              "no-crosswalk",
              "'" + clip(code) + "' has no ESCO occupation in the crosswalk"));
      return Optional.empty();
    }
    return Optional.of(
        new JobseekerProfile.OccupationWish(sentScheme.toUpperCase(Locale.ROOT), code, esco));
  }

  private Optional<JobseekerProfile.Competence> competence(
      String path, JobseekerProfile.Competence k, List<FieldProblem> problems) {
    if (k == null || k.code() == null || k.code().isBlank()) {
      problems.add(FieldProblem.of(path + ".code", "required", "a competence code is required"));
      return Optional.empty();
    }
    Scheme scheme = Scheme.parse(k.scheme()).orElse(null);
    String code = k.code().trim();
    if (scheme != Scheme.ESCO && scheme != Scheme.COMPETENT) {
      problems.add(
          FieldProblem.of(path + ".scheme", "invalid-scheme", "must be ESCO or COMPETENT"));
      return Optional.empty();
    }
    CodeCheck c = reference.check(scheme, code, null, CodeUse.COMPETENCE);
    if (!c.acceptable()) {
      problems.add(FieldProblem.of(path + ".code", c.problemCode(), c.reason()));
      return Optional.empty();
    }
    if (scheme == Scheme.ESCO) {
      String uri = c.concept() == null ? code : c.concept().id();
      return Optional.of(new JobseekerProfile.Competence("ESCO", uri, List.of(uri)));
    }
    List<String> esco =
        c.concept() == null ? List.of() : escoOf(c.concept().id(), ConceptKind.SKILL);
    return Optional.of(
        new JobseekerProfile.Competence("COMPETENT", code.toUpperCase(Locale.ROOT), esco));
  }

  /** ESCO concepts of the kind a concept crosswalks to, best relations first (at most 5). */
  private List<String> escoOf(String id, ConceptKind kind) {
    List<String> out = new ArrayList<>();
    for (CrosswalkMatch m : reference.crosswalk(id, Scheme.ESCO).matches()) {
      if (m.target().kind() == kind && !out.contains(m.target().id())) {
        out.add(m.target().id());
        if (out.size() == 5) {
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  private static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
