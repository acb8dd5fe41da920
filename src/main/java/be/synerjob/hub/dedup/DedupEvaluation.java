package be.synerjob.hub.dedup;

import be.synerjob.hub.vacancy.Vacancy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Measures duplicate detection against labelled records: precision, recall and F1 per duplicate
 * type on the labelled pairs (duplicates with their original; hard negatives with the record they
 * resemble), and pairwise precision and recall over all clusters.
 */
public final class DedupEvaluation {

  /**
   * A record with its truth.
   *
   * @param truth the duplicate type when it copies {@code relatedTo}; empty for originals and for
   *     hard negatives
   * @param relatedTo key ({@code member/reference}) of the original it copies or must not be merged
   *     with
   */
  public record Labelled(Vacancy vacancy, Optional<DuplicateType> truth, String relatedTo) {
    String key() {
      return vacancy.member() + "/" + vacancy.reference();
    }
  }

  /** Counts for one type. */
  public record Score(long truePositives, long falsePositives, long falseNegatives) {
    public double precision() {
      return truePositives + falsePositives == 0
          ? 1
          : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0
          ? 1
          : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The whole report. */
  public record Report(
      int records,
      long labelledPositives,
      long labelledNegatives,
      Map<DuplicateType, Score> byType,
      Score hardNegatives,
      Score clusterPairs,
      Clustering.Result clustering) {

    /** A table for people. */
    public String table() {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT,
              "%-16s %9s %9s %9s %7s %7s %7s%n",
              "type",
              "TP",
              "FP",
              "FN",
              "P",
              "R",
              "F1"));
      Map<String, Score> rows = new LinkedHashMap<>();
      byType.forEach((t, s) -> rows.put(t.name(), s));
      rows.put("(hard negatives)", hardNegatives);
      rows.put("(cluster pairs)", clusterPairs);
      rows.forEach(
          (name, s) ->
              sb.append(
                  String.format(
                      Locale.ROOT,
                      "%-16s %9d %9d %9d %7.4f %7.4f %7.4f%n",
                      name,
                      s.truePositives(),
                      s.falsePositives(),
                      s.falseNegatives(),
                      s.precision(),
                      s.recall(),
                      s.f1())));
      return sb.toString();
    }
  }

  private final DuplicateDetector detector = new DuplicateDetector();

  public Report run(List<Labelled> records) {
    List<Fingerprint> prints = new ArrayList<>(records.size());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      prints.add(detector.fingerprint(i, records.get(i).vacancy()));
      index.put(records.get(i).key(), i);
    }
    Clustering.Result result = new Clustering(detector).cluster(prints);
    int[] cluster = result.clusterOf();

    Map<DuplicateType, long[]> counts = new EnumMap<>(DuplicateType.class);
    for (DuplicateType t : DuplicateType.values()) {
      counts.put(t, new long[3]);
    }
    long[] negatives = new long[3];
    long positives = 0;
    long negativePairs = 0;
    for (int i = 0; i < records.size(); i++) {
      Labelled l = records.get(i);
      if (l.relatedTo() == null || !index.containsKey(l.relatedTo())) {
        continue;
      }
      int j = index.get(l.relatedTo());
      boolean together = cluster[i] == cluster[j];
      Optional<DuplicateType> predicted = detector.match(prints.get(j), prints.get(i));
      if (l.truth().isPresent()) {
        positives++;
        DuplicateType truth = l.truth().get();
        if (together && predicted.orElse(truth) == truth) {
          counts.get(truth)[0]++;
        } else {
          counts.get(truth)[2]++;
          if (together && predicted.isPresent()) {
            counts.get(predicted.get())[1]++;
          }
        }
      } else {
        negativePairs++;
        if (together) {
          negatives[1]++;
          predicted.ifPresent(p -> counts.get(p)[1]++);
        } else {
          negatives[0]++;
        }
      }
    }
    Map<DuplicateType, Score> byType = new EnumMap<>(DuplicateType.class);
    counts.forEach((t, c) -> byType.put(t, new Score(c[0], c[1], c[2])));

    // Pairwise over clusters: the true job of a record is its own key, or its original's for a
    // duplicate.
    int[] truthOf = new int[records.size()];
    for (int i = 0; i < records.size(); i++) {
      Labelled l = records.get(i);
      truthOf[i] =
          l.truth().isPresent() && index.containsKey(l.relatedTo()) ? index.get(l.relatedTo()) : i;
    }
    Map<Long, Long> predictedPairs = new HashMap<>();
    Map<Integer, Long> clusterSizes = new HashMap<>();
    Map<Integer, Long> truthSizes = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      clusterSizes.merge(cluster[i], 1L, Long::sum);
      truthSizes.merge(truthOf[i], 1L, Long::sum);
      predictedPairs.merge(((long) cluster[i] << 32) | truthOf[i], 1L, Long::sum);
    }
    long both = predictedPairs.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    long predictedTotal = clusterSizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    long truthTotal = truthSizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    Score clusterPairs = new Score(both, predictedTotal - both, truthTotal - both);
    return new Report(
        records.size(),
        positives,
        negativePairs,
        byType,
        new Score(negatives[0], negatives[1], 0),
        clusterPairs,
        result);
  }
}
