package be.synerjob.hub.learning;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.learning.RuleOptions.CarryOverOrder;
import be.synerjob.hub.learning.RuleOptions.PartYearBasis;
import be.synerjob.hub.learning.RuleOptions.ReferencePeriod;
import be.synerjob.hub.learning.RuleOptions.Rounding;
import be.synerjob.hub.learning.TrainingRight.Balance;
import be.synerjob.hub.learning.TrainingRight.Band;
import be.synerjob.hub.learning.TrainingRight.Employment;
import be.synerjob.hub.learning.TrainingRight.Entitlement;
import be.synerjob.hub.learning.TrainingRight.Taken;
import be.synerjob.hub.learning.TrainingRight.YearBalance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule engine on worked cases: every rule of the shipped table and its edges. */
class TrainingRightTests {

  static final LearningRules RULES = LearningRules.shipped();
  static final TrainingRight DEFAULT = new TrainingRight(RULES, RuleOptions.DEFAULTS);

  static BigDecimal d(String v) {
    return v == null ? null : new BigDecimal(v);
  }

  static LocalDate date(String v) {
    return v == null ? null : LocalDate.parse(v);
  }

  /** year, employer FTE, sector days, regime, from, until, band, days (worked by hand). */
  static Stream<Arguments> entitlements() {
    return Stream.of(
        // size bands at their edges, full time, whole year
        Arguments.of(2024, "9.9", null, "1", "2020-01-01", null, Band.NONE, "0.00"),
        Arguments.of(2024, "10", null, "1", "2020-01-01", null, Band.SMALL, "1.00"),
        Arguments.of(2024, "19.99", null, "1", "2020-01-01", null, Band.SMALL, "1.00"),
        Arguments.of(2024, "20", null, "1", "2020-01-01", null, Band.FULL, "5.00"),
        // 2023 vs 2024 entry into force
        Arguments.of(2023, "20", null, "1", "2020-01-01", null, Band.FULL, "4.00"),
        Arguments.of(2023, "12", null, "1", "2020-01-01", null, Band.SMALL, "1.00"),
        // part time
        Arguments.of(2024, "25", null, "0.5", "2020-01-01", null, Band.FULL, "2.50"),
        Arguments.of(2024, "25", null, "0.8", "2020-01-01", null, Band.FULL, "4.00"),
        Arguments.of(2023, "25", null, "0.8", "2020-01-01", null, Band.FULL, "3.20"),
        Arguments.of(2024, "15", null, "0.5", "2020-01-01", null, Band.SMALL, "0.50"),
        // arriving mid-year: 2024 is a leap year, 184 of 366 days from 1 July
        Arguments.of(2024, "25", null, "1", "2024-07-01", null, Band.FULL, "2.51"),
        Arguments.of(2023, "25", null, "1", "2023-07-01", null, Band.FULL, "2.02"),
        Arguments.of(2024, "25", null, "0.5", "2024-07-01", null, Band.FULL, "1.26"),
        // leaving mid-year: 91 days to 31 March 2024
        Arguments.of(2024, "25", null, "1", "2020-01-01", "2024-03-31", Band.FULL, "1.24"),
        // not employed in the year
        Arguments.of(2024, "25", null, "1", "2025-01-01", null, Band.FULL, "0.00"),
        // sector agreements: above the statute, below the floor, and for a small employer
        Arguments.of(2024, "25", "6", "1", "2020-01-01", null, Band.SECTOR, "6.00"),
        Arguments.of(2024, "25", "1", "1", "2020-01-01", null, Band.SECTOR, "2.00"),
        Arguments.of(2024, "25", "2", "0.5", "2020-01-01", null, Band.SECTOR, "1.00"),
        Arguments.of(2024, "5", "3", "1", "2020-01-01", null, Band.SECTOR, "3.00"),
        // size unknown: no legal minimum
        Arguments.of(2024, null, null, "1", "2020-01-01", null, Band.UNKNOWN_SIZE, null));
  }

  @ParameterizedTest(name = "{0}: {1} FTE, sector {2}, regime {3}, {4}..{5} -> {6} {7}")
  @MethodSource("entitlements")
  void entitlementForAYear(
      int year,
      String fte,
      String sector,
      String regime,
      String from,
      String until,
      Band band,
      String days) {
    Entitlement e =
        DEFAULT.entitlement(
            year, d(fte), d(sector), new Employment(d(regime), date(from), date(until)));
    assertThat(e.band()).isEqualTo(band);
    assertThat(e.days()).isEqualTo(d(days));
    assertThat(e.sources()).isNotEmpty().allMatch(s -> s.contains("Law of 3 October 2022"));
  }

