package be.synerjob.hub.search;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.reference.ConceptProfile;
import be.synerjob.hub.reference.ConceptSummary;
import be.synerjob.hub.reference.CrosswalkMatch;
import be.synerjob.hub.reference.LabelSet;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.reference.Scheme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the index stores of an occupation code: the code with all its ancestors and crosswalked
 * codes (so that a filter on any level of any scheme finds it), its labels in the four languages
 * (the cross-language text field), and its ISCO-08 major group (a facet). Answers are cached per
 * code: a million vacancies use a few thousand codes.
 *
 * <ul>
 *   <li>ESCO occupation: itself, its broader ESCO occupations (recursively), its ISCO-08 unit group
 *       and the group's minor, sub-major and major groups, its ROME codes; labels of the occupation
 *       (preferred and alternative, en/nl/fr/de);
 *   <li>ROME code: itself, the ESCO occupations it maps to and their ISCO groups; labels of the
 *       code and of its job titles;
 *   <li>ISCO-08 group: itself and its ancestors (the code's prefixes).
 * </ul>
 */
final class OccupationExpander {

  /** The expansion of one or more codes. */
  record Expansion(Set<String> ids, List<String> labels, Set<String> iscoMajors) {
    static Expansion empty() {
      return new Expansion(new LinkedHashSet<>(), new ArrayList<>(), new LinkedHashSet<>());
    }

    void addAll(Expansion other) {
      ids.addAll(other.ids);
      labels.addAll(other.labels);
      iscoMajors.addAll(other.iscoMajors);
    }
  }

  private final Reference reference;
  private final Map<String, Expansion> cache = new ConcurrentHashMap<>();

  OccupationExpander(Reference reference) {
    this.reference = reference;
  }

  /** The API id of a vacancy's code: the ESCO URI, else {@code scheme:code}. */
  static String id(String schemePrefix, String code) {
    return "esco".equals(schemePrefix) ? code : schemePrefix + ":" + code;
  }

  Expansion expand(String id) {
    // Not computeIfAbsent: computing a ROME code expands its ESCO occupations through this method,
    // and a ConcurrentHashMap must not be modified from inside its own computeIfAbsent ("Recursive
    // update" when both keys fall in the same bin). Two threads may compute the same key once each.
    Expansion e = cache.get(id);
    if (e == null) {
      e = compute(id, 0);
      Expansion earlier = cache.putIfAbsent(id, e);
      if (earlier != null) {
        e = earlier;
      }
    }
    return e;
  }

  void clear() {
    cache.clear();
  }

  /** Puts a known expansion in the cache (benchmarks without the reference loaded). */
  void preload(String id, Expansion expansion) {
    cache.put(id, expansion);
  }

  private Expansion compute(String id, int depth) {
    Expansion e = Expansion.empty();
    e.ids.add(id);
    if (id.startsWith("isco:")) {
      isco(e, id.substring(5));
      return e;
    }
    ConceptProfile p;
    try {
      p = reference.isLoaded() ? reference.occupation(id) : null;
    } catch (HubException | IllegalArgumentException ex) {
      p = null;
    }
    if (p == null) {
      return e;
    }
    e.ids.add(p.id());
    labels(e, p.labels());
    if (p.scheme() == Scheme.ESCO) {
      if (p.iscoGroup() != null) {
        isco(e, p.iscoGroup().code());
      }
      if (p.broader() != null && depth < 8) {
        for (ConceptSummary b : p.broader()) {
          if (b.scheme() == Scheme.ESCO) {
            Expansion up = compute(b.id(), depth + 1);
            e.ids.addAll(up.ids);
            e.iscoMajors.addAll(up.iscoMajors);
          } else if (b.scheme() == Scheme.ISCO08) {
            isco(e, b.code());
          }
        }
      }
      for (CrosswalkMatch m : crosswalk(p, "rome")) {
        e.ids.add(m.target().id());
      }
    } else if (p.scheme() == Scheme.ROME) {
      if (p.jobTitles() != null) {
        for (ConceptSummary t : p.jobTitles()) {
          e.labels.addAll(t.labels().values());
        }
      }
      if (depth == 0) {
        for (CrosswalkMatch m : crosswalk(p, "esco")) {
          e.ids.add(m.target().id());
          Expansion esco = expand(m.target().id());
          e.ids.addAll(esco.ids.stream().filter(i -> i.startsWith("isco:")).toList());
          e.iscoMajors.addAll(esco.iscoMajors);
        }
      }
    } else if (p.scheme() == Scheme.ISCO08) {
      isco(e, p.code());
    }
    e.labels.removeIf(l -> l == null || l.isBlank());
    return e;
  }

  private static List<CrosswalkMatch> crosswalk(ConceptProfile p, String scheme) {
    return p.crosswalk() == null ? List.of() : p.crosswalk().getOrDefault(scheme, List.of());
  }

  private static void labels(Expansion e, Map<String, LabelSet> labels) {
    if (labels == null) {
      return;
    }
    for (LabelSet l : labels.values()) {
      if (l.preferred() != null) {
        e.labels.add(l.preferred());
      }
      e.labels.addAll(l.alternatives());
    }
  }

  private static void isco(Expansion e, String code) {
    if (code == null || !code.matches("[0-9]{1,4}")) {
      return;
    }
    for (int n = 1; n <= code.length(); n++) {
      e.ids.add("isco:" + code.substring(0, n));
    }
    e.iscoMajors.add(code.substring(0, 1));
  }
}
