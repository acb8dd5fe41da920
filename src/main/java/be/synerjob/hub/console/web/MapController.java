package be.synerjob.hub.console.web;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.geo.Municipality;
import be.synerjob.hub.geo.PostcodeArea;
import be.synerjob.hub.geo.Province;
import be.synerjob.hub.organisation.Members;
import be.synerjob.hub.vacancy.VacancyStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Belgium's provinces or regions coloured by their open vacancies (of all members or one), with a
 * dot per municipality that has vacancies; the figures again in a table. See {@link BelgiumMap} for
 * how the map is drawn without boundary data.
 */
@Controller
class MapController {

  static final int CLASSES = 5;

  private final BelgiumMap map;
  private final Gazetteer gazetteer;
  private final VacancyStore store;
  private final Members members;

  MapController(BelgiumMap map, Gazetteer gazetteer, VacancyStore store, Members members) {
    this.map = map;
    this.gazetteer = gazetteer;
    this.store = store;
    this.members = members;
  }

  record Cell(String points, String css) {}

  record Dot(double cx, double cy, double r, String title) {}

  record Area(String code, String name, long count, String css, double x, double y) {}

  record Legend(String css, String text) {}

  @GetMapping("/console/map")
  String map(
      @RequestParam(defaultValue = "province") String level,
      @RequestParam(required = false) String member,
      Model model,
      Locale locale) {
    Language lang = Language.parse(locale.getLanguage()).orElse(Language.EN);
    boolean byRegion = "region".equals(level);
    Optional<MemberCode> source =
        members.codes().stream()
            .filter(c -> c.value().equalsIgnoreCase(member == null ? "" : member))
            .findFirst();
    Map<String, Long> byPostcode = store.openCountsByPostcode(source.orElse(null));
    Map<Province, Long> perProvince = new EnumMap<>(Province.class);
    Map<Region, Long> perRegion = new EnumMap<>(Region.class);
    Map<String, Long> perMunicipality = new HashMap<>();
    long unknown = 0;
    long total = 0;
    for (Map.Entry<String, Long> e : byPostcode.entrySet()) {
      total += e.getValue();
      Optional<PostcodeArea> p = gazetteer.postcode(e.getKey());
      if (p.isEmpty()) {
        unknown += e.getValue();
        continue;
      }
      perProvince.merge(p.get().province(), e.getValue(), Long::sum);
      perRegion.merge(p.get().region(), e.getValue(), Long::sum);
      perMunicipality.merge(p.get().nisCode(), e.getValue(), Long::sum);
    }
    long max =
        byRegion
            ? perRegion.values().stream().mapToLong(Long::longValue).max().orElse(0)
            : perProvince.values().stream().mapToLong(Long::longValue).max().orElse(0);
    long step = Math.max(1, (long) Math.ceil(Chart.niceMax(max) / CLASSES));
    BelgiumMap.Geometry g = map.geometry();
    List<Cell> cells = new ArrayList<>();
    for (BelgiumMap.Hex h : g.hexes()) {
      long n =
          byRegion
              ? perRegion.getOrDefault(h.province().region(), 0L)
              : perProvince.getOrDefault(h.province(), 0L);
      cells.add(new Cell(h.points(), css(n, step)));
    }
    List<Area> areas = new ArrayList<>();
    if (byRegion) {
      for (Region r : Region.values()) {
        double[] c = regionCentre(g, r);
        long n = perRegion.getOrDefault(r, 0L);
        areas.add(new Area(r.code(), r.label(lang), n, css(n, step), c[0], c[1]));
      }
    } else {
      for (Province p : Province.values()) {
        double[] c = g.centres().getOrDefault(p, new double[] {0, 0});
        long n = perProvince.getOrDefault(p, 0L);
        areas.add(new Area(p.isoCode(), p.label(lang), n, css(n, step), c[0], c[1]));
      }
    }
    List<Dot> dots = new ArrayList<>();
    for (Map.Entry<String, Long> e : perMunicipality.entrySet()) {
      Optional<Municipality> m = gazetteer.municipality(e.getKey());
      if (m.isEmpty()) {
        continue;
      }
      Optional<PostcodeArea> main = gazetteer.postcode(m.get().mainPostcode());
      if (main.isEmpty()) {
        continue;
      }
      double[] xy = BelgiumMap.project(main.get().latitude(), main.get().longitude());
      double r = Math.min(14, 1.2 + Math.sqrt(e.getValue()) * 0.9);
      dots.add(
          new Dot(
              xy[0], xy[1], Math.round(r * 10) / 10.0, m.get().name(lang) + ": " + e.getValue()));
    }
    List<Legend> legend = new ArrayList<>();
    legend.add(new Legend("m0", "0"));
    for (int k = 1; k <= CLASSES; k++) {
      long from = step * (k - 1) + 1;
      legend.add(new Legend("m" + k, step == 1 ? String.valueOf(from) : from + "–" + (step * k)));
    }
    model.addAttribute("geometry", g);
    model.addAttribute("cells", cells);
    model.addAttribute("areas", areas);
    model.addAttribute("dots", dots);
    model.addAttribute("legend", legend);
    model.addAttribute("level", byRegion ? "region" : "province");
    model.addAttribute("member", source.map(MemberCode::value).orElse(""));
    model.addAttribute("members", members.codes());
    model.addAttribute("total", total);
    model.addAttribute("unknown", unknown);
    return "console/map";
  }

  static String css(long n, long step) {
    if (n <= 0) {
      return "m0";
    }
    return "m" + Math.min(CLASSES, (int) ((n - 1) / step) + 1);
  }

  private static double[] regionCentre(BelgiumMap.Geometry g, Region r) {
    double x = 0;
    double y = 0;
    int n = 0;
    for (BelgiumMap.Hex h : g.hexes()) {
      if (h.province().region() == r) {
        x += h.cx();
        y += h.cy();
        n++;
      }
    }
    return n == 0 ? new double[] {0, 0} : new double[] {x / n, y / n};
  }
}
