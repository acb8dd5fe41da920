package be.synerjob.hub.matching.web;

import be.synerjob.hub.console.ConsoleSection;
import be.synerjob.hub.console.ConsoleUser;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.PostcodeArea;
import be.synerjob.hub.matching.Jobseekers;
import be.synerjob.hub.matching.Limit;
import be.synerjob.hub.matching.Matching;
import be.synerjob.hub.matching.MobilityFigures;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Console pages: a counsellor opens a profile by the member's own id and sees its matches with
 * their reasons, filtered, on a map of Belgium's postcode centroids; and the mobility figures with
 * charts. The map and charts are server-drawn SVG (no script).
 */
@Controller
@RequestMapping("/console/matching")
class MatchingPages {

  private final Matching matching;
  private final Jobseekers jobseekers;
  private final MobilityFigures figures;
  private final BelgiumMap map;

  MatchingPages(
      Matching matching, Jobseekers jobseekers, MobilityFigures figures, Gazetteer gazetteer) {
    this.matching = matching;
    this.jobseekers = jobseekers;
    this.figures = figures;
    this.map = new BelgiumMap(gazetteer);
  }

  @Configuration
  static class Navigation {
    @Bean
    ConsoleSection matchingSection() {
      return new ConsoleSection("matching", "/console/matching", "matching.nav", 50, false);
    }

    @Bean
    ConsoleSection mobilitySection() {
      return new ConsoleSection(
          "mobility", "/console/matching/mobility", "matching.mobility.nav", 55, false);
    }
  }

  @GetMapping
  String page(
      @RequestParam(required = false) String id,
      @RequestParam(required = false) List<String> soft,
      @RequestParam(required = false) String region,
      @RequestParam(defaultValue = "0") int minScore,
      Model model) {
    ConsoleUser user = ConsoleUser.current();
    Language lang =
        Language.parse(LocaleContextHolder.getLocale().getLanguage()).orElse(Language.EN);
    Set<Limit> softLimits = EnumSet.noneOf(Limit.class);
    if (soft != null) {
      soft.forEach(s -> Limit.parse(s).ifPresent(softLimits::add));
    }
    Region r = Region.parse(region).orElse(null);
    model.addAttribute("id", id == null ? "" : id.trim());
    model.addAttribute("soft", softLimits.stream().map(Enum::name).toList());
    model.addAttribute("region", r == null ? "" : r.code());
    model.addAttribute("minScore", minScore);
    model.addAttribute("regions", Region.values());
    model.addAttribute("lang", lang.code());
    model.addAttribute("operator", user.isOperator());
    if (id == null || id.isBlank() || user.isOperator()) {
      return "matching/index";
    }
    try {
      Matching.Matches m =
          matching.matches(
              user.member(),
              id.trim(),
              new Matching.Query(50, softLimits, lang, r, Math.max(0, Math.min(100, minScore))));
      model.addAttribute("profile", jobseekers.require(user.member(), id.trim()));
      model.addAttribute("result", m);
      model.addAttribute("map", map.draw(m));
    } catch (HubException e) {
      model.addAttribute("notFound", true);
    }
    return "matching/index";
  }

  /** One bar of a chart. */
  record Bar(String label, long value, int width) {}

