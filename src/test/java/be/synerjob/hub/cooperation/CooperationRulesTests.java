package be.synerjob.hub.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The module's rules without a database: rotation, vote outcome, periods, transitions, iCal text.
 */
class CooperationRulesTests {

  private static final MemberCode VDAB = MemberCode.VDAB;
  private static final MemberCode FOREM = MemberCode.FOREM;
  private static final MemberCode ACTIRIS = MemberCode.ACTIRIS;
  private static final MemberCode BF = MemberCode.BF;
  private static final MemberCode ADG = MemberCode.ADG;
  private static final List<MemberCode> ORDER = List.of(VDAB, FOREM, ACTIRIS, BF, ADG);

  // ---------------------------------------------------------------- rotation

  @ParameterizedTest(name = "after {0}, skipping [{1}]: {2}")
  @CsvSource({
    "'', '', VDAB FOREM ACTIRIS BF ADG VDAB FOREM",
    "VDAB, '', FOREM ACTIRIS BF ADG VDAB FOREM ACTIRIS",
    "ADG, '', VDAB FOREM ACTIRIS BF ADG VDAB FOREM",
    "ACTIRIS, BF, ADG VDAB FOREM ACTIRIS ADG VDAB FOREM",
    "'', VDAB, FOREM ACTIRIS BF ADG FOREM ACTIRIS BF",
    "BF, BF ADG, VDAB FOREM ACTIRIS VDAB FOREM ACTIRIS VDAB",
  })
  void rotationFollowsTheOrderWrapsAroundAndSkips(String last, String skip, String expected) {
    Rotation r =
        new Rotation(
            ORDER,
            skip.isBlank()
                ? Set.of()
                : java.util.Arrays.stream(skip.split(" "))
                    .map(MemberCode::new)
                    .collect(java.util.stream.Collectors.toSet()));
    List<String> upcoming =
        r.upcoming(last.isBlank() ? null : new MemberCode(last), 7).stream()
            .map(MemberCode::value)
            .toList();
    assertThat(upcoming).containsExactly(expected.split(" "));
  }

  @Test
  void aLastPresenterNoLongerInTheOrderRestartsAtTheFirstAndAllSkippedIsRefused() {
    Rotation r = new Rotation(List.of(FOREM, VDAB), Set.of());
    assertThat(r.next(ADG)).isEqualTo(FOREM);
    assertThatThrownBy(() -> new Rotation(List.of(VDAB, FOREM), Set.of(VDAB, FOREM)))
        .hasMessageContaining("nobody could present");
  }

  // ---------------------------------------------------------------- vote

  record VoteCase(
      String name,
      Map<MemberCode, Long> votes,
      MemberCode chair,
      Long winner,
      ThemeVote.Rule rule) {}

  @Test
  void voteOutcomeMajorityAndTieRules() {
    List<Long> proposals = List.of(10L, 11L, 12L);
    List<VoteCase> cases =
        List.of(
            new VoteCase(
                "majority",
                votes(VDAB, 11L, FOREM, 11L, ACTIRIS, 10L),
                VDAB,
                11L,
                ThemeVote.Rule.MAJORITY),
            new VoteCase("single vote", votes(ADG, 12L), null, 12L, ThemeVote.Rule.MAJORITY),
            new VoteCase(
                "tie, chair voted for a tied theme",
                votes(VDAB, 11L, FOREM, 10L, ACTIRIS, 11L, ADG, 10L),
                FOREM,
                10L,
                ThemeVote.Rule.TIE_CHAIR),
            new VoteCase(
                "tie, chair's choice is the later proposal",
                votes(VDAB, 12L, FOREM, 10L),
                VDAB,
                12L,
                ThemeVote.Rule.TIE_CHAIR),
            new VoteCase(
                "tie, chair voted outside the tie",
                votes(VDAB, 11L, FOREM, 12L, ACTIRIS, 12L, ADG, 11L, BF, 10L),
                BF,
                11L,
                ThemeVote.Rule.TIE_EARLIEST_PROPOSAL),
            new VoteCase(
                "tie, chair did not vote",
                votes(VDAB, 12L, FOREM, 11L),
                ADG,
                11L,
                ThemeVote.Rule.TIE_EARLIEST_PROPOSAL),
            new VoteCase(
                "tie, no chair",
                votes(VDAB, 12L, FOREM, 11L, ACTIRIS, 10L),
                null,
                10L,
                ThemeVote.Rule.TIE_EARLIEST_PROPOSAL),
            new VoteCase("no votes", Map.of(), VDAB, null, ThemeVote.Rule.NO_VOTES));
    for (VoteCase c : cases) {
      ThemeVote.Outcome o = ThemeVote.decide(proposals, c.votes(), c.chair());
      assertThat(o.winner()).as(c.name()).isEqualTo(c.winner());
      assertThat(o.rule()).as(c.name()).isEqualTo(c.rule());
      assertThat(o.counts().values().stream().mapToInt(Integer::intValue).sum())
          .as(c.name())
          .isEqualTo(c.votes().size());
    }
    assertThatThrownBy(() -> ThemeVote.decide(proposals, votes(VDAB, 99L), null))
        .hasMessageContaining("not proposed");
  }

