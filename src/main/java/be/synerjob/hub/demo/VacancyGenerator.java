package be.synerjob.hub.demo;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.LanguageArea;
import be.synerjob.hub.geo.PostcodeArea;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.ContractType;
import be.synerjob.hub.vacancy.EducationLevel;
import be.synerjob.hub.vacancy.SalaryPeriod;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyStatus;
import be.synerjob.hub.vacancy.WorkRegime;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes realistic vacancies, deterministic for a seed and a reference date: occupations weighted by
 * how common they are, workplaces weighted by population within each member's territory, titles in
 * the member's language with the noise real titles carry (gender markers, seniority, contract
 * words), plausible contracts, salaries, languages and exchange flags. A share of vacancies is
 * cross-published: the same job, with the same employer, published by a second member in its own
 * language.
 *
 * <p>Pure Java; usable from the demo seeder, tests, benchmarks and the CLI.
 */
public final class VacancyGenerator {

  private final List<DemoOccupation> occupations;
  private final int[] occupationCumulative;
  private final Map<MemberCode, Territory> territories;
  private final LocalDate today;
  private final long seed;

  /** Where a member publishes: postcodes with cumulative population weights, and its languages. */
  private record Territory(List<PostcodeArea> places, long[] cumulative, List<String> languages) {}

  public VacancyGenerator(Gazetteer gazetteer, long seed, LocalDate today) {
    this.occupations = DemoOccupation.load();
    this.occupationCumulative = new int[occupations.size()];
    int sum = 0;
    for (int i = 0; i < occupations.size(); i++) {
      sum += Math.max(1, occupations.get(i).weight());
      occupationCumulative[i] = sum;
    }
    this.seed = seed;
    this.today = today;
    this.territories =
        Map.of(
            MemberCode.VDAB,
                territory(gazetteer, p -> p.region() == Region.FLANDERS, List.of("nl")),
            MemberCode.FOREM,
                territory(
                    gazetteer,
                    p -> p.region() == Region.WALLONIA && p.languageArea() != LanguageArea.GERMAN,
                    List.of("fr")),
            MemberCode.ACTIRIS,
                territory(gazetteer, p -> p.region() == Region.BRUSSELS, List.of("fr", "fr", "nl")),
            MemberCode.BF, territory(gazetteer, p -> p.region() == Region.BRUSSELS, List.of("fr")),
            MemberCode.ADG,
                territory(gazetteer, p -> p.languageArea() == LanguageArea.GERMAN, List.of("de")));
  }

  private static Territory territory(
      Gazetteer g, java.util.function.Predicate<PostcodeArea> in, List<String> languages) {
    List<PostcodeArea> places = g.postcodes().stream().filter(in).toList();
    long[] cumulative = new long[places.size()];
    long sum = 0;
    for (int i = 0; i < places.size(); i++) {
      PostcodeArea p = places.get(i);
      int sharing = Math.max(1, g.postcodesOf(p.nisCode()).size());
      sum += Math.max(100, p.municipalityPopulation() / sharing);
      cumulative[i] = sum;
    }
    return new Territory(places, cumulative, languages);
  }

  /** The members the generator knows a territory for. */
  public static List<MemberCode> members() {
    return List.of(
        MemberCode.VDAB, MemberCode.FOREM, MemberCode.ACTIRIS, MemberCode.BF, MemberCode.ADG);
  }

  /**
   * {@code count} vacancies of a member, references {@code <MEMBER>-DEMO-<n>} from {@code first}.
   * The same seed, member and index always give the same vacancy.
   */
  public List<Vacancy> generate(MemberCode member, int first, int count) {
    List<Vacancy> out = new ArrayList<>(count);
    for (int i = first; i < first + count; i++) {
      out.add(vacancy(member, i));
    }
    return out;
  }

  /** One vacancy: a pure function of (seed, member, index). */
  public Vacancy vacancy(MemberCode member, int index) {
    SplittableRandom r =
        new SplittableRandom(seed * 1_000_003L + member.value().hashCode() * 7_919L + index);
    Territory t = territories.get(member);
    String language = t.languages().get(r.nextInt(t.languages().size()));
    PostcodeArea place = pick(t, r);
    return build(
        member, member + "-DEMO-" + String.format(Locale.ROOT, "%06d", index), language, place, r);
  }

