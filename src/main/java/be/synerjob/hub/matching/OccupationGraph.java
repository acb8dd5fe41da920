package be.synerjob.hub.matching;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.reference.Concept;
import be.synerjob.hub.reference.ConceptKind;
import be.synerjob.hub.reference.ConceptProfile;
import be.synerjob.hub.reference.ConceptSummary;
import be.synerjob.hub.reference.CrosswalkMatch;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.reference.Scheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the reference says about ESCO occupations, interned to ints and cached for matching: the
 * essential and optional skills of each occupation, the occupations reachable through ROME mobility
 * links, and how related two occupations are.
 *
 * <p>Relatedness (docs/matching.md): the same occupation scores 1; an occupation reached through
 * ROME mobility (ESCO → ROME fiches of the official mapping → their ranked mobility targets → the
 * ESCO occupations mapped to those) scores 0.75; an occupation that shares at least 2 essential
 * skills and at least 35 % of the wished occupation's essential skills scores 0.4 + 0.4 × that
 * share. The highest applies.
 */
final class OccupationGraph {

  /** How two occupations relate. */
  enum Kind {
    SAME,
    MOBILITY,
    SKILLS,
    NONE
  }

  /** A relation with its score and, for shared skills, the counts. */
  record Relation(Kind kind, double score, int shared, int of) {
    static final Relation NONE = new Relation(Kind.NONE, 0, 0, 0);
    static final Relation SAME = new Relation(Kind.SAME, 1, 0, 0);
  }

  static final int MIN_SHARED = 2;
  static final double MIN_SHARE = 0.35;
  static final double MOBILITY_SCORE = 0.75;

  private final Reference reference;
  private final Map<String, Integer> occupationIds = new ConcurrentHashMap<>();
  private final List<String> occupationUris = new ArrayList<>();
  private final Map<String, Integer> skillIds = new ConcurrentHashMap<>();
  private final Map<Integer, int[][]> skills = new ConcurrentHashMap<>();
  private final Map<Integer, Set<Integer>> mobility = new ConcurrentHashMap<>();
  private final Map<Long, Relation> relations = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> romeToEsco = new ConcurrentHashMap<>();
  private final Map<Integer, Map<String, String>> labels = new ConcurrentHashMap<>();

  OccupationGraph(Reference reference) {
    this.reference = reference;
  }

  /** The int of an ESCO occupation URI. */
  int occupation(String uri) {
    Integer id = occupationIds.get(uri);
    if (id != null) {
      return id;
    }
    synchronized (occupationUris) {
      return occupationIds.computeIfAbsent(
          uri,
          u -> {
            occupationUris.add(u);
            return occupationUris.size() - 1;
          });
    }
  }

  String uri(int occupation) {
    synchronized (occupationUris) {
      return occupationUris.get(occupation);
    }
  }

  int skill(String uri) {
    Integer id = skillIds.get(uri);
    if (id != null) {
      return id;
    }
    synchronized (skillIds) {
      return skillIds.computeIfAbsent(uri, u -> skillIds.size());
    }
  }

  /** Sorted skill ints of a set of ESCO skill URIs. */
  int[] skills(List<String> uris) {
    return uris.stream().mapToInt(this::skill).distinct().sorted().toArray();
  }

  /** The essential (index 0) and optional (index 1) skills of an occupation, sorted. */
  int[][] skillsOf(int occupation) {
    return skills.computeIfAbsent(occupation, this::loadSkills);
  }

  private int[][] loadSkills(int occupation) {
    ConceptProfile p = profile(uri(occupation));
    if (p == null) {
      return new int[][] {new int[0], new int[0]};
    }
    return new int[][] {ids(p.essentialSkills()), ids(p.optionalSkills())};
  }

  private int[] ids(List<ConceptSummary> list) {
    if (list == null) {
      return new int[0];
    }
    return list.stream().mapToInt(s -> skill(s.id())).distinct().sorted().toArray();
  }