  /** options, from, regime, expected days in 2024 for a 25-FTE employer. */
  static Stream<Arguments> options() {
    RuleOptions o = RuleOptions.DEFAULTS;
    return Stream.of(
        Arguments.of(o, "2024-07-01", "1", "2.51"),
        Arguments.of(o.with(Rounding.HALF_DAY_UP), "2024-07-01", "1", "3.00"),
        Arguments.of(o.with(Rounding.HALF_DAY_UP), "2024-01-01", "0.3", "1.50"),
        Arguments.of(o.with(Rounding.DAY_UP), "2024-07-01", "0.5", "2.00"),
        Arguments.of(o.with(PartYearBasis.MONTHS), "2024-07-15", "1", "2.50"),
        Arguments.of(o.with(PartYearBasis.MONTHS), "2024-12-31", "1", "0.42"));
  }

  @ParameterizedTest(name = "{0}: from {1}, regime {2} -> {3}")
  @MethodSource("options")
  void configurableChoicesChangeOnlyWhatTheyShould(
      RuleOptions options, String from, String regime, String days) {
    Entitlement e =
        new TrainingRight(RULES, options)
            .entitlement(2024, d("25"), null, new Employment(d(regime), date(from), null));
    assertThat(e.days()).isEqualTo(d(days));
  }

  @Test
  void employerSizeIsTheAverageOverTheReferenceQuarters() {
    Map<Integer, BigDecimal> fte = new HashMap<>();
    fte.put(20223, d("30"));
    fte.put(20224, d("30"));
    fte.put(20231, d("18"));
    fte.put(20232, d("20"));
    fte.put(20233, d("22"));
    fte.put(20234, d("19.9"));
    // previous calendar year: (18 + 20 + 22 + 19.9) / 4 = 19.975 -> below 20
    assertThat(DEFAULT.employerSize(fte, 2024)).isEqualByComparingTo("19.975");
    assertThat(
            DEFAULT
                .entitlement(
                    2024,
                    DEFAULT.employerSize(fte, 2024),
                    null,
                    new Employment(BigDecimal.ONE, date("2020-01-01"), null))
                .band())
        .isEqualTo(Band.SMALL);
    // 1 July 2022 - 30 June 2023: (30 + 30 + 18 + 20) / 4 = 24.5
    TrainingRight julyToJune =
        new TrainingRight(RULES, RuleOptions.DEFAULTS.with(ReferencePeriod.JULY_TO_JUNE));
    assertThat(julyToJune.employerSize(fte, 2024)).isEqualByComparingTo("24.5");
    // quarters not declared are left out; none declared: unknown
    fte.remove(20233);
    fte.remove(20234);
    assertThat(DEFAULT.employerSize(fte, 2024)).isEqualByComparingTo("19");
    assertThat(DEFAULT.employerSize(fte, 2026)).isNull();
  }

  @Test
  void rulesAreVersionedByEntryIntoForceWithASourceForEach() {
    assertThat(RULES.versions())
        .extracting(RuleSet::effectiveFrom)
        .containsExactly(date("2023-01-01"), date("2024-01-01"), date("2024-04-01"));
    assertThat(RULES.on(date("2023-12-31")).daysPerFte()).isEqualByComparingTo("4");
    assertThat(RULES.on(date("2024-01-01")).daysPerFte()).isEqualByComparingTo("5");
    assertThat(RULES.forYear(2030).daysPerFte()).isEqualByComparingTo("5");
    // the Federal Learning Account's deadlines exist from 1 April 2024 only
    assertThat(RULES.on(date("2024-03-31")).newHireDeadlineDays()).isEmpty();
    assertThat(RULES.on(date("2024-04-01")).newHireDeadlineDays()).contains(60);
    assertThat(RULES.on(date("2024-04-01")).quarterlyUpdateMonths()).contains(1);
    assertThat(RULES.on(date("2024-04-01")).yearlyEntitlementDeadlineDays()).contains(30);
    assertThat(RULES.on(date("2024-04-01")).rule("new-hire-deadline-days").orElseThrow().source())
        .contains("Royal decree of 20 October 2023");
    assertThat(RULES.rows())
        .allSatisfy(
            r -> {
              assertThat(r.source()).isNotBlank();
              assertThat(r.note()).isNotBlank();
              assertThat(r.confidence()).isIn("HIGH", "MEDIUM", "LOW");
            });
  }

  @Test
  void trainingThatCountsAndTrainingThatDoesNot() {
    RuleSet rs = RULES.forYear(2024);
    assertThat(rs.counts(TrainingKind.FORMAL)).isTrue();
    assertThat(rs.counts(TrainingKind.INFORMAL)).isTrue();
    assertThat(rs.counts(TrainingKind.IN_COMPANY)).isTrue();
    assertThat(rs.counts(TrainingKind.FLEMISH_TRAINING_LEAVE)).isFalse();
    assertThat(rs.counts(TrainingKind.PAID_EDUCATIONAL_LEAVE)).isFalse();

    Balance b =
        DEFAULT.balance(
            Map.of(2024, d("5")),
            List.of(
                new Taken(2024, TrainingKind.FLEMISH_TRAINING_LEAVE, d("2")),
                new Taken(2024, TrainingKind.PAID_EDUCATIONAL_LEAVE, d("1")),
                new Taken(2024, TrainingKind.INFORMAL, d("0.5"))),
            2024);
    YearBalance y = b.years().get(0);
    assertThat(y.taken()).isEqualByComparingTo("0.5");
    assertThat(y.notCounted()).isEqualByComparingTo("3");
    assertThat(y.available()).isEqualByComparingTo("4.5");
  }

