package be.synerjob.hub.matching;

import be.synerjob.hub.core.MemberCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode: illustrative mobility outcomes, once, when the table is empty. The yearly totals of
 * Walloon jobseekers hired in Flanders are the published ones (10,586 in 2022, 9,891 in 2023),
 * spread over the months with a seasonal profile; every other figure is invented for the demo.
 */
@Component
@ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
class MobilityDemoSeeder {

  /** Seasonal weights per month (sum 120): more hires in spring and early autumn. */
  private static final int[] SEASON = {8, 9, 11, 11, 11, 10, 8, 8, 12, 11, 11, 10};

  private final MobilityFigures figures;
  private final JdbcTemplate jdbc;

  MobilityDemoSeeder(MobilityFigures figures, JdbcTemplate jdbc) {
    this.figures = figures;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM mobility_outcome", Integer.class);
    if (n != null && n > 0) {
      return;
    }
    figures.report(MemberCode.FOREM, outcomes(), "demo");
    figures.report(MemberCode.VDAB, vdab(), "demo");
  }

  /** Outcomes FOREM reports (it is the origin). */
  static List<MobilityFigures.Outcome> outcomes() {
    List<MobilityFigures.Outcome> out = new ArrayList<>();
    spread(out, "HIRED", 2022, "FOREM", "VDAB", "WAL", "VLG", 10_586);
    spread(out, "HIRED", 2023, "FOREM", "VDAB", "WAL", "VLG", 9_891);
    spread(out, "HIRED", 2022, "FOREM", "ACTIRIS", "WAL", "BRU", 6_240);
    spread(out, "HIRED", 2023, "FOREM", "ACTIRIS", "WAL", "BRU", 6_015);
    spread(out, "TRAINED", 2023, "FOREM", "VDAB", "WAL", "VLG", 410);
    spread(out, "CROSS_BORDER_TRAINING", 2023, "FOREM", null, "WAL", "LU", 96);
    return out;
  }

  /** Outcomes VDAB reports as destination (trainees of Brussels services in its centres). */
  static List<MobilityFigures.Outcome> vdab() {
    List<MobilityFigures.Outcome> out = new ArrayList<>();
    spread(out, "TRAINED", 2023, "BF", "VDAB", "BRU", "VLG", 720);
    spread(out, "TRAINED", 2023, "ACTIRIS", "VDAB", "BRU", "VLG", 530);
    spread(out, "HIRED", 2023, "ACTIRIS", "VDAB", "BRU", "VLG", 3_870);
    spread(out, "HIRED", 2023, "ADG", "VDAB", "WAL", "VLG", 140);
    spread(out, "CROSS_BORDER_TRAINING", 2023, "VDAB", null, "VLG", "NL", 188);
    return out;
  }

  private static void spread(
      List<MobilityFigures.Outcome> out,
      String kind,
      int year,
      String origin,
      String destination,
      String from,
      String to,
      int total) {
    int given = 0;
    for (int m = 1; m <= 12; m++) {
      int persons = m == 12 ? total - given : Math.round(total * SEASON[m - 1] / 120f);
      given += persons;
      out.add(
          new MobilityFigures.Outcome(
              "DEMO-"
                  + kind
                  + "-"
                  + origin
                  + "-"
                  + (destination == null ? to : destination)
                  + "-"
                  + YearMonth.of(year, m),
              MobilityFigures.Kind.valueOf(kind),
              YearMonth.of(year, m).toString(),
              origin,
              destination,
              from,
              to,
              persons));
    }
  }
}
