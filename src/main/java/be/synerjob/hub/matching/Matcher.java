package be.synerjob.hub.matching;

import be.synerjob.hub.core.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Ranks the open vacancies for a profile. Candidate generation: the occupations with open vacancies
 * that are the same as, or related to, a wished occupation (cached per wished occupation until a
 * new occupation appears in the index); within those, with a hard distance limit, only the grid
 * cells within reach of the home. Each candidate is scored; the best {@code n} are kept in a heap;
 * reasons are written for those only.
 */
final class Matcher {

  private final VacancyIndex index;
  private final OccupationGraph graph;
  private final Scorer scorer;
  private final Map<Integer, Related> related = new ConcurrentHashMap<>();

  /** The occupations in the index related to a wished one, as of an index version. */
  private record Related(long version, int[] occupations, OccupationGraph.Relation[] relations) {}

  Matcher(VacancyIndex index, OccupationGraph graph) {
    this.index = index;
    this.graph = graph;
    this.scorer = new Scorer(graph);
  }

  VacancyIndex index() {
    return index;
  }

  OccupationGraph graph() {
    return graph;
  }

  /** A vacancy with its score and how it was reached. */
  record Scored(
      IndexedVacancy vacancy,
      int wished,
      OccupationGraph.Relation relation,
      Scorer.Outcome outcome) {}

  /** The best vacancies with the number scored. */
  record Result(List<Scored> top, int considered) {}

  private static final Comparator<Scored> WORST_FIRST =
      Comparator.<Scored>comparingDouble(s -> s.outcome().score())
          .thenComparing(Comparator.<Scored>comparingDouble(s -> s.outcome().km()).reversed())
          .thenComparing(s -> s.vacancy().id(), Comparator.reverseOrder());

  Result top(ProfileFacts p, Predicate<IndexedVacancy> visible, Set<Limit> soft, int n) {
    return index.read(() -> search(p, visible, soft, n));
  }

  private Result search(ProfileFacts p, Predicate<IndexedVacancy> visible, Set<Limit> soft, int n) {
    // best relation per candidate occupation over the wished ones
    Map<Integer, Integer> bestWished = new HashMap<>();
    Map<Integer, OccupationGraph.Relation> best = new HashMap<>();
    for (int w : p.wished()) {
      Related r = related(w);
      for (int i = 0; i < r.occupations().length; i++) {
        int occ = r.occupations()[i];
        OccupationGraph.Relation rel = r.relations()[i];
        OccupationGraph.Relation b = best.get(occ);
        if (b == null || rel.score() > b.score()) {
          best.put(occ, rel);
          bestWished.put(occ, w);
        }
      }
    }
    int[] cells =
        soft.contains(Limit.DISTANCE)
            ? null
            : Grid.around(p.latitude(), p.longitude(), p.limitKm() / Travel.DETOUR_FACTOR);
    PriorityQueue<Scored> heap = new PriorityQueue<>(n + 1, WORST_FIRST);
    int[] considered = {0};
    for (Map.Entry<Integer, OccupationGraph.Relation> e : best.entrySet()) {
      int occ = e.getKey();
      OccupationGraph.Relation rel = e.getValue();
      int wished = bestWished.get(occ);
      index.forEach(
          occ,
          cells,
          v -> {
            if (!visible.test(v)) {
              return;
            }
            considered[0]++;
            Scorer.Outcome o = scorer.score(p, v, wished, rel, soft, null, null);
            if (o == null) {
              return;
            }
            if (heap.size() < n) {
              heap.add(new Scored(v, wished, rel, o));
            } else if (o.score() >= heap.peek().outcome().score()) {
              Scored s = new Scored(v, wished, rel, o);
              if (WORST_FIRST.compare(s, heap.peek()) > 0) {
                heap.poll();
                heap.add(s);
              }
            }
          });
    }
    List<Scored> out = new ArrayList<>(heap);
    out.sort(WORST_FIRST.reversed());
    return new Result(out, considered[0]);
  }

  /** The reasons of one scored vacancy, in {@code lang}. */
  List<MatchReason> explain(ProfileFacts p, Scored s, Set<Limit> soft, Language lang) {
    List<MatchReason> reasons = new ArrayList<>();
    scorer.score(p, s.vacancy(), s.wished(), s.relation(), soft, lang, reasons);
    return reasons;
  }

  private Related related(int wished) {
    long version = index.occupationsVersion();
    Related r = related.get(wished);
    if (r != null && r.version() == version) {
      return r;
    }
    List<Integer> occs = new ArrayList<>();
    List<OccupationGraph.Relation> rels = new ArrayList<>();
    for (int occ : index.occupations()) {
      OccupationGraph.Relation rel = graph.relation(wished, occ);
      if (rel.kind() != OccupationGraph.Kind.NONE) {
        occs.add(occ);
        rels.add(rel);
      }
    }
    r =
        new Related(
            version,
            occs.stream().mapToInt(Integer::intValue).toArray(),
            rels.toArray(new OccupationGraph.Relation[0]));
    related.put(wished, r);
    return r;
  }
}