  @GetMapping("/mobility")
  String mobility(@RequestParam(required = false) Integer year, Model model) {
    int y = year == null ? Year.now().getValue() - 1 : year;
    List<MobilityFigures.Flow> hires =
        figures.flows(YearMonth.of(y, 1), YearMonth.of(y, 12), MobilityFigures.Kind.HIRED, true);
    List<MobilityFigures.Flow> monthly =
        figures.flows(YearMonth.of(y, 1), YearMonth.of(y, 12), MobilityFigures.Kind.HIRED, false);
    List<MobilityFigures.TrainingFlow> training = figures.trainingFlows(y, y);
    List<MobilityFigures.Flow> crossBorder = figures.crossBorder(y, y);
    model.addAttribute("year", y);
    model.addAttribute("hires", hires);
    model.addAttribute("training", training);
    model.addAttribute("crossBorder", crossBorder);
    List<Bar> flowBars = new ArrayList<>();
    long max = 1;
    for (MobilityFigures.Flow f : hires) {
      max = Math.max(max, f.persons());
    }
    for (MobilityFigures.TrainingFlow f : training) {
      max = Math.max(max, f.persons());
    }
    for (MobilityFigures.Flow f : hires) {
      flowBars.add(
          new Bar(
              f.originRegion() + " → " + f.destinationRegion(),
              f.persons(),
              (int) (400 * f.persons() / max)));
    }
    for (MobilityFigures.TrainingFlow f : training) {
      flowBars.add(
          new Bar(
              f.originMember() + " → " + f.destinationMember(),
              f.persons(),
              (int) (400 * f.persons() / max)));
    }
    model.addAttribute("flowBars", flowBars);
    // monthly hires of the largest pair
    Map<String, Long> byMonth = new LinkedHashMap<>();
    String top =
        hires.stream()
            .filter(f -> !f.originRegion().equals(f.destinationRegion()))
            .max((a, b) -> Long.compare(a.persons(), b.persons()))
            .map(f -> f.originRegion() + "→" + f.destinationRegion())
            .orElse(null);
    for (MobilityFigures.Flow f : monthly) {
      if ((f.originRegion() + "→" + f.destinationRegion()).equals(top)) {
        byMonth.merge(f.period(), f.persons(), Long::sum);
      }
    }
    long mmax = byMonth.values().stream().mapToLong(Long::longValue).max().orElse(1);
    List<Bar> monthBars = new ArrayList<>();
    byMonth.forEach((k, v) -> monthBars.add(new Bar(k, v, (int) (160 * v / Math.max(1, mmax)))));
    model.addAttribute("topPair", top);
    model.addAttribute("monthBars", monthBars);
    return "matching/mobility";
  }

  /** Belgium drawn from its postcode centroids, with a profile's home and its matches. */
  static final class BelgiumMap {
    static final double LON0 = 2.5;
    static final double LON1 = 6.45;
    static final double LAT0 = 49.45;
    static final double LAT1 = 51.55;
    static final int W = 600;
    static final int H = 420;

    record Dot(double x, double y, String region) {}

    record Marker(double x, double y, int rank, String title) {}

    record Drawing(
        List<Dot> dots, double homeX, double homeY, double radius, List<Marker> markers) {}

    private final List<Dot> background = new ArrayList<>();

    BelgiumMap(Gazetteer g) {
      for (PostcodeArea p : g.postcodes()) {
        background.add(new Dot(x(p.longitude()), y(p.latitude()), p.region().code()));
      }
    }

    static double x(double lon) {
      return Math.round((lon - LON0) / (LON1 - LON0) * W * 10) / 10.0;
    }

    static double y(double lat) {
      return Math.round((LAT1 - lat) / (LAT1 - LAT0) * H * 10) / 10.0;
    }

    Drawing draw(Matching.Matches m) {
      List<Marker> markers = new ArrayList<>();
      int rank = 1;
      for (Matching.Match match : m.matches()) {
        markers.add(
            new Marker(
                x(match.vacancy().longitude()),
                y(match.vacancy().latitude()),
                rank++,
                match.vacancy().title() + " – " + match.vacancy().municipality()));
      }
      // the travel limit as a circle (km → pixels at Belgium's latitude, great circle = limit /
      // 1.3)
      double kmPerPx = (LON1 - LON0) * 111.0 * Math.cos(Math.toRadians(50.5)) / W;
      double radius = m.limitKm() / 1.3 / kmPerPx;
      return new Drawing(background, x(m.longitude()), y(m.latitude()), radius, markers);
    }
  }
}