  /**
   * The cross-published twin of a vacancy: the same job (employer, occupation, workplace, dates)
   * published by {@code other} in {@code language}, as happens when a Brussels job is published by
   * VDAB in Dutch and by Actiris in French.
   */
  public Vacancy crossPublished(Vacancy original, MemberCode other, String language) {
    SplittableRandom r =
        new SplittableRandom(original.reference().hashCode() * 31L + other.value().hashCode());
    DemoOccupation occ = occupationOf(original);
    String title = title(occ, language, r);
    return original.toBuilder()
        .member(other.value())
        .reference(other + "-X-" + original.reference())
        .language(language)
        .title(title)
        .description(
            description(
                occ, language, original.employer().name(), original.workplace().municipality(), r))
        .workplace(new Vacancy.Workplace(original.workplace().postcode(), null, null, null, null))
        .competences(List.of())
        .publicationDate(original.publicationDate().plusDays(r.nextInt(4)))
        .build();
  }

  /**
   * A hard negative for duplicate detection: another job of the same employer in the same
   * occupation, published by the same member, but elsewhere, with its own title wording, contract
   * and text.
   */
  public Vacancy sibling(Vacancy original, String reference, long salt) {
    SplittableRandom r = new SplittableRandom(original.reference().hashCode() * 7919L + salt);
    MemberCode member = new MemberCode(original.member());
    Territory t = territories.get(member);
    PostcodeArea place = pick(t, r);
    for (int tries = 0;
        tries < 20 && place.postcode().equals(original.workplace().postcode());
        tries++) {
      place = pick(t, r);
    }
    DemoOccupation occ = occupationOf(original);
    String language = original.language();
    boolean partTime = original.workRegime() != WorkRegime.PART_TIME;
    return original.toBuilder()
        .reference(reference)
        .title(title(occ, language, r))
        .description(
            description(
                occ,
                language,
                original.employer().name(),
                place.name(
                    be.synerjob.hub.core.Language.valueOf(language.toUpperCase(Locale.ROOT))),
                r))
        .workplace(new Vacancy.Workplace(place.postcode(), null, null, null, null))
        .workRegime(partTime ? WorkRegime.PART_TIME : WorkRegime.FULL_TIME)
        .hoursPerWeek(partTime ? BigDecimal.valueOf(19 + r.nextInt(12)) : BigDecimal.valueOf(38))
        .contractType(
            original.contractType() == ContractType.PERMANENT
                ? ContractType.FIXED_TERM
                : ContractType.PERMANENT)
        .publicationDate(original.publicationDate().plusDays(r.nextInt(10)))
        .build();
  }

  private DemoOccupation occupationOf(Vacancy v) {
    String uri = v.occupations().get(0).code();
    return occupations.stream()
        .filter(o -> o.escoUri().equals(uri))
        .findFirst()
        .orElse(occupations.get(0));
  }

  private Vacancy build(
      MemberCode member,
      String reference,
      String language,
      PostcodeArea place,
      SplittableRandom r) {
    DemoOccupation occ = pickOccupation(r);
    boolean agency = r.nextInt(100) < 10;
    String employerName = employerName(place, agency, language, r);
    ContractType contract = contract(agency, member, r);
    boolean partTime = r.nextInt(100) < 22;
    BigDecimal hours = partTime ? BigDecimal.valueOf(19 + r.nextInt(12)) : BigDecimal.valueOf(38);
    LocalDate published = today.minusDays(r.nextInt(45));
    LocalDate validThrough = published.plusDays(30 + r.nextInt(61));
    if (validThrough.isBefore(today)) {
      validThrough = today.plusDays(r.nextInt(20));
    }
    List<Vacancy.OccupationCode> codes = new ArrayList<>();
    codes.add(new Vacancy.OccupationCode(CodeScheme.ESCO, occ.escoUri(), "1.2.0"));
    if (!occ.romeCode().isBlank() && r.nextInt(100) < 60) {
      codes.add(new Vacancy.OccupationCode(CodeScheme.ROME, occ.romeCode(), "4.0"));
    }
    if (r.nextInt(100) < 50) {
      codes.add(new Vacancy.OccupationCode(CodeScheme.ISCO08, occ.iscoCode(), "2008"));
    }
    int major = occ.iscoCode().isEmpty() ? 9 : occ.iscoCode().charAt(0) - '0';
    String slug = slug(employerName);
    // The builder calls keep the order of the random draws (the generator is deterministic by
    // seed).
    return Vacancy.builder()
        .member(member.value())
        .reference(reference)
        .status(VacancyStatus.OPEN)
        .language(language)
        .title(title(occ, language, r))
        .description(
            description(
                occ,
                language,
                employerName,
                place.name(
                    be.synerjob.hub.core.Language.valueOf(language.toUpperCase(Locale.ROOT))),
                r))
        .occupations(codes)
        .employer(new Vacancy.Employer(employerName, enterpriseNumber(r), agency))
        .workplace(new Vacancy.Workplace(place.postcode(), null, null, null, null))
        .contractType(contract)
        .workRegime(
            partTime
                ? WorkRegime.PART_TIME
                : (r.nextInt(100) < 10 ? WorkRegime.FULL_OR_PART_TIME : WorkRegime.FULL_TIME))
        .hoursPerWeek(hours)
        .languages(languages(language, place, r))
        .educationLevel(education(major, r))
        .experienceMonths(r.nextInt(100) < 35 ? 0 : 6 * (1 + r.nextInt(10)))
        .drivingLicences(drivingLicences(occ, r))
        .competences(List.of())
        .salary(salary(major, r))
        .numberOfPosts(r.nextInt(100) < 85 ? 1 : 2 + r.nextInt(4))
        .publicationDate(published)
        .validThrough(validThrough)
        .application(
            new Vacancy.Application(
                "https://jobs.example.be/" + slug + "/" + reference.toLowerCase(Locale.ROOT),
                "jobs@" + slug + ".example.be",
                "+32 "
                    + (2 + r.nextInt(8))
                    + " "
                    + (100 + r.nextInt(900))
                    + " "
                    + (10 + r.nextInt(90))
                    + " "
                    + (10 + r.nextInt(90)),
                contactName(r),
                null,
                null))
        .exchange(
            new Vacancy.ExchangeFlags(
                r.nextInt(100) < 80, r.nextInt(100) < 25, r.nextInt(100) < 30))
        .build();
  }

