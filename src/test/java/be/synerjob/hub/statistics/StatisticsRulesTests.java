package be.synerjob.hub.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.FieldProblem;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The upload rules, suppression, periods and the SDMX-CSV shape, without Spring. */
class StatisticsRulesTests {

  static final YearMonth NOW = YearMonth.of(2026, 3);

  static final String GOOD =
      """
      statistic,period,sex,age,value
      JOB_DEMAND,2026-01,,,100
      JOB_DEMAND,2026-01,M,,60
      JOB_DEMAND,2026-01,F,,40
      JOB_DEMAND,2026-01,,Y_LT25,30
      JOB_DEMAND,2026-01,,Y25T49,50
      JOB_DEMAND,2026-01,,Y_GE50,20
      """;

  static List<FieldProblem> problems(String csv) {
    List<FieldProblem> p = new ArrayList<>();
    SubmissionRules.check(Submissions.readCsv(new StringReader(csv)), NOW, p);
    return p;
  }

  @Test
  void aConsistentUploadHasNoProblem() {
    List<FieldProblem> p = new ArrayList<>();
    var cells = SubmissionRules.check(Submissions.readCsv(new StringReader(GOOD)), NOW, p);
    assertThat(p).isEmpty();
    assertThat(cells).hasSize(6);
    assertThat(cells.get(1).seriesKey())
        .isEqualTo("REGION=_T;PROVINCE=_T;SEX=M;AGE=_T;EDUCATION=_T;DURATION=_T");
  }

