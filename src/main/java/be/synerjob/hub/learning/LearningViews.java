package be.synerjob.hub.learning;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Multilingual;
import be.synerjob.hub.vacancy.EnterpriseNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What employers and employees read: an employment's balance per year and over the window with the
 * legal minimum next to the declared entitlement, the training taken, a person's whole account and
 * an employer's compliance report; labels in the requested language.
 */
@Service
public class LearningViews {

  private static final Multilingual COUNTS =
      new Multilingual(
          "Telt mee voor het opleidingsrecht",
          "Compte pour le droit à la formation",
          "Zählt für den Weiterbildungsanspruch",
          "Counts towards the training right");
  private static final Multilingual DOES_NOT_COUNT =
      new Multilingual(
          "Telt niet mee voor het opleidingsrecht",
          "Ne compte pas pour le droit à la formation",
          "Zählt nicht für den Weiterbildungsanspruch",
          "Does not count towards the training right");

  private final LearningService service;
  private final LearningAccounts accounts;
  private final TrainingRight right;

  LearningViews(LearningService service, LearningAccounts accounts, TrainingRight right) {
    this.service = service;
    this.accounts = accounts;
    this.right = right;
  }

  /** The legal minimum the rules give for a year, with the band that decided it. */
  public record LegalMinimum(
      TrainingRight.Band band,
      String bandLabel,
      BigDecimal employerFte,
      BigDecimal fullTimeDays,
      BigDecimal regime,
      BigDecimal yearFraction,
      BigDecimal days,
      LocalDate ruleSet,
      List<String> sources) {}

  /**
   * One year of an employment.
   *
   * @param declared the entitlement the employer declared (null when not declared)
   * @param entitled what the balance counts: the declared entitlement, else the legal minimum
   */
  public record YearView(
      int year,
      BigDecimal declared,
      LegalMinimum legalMinimum,
      BigDecimal entitled,
      BigDecimal carriedIn,
      BigDecimal expired,
      BigDecimal taken,
      BigDecimal notCounted,
      BigDecimal beyondEntitlement,
      BigDecimal available) {}

  /** A training with labels. */
  public record TrainingView(
      String id,
      TrainingKind kind,
      String kindLabel,
      boolean counts,
      String countsLabel,
      String title,
      String provider,
      LocalDate startDate,
      LocalDate endDate,
      BigDecimal days,
      BigDecimal hours,
      List<String> competences) {}

  /** An employment with its balance. */
  public record EmploymentView(
      Employee employee,
      String employerName,
      String enterpriseNumber,
      List<YearView> years,
      TrainingRight.Window window,
      List<TrainingView> trainings) {}

  /** A person's account: every employment and the individual learning account. */
  public record PersonView(
      String language,
      int year,
      List<EmploymentView> employments,
      List<LearningAccounts.Certification> certifications) {}

  public int currentYear() {
    return service.today().getYear();
  }

  /** The balance of one employment up to a year. */
  public EmploymentView employment(Employee e, int asOfYear, Language lang) {
    Map<Integer, BigDecimal> declared = new HashMap<>();
    service.entitlements(e.id()).forEach(d -> declared.put(d.year(), d.days()));
    Map<Integer, BigDecimal> fte = service.workforce(e.enterpriseNumber());
    Map<Integer, LegalMinimum> minimum = new HashMap<>();
    Map<Integer, BigDecimal> entitled = new HashMap<>();
    int from = Math.max(e.startDate().getYear(), right.rules().firstYear());
    int to = e.endDate() == null ? asOfYear : Math.min(asOfYear, e.endDate().getYear());
    for (int y = from; y <= to; y++) {
      LegalMinimum lm = legalMinimum(e, fte, y, lang);
      minimum.put(y, lm);
      BigDecimal d = declared.containsKey(y) ? declared.get(y) : lm.days();
      if (d != null) {
        entitled.put(y, d);
      }
    }
    List<Training> trainings = service.trainings(e.id());
    List<TrainingRight.Taken> taken =
        trainings.stream()
            .filter(t -> t.startDate().getYear() <= asOfYear)
            .map(t -> new TrainingRight.Taken(t.startDate().getYear(), t.kind(), t.days()))
            .toList();
    TrainingRight.Balance balance = right.balance(entitled, taken, asOfYear);
    List<YearView> years = new ArrayList<>();
    for (TrainingRight.YearBalance yb : balance.years()) {
      years.add(
          new YearView(
              yb.year(),
              declared.get(yb.year()),
              minimum.get(yb.year()),
              yb.entitled(),
              yb.carriedIn(),
              yb.expired(),
              yb.taken(),
              yb.notCounted(),
              yb.beyondEntitlement(),
              yb.available()));
    }
    return new EmploymentView(
        e,
        service.employer(e.enterpriseNumber()).name(),
        EnterpriseNumber.format(e.enterpriseNumber()),
        years,
        balance.window(),
        trainings.stream().map(t -> trainingView(t, lang)).toList());
  }