  private ConceptProfile profile(String id) {
    if (!reference.isLoaded()) {
      return null;
    }
    try {
      return reference.occupation(id);
    } catch (HubException e) {
      return null;
    }
  }

  /** The ESCO occupations reachable from an occupation through ROME mobility links. */
  Set<Integer> mobilityOf(int occupation) {
    return mobility.computeIfAbsent(occupation, this::loadMobility);
  }

  private Set<Integer> loadMobility(int occupation) {
    if (!reference.isLoaded()) {
      return Set.of();
    }
    Set<Integer> out = new HashSet<>();
    try {
      for (CrosswalkMatch rome : reference.crosswalk(uri(occupation), Scheme.ROME).matches()) {
        if (rome.target().kind() != ConceptKind.OCCUPATION) {
          continue;
        }
        ConceptProfile fiche = profile(rome.target().id());
        if (fiche == null || fiche.mobility() == null) {
          continue;
        }
        for (ConceptSummary target : fiche.mobility()) {
          for (CrosswalkMatch esco : reference.crosswalk(target.id(), Scheme.ESCO).matches()) {
            if (esco.target().kind() == ConceptKind.OCCUPATION) {
              out.add(occupation(esco.target().id()));
            }
          }
        }
      }
    } catch (HubException e) {
      return Set.of();
    }
    out.remove(occupation);
    return Set.copyOf(out);
  }

  /** How the occupation {@code target} relates to the wished one. Cached. */
  Relation relation(int wished, int target) {
    if (wished == target) {
      return Relation.SAME;
    }
    long key = ((long) wished << 32) | (target & 0xffffffffL);
    Relation r = relations.get(key);
    if (r == null) {
      r = compute(wished, target);
      relations.put(key, r);
    }
    return r;
  }

  private Relation compute(int wished, int target) {
    int[] a = skillsOf(wished)[0];
    int[] b = skillsOf(target)[0];
    int shared = intersection(a, b);
    double share = a.length == 0 ? 0 : (double) shared / a.length;
    Relation best = Relation.NONE;
    if (shared >= MIN_SHARED && share >= MIN_SHARE) {
      best = new Relation(Kind.SKILLS, 0.4 + 0.4 * share, shared, a.length);
    }
    if (mobilityOf(wished).contains(target) && MOBILITY_SCORE > best.score()) {
      best = new Relation(Kind.MOBILITY, MOBILITY_SCORE, shared, a.length);
    }
    return best;
  }

  static int intersection(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  static boolean contains(int[] sorted, int value) {
    return Arrays.binarySearch(sorted, value) >= 0;
  }

  /** The first ESCO occupation a ROME code crosswalks to (for vacancies coded in ROME only). */
  Optional<String> escoOfRome(String romeCode) {
    return romeToEsco.computeIfAbsent(
        romeCode,
        code -> {
          if (!reference.isLoaded()) {
            return Optional.empty();
          }
          try {
            return reference.crosswalk("rome:" + code, Scheme.ESCO).matches().stream()
                .filter(m -> m.target().kind() == ConceptKind.OCCUPATION)
                .map(m -> m.target().id())
                .findFirst();
          } catch (HubException e) {
            return Optional.empty();
          }
        });
  }

  /** The occupation's preferred label in the language (English, then the URI, when missing). */
  String label(int occupation, Language lang) {
    Map<String, String> l =
        labels.computeIfAbsent(
            occupation,
            o -> {
              if (!reference.isLoaded()) {
                return Map.of();
              }
              Optional<Concept> c = reference.find(Scheme.ESCO, uri(o));
              Map<String, String> out = new HashMap<>();
              c.ifPresent(
                  concept -> {
                    for (Language x : Language.values()) {
                      String s = concept.preferredLabel(x.code());
                      if (s != null && !s.isBlank()) {
                        out.put(x.code(), s);
                      }
                    }
                  });
              return Map.copyOf(out);
            });
    String s = l.get(lang.code());
    if (s == null) {
      s = l.get("en");
    }
    return s == null ? uri(occupation) : s;
  }
}
