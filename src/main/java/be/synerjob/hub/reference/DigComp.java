package be.synerjob.hub.reference;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.reference.ReferenceModel.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The digital-skills set aligned with DigComp that every occupation profile carries, by one rule
 * (docs/reference.md, "The DigComp digital-skills set"):
 *
 * <ol>
 *   <li>The set is ESCO's DigComp collection of the newest release: 5 areas (its members without a
 *       skill type) and 20 competences (its other members), each competence under the area it has
 *       as broader skill. Every occupation gets all of it.
 *   <li>A competence is <em>essential</em> for an occupation when one of the occupation's essential
 *       skills is the competence or has it among its broader skills (following skill-to-skill
 *       broader relations, any number of steps); else <em>optional</em> when an optional skill
 *       does; else <em>baseline</em> (the common digital literacy every job needs).
 *   <li>An area's relevance is the highest of its competences' and of its own (an essential or
 *       optional skill under the area itself). The skills that led to it are listed as "via".
 * </ol>
 */
final class DigComp {

  /** How much a DigComp competence or area matters for an occupation. */
  enum Relevance {
    ESSENTIAL,
    OPTIONAL,
    BASELINE
  }

  /** A DigComp area with its competences, in label order. */
  record Area(Node node, List<Node> competences) {}

  /** One scored competence or area with the occupation's skills that lead to it. */
  record Scored(Node node, Relevance relevance, List<Node> via) {}

  /** An area with its relevance and its scored competences. */
  record ScoredArea(Scored area, List<Scored> competences) {}

  private final List<Area> areas;
  private final Set<Node> members;
  private final Map<Node, Set<Node>> reached = new ConcurrentHashMap<>();

  private DigComp(List<Area> areas, Set<Node> members) {
    this.areas = areas;
    this.members = members;
  }

  List<Area> areas() {
    return areas;
  }

  int competenceCount() {
    return areas.stream().mapToInt(a -> a.competences().size()).sum();
  }

  static DigComp derive(ReferenceModel m) {
    List<Node> all = new ArrayList<>();
    for (Node n : m.nodes) {
      if (n.scheme == Scheme.ESCO && n.collections.contains("digcomp") && n.active()) {
        all.add(n);
      }
    }
    Map<Node, List<Node>> byArea = new LinkedHashMap<>();
    for (Node n : all) {
      if (!n.attributes.containsKey("skillType")) {
        byArea.put(n, new ArrayList<>());
      }
    }
    for (Node n : all) {
      if (byArea.containsKey(n)) {
        continue;
      }
      for (Node up : n.out(RelationType.BROADER)) {
        if (byArea.containsKey(up)) {
          byArea.get(up).add(n);
        }
      }
    }
    Comparator<Node> byLabel = Comparator.comparing(x -> x.display(Language.EN));
    List<Area> areas = new ArrayList<>();
    byArea.forEach(
        (area, comps) -> {
          comps.sort(byLabel);
          areas.add(new Area(area, List.copyOf(comps)));
        });
    areas.sort(Comparator.comparing(a -> a.node().display(Language.EN)));
    Set<Node> members = new HashSet<>(all);
    return new DigComp(List.copyOf(areas), Set.copyOf(members));
  }

  /**
   * The DigComp set scored for an occupation. Cost: one walk up the skill hierarchy per skill the
   * first time the skill is seen (memoised), then set look-ups.
   */
  List<ScoredArea> score(Node occupation) {
    List<Node> essential = occupation.out(RelationType.ESSENTIAL_SKILL);
    List<Node> optional = occupation.out(RelationType.OPTIONAL_SKILL);
    Map<Node, List<Node>> viaEssential = new HashMap<>();
    Map<Node, List<Node>> viaOptional = new HashMap<>();
    for (Node s : essential) {
      for (Node d : reachedFrom(s)) {
        viaEssential.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
      }
    }
    for (Node s : optional) {
      for (Node d : reachedFrom(s)) {
        viaOptional.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
      }
    }
    List<ScoredArea> out = new ArrayList<>();
    for (Area a : areas) {
      List<Scored> comps = new ArrayList<>();
      Relevance best = relevance(a.node(), viaEssential, viaOptional);
      for (Node c : a.competences()) {
        Relevance r = relevance(c, viaEssential, viaOptional);
        comps.add(new Scored(c, r, via(c, r, viaEssential, viaOptional)));
        if (r.ordinal() < best.ordinal()) {
          best = r;
        }
      }
      Relevance own = relevance(a.node(), viaEssential, viaOptional);
      out.add(
          new ScoredArea(
              new Scored(a.node(), best, via(a.node(), own, viaEssential, viaOptional)),
              List.copyOf(comps)));
    }
    return out;
  }

  private static Relevance relevance(
      Node n, Map<Node, List<Node>> viaEssential, Map<Node, List<Node>> viaOptional) {
    if (viaEssential.containsKey(n)) {
      return Relevance.ESSENTIAL;
    }
    if (viaOptional.containsKey(n)) {
      return Relevance.OPTIONAL;
    }
    return Relevance.BASELINE;
  }

  private static List<Node> via(
      Node n, Relevance r, Map<Node, List<Node>> viaEssential, Map<Node, List<Node>> viaOptional) {
    List<Node> v =
        new ArrayList<>(
            r == Relevance.ESSENTIAL
                ? viaEssential.get(n)
                : r == Relevance.OPTIONAL ? viaOptional.get(n) : List.of());
    v.sort(Comparator.comparing(x -> x.display(Language.EN)));
    return List.copyOf(v);
  }

  /** The DigComp competences and areas among the skill and its broader skills. */
  private Set<Node> reachedFrom(Node skill) {
    Set<Node> cached = reached.get(skill);
    if (cached != null) {
      return cached;
    }
    Set<Node> hits = new HashSet<>();
    Set<Node> seen = new HashSet<>();
    List<Node> todo = new ArrayList<>();
    todo.add(skill);
    seen.add(skill);
    while (!todo.isEmpty()) {
      Node x = todo.remove(todo.size() - 1);
      if (members.contains(x)) {
        hits.add(x);
      }
      for (Node up : x.out(RelationType.BROADER)) {
        if (up.kind == ConceptKind.SKILL && seen.add(up)) {
          todo.add(up);
        }
      }
    }
    Set<Node> result = Set.copyOf(hits);
    reached.put(skill, result);
    return result;
  }
}