  private static Map<MemberCode, Long> votes(Object... pairs) {
    Map<MemberCode, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((MemberCode) pairs[i], (Long) pairs[i + 1]);
    }
    return m;
  }

  // ---------------------------------------------------------------- periods and transitions

  @ParameterizedTest(name = "[{0}, {1}] and [{2}, {3}] overlap: {4}")
  @CsvSource({
    "2023-01-01, 2024-12-31, 2025-01-01, '', false",
    "2023-01-01, 2024-12-31, 2024-12-31, '', true",
    "2023-01-01, '', 2030-01-01, 2030-12-31, true",
    "2025-01-01, 2025-06-30, 2024-01-01, 2024-12-31, false",
    "2025-01-01, 2025-06-30, 2024-01-01, 2025-01-01, true",
    "2025-03-01, 2025-03-31, 2025-01-01, '', true",
    "2025-03-01, '', 2024-01-01, 2025-02-28, false",
  })
  void mandatePeriodsOverlapWhenTheyShareADay(
      String aStart, String aEnd, String bStart, String bEnd, boolean expected) {
    assertThat(Representatives.overlap(d(aStart), d(aEnd), d(bStart), d(bEnd))).isEqualTo(expected);
    assertThat(Representatives.overlap(d(bStart), d(bEnd), d(aStart), d(aEnd))).isEqualTo(expected);
  }

  private static LocalDate d(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "ACTIVE, SUSPENDED, true",
    "ACTIVE, CLOSED, true",
    "ACTIVE, ACTIVE, false",
    "SUSPENDED, ACTIVE, true",
    "SUSPENDED, CLOSED, true",
    "SUSPENDED, SUSPENDED, false",
    "CLOSED, ACTIVE, false",
    "CLOSED, SUSPENDED, false",
    "CLOSED, CLOSED, false",
  })
  void workingGroupTransitions(WorkingGroupStatus from, WorkingGroupStatus to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
  }

  @Test
  void everyCodeHasALabelInEveryLanguage() {
    List<Class<? extends Enum<?>>> enums =
        List.of(
            MandateKind.class,
            SessionKind.class,
            SessionStatus.class,
            Visibility.class,
            AgendaItemType.class,
            DecisionStatus.class,
            ThemeStatus.class,
            WorkingGroupStatus.class,
            LinkKind.class,
            ThemeVote.Rule.class);
    for (Language l : Language.values()) {
      for (Class<? extends Enum<?>> e : enums) {
        for (Enum<?> c : e.getEnumConstants()) {
          assertThat(Labels.of(c, l)).as(e.getSimpleName() + "." + c + " in " + l).isNotBlank();
        }
      }
    }
    assertThat(Labels.of(MandateKind.PRESIDENT, Language.NL)).isEqualTo("Voorzitter");
    assertThat(Labels.of(MandateKind.PRESIDENT, Language.FR)).isEqualTo("Président");
    assertThat(Labels.of(SessionKind.BOARD, Language.DE)).isEqualTo("Verwaltungsrat");
    assertThat(Labels.format("coop.agenda.currentProjects", Language.NL, "VDAB"))
        .isEqualTo("Lopende projecten van VDAB");
  }

  // ---------------------------------------------------------------- iCalendar text

  @Test
  void iCalendarLinesAreFoldedAt75OctetsWithoutSplittingCharactersAndTextIsEscaped()
      throws Exception {
    String summary =
        "Conseil d'administration; réunion, thème: «Égalité» " + "é".repeat(60) + " \\ fin";
    ZonedDateTime start =
        ZonedDateTime.of(2026, 3, 29, 10, 0, 0, 0, Session.BRUSSELS); // the day summer time starts
    String ics =
        new ICalendarWriter()
            .begin("VCALENDAR")
            .raw("VERSION", "2.0")
            .raw("PRODID", "-//test//EN")
            .brusselsTimeZone()
            .begin("VEVENT")
            .raw("UID", "a@b")
            .utc("DTSTAMP", start.toInstant())
            .local("DTSTART", start)
            .local("DTEND", start.plusHours(2))
            .text("SUMMARY", summary)
            .text("DESCRIPTION", "1. Opening\n2. Varia")
            .end("VEVENT")
            .end("VCALENDAR")
            .toString();
    assertThat(ics).endsWith("\r\n").doesNotContain("\n\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      assertThat(line).doesNotContain("\n").doesNotContain("\r");
    }
    assertThat(ics).contains("SUMMARY:Conseil d'administration\\; réunion\\, thème: «Égalité»");
    assertThat(ics).contains("DTSTART;TZID=Europe/Brussels:20260329T100000");
    assertThat(ics).contains("DTSTAMP:20260329T080000Z"); // CEST = UTC+2

    Calendar cal = parseValid(ics);
    VEvent e = cal.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    assertThat(e.getSummary().orElseThrow().getValue()).isEqualTo(summary);
    assertThat(e.getDescription().orElseThrow().getValue()).isEqualTo("1. Opening\n2. Varia");
    assertThat(ZonedDateTime.from(e.getDateTimeStart().orElseThrow().getDate()).toInstant())
        .isEqualTo(start.toInstant());

    // the validator does catch a broken event: without DTSTAMP and UID
    String broken = ics.replaceAll("(?m)^(UID|DTSTAMP):.*\r\n", "");
    assertThat(new CalendarBuilder().build(new StringReader(broken)).validate(true).hasErrors())
        .isTrue();
  }

  /** Parses iCalendar text with ical4j (strict RFC 5545 parsing) and asserts it validates. */
  static Calendar parseValid(String ics) throws Exception {
    Calendar cal = new CalendarBuilder().build(new StringReader(ics));
    var result = cal.validate(true);
    assertThat(result.hasErrors()).as(result.toString()).isFalse();
    return cal;
  }
}
