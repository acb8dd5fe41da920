package be.synerjob.hub.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.support.EmbeddedPostgres;
import be.synerjob.hub.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo data on PostgreSQL (the production database), and the secretariat's "done when" path on
 * it: close the open vote, plan the next board session with its presenter and theme, read the
 * calendar. The clock stands on Sunday 29 November 2026.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "hub.channel.sftp.enabled=false",
      "hub.reference.import-on-start=false"
    })
class PostgresCooperationDemoTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgres.newDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  @TestConfiguration
  static class FixedClock {
    @Bean
    Clock clock() {
      return new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    }
  }

  static final Viewer SECRETARIAT = new Viewer(true, true, null, "test");

  @Autowired CooperationDemo demo;
  @Autowired TransactionTemplate tx;
  @Autowired Sessions sessions;
  @Autowired RollingAgenda agenda;
  @Autowired Documents documents;
  @Autowired WorkingGroups groups;
  @Autowired Representatives representatives;
  @Autowired SessionCalendar calendar;

  @Test
  void demoDataAndPlanningTheNextBoardSession() throws Exception {
    tx.executeWithoutResult(s -> demo.seedAll());

    Map<Integer, List<Theme>> byYear = agenda.presentedByYear(Viewer.ANONYMOUS);
    assertThat(byYear.get(2023))
        .extracting(t -> t.title(Language.EN) + " by " + t.presenter())
        .containsExactly(
            "Diversity plans by ACTIRIS",
            "Coordinated employment by ADG",
            "Capacity building with local authorities by VDAB");
    assertThat(byYear.get(2023).get(0).title(Language.FR)).isEqualTo("Plans de diversité");
    assertThat(representatives.chairOn(java.time.LocalDate.of(2026, 10, 15)).orElseThrow().value())
        .isEqualTo("VDAB");
    assertThat(representatives.chairOn(java.time.LocalDate.of(2024, 3, 1)).orElseThrow().value())
        .isEqualTo("FOREM");

    // the 2026 session: BF presented; the vote is open with a 2-2 tie, the chair (VDAB) chose
    // mobility
    assertThat(agenda.rotationState().lastPresenter()).isEqualTo("BF");
    Session held = sessions.list(SECRETARIAT, 2026, SessionKind.BOARD).get(0);
    RollingAgenda.Tally tally = agenda.tally(held.id());
    assertThat(tally.closed()).isFalse();
    assertThat(tally.outcome().rule()).isEqualTo(ThemeVote.Rule.TIE_CHAIR);
    Theme mobility = tally.proposals().get(0);
    assertThat(tally.outcome().winner()).isEqualTo(mobility.id());

    RollingAgenda.NextSession before = agenda.proposal();
    assertThat(before.presenter()).isEqualTo("ADG");
    assertThat(before.theme()).isNull();
    assertThat(before.startsAt().toString()).startsWith("2026-12-17T10:00+01:00");

    agenda.closeVote(held.id(), SECRETARIAT);
    Session next = agenda.planNext(null, SECRETARIAT);
    assertThat(next.presenter()).isEqualTo("ADG");
    assertThat(next.themeId()).isEqualTo(mobility.id());
    assertThat(next.startsAt().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 17));
    List<Sessions.AgendaItem> items = sessions.agenda(next.id());
    Map<Long, Theme> themes =
        agenda.themes(items.stream().map(Sessions.AgendaItem::themeId).toList());
    assertThat(items.stream().map(i -> sessions.title(i, Language.NL, themes)).toList())
        .contains(
            "Lopende projecten van ADG",
            "Thema ten gronde: Interregionale mobiliteit van werkzoekenden (door Le Forem)");
    assertThat(agenda.presentedByYear(SECRETARIAT).get(2026))
        .extracting(Theme::id, Theme::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(mobility.id(), ThemeStatus.CHOSEN));

    // documents in BYTEA, internal ones hidden from anonymous readers
    List<Documents.DocumentInfo> all = documents.ofSession(held.id(), SECRETARIAT);
    assertThat(all)
        .extracting(Documents.DocumentInfo::visibility)
        .containsExactly(Visibility.PUBLIC, Visibility.INTERNAL);
    assertThat(documents.ofSession(held.id(), Viewer.ANONYMOUS)).hasSize(1);
    String agendaText =
        new String(
            documents.content(all.get(0).id(), Viewer.ANONYMOUS).bytes(), StandardCharsets.UTF_8);
    assertThat(agendaText).contains("Current projects of Bruxelles Formation");

    // six working groups, each linked to what it steers
    assertThat(groups.list(WorkingGroupStatus.ACTIVE)).hasSize(6);
    assertThat(groups.links("vacancy-exchange"))
        .extracting(WorkingGroups.Link::target)
        .contains("/api/v1/quality/flows");
    assertThat(groups.links("competent"))
        .extracting(WorkingGroups.Link::target)
        .containsExactly("/api/v1/reference/releases");
    assertThat(groups.reports("vacancy-exchange")).hasSize(1);

    var ics = CooperationRulesTests.parseValid(calendar.ics(Viewer.ANONYMOUS, Language.DE));
    assertThat(ics.getComponents("VEVENT")).hasSize(6);
  }
}
