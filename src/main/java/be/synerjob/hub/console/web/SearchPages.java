package be.synerjob.hub.console.web;

import be.synerjob.hub.console.ConsoleUser;
import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.search.SearchQuery;
import be.synerjob.hub.search.SearchResult;
import be.synerjob.hub.search.SearchViewer;
import be.synerjob.hub.search.VacancySearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Vacancy search with facets, on the {@code search} module's public API: the same query, rules and
 * visibility as {@code GET /api/v1/vacancies/search} (a member's user searches its own vacancies
 * and those its agreements admit, an operator all). A parameter the search refuses is shown with
 * the search's own explanation (it names the parameter and the valid values), never as an empty
 * result.
 */
@Controller
class SearchPages {

  /** Facets shown, in order, with the query parameter that filters on each (null: shown only). */
  static final Map<String, String> FACETS = new LinkedHashMap<>();

  static {
    FACETS.put("region", "region");
    FACETS.put("province", "province");
    FACETS.put("member", "member");
    FACETS.put("contract", "contract");
    FACETS.put("regime", "regime");
    FACETS.put("language", "language");
    FACETS.put("iscoMajor", "occupation");
    FACETS.put("textLanguage", null);
  }

  static final List<String> REPEATABLE =
      List.of("member", "region", "province", "occupation", "contract", "regime", "language");

  private final VacancySearch search;

  SearchPages(VacancySearch search) {
    this.search = search;
  }

  /** A facet value as the page shows it: checked when the query filters on it. */
  record FacetItem(String value, String label, long count, boolean checked) {}

  /** A facet with its parameter. */
  record Facet(String name, String parameter, List<FacetItem> items) {}

  @GetMapping("/console/search")
  String search(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
    ConsoleUser user = ConsoleUser.current();
    Language lang = Language.parse(locale.getLanguage()).orElse(Language.EN);
    model.addAttribute("p", params.toSingleValueMap());
    model.addAttribute("selected", params);
    boolean asked = params.keySet().stream().anyMatch(k -> !k.equals("lang"));
    model.addAttribute("asked", asked);
    if (!asked) {
      return "console/search";
    }
    SearchQuery.Builder b = SearchQuery.builder().lang(lang.code()).limit(20);
    b.q(blankToNull(params.getFirst("q")));
    for (String name : REPEATABLE) {
      List<String> values = nonBlank(params.get(name));
      if (values.isEmpty()) {
        continue;
      }
      String[] v = values.toArray(String[]::new);
      switch (name) {
        case "member" -> b.member(v);
        case "region" -> b.region(v);
        case "province" -> b.province(v);
        case "occupation" -> b.occupation(v);
        case "contract" -> b.contract(v);
        case "regime" -> b.regime(v);
        case "language" -> b.language(v);
        default -> {}
      }
    }
    b.postcode(blankToNull(params.getFirst("postcode")));
    String radius = blankToNull(params.getFirst("radiusKm"));
    if (radius != null) {
      try {
        b.radiusKm(Double.parseDouble(radius.replace(',', '.')));
      } catch (NumberFormatException e) {
        model.addAttribute("problem", "radiusKm: '" + radius + "' is not a number of kilometres");
        return "console/search";
      }
    }
    b.since(blankToNull(params.getFirst("since")));
    if ("on".equals(params.getFirst("collapse")) || "cluster".equals(params.getFirst("collapse"))) {
      b.collapseClusters(true);
    }
    b.sort(blankToNull(params.getFirst("sort")));
    b.cursor(blankToNull(params.getFirst("cursor")));
    SearchViewer viewer =
        user.isOperator() ? SearchViewer.operatorView() : SearchViewer.of(user.member(), true);
    SearchResult result;
    try {
      result = search.search(b.build(), viewer);
    } catch (HubException e) {
      model.addAttribute("problem", e.getMessage());
      return "console/search";
    }
    model.addAttribute("result", result);
    List<Facet> facets = new ArrayList<>();
    FACETS.forEach(
        (name, parameter) -> {
          List<SearchResult.FacetValue> values =
              result.facets() == null ? null : result.facets().get(name);
          if (values == null || values.isEmpty()) {
            return;
          }
          List<String> chosen = parameter == null ? List.of() : nonBlank(params.get(parameter));
          List<FacetItem> items = new ArrayList<>();
          for (SearchResult.FacetValue v : values) {
            String value = name.equals("iscoMajor") ? "isco:" + v.value() : v.value();
            items.add(new FacetItem(value, v.label(), v.count(), chosen.contains(value)));
          }
          facets.add(new Facet(name, parameter, items));
        });
    model.addAttribute("facets", facets);
    if (result.next() != null) {
      model.addAttribute(
          "nextHref",
          UriComponentsBuilder.fromPath("/console/search")
              .queryParams(withoutCursor(params))
              .replaceQueryParam("cursor", result.next())
              .build()
              .encode()
              .toUriString());
    }
    return "console/search";
  }

  private static MultiValueMap<String, String> withoutCursor(MultiValueMap<String, String> params) {
    var copy = new org.springframework.util.LinkedMultiValueMap<>(params);
    copy.remove("cursor");
    copy.remove("lang");
    return copy;
  }

  private static List<String> nonBlank(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.trim();
  }
}