  @Test
  void unusedDaysCarryOverAndLeaveAtTheWindowsEnd() {
    Map<Integer, BigDecimal> ent = new HashMap<>();
    for (int y = 2024; y <= 2029; y++) {
      ent.put(y, d("5"));
    }
    Balance at2028 = DEFAULT.balance(ent, List.of(), 2028);
    assertThat(at2028.window().fromYear()).isEqualTo(2024);
    assertThat(at2028.window().available()).isEqualByComparingTo("25");
    assertThat(at2028.years()).extracting(YearBalance::expired).allMatch(e -> e.signum() == 0);

    // 2029: the 2024 days leave the window
    Balance at2029 = DEFAULT.balance(ent, List.of(), 2029);
    YearBalance y2029 = at2029.years().get(at2029.years().size() - 1);
    assertThat(y2029.expired()).isEqualByComparingTo("5");
    assertThat(y2029.carriedIn()).isEqualByComparingTo("20");
    assertThat(y2029.available()).isEqualByComparingTo("25");
    assertThat(at2029.window().fromYear()).isEqualTo(2025);
    assertThat(at2029.window().entitled()).isEqualByComparingTo("25");

    // 2023's 4 days are usable until the end of 2027
    Balance from2023 = DEFAULT.balance(Map.of(2023, d("4")), List.of(), 2028);
    assertThat(from2023.years().get(4).available()).isEqualByComparingTo("4");
    assertThat(from2023.years().get(5).expired()).isEqualByComparingTo("4");
    assertThat(from2023.years().get(5).available()).isEqualByComparingTo("0");
  }

  @Test
  void whichYearsDaysATrainingUsesFirstIsConfigurable() {
    Map<Integer, BigDecimal> ent = new HashMap<>();
    for (int y = 2025; y <= 2030; y++) {
      ent.put(y, d("5"));
    }
    List<Taken> taken = List.of(new Taken(2029, TrainingKind.FORMAL, d("3")));
    // oldest first: the 2025 days are used, 2 of them expire at the start of 2030
    YearBalance oldest = last(DEFAULT.balance(ent, taken, 2030));
    assertThat(oldest.expired()).isEqualByComparingTo("2");
    assertThat(oldest.available()).isEqualByComparingTo("25");
    // newest first: the 2029 days are used, all 5 of 2025 expire
    YearBalance newest =
        last(
            new TrainingRight(RULES, RuleOptions.DEFAULTS.with(CarryOverOrder.NEWEST_FIRST))
                .balance(ent, taken, 2030));
    assertThat(newest.expired()).isEqualByComparingTo("5");
    assertThat(newest.available()).isEqualByComparingTo("22");
  }

  @Test
  void trainingBeyondTheEntitlementIsShownNotBorrowed() {
    Balance b =
        DEFAULT.balance(
            Map.of(2024, d("1"), 2025, d("1")),
            List.of(new Taken(2024, TrainingKind.FORMAL, d("3"))),
            2025);
    assertThat(b.years().get(0).beyondEntitlement()).isEqualByComparingTo("2");
    assertThat(b.years().get(0).available()).isEqualByComparingTo("0");
    assertThat(b.years().get(1).available()).isEqualByComparingTo("1");
    assertThat(b.window().taken()).isEqualByComparingTo("3");
  }

  @Test
  void hoursBecomeDays() {
    assertThat(DEFAULT.trainingDays(null, d("15.2"))).isEqualByComparingTo("2");
    assertThat(DEFAULT.trainingDays(d("1.5"), null)).isEqualByComparingTo("1.5");
  }

  @Test
  void nationalNumbersAreCheckedAndMasked() {
    assertThat(NationalNumber.normalise("85.07.30-033.28")).contains("85073003328");
    assertThat(NationalNumber.normalise("02030400168")).contains("02030400168"); // born 2002
    assertThat(NationalNumber.normalise("85073003329")).isEmpty();
    assertThat(NationalNumber.problem("85073003329")).isEqualTo("has wrong check digits");
    assertThat(NationalNumber.problem("8507300332")).contains("11 digits");
    assertThat(NationalNumber.mask("85073003328")).isEqualTo("85.07.**-***.**");
  }

  private static YearBalance last(Balance b) {
    return b.years().get(b.years().size() - 1);
  }
}
