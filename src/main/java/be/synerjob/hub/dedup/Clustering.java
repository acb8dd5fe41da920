package be.synerjob.hub.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch clustering: files every fingerprint under its blocking keys, compares only vacancies that
 * share a key and were published within {@value #WINDOW_DAYS} days of each other, and joins matches
 * with union-find. Cost: linear in the number of vacancies plus the comparisons inside each key's
 * window; memory: the fingerprints and one int per vacancy.
 */
public final class Clustering {

  static final int WINDOW_DAYS = 90;

  /**
   * The outcome: for each fingerprint index, the index of its cluster's first (representative)
   * member.
   */
  public record Result(
      int[] clusterOf, long comparisons, long matches, Map<DuplicateType, Long> byType) {
    public int clusters() {
      int n = 0;
      for (int i = 0; i < clusterOf.length; i++) {
        if (clusterOf[i] == i) {
          n++;
        }
      }
      return n;
    }
  }

  private final DuplicateDetector detector;

  public Clustering(DuplicateDetector detector) {
    this.detector = detector;
  }

  /** Clusters fingerprints whose {@code index} is their position in the list. */
  public Result cluster(List<Fingerprint> all) {
    Map<String, List<Fingerprint>> blocks = new HashMap<>(all.size() * 2);
    for (Fingerprint f : all) {
      for (String key : detector.blockingKeys(f)) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(f);
      }
    }
    int[] parent = new int[all.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    long comparisons = 0;
    long matches = 0;
    Map<DuplicateType, Long> byType = new java.util.EnumMap<>(DuplicateType.class);
    for (List<Fingerprint> block : blocks.values()) {
      if (block.size() < 2) {
        continue;
      }
      block.sort(Comparator.comparingInt(Fingerprint::day));
      for (int i = 0; i < block.size(); i++) {
        Fingerprint a = block.get(i);
        for (int j = i + 1; j < block.size(); j++) {
          Fingerprint b = block.get(j);
          if (b.day() - a.day() > WINDOW_DAYS) {
            break;
          }
          if (find(parent, a.index()) == find(parent, b.index())) {
            continue;
          }
          comparisons++;
          var m = detector.match(a, b);
          if (m.isPresent()) {
            matches++;
            byType.merge(m.get(), 1L, Long::sum);
            union(parent, a.index(), b.index());
          }
        }
      }
    }
    int[] clusterOf = new int[all.size()];
    for (int i = 0; i < clusterOf.length; i++) {
      clusterOf[i] = find(parent, i);
    }
    return new Result(clusterOf, comparisons, matches, byType);
  }

  /** Exhaustive comparison of every pair, for checking what candidate generation loses (O(n²)). */
  public Result exhaustive(List<Fingerprint> all) {
    int[] parent = new int[all.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    long comparisons = 0;
    long matches = 0;
    Map<DuplicateType, Long> byType = new java.util.EnumMap<>(DuplicateType.class);
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        comparisons++;
        var m = detector.match(all.get(i), all.get(j));
        if (m.isPresent()) {
          matches++;
          byType.merge(m.get(), 1L, Long::sum);
          union(parent, i, j);
        }
      }
    }
    int[] clusterOf = new int[all.size()];
    for (int i = 0; i < clusterOf.length; i++) {
      clusterOf[i] = find(parent, i);
    }
    return new Result(clusterOf, comparisons, matches, byType);
  }

  static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two clusters; the smaller index (the earlier vacancy) stays the representative. */
  static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }
}