  /** Each bad row: the line, the field, the problem code. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "JOB_DEMAND,2026-01,Q,,60|lines[3].SEX|unknown-code",
        "JOB_DEMAND,2026-01,M,,-60|lines[3].value|negative-value",
        "JOB_DEMAND,2026-01,M,,6x|lines[3].value|invalid-value",
        "VACANCIES,2026-01,M,,60|lines[3].statistic|unknown-statistic",
        "VAC_OPEN,2026-01,M,,60|lines[3].statistic|not-supplied-by-members",
        "JOB_DEMAND,2026-13,M,,60|lines[3].period|invalid-period",
        "JOB_DEMAND,2026-04,M,,60|lines[3].period|future-period",
        "JOB_DEMAND,2026-Q1,M,,60|lines[3].period|overlapping-period",
        "JOB_DEMAND,2026-01,F,,40|lines[4]|duplicate-series",
      })
  void aBadRowIsNamedWithItsFieldAndReason(String row, String field, String code) {
    String csv = GOOD.replace("JOB_DEMAND,2026-01,M,,60", row);
    List<FieldProblem> p = problems(csv);
    assertThat(p)
        .extracting(FieldProblem::field, FieldProblem::code)
        .contains(org.assertj.core.groups.Tuple.tuple(field, code));
    assertThat(p).allSatisfy(x -> assertThat(x.reason()).isNotBlank());
  }

  @Test
  void totalsThatDoNotAddUpNameTheTotalRowAndTheBreakdown() {
    List<FieldProblem> p =
        problems(GOOD.replace("JOB_DEMAND,2026-01,F,,40", "JOB_DEMAND,2026-01,F,,30"));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).field()).isEqualTo("lines[2].value");
    assertThat(p.get(0).code()).isEqualTo("total-mismatch");
    assertThat(p.get(0).reason()).contains("100", "SEX", "90", "lines[3]", "lines[4]");
    // a breakdown without its total row
    List<FieldProblem> q = problems(GOOD.replace("JOB_DEMAND,2026-01,,,100\n", ""));
    assertThat(q).extracting(FieldProblem::code).containsOnly("missing-total");
  }

  @Test
  void anUnknownColumnIsRefusedWithTheHeader() {
    try {
      Submissions.readCsv(new StringReader("statistic,period,colour,value\n"));
      org.assertj.core.api.Assertions.fail("accepted an unknown column");
    } catch (be.synerjob.hub.core.HubException e) {
      assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("lines[1].colour");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2026-05,M,2026-05,2026-05",
    "2026-Q2,Q,2026-04,2026-06",
    "2026,A,2026-01,2026-12",
  })
  void periodsParseAndCoverTheirMonths(String s, String freq, String first, String last) {
    StatPeriod p = StatPeriod.parse(s).orElseThrow();
    assertThat(p.frequency().name()).isEqualTo(freq);
    assertThat(p.firstMonth()).isEqualTo(YearMonth.parse(first));
    assertThat(p.lastMonth()).isEqualTo(YearMonth.parse(last));
    assertThat(p.toString()).isEqualTo(s);
    assertThat(StatPeriod.parse("2026-5")).isEmpty();
    assertThat(
            StatPeriod.parse("2026-Q2")
                .orElseThrow()
                .overlaps(StatPeriod.parse("2026-05").orElseThrow()))
        .isTrue();
    assertThat(
            StatPeriod.parse("2026-Q2")
                .orElseThrow()
                .overlaps(StatPeriod.parse("2026-07").orElseThrow()))
        .isFalse();
  }

  static Suppression.Cell cell(String sex, long v) {
    Map<Dimension, String> s = new EnumMap<>(Dimension.class);
    s.put(Dimension.SEX, sex);
    return new Suppression.Cell(s, v);
  }

  @Test
  void aSmallCountIsHiddenAndSoIsTheCellThatWouldRevealIt() {
    // total 20 = M 17 + F 3: F is primary; M would give F by subtraction, so M is hidden too
    List<Suppression.Cell> cells = List.of(cell("_T", 20), cell("M", 17), cell("F", 3));
    char[] s = Suppression.apply(cells, List.of(Dimension.SEX), 5);
    assertThat(new String(s)).isEqualTo("FDC");
    // two small cells protect each other; zero is not confidential
    cells = List.of(cell("_T", 26), cell("M", 20), cell("F", 3), cell("X", 3));
    assertThat(new String(Suppression.apply(cells, List.of(Dimension.SEX), 5))).isEqualTo("FFCC");
    cells = List.of(cell("_T", 20), cell("M", 20), cell("F", 0));
    assertThat(new String(Suppression.apply(cells, List.of(Dimension.SEX), 5))).isEqualTo("FFF");
    // a small total with one cell: both hidden; nothing else to hide
    cells = List.of(cell("_T", 4), cell("M", 4));
    assertThat(new String(Suppression.apply(cells, List.of(Dimension.SEX), 5))).isEqualTo("CC");
    // a small count whose siblings are all zero: the total must go
    cells = List.of(cell("_T", 2), cell("M", 0), cell("F", 2));
    assertThat(new String(Suppression.apply(cells, List.of(Dimension.SEX), 5))).isEqualTo("CFC");
  }

  @Test
  void sdmxCsvHasTheStandardColumnsAndFlags() {
    Publication pub = new Publication(null, null, 5);
    Map<String, String> series = new java.util.LinkedHashMap<>();
    for (Dimension d : Statistic.JOB_DEMAND.dimensions()) {
      series.put(d.name(), d == Dimension.INSTITUTION ? "FOREM" : "_T");
    }
    List<Publication.Published> data =
        List.of(
            new Publication.Published(
                "FOREM", "2026-01", "M", series, 100L, "B", "F", 0, Instant.EPOCH),
            new Publication.Published(
                "FOREM", "2026-02", "M", series, null, "A", "C", 0, Instant.EPOCH));
    StringWriter w = new StringWriter();
    pub.writeSdmx(Statistic.JOB_DEMAND, data, w);
    String[] lines = w.toString().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,INSTITUTION,REGION,PROVINCE,SEX,AGE,EDUCATION,DURATION,"
                + "TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS");
    assertThat(lines[1])
        .isEqualTo(
            "dataflow,SYNERJOB:DF_JOB_DEMAND(1.0),I,M,FOREM,_T,_T,_T,_T,_T,_T,2026-01,100,B,F");
    assertThat(lines[2]).endsWith(",2026-02,,A,C");
  }

  @Test
  void theShippedCatalogueIsValidUnderTheRulesMembersFollow() {
    for (MethodologySeed.SeedEntry e : MethodologySeed.load()) {
      assertThat(Statistic.parse(e.statistic())).as(e.statistic()).isPresent();
      assertThat(Methodologies.validate(e.year(), e.entry()))
          .as(e.statistic() + "/" + e.institution())
          .isEmpty();
      assertThat(e.entry().illustrative()).isEqualTo(e.demoOnly());
    }
  }
}
