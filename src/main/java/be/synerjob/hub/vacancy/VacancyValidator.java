package be.synerjob.hub.vacancy;

import be.synerjob.hub.core.FieldProblem;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.reference.CodeCheck;
import be.synerjob.hub.reference.CodeUse;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.reference.Scheme;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a vacancy a member sent and returns it normalised (trimmed, codes in canonical case,
 * defaults filled, workplace derived from the postcode) together with every problem found, each
 * naming its field. Occupation and competence codes are checked against the reference: unknown or
 * deprecated codes (naming their replacement), codes of the wrong kind and unloaded releases are
 * refused.
 */
@Component
class VacancyValidator {

  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 20_000;
  static final int MAX_REFERENCE = 64;
  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/\\-]{1,64}");
  private static final Pattern CEFR = Pattern.compile("A1|A2|B1|B2|C1|C2");
  private static final Set<String> ISO_639_1 =
      Set.of(Locale.getISOLanguages()); // two-letter codes known to the JDK
  private static final Set<String> LICENCES =
      Set.of("AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "G");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** How far a member's clock may run ahead of the hub's for {@code sourceUpdatedAt}. */
  static final Duration SOURCE_CLOCK_SKEW = Duration.ofMinutes(10);

  private static final Instant EARLIEST_SOURCE_UPDATE = Instant.parse("2000-01-01T00:00:00Z");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ./()\\-]{6,25}");

  private final PostcodeDirectory postcodes;
  private final VacancyProperties properties;
  private final Reference reference;

  VacancyValidator(PostcodeDirectory postcodes, VacancyProperties properties, Reference reference) {
    this.postcodes = postcodes;
    this.properties = properties;
    this.reference = reference;
  }

  /** The outcome: a normalised vacancy when {@code problems} is empty. */
  record Checked(Vacancy vacancy, List<FieldProblem> problems) {
    boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * @param today the publication date's default and the bound for an expired {@code validThrough}
   * @param now the hub's clock, against which {@code sourceUpdatedAt} must not lie in the future
   */
  Checked check(Vacancy in, MemberCode member, LocalDate today, Instant now) {
    List<FieldProblem> p = new ArrayList<>();
    if (in.member() != null && !in.member().trim().equalsIgnoreCase(member.value())) {
      p.add(
          FieldProblem.of(
              "member",
              "foreign-member",
              "this key publishes for " + member + ", not for '" + in.member() + "'"));
    }
    String reference = trim(in.reference());
    if (reference == null) {
      p.add(required("reference"));
    } else if (!REFERENCE.matcher(reference).matches()) {
      p.add(
          FieldProblem.of(
              "reference",
              "invalid",
              "must be 1 to 64 letters, digits or . _ : / - (got '" + clip(reference) + "')"));
    }
    VacancyStatus status = in.status() == null ? VacancyStatus.OPEN : in.status();
    String language = lower(in.language());
    if (language == null) {
      p.add(required("language"));
    } else if (!ISO_639_1.contains(language)) {
      p.add(invalidLanguage("language", language));
    }
    String title = collapse(in.title());
    if (title == null) {
      p.add(required("title"));
    } else if (title.length() > MAX_TITLE) {
      p.add(tooLong("title", title.length(), MAX_TITLE));
    }
    String description = trim(in.description());
    if (description == null) {
      p.add(required("description"));
    } else if (description.length() > MAX_DESCRIPTION) {
      p.add(tooLong("description", description.length(), MAX_DESCRIPTION));
    }
    List<Vacancy.OccupationCode> occupations = occupations(in.occupations(), p);
    Vacancy.Employer employer = employer(in.employer(), p);
    Vacancy.Workplace workplace = workplace(in.workplace(), p);
    if (in.contractType() == null) {
      p.add(required("contractType"));
    }
    BigDecimal hours = in.hoursPerWeek();
    if (hours != null && (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(60)) > 0)) {
      p.add(FieldProblem.of("hoursPerWeek", "out-of-range", "must be more than 0 and at most 60"));
    }
    List<Vacancy.LanguageRequirement> languages = languages(in.languages(), p);
    Integer experience = in.experienceMonths();
    if (experience != null && (experience < 0 || experience > 600)) {
      p.add(FieldProblem.of("experienceMonths", "out-of-range", "must be between 0 and 600"));
    }
    List<String> licences = licences(in.drivingLicences(), p);
    List<Vacancy.CompetenceCode> competences = competences(in.competences(), p);
    Vacancy.Salary salary = salary(in.salary(), p);
    int posts = in.numberOfPosts() == null ? 1 : in.numberOfPosts();
    if (posts < 1 || posts > 10_000) {
      p.add(FieldProblem.of("numberOfPosts", "out-of-range", "must be between 1 and 10000"));
    }
    LocalDate published = in.publicationDate() == null ? today : in.publicationDate();
    if (published.isAfter(today.plusYears(1))) {
      p.add(
          FieldProblem.of(
              "publicationDate", "out-of-range", "must not be more than a year in the future"));
    }
    if (published.isBefore(LocalDate.of(2000, 1, 1))) {
      p.add(FieldProblem.of("publicationDate", "out-of-range", "must not be before 2000-01-01"));
    }
    LocalDate validThrough =
        in.validThrough() == null
            ? published.plus(properties.defaultLifetime())
            : in.validThrough();
    if (validThrough.isBefore(published)) {
      p.add(
          FieldProblem.of(
              "validThrough",
              "incoherent-dates",
              "(" + validThrough + ") is before the publication date (" + published + ")"));
    } else if (validThrough.isAfter(published.plusYears(2))) {
      p.add(
          FieldProblem.of(
              "validThrough", "out-of-range", "must be within two years of the publication date"));
    } else if (status == VacancyStatus.OPEN && validThrough.isBefore(today)) {
      p.add(
          FieldProblem.of(
              "validThrough",
              "expired",
              "(" + validThrough + ") has passed; send status CLOSED to close the vacancy"));
    }
    Vacancy.Application application = application(in.application(), p);
    Vacancy.ExchangeFlags flags =
        new Vacancy.ExchangeFlags(
            in.exchange() != null && Boolean.TRUE.equals(in.exchange().shareable()),
            in.exchange() != null && Boolean.TRUE.equals(in.exchange().activeManagement()),
            in.exchange() != null && Boolean.TRUE.equals(in.exchange().eures()));
    Vacancy out =
        Vacancy.builder()
            .member(member.value())
            .reference(reference)
            .status(status)
            .language(language)
            .title(title)
            .description(description)
            .occupations(occupations)
            .employer(employer)
            .workplace(workplace)
            .contractType(in.contractType())
            .workRegime(in.workRegime())
            .hoursPerWeek(hours == null ? null : hours.stripTrailingZeros())
            .languages(languages)
            .educationLevel(in.educationLevel())
            .experienceMonths(experience)
            .drivingLicences(licences)
            .competences(competences)
            .salary(salary)
            .numberOfPosts(posts)
            .publicationDate(published)
            .validThrough(validThrough)
            .application(application)
            .exchange(flags)
            .sourceUpdatedAt(sourceUpdatedAt(in.sourceUpdatedAt(), now, p))
            .build();
    return new Checked(out, p);
  }

  /**
   * The source's own update time may run ahead of the hub's clock by a few minutes (clocks differ),
   * not more: a time in the future would make every lag measured from it meaningless.
   */
  private static Instant sourceUpdatedAt(Instant at, Instant now, List<FieldProblem> p) {
    if (at == null) {
      return at;
    }
    if (at.isAfter(now.plus(SOURCE_CLOCK_SKEW))) {
      p.add(
          FieldProblem.of(
              "sourceUpdatedAt",
              "in-future",
              "("
                  + at
                  + ") is after the hub's clock ("
                  + now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                  + "); it is when the vacancy last changed in your system"));
    } else if (at.isBefore(EARLIEST_SOURCE_UPDATE)) {
      p.add(FieldProblem.of("sourceUpdatedAt", "out-of-range", "must not be before 2000-01-01"));
    }
    return at;
  }

  private List<Vacancy.OccupationCode> occupations(
      List<Vacancy.OccupationCode> in, List<FieldProblem> p) {
    if (in == null) {
      return List.of();
    }
    if (in.size() > 20) {
      p.add(FieldProblem.of("occupations", "too-many", "at most 20 occupation codes"));
      return List.of();
    }
    List<Vacancy.OccupationCode> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < in.size(); i++) {
      String f = "occupations[" + i + "]";
      Vacancy.OccupationCode c = in.get(i);
      if (c == null || c.scheme() == null) {
        p.add(required(f + ".scheme"));
        continue;
      }
      String code = canonicalCode(c.scheme(), c.code());
      if (code == null) {
        p.add(required(f + ".code"));
      } else if (!c.scheme().wellFormed(code)) {
        p.add(
            FieldProblem.of(
                f + ".code",
                "unknown-code",
                "'" + clip(code) + "' is not " + c.scheme().formatDescription()));
      } else if (c.scheme() == CodeScheme.ESCO && !code.contains("/occupation/")) {
        p.add(
            FieldProblem.of(
                f + ".code", "wrong-concept-type", "an ESCO skill URI is not an occupation"));
      } else if (seen.add(c.scheme() + code)) {
        String release = release(c.scheme(), c.release());
        if (known(c.scheme(), code, release, CodeUse.OCCUPATION, f, p)) {
          out.add(new Vacancy.OccupationCode(c.scheme(), code, release));
        }
      }
    }
    return out;
  }

  private List<Vacancy.CompetenceCode> competences(
      List<Vacancy.CompetenceCode> in, List<FieldProblem> p) {
    if (in == null) {
      return List.of();
    }
    if (in.size() > 100) {
      p.add(FieldProblem.of("competences", "too-many", "at most 100 competence codes"));
      return List.of();
    }
    List<Vacancy.CompetenceCode> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < in.size(); i++) {
      String f = "competences[" + i + "]";
      Vacancy.CompetenceCode c = in.get(i);
      if (c == null || c.scheme() == null) {
        p.add(required(f + ".scheme"));
        continue;
      }
      String code = canonicalCode(c.scheme(), c.code());
      if (code == null) {
        p.add(required(f + ".code"));
      } else if (c.scheme() == CodeScheme.ISCO08 || c.scheme() == CodeScheme.ROME) {
        p.add(
            FieldProblem.of(
                f + ".scheme",
                "invalid",
                c.scheme() + " has no competences; use ESCO or COMPETENT"));
      } else if (!c.scheme().wellFormed(code)
          || (c.scheme() == CodeScheme.ESCO && !code.contains("/skill/"))) {
        p.add(
            FieldProblem.of(
                f + ".code",
                "unknown-code",
                "'" + clip(code) + "' is not a competence code of " + c.scheme()));
      } else if (seen.add(c.scheme() + code)) {
        String release = release(c.scheme(), c.release());
        if (known(c.scheme(), code, release, CodeUse.COMPETENCE, f, p)) {
          out.add(
              new Vacancy.CompetenceCode(
                  c.scheme(), code, release, c.essential() == null || c.essential()));
        }
      }
    }
    return out;
  }

  /**
   * Checks a well-formed code against the reference; adds the problem (on {@code .code}, or on
   * {@code .release} for a release that is not loaded) and returns false when the code is refused.
   * A code the reference cannot judge (scheme not loaded, Competent occupations) passes.
   */
  private boolean known(
      CodeScheme scheme,
      String code,
      String release,
      CodeUse use,
      String field,
      List<FieldProblem> p) {
    CodeCheck check = reference.check(Scheme.valueOf(scheme.name()), code, release, use);
    if (check.acceptable()) {
      return true;
    }
    String at =
        check.status() == CodeCheck.Status.UNKNOWN_RELEASE ? field + ".release" : field + ".code";
    p.add(FieldProblem.of(at, check.problemCode(), check.reason()));
    return false;
  }

  private static String canonicalCode(CodeScheme scheme, String code) {
    String c = trim(code);
    if (c == null) {
      return null;
    }
    return scheme == CodeScheme.ESCO ? c : c.toUpperCase(Locale.ROOT);
  }

  private static String release(CodeScheme scheme, String release) {
    String r = trim(release);
    return r == null ? scheme.defaultRelease() : r;
  }

  private Vacancy.Employer employer(Vacancy.Employer in, List<FieldProblem> p) {
    if (in == null) {
      p.add(required("employer"));
      return null;
    }
    String name = collapse(in.name());
    if (name == null) {
      p.add(required("employer.name"));
    } else if (name.length() > 200) {
      p.add(tooLong("employer.name", name.length(), 200));
    }
    String number = null;
    if (trim(in.enterpriseNumber()) != null) {
      number =
          EnterpriseNumber.normalise(in.enterpriseNumber())
              .map(EnterpriseNumber::format)
              .orElse(null);
      if (number == null) {
        p.add(
            FieldProblem.of(
                "employer.enterpriseNumber",
                "invalid-check-digits",
                "'"
                    + clip(in.enterpriseNumber())
                    + "' is not a Belgian enterprise number (10 digits starting with 0 or 1, last two"
                    + " = 97 - first eight mod 97)"));
      }
    }
    return new Vacancy.Employer(name, number, Boolean.TRUE.equals(in.temporaryWorkAgency()));
  }

  private Vacancy.Workplace workplace(Vacancy.Workplace in, List<FieldProblem> p) {
    if (in == null) {
      p.add(required("workplace"));
      return null;
    }
    String postcode = trim(in.postcode());
    if (postcode == null) {
      p.add(required("workplace.postcode"));
      return null;
    }
    var place = postcodes.resolve(postcode);
    if (place.isEmpty()) {
      p.add(
          FieldProblem.of(
              "workplace.postcode",
              "unknown-postcode",
              "'" + clip(postcode) + "' is not a known Belgian postcode"));
      return new Vacancy.Workplace(postcode, collapse(in.municipality()), null, null, null);
    }
    var pl = place.get();
    String municipality = collapse(in.municipality());
    return new Vacancy.Workplace(
        pl.postcode(),
        municipality == null ? pl.municipality() : municipality,
        pl.nisCode(),
        pl.region(),
        pl.nuts3());
  }

  private List<Vacancy.LanguageRequirement> languages(
      List<Vacancy.LanguageRequirement> in, List<FieldProblem> p) {
    if (in == null) {
      return List.of();
    }
    List<Vacancy.LanguageRequirement> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < in.size(); i++) {
      String f = "languages[" + i + "]";
      Vacancy.LanguageRequirement r = in.get(i);
      String lang = r == null ? null : lower(r.language());
      if (lang == null) {
        p.add(required(f + ".language"));
        continue;
      }
      if (!ISO_639_1.contains(lang)) {
        p.add(invalidLanguage(f + ".language", lang));
        continue;
      }
      String level = r.level() == null ? null : r.level().trim().toUpperCase(Locale.ROOT);
      if (level != null && !CEFR.matcher(level).matches()) {
        p.add(
            FieldProblem.of(
                f + ".level",
                "invalid-cefr",
                "'"
                    + clip(r.level())
                    + "' is not a CEFR level; valid values: A1, A2, B1, B2, C1, C2"));
        continue;
      }
      if (!seen.add(lang)) {
        p.add(FieldProblem.of(f + ".language", "duplicate", "'" + lang + "' is listed twice"));
        continue;
      }
      out.add(new Vacancy.LanguageRequirement(lang, level));
    }
    return out;
  }

  private List<String> licences(List<String> in, List<FieldProblem> p) {
    if (in == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      String l = in.get(i) == null ? null : in.get(i).trim().toUpperCase(Locale.ROOT);
      if (l == null || !LICENCES.contains(l)) {
        p.add(
            FieldProblem.of(
                "drivingLicences[" + i + "]",
                "invalid",
                "'"
                    + clip(in.get(i))
                    + "' is not a driving licence category; valid values: "
                    + LICENCES));
      } else if (!out.contains(l)) {
        out.add(l);
      }
    }
    return out;
  }

  private Vacancy.Salary salary(Vacancy.Salary in, List<FieldProblem> p) {
    if (in == null) {
      return null;
    }
    if (in.min() != null && in.min().signum() < 0) {
      p.add(FieldProblem.of("salary.min", "out-of-range", "must not be negative"));
    }
    if (in.max() != null && in.max().signum() < 0) {
      p.add(FieldProblem.of("salary.max", "out-of-range", "must not be negative"));
    }
    if (in.min() != null && in.max() != null && in.min().compareTo(in.max()) > 0) {
      p.add(
          FieldProblem.of(
              "salary.max",
              "incoherent-range",
              "(" + in.max() + ") is below salary.min (" + in.min() + ")"));
    }
    String currency = in.currency() == null ? "EUR" : in.currency().trim().toUpperCase(Locale.ROOT);
    if (!currency.matches("[A-Z]{3}")) {
      p.add(FieldProblem.of("salary.currency", "invalid", "must be an ISO 4217 code such as EUR"));
    }
    if ((in.min() != null || in.max() != null) && in.period() == null) {
      p.add(required("salary.period"));
    }
    return new Vacancy.Salary(in.min(), in.max(), currency, in.period());
  }

  private Vacancy.Application application(Vacancy.Application in, List<FieldProblem> p) {
    if (in == null) {
      return null;
    }
    String url = trim(in.url());
    if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
      p.add(FieldProblem.of("application.url", "invalid", "must be an http or https URL"));
    }
    if (url != null && url.length() > 2000) {
      p.add(tooLong("application.url", url.length(), 2000));
    }
    String email = trim(in.email());
    if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 254)) {
      p.add(
          FieldProblem.of(
              "application.email", "invalid", "'" + clip(email) + "' is not an e-mail address"));
    }
    String phone = trim(in.phone());
    if (phone != null && !PHONE.matcher(phone).matches()) {
      p.add(
          FieldProblem.of(
              "application.phone", "invalid", "'" + clip(phone) + "' is not a phone number"));
    }
    String instructions = trim(in.instructions());
    if (instructions != null && instructions.length() > 2000) {
      p.add(tooLong("application.instructions", instructions.length(), 2000));
    }
    String contact = collapse(in.contactName());
    if (contact != null && contact.length() > 200) {
      p.add(tooLong("application.contactName", contact.length(), 200));
    }
    return new Vacancy.Application(url, email, phone, contact, instructions, null);
  }

  private static FieldProblem required(String field) {
    return FieldProblem.of(field, "required", "is required");
  }

  private static FieldProblem tooLong(String field, int length, int max) {
    return FieldProblem.of(
        field, "too-long", "has " + length + " characters; at most " + max + " are allowed");
  }

  private static FieldProblem invalidLanguage(String field, String value) {
    return FieldProblem.of(
        field,
        "invalid-language",
        "'" + clip(value) + "' is not an ISO 639-1 language code such as nl, fr, de, en");
  }

  private static String trim(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }

  private static String collapse(String s) {
    String t = trim(s);
    return t == null ? null : t.replaceAll("\\s+", " ");
  }

  private static String lower(String s) {
    String t = trim(s);
    return t == null ? null : t.toLowerCase(Locale.ROOT);
  }

  private static String clip(String s) {
    return s == null ? "" : s.length() > 60 ? s.substring(0, 57) + "…" : s;
  }
}
