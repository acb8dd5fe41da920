package be.synerjob.hub.reference;

import be.synerjob.hub.reference.ReferenceModel.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Competence sets: competences grouped under short labels, derived from the ESCO skills hierarchy
 * by one rule (docs/reference.md, "Competence sets"):
 *
 * <ol>
 *   <li>Every ESCO skill group of level 2 (the 98 skill groups such as "negotiating" and the 58
 *       ISCED-F fields such as "education") is a set, named by the group's preferred labels and
 *       identified as {@code set:<group code>}.
 *   <li>An active ESCO skill belongs to every level-2 group it reaches by following its broader
 *       relations (through broader skills and groups); a skill that reaches no level-2 group
 *       belongs to the deepest groups it does reach (such as the level-1 group "languages").
 *   <li>A Competent competence belongs to the sets of the ESCO skills it is an exact or close match
 *       of (broad and narrow matches are of another granularity and do not count).
 * </ol>
 */
final class CompetenceSets {

  /** One set with its members, ESCO skills and Competent competences ordered by English label. */
  record Entry(String id, Node group, List<Node> skills, List<Node> competent) {}

  private final Map<String, Entry> sets;
  private final Map<Node, List<String>> setsOf;

  private CompetenceSets(Map<String, Entry> sets, Map<Node, List<String>> setsOf) {
    this.sets = sets;
    this.setsOf = setsOf;
  }

  Map<String, Entry> all() {
    return sets;
  }

  Entry get(String id) {
    return sets.get(id);
  }

  /** The ids of the sets a skill or Competent competence belongs to. */
  List<String> of(Node n) {
    return setsOf.getOrDefault(n, List.of());
  }

  static String idOf(Node group) {
    return "set:" + (group.notation != null ? group.notation : group.code);
  }

  static CompetenceSets derive(ReferenceModel m) {
    Map<Node, List<Node>> members = new HashMap<>();
    Map<Node, List<String>> setsOf = new HashMap<>();
    for (Node n : m.nodes) {
      if (n.scheme != Scheme.ESCO || n.kind != ConceptKind.SKILL || !n.active()) {
        continue;
      }
      List<Node> groups = groupsOf(n);
      for (Node g : groups) {
        members.computeIfAbsent(g, k -> new ArrayList<>()).add(n);
      }
      if (!groups.isEmpty()) {
        setsOf.put(n, groups.stream().map(CompetenceSets::idOf).sorted().toList());
      }
    }
    Map<String, Node> groupById = new HashMap<>();
    members.keySet().forEach(g -> groupById.put(idOf(g), g));
    Map<Node, List<Node>> competent = new HashMap<>();
    for (Node n : m.nodes) {
      if (n.scheme != Scheme.COMPETENT || n.kind != ConceptKind.SKILL) {
        continue;
      }
      Set<String> ids = new java.util.TreeSet<>();
      for (ReferenceModel.Edge e : n.out) {
        if (e.type() == RelationType.EXACT_MATCH || e.type() == RelationType.CLOSE_MATCH) {
          ids.addAll(setsOf.getOrDefault(e.node(), List.of()));
        }
      }
      for (String id : ids) {
        competent.computeIfAbsent(groupById.get(id), k -> new ArrayList<>()).add(n);
      }
      if (!ids.isEmpty()) {
        setsOf.put(n, List.copyOf(ids));
      }
    }
    Comparator<Node> byLabel =
        Comparator.comparing((Node x) -> x.display(be.synerjob.hub.core.Language.EN))
            .thenComparing(x -> x.code);
    List<Node> groups = new ArrayList<>(members.keySet());
    groups.sort(Comparator.comparing(CompetenceSets::idOf));
    Map<String, Entry> sets = new LinkedHashMap<>();
    for (Node g : groups) {
      List<Node> skills = new ArrayList<>(members.get(g));
      skills.sort(byLabel);
      List<Node> comp = new ArrayList<>(competent.getOrDefault(g, List.of()));
      comp.sort(Comparator.comparing(x -> x.code));
      sets.put(idOf(g), new Entry(idOf(g), g, List.copyOf(skills), List.copyOf(comp)));
    }
    return new CompetenceSets(Collections.unmodifiableMap(sets), Map.copyOf(setsOf));
  }

  /** The level-2 groups a skill reaches upwards, or else the deepest groups it reaches. */
  private static List<Node> groupsOf(Node skill) {
    Set<Node> level2 = new HashSet<>();
    Map<Node, Integer> others = new HashMap<>();
    Set<Node> seen = new HashSet<>();
    Deque<Node> todo = new ArrayDeque<>();
    todo.add(skill);
    while (!todo.isEmpty()) {
      Node x = todo.poll();
      for (ReferenceModel.Edge e : x.out) {
        if (e.type() != RelationType.BROADER || !seen.add(e.node())) {
          continue;
        }
        Node up = e.node();
        if (up.kind == ConceptKind.SKILL_GROUP) {
          int level = level(up);
          if (level == 2) {
            level2.add(up);
            continue;
          }
          if (level >= 0 && level < 2) {
            others.put(up, level);
          }
        }
        todo.add(up);
      }
    }
    if (!level2.isEmpty()) {
      return new ArrayList<>(level2);
    }
    int deepest = others.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
    List<Node> out = new ArrayList<>();
    others.forEach(
        (g, l) -> {
          if (l == deepest) {
            out.add(g);
          }
        });
    return out;
  }

  private static int level(Node group) {
    String l = group.attributes.get("level");
    try {
      return l == null ? -1 : Integer.parseInt(l);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
