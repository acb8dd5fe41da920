package be.synerjob.hub.console.web;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.reference.ConceptKind;
import be.synerjob.hub.reference.ConceptProfile;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.reference.ReferenceReleases;
import be.synerjob.hub.reference.ReleaseDiff;
import be.synerjob.hub.reference.ReleaseInfo;
import be.synerjob.hub.reference.Scheme;
import be.synerjob.hub.reference.SuggestType;
import be.synerjob.hub.reference.Suggestion;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reference browser: search (htmx suggestions while typing), occupation and skill pages with
 * labels in four languages, skills, hierarchy and crosswalks, and release diffs; all from the
 * {@code reference} module's public API.
 */
@Controller
class ReferencePages {

  static final List<String> LANGUAGES = List.of("nl", "fr", "de", "en");
  static final int LIST_LIMIT = 60;

  private final Reference reference;
  private final ReferenceReleases releases;

  ReferencePages(Reference reference, ReferenceReleases releases) {
    this.reference = reference;
    this.releases = releases;
  }

  @GetMapping("/console/reference")
  String home(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String type,
      Model model,
      Locale locale) {
    model.addAttribute("q", q);
    model.addAttribute("type", type == null ? "" : type);
    model.addAttribute("types", List.of(SuggestType.values()));
    model.addAttribute("suggestions", suggestions(q, type, locale));
    List<ReleaseInfo> all = releases.releases();
    model.addAttribute("releases", all);
    model.addAttribute("diffs", diffLinks(all));
    return "console/reference";
  }

  /** The suggestion list alone, for htmx while typing. */
  @GetMapping("/console/reference/suggest")
  String suggest(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String type,
      Model model,
      Locale locale) {
    model.addAttribute("q", q);
    model.addAttribute("suggestions", suggestions(q, type, locale));
    return "console/reference :: suggestions";
  }

  private List<Suggestion> suggestions(String q, String type, Locale locale) {
    if (q == null || q.isBlank() || q.strip().length() > 100) {
      return List.of();
    }
    Set<SuggestType> types =
        SuggestType.parse(type).map(t -> (Set<SuggestType>) EnumSet.of(t)).orElse(Set.of());
    Language lang = Language.parse(locale.getLanguage()).orElse(null);
    return reference.autocomplete(q, lang, types, 20);
  }

  /** A diff link: scheme, from, to. */
  record DiffLink(String scheme, String title, String from, String to) {}

  static List<DiffLink> diffLinks(List<ReleaseInfo> all) {
    List<DiffLink> out = new ArrayList<>();
    Map<Scheme, ReleaseInfo> previous = new LinkedHashMap<>();
    all.stream()
        .sorted(
            (a, b) ->
                a.scheme() == b.scheme()
                    ? Integer.compare(a.seq(), b.seq())
                    : a.scheme().compareTo(b.scheme()))
        .forEach(
            r -> {
              ReleaseInfo p = previous.get(r.scheme());
              if (p != null) {
                out.add(
                    new DiffLink(
                        r.scheme().prefix(), r.scheme().title(), p.release(), r.release()));
              }
              previous.put(r.scheme(), r);
            });
    return out;
  }

  @GetMapping("/console/reference/concept")
  String concept(
      @RequestParam String id, Model model, Locale locale, HttpServletResponse response) {
    ConceptProfile p;
    try {
      p = reference.occupation(id);
    } catch (HubException e) {
      try {
        p = reference.skill(id);
      } catch (HubException e2) {
        return VacancyPages.notFound(model, response, id);
      }
    }
    String lang = Language.parse(locale.getLanguage()).orElse(Language.EN).code();
    model.addAttribute("p", p);
    model.addAttribute("languages", LANGUAGES);
    model.addAttribute(
        "title",
        label(
            p.labels() == null
                ? null
                : p.labels().get(lang) == null ? null : p.labels().get(lang).preferred(),
            p));
    model.addAttribute("lang", lang);
    model.addAttribute("limit", LIST_LIMIT);
    model.addAttribute(
        "isOccupation", p.kind() != ConceptKind.SKILL && p.kind() != ConceptKind.SKILL_GROUP);
    return "console/concept";
  }

  private static String label(String preferred, ConceptProfile p) {
    if (preferred != null) {
      return preferred;
    }
    if (p.labels() != null) {
      for (String l : List.of("en", "fr", "nl", "de")) {
        if (p.labels().get(l) != null && p.labels().get(l).preferred() != null) {
          return p.labels().get(l).preferred();
        }
      }
    }
    return p.code();
  }

  @GetMapping("/console/reference/diff")
  String diff(
      @RequestParam String scheme,
      @RequestParam String from,
      @RequestParam String to,
      Model model,
      HttpServletResponse response) {
    Scheme s = Scheme.parse(scheme).orElse(null);
    if (s == null) {
      return VacancyPages.notFound(model, response, scheme);
    }
    ReleaseDiff d;
    try {
      d = releases.diff(s, from, to, null, false);
    } catch (HubException e) {
      return VacancyPages.notFound(model, response, s.title() + " " + from + " → " + to);
    }
    model.addAttribute("d", d);
    model.addAttribute("limit", LIST_LIMIT);
    return "console/diff";
  }
}