  LegalMinimum legalMinimum(Employee e, Map<Integer, BigDecimal> fte, int year, Language lang) {
    TrainingRight.Entitlement ent =
        right.entitlement(
            year,
            right.employerSize(fte, year),
            service.sectorDays(e.jointCommittee(), year).orElse(null),
            new TrainingRight.Employment(e.regime(), e.startDate(), e.endDate()));
    return new LegalMinimum(
        ent.band(),
        ent.band().label().in(lang),
        ent.employerFte(),
        ent.fullTimeDays(),
        ent.regime(),
        ent.yearFraction(),
        ent.days(),
        ent.ruleSet(),
        ent.sources());
  }

  public TrainingView trainingView(Training t, Language lang) {
    boolean counts = right.rules().forYear(t.startDate().getYear()).counts(t.kind());
    return new TrainingView(
        t.id(),
        t.kind(),
        t.kind().label().in(lang),
        counts,
        (counts ? COUNTS : DOES_NOT_COUNT).in(lang),
        t.title(),
        t.provider(),
        t.startDate(),
        t.endDate(),
        t.days(),
        t.hours(),
        t.competences());
  }

  /** A person's whole account, by the hash of their national number. */
  public PersonView person(String nnHash, int asOfYear, Language lang) {
    List<EmploymentView> employments =
        service.employmentsOf(nnHash).stream().map(e -> employment(e, asOfYear, lang)).toList();
    return new PersonView(lang.code(), asOfYear, employments, accounts.certifications(nnHash));
  }