  private DemoOccupation pickOccupation(SplittableRandom r) {
    int x = r.nextInt(occupationCumulative[occupationCumulative.length - 1]);
    int lo = 0;
    int hi = occupationCumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (occupationCumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return occupations.get(lo);
  }

  private static PostcodeArea pick(Territory t, SplittableRandom r) {
    long x = r.nextLong(t.cumulative()[t.cumulative().length - 1]);
    int i = java.util.Arrays.binarySearch(t.cumulative(), x + 1);
    if (i < 0) {
      i = -i - 1;
    }
    return t.places().get(Math.min(i, t.places().size() - 1));
  }

  private static final Map<String, List<String>> GENDER =
      Map.of(
          "nl", List.of(" (m/v/x)", " (m/v)", " M/V/X", ""),
          "fr", List.of(" (H/F/X)", " (h/f)", " H/F", " (F/H/X)", ""),
          "de", List.of(" (m/w/d)", " (m/w/x)", " m/w/d", ""),
          "en", List.of(" (m/f/x)", ""));
  private static final Map<String, List<String>> PREFIX =
      Map.of(
          "nl", List.of("Junior ", "Senior ", "Ervaren ", "Startende "),
          "fr", List.of("Junior ", "Senior ", "", ""),
          "de", List.of("Junior ", "Senior ", "Erfahrener ", ""),
          "en", List.of("Junior ", "Senior "));
  private static final Map<String, List<String>> SUFFIX =
      Map.of(
          "nl",
              List.of(
                  " - vast contract", " - interim", " voltijds", " deeltijds", " - studentenjob"),
          "fr", List.of(" - CDI", " - CDD", " - intérim", " temps plein", " mi-temps"),
          "de", List.of(" - unbefristet", " in Vollzeit", " in Teilzeit", " - befristet"),
          "en", List.of(" - permanent", " full-time"));

  private static String title(DemoOccupation occ, String language, SplittableRandom r) {
    List<String> alts = occ.altLabels().getOrDefault(language, List.of());
    String base =
        !alts.isEmpty() && r.nextInt(100) < 40
            ? alts.get(r.nextInt(alts.size()))
            : occ.label(language);
    if (base.contains("/") && r.nextBoolean()) {
      base = base.substring(0, base.indexOf('/')).trim();
    }
    StringBuilder t = new StringBuilder();
    if (r.nextInt(100) < 12) {
      t.append(PREFIX.get(language).get(r.nextInt(PREFIX.get(language).size())));
    }
    t.append(Character.toUpperCase(base.charAt(0))).append(base.substring(1));
    List<String> g = GENDER.get(language);
    t.append(g.get(r.nextInt(g.size())));
    if (r.nextInt(100) < 15) {
      List<String> s = SUFFIX.get(language);
      t.append(s.get(r.nextInt(s.size())));
    }
    String title = t.toString();
    return title.length() > 200 ? title.substring(0, 200).trim() : title;
  }

  private static final Map<String, List<String>> INTRO =
      Map.of(
          "nl",
          List.of(
              "%s zoekt voor zijn vestiging in %s een %s.",
              "Voor onze klant %s in %s zijn we op zoek naar een gemotiveerde %s.",
              "Wil jij aan de slag als %3$s bij %1$s in %2$s?"),
          "fr",
          List.of(
              "%s recherche pour son site de %s un(e) %s.",
              "Pour notre client %s à %s, nous recherchons un(e) %s motivé(e).",
              "Vous souhaitez travailler comme %3$s chez %1$s à %2$s ?"),
          "de",
          List.of(
              "%s sucht für seinen Standort in %s eine/n %s.",
              "Für unseren Kunden %s in %s suchen wir eine/n motivierte/n %s.",
              "Möchten Sie als %3$s bei %1$s in %2$s arbeiten?"),
          "en",
          List.of("%s is looking for a %3$s in %2$s."));
  private static final Map<String, String> OFFER =
      Map.of(
          "nl",
              "Wij bieden een boeiende job in een stabiel bedrijf, een correct loon met extralegale voordelen en opleidingskansen.",
          "fr",
              "Nous offrons un emploi varié dans une entreprise stable, un salaire attractif avec avantages extralégaux et des possibilités de formation.",
          "de",
              "Wir bieten eine abwechslungsreiche Stelle in einem stabilen Unternehmen, ein attraktives Gehalt mit Zusatzleistungen und Weiterbildungsmöglichkeiten.",
          "en",
              "We offer a varied job in a stable company, a fair salary with benefits and training.");
  private static final Map<String, String> PROFILE =
      Map.of(
          "nl", "Je werkt nauwkeurig, bent flexibel en communiceert vlot met collega's en klanten.",
          "fr",
              "Vous êtes rigoureux(se), flexible et communiquez aisément avec vos collègues et les clients.",
          "de",
              "Sie arbeiten sorgfältig, sind flexibel und kommunizieren gerne mit Kollegen und Kunden.",
          "en",
              "You work carefully, are flexible and communicate well with colleagues and customers.");

  private static String description(
      DemoOccupation occ,
      String language,
      String employer,
      String municipality,
      SplittableRandom r) {
    List<String> intros = INTRO.get(language);
    String intro =
        String.format(
            Locale.ROOT,
            intros.get(r.nextInt(intros.size())),
            employer,
            municipality,
            occ.label(language).toLowerCase(Locale.ROOT));
    return intro + "\n\n" + PROFILE.get(language) + "\n\n" + OFFER.get(language);
  }

  private static final String[] SURNAMES = {
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
        "De Smet",
    "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leroy", "Renard", "Lejeune",
        "Mathieu",
    "Schmitz", "Kessler", "Müller", "Heinen", "Cremer", "Radermacher", "Theissen", "Lentz"
  };
  private static final String[] SECTORS_NL = {
    "Bouw",
    "Logistiek",
    "Techniek",
    "Zorg",
    "Transport",
    "Metaal",
    "Horeca",
    "Retail",
    "IT Services",
    "Schoonmaak"
  };
  private static final String[] SECTORS_FR = {
    "Construction",
    "Logistique",
    "Technique",
    "Soins",
    "Transports",
    "Métal",
    "Horeca",
    "Distribution",
    "Informatique",
    "Nettoyage"
  };
  private static final String[] SECTORS_DE = {
    "Bau",
    "Logistik",
    "Technik",
    "Pflege",
    "Transporte",
    "Metallbau",
    "Gastronomie",
    "Handel",
    "IT-Dienste",
    "Reinigung"
  };
  private static final String[] AGENCIES = {
    "Randstad", "Adecco", "Start People", "Tempo-Team", "Manpower", "Accent Jobs", "Trace", "Daoust"
  };

  private static String employerName(
      PostcodeArea place, boolean agency, String language, SplittableRandom r) {
    if (agency) {
      return AGENCIES[r.nextInt(AGENCIES.length)] + " " + place.localName();
    }
    String surname = SURNAMES[r.nextInt(SURNAMES.length)];
    switch (language) {
      case "nl":
        return surname
            + " "
            + SECTORS_NL[r.nextInt(SECTORS_NL.length)]
            + (r.nextBoolean() ? " BV" : " NV");
      case "de":
        return surname
            + " "
            + SECTORS_DE[r.nextInt(SECTORS_DE.length)]
            + (r.nextBoolean() ? " GmbH" : " AG");
      default:
        return SECTORS_FR[r.nextInt(SECTORS_FR.length)]
            + " "
            + surname
            + (r.nextBoolean() ? " SRL" : " SA");
    }
  }

  /**
   * A syntactically valid enterprise number: eight digits starting with 0, then the mod-97 check.
   */
  static String enterpriseNumber(SplittableRandom r) {
    long first8 = 2_000_000L + r.nextLong(8_000_000L); // 0xxxxxxx: the classic range
    long check = 97 - (first8 % 97);
    String digits = String.format(Locale.ROOT, "%08d%02d", first8, check);
    return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
  }

  private static ContractType contract(boolean agency, MemberCode member, SplittableRandom r) {
    if (agency) {
      return ContractType.TEMPORARY_AGENCY;
    }
    if (member.equals(MemberCode.BF) && r.nextInt(100) < 60) {
      return ContractType.APPRENTICESHIP;
    }
    int x = r.nextInt(100);
    if (x < 62) {
      return ContractType.PERMANENT;
    }
    if (x < 82) {
      return ContractType.FIXED_TERM;
    }
    if (x < 88) {
      return ContractType.REPLACEMENT;
    }
    if (x < 93) {
      return ContractType.STUDENT;
    }
    if (x < 97) {
      return ContractType.APPRENTICESHIP;
    }
    return ContractType.FLEXI_JOB;
  }

  private static List<Vacancy.LanguageRequirement> languages(
      String language, PostcodeArea place, SplittableRandom r) {
    List<Vacancy.LanguageRequirement> out = new ArrayList<>();
    String[] levels = {"B1", "B2", "B2", "C1"};
    out.add(new Vacancy.LanguageRequirement(language, levels[r.nextInt(levels.length)]));
    if (place.region() == Region.BRUSSELS && r.nextInt(100) < 60) {
      out.add(
          new Vacancy.LanguageRequirement(
              language.equals("nl") ? "fr" : "nl", r.nextBoolean() ? "B1" : "B2"));
    } else if (language.equals("de") && r.nextInt(100) < 50) {
      out.add(new Vacancy.LanguageRequirement("fr", "B1"));
    }
    if (r.nextInt(100) < 20) {
      out.add(new Vacancy.LanguageRequirement("en", r.nextBoolean() ? "B1" : "B2"));
    }
    return out;
  }

  private static EducationLevel education(int iscoMajor, SplittableRandom r) {
    switch (iscoMajor) {
      case 1:
      case 2:
        return r.nextInt(100) < 60 ? EducationLevel.MASTER : EducationLevel.BACHELOR;
      case 3:
        return r.nextBoolean() ? EducationLevel.BACHELOR : EducationLevel.UPPER_SECONDARY;
      case 9:
        return r.nextBoolean() ? EducationLevel.NONE : EducationLevel.LOWER_SECONDARY;
      default:
        return r.nextInt(100) < 70
            ? EducationLevel.UPPER_SECONDARY
            : EducationLevel.LOWER_SECONDARY;
    }
  }

  private static List<String> drivingLicences(DemoOccupation occ, SplittableRandom r) {
    String isco = occ.iscoCode();
    if (isco.startsWith("833")) {
      return List.of("B", "CE");
    }
    if (isco.startsWith("832") || isco.startsWith("8344") || r.nextInt(100) < 15) {
      return List.of("B");
    }
    return List.of();
  }

  private static Vacancy.Salary salary(int iscoMajor, SplittableRandom r) {
    if (r.nextInt(100) < 40) {
      return null;
    }
    int base = switch0(iscoMajor);
    int min = base + 50 * r.nextInt(10);
    int max = min + 200 + 100 * r.nextInt(10);
    return new Vacancy.Salary(
        BigDecimal.valueOf(min), BigDecimal.valueOf(max), "EUR", SalaryPeriod.MONTH);
  }

  private static int switch0(int iscoMajor) {
    int[] base = {4200, 4500, 3600, 3000, 2600, 2300, 2700, 2700, 2500, 2200};
    return base[Math.max(0, Math.min(9, iscoMajor))];
  }

  private static final String[] FIRST = {
    "An", "Jan", "Sofie", "Marc", "Julie", "Thomas", "Nathalie", "Pierre", "Anna", "Lukas"
  };

  private static String contactName(SplittableRandom r) {
    return FIRST[r.nextInt(FIRST.length)] + " " + SURNAMES[r.nextInt(SURNAMES.length)];
  }

  static String slug(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