  /** The employer's compliance for a year, judged today. */
  public Compliance compliance(String employer, int year, Language lang) {
    LocalDate today = service.today();
    List<Compliance.Issue> issues = new ArrayList<>();
    Map<Integer, BigDecimal> fte = service.workforce(employer);
    if (year >= right.rules().firstYear() && right.employerSize(fte, year) == null) {
      int[] q = right.options().referencePeriod().quarters(year);
      issues.add(
          issue(
              Compliance.Issue.Kind.WORKFORCE_MISSING,
              lang,
              null,
              "quarters "
                  + (q[0] / 10)
                  + "Q"
                  + (q[0] % 10)
                  + " to "
                  + (q[3] / 10)
                  + "Q"
                  + (q[3] % 10),
              null,
              null,
              "without a workforce the hub cannot compute the legal minimum",
              "full-right-min-fte"));
    }
    List<Employee> employees = service.employees(employer);
    int count = 0;
    for (Employee e : employees) {
      if (!e.employedIn(year)) {
        continue;
      }
      count++;
      // New hires: within N days of the start (or of the account's opening, for older employments).
      RuleSet atRegistration = right.rules().on(max(e.startDate(), today));
      atRegistration
          .rule("new-hire-deadline-days")
          .ifPresent(
              r -> {
                LocalDate base = max(e.startDate(), r.effectiveFrom());
                if (base.getYear() != year) {
                  return;
                }
                LocalDate due = base.plusDays(Integer.parseInt(r.value()));
                LocalDate done = LocalDate.ofInstant(e.registeredAt(), ZoneOffset.UTC);
                if (done.isAfter(due)) {
                  issues.add(
                      issue(
                          Compliance.Issue.Kind.LATE_REGISTRATION,
                          lang,
                          e,
                          "employment from " + e.startDate(),
                          due,
                          done,
                          "declared " + (done.toEpochDay() - due.toEpochDay()) + " days late",
                          r));
                }
              });
      // Yearly entitlement: within N days of 1 January or of the start of the employment.
      LocalDate entBase = max(LocalDate.of(year, 1, 1), e.startDate());
      Map<Integer, LearningService.DeclaredEntitlement> declared = new HashMap<>();
      service.entitlements(e.id()).forEach(d -> declared.put(d.year(), d));
      right
          .rules()
          .on(entBase)
          .rule("yearly-entitlement-deadline-days")
          .ifPresent(
              r -> {
                LocalDate due = entBase.plusDays(Integer.parseInt(r.value()));
                LearningService.DeclaredEntitlement d = declared.get(year);
                if (d == null && today.isAfter(due)) {
                  issues.add(
                      issue(
                          Compliance.Issue.Kind.MISSING_ENTITLEMENT,
                          lang,
                          e,
                          "year " + year,
                          due,
                          null,
                          "no entitlement declared for " + year,
                          r));
                } else if (d != null) {
                  LocalDate done = LocalDate.ofInstant(d.declaredAt(), ZoneOffset.UTC);
                  if (done.isAfter(due)) {
                    issues.add(
                        issue(
                            Compliance.Issue.Kind.LATE_ENTITLEMENT,
                            lang,
                            e,
                            "year " + year,
                            due,
                            done,
                            "declared " + (done.toEpochDay() - due.toEpochDay()) + " days late",
                            r));
                  }
                }
              });
      LearningService.DeclaredEntitlement d = declared.get(year);
      if (d != null) {
        LegalMinimum lm = legalMinimum(e, fte, year, lang);
        if (lm.days() != null && d.days().compareTo(lm.days()) < 0) {
          issues.add(
              issue(
                  Compliance.Issue.Kind.BELOW_LEGAL_MINIMUM,
                  lang,
                  e,
                  "year " + year,
                  null,
                  LocalDate.ofInstant(d.declaredAt(), ZoneOffset.UTC),
                  "declared "
                      + d.days().toPlainString()
                      + " days, the legal minimum is "
                      + lm.days().toPlainString()
                      + " ("
                      + lm.bandLabel()
                      + ")",
                  String.join("; ", lm.sources())));
        }
      }
      // Training: by the end of the month after the quarter it ended in.
      for (Training t : service.trainings(e.id())) {
        if (t.endDate().getYear() != year) {
          continue;
        }
        LocalDate quarterEnd =
            LocalDate.of(year, ((t.endDate().getMonthValue() - 1) / 3) * 3 + 3, 1)
                .withDayOfMonth(1)
                .plusMonths(1)
                .minusDays(1);
        right
            .rules()
            .on(quarterEnd)
            .rule("quarterly-update-months")
            .ifPresent(
                r -> {
                  LocalDate due =
                      quarterEnd.plusDays(1).plusMonths(Integer.parseInt(r.value())).minusDays(1);
                  LocalDate done = LocalDate.ofInstant(t.recordedAt(), ZoneOffset.UTC);
                  if (done.isAfter(due)) {
                    issues.add(
                        issue(
                            Compliance.Issue.Kind.LATE_TRAINING_UPDATE,
                            lang,
                            e,
                            "training " + t.id(),
                            due,
                            done,
                            "'"
                                + LearningService.clip(t.title())
                                + "' ended "
                                + t.endDate()
                                + ", recorded "
                                + done,
                            r));
                  }
                });
      }
    }
    Map<Compliance.Issue.Kind, Integer> counts = new EnumMap<>(Compliance.Issue.Kind.class);
    issues.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
    return new Compliance(
        EnterpriseNumber.format(employer), year, today, count, issues.isEmpty(), counts, issues);
  }

  private static Compliance.Issue issue(
      Compliance.Issue.Kind kind,
      Language lang,
      Employee e,
      String subject,
      LocalDate due,
      LocalDate done,
      String detail,
      Object rule) {
    String r =
        rule instanceof RuleSet.Rule x
            ? x.name() + " (" + x.effectiveFrom() + "): " + x.source()
            : String.valueOf(rule);
    return new Compliance.Issue(
        kind,
        kind.label().in(lang),
        e == null ? null : e.id(),
        e == null ? null : e.nationalNumberMasked(),
        subject,
        due,
        done,
        detail,
        r);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
