package be.synerjob.hub.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.demo.GeneratedVacancy;
import be.synerjob.hub.demo.ScaleGenerator;
import be.synerjob.hub.geo.Gazetteer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Duplicate detection measured on a labelled set made by the generator, hard negatives included.
 */
class DedupEvaluationTests {

  static List<DedupEvaluation.Labelled> labelled(int n, long seed) {
    ScaleGenerator g =
        new ScaleGenerator(
            Gazetteer.load(),
            seed,
            LocalDate.of(2026, 11, 2),
            new ScaleGenerator.Mix(4, 4, 4, 4, 0, 6));
    return g.range(0, n).stream().map(DedupEvaluationTests::label).toList();
  }

  /** The generator's kinds as the detector's duplicate types. */
  static DedupEvaluation.Labelled label(GeneratedVacancy v) {
    return new DedupEvaluation.Labelled(v.vacancy(), truth(v.kind()), v.relatedTo());
  }

  static Optional<DuplicateType> truth(GeneratedVacancy.Kind kind) {
    switch (kind) {
      case CROSS_MEMBER:
        return Optional.of(DuplicateType.EXACT_COPY);
      case NEAR_COPY:
        return Optional.of(DuplicateType.NEAR_DUPLICATE);
      case TRANSLATED:
        return Optional.of(DuplicateType.TRANSLATED);
      case REPOST:
        return Optional.of(DuplicateType.REPOST);
      default:
        return Optional.empty();
    }
  }

  @Test
  void findsEachKindOfDuplicateAbove95PercentPrecisionAndRecall() {
    DedupEvaluation.Report report = new DedupEvaluation().run(labelled(20_000, 21));
    System.out.println(report.table());
    for (DuplicateType t : DuplicateType.values()) {
      DedupEvaluation.Score s = report.byType().get(t);
      assertThat(s.truePositives()).as(t.name()).isGreaterThan(500);
      assertThat(s.precision()).as(t + " precision").isGreaterThan(0.95);
      assertThat(s.recall()).as(t + " recall").isGreaterThan(0.95);
    }
    assertThat(report.hardNegatives().truePositives()).isGreaterThan(1000);
    assertThat(report.hardNegatives().falsePositives())
        .as("hard negatives merged")
        .isLessThan(report.hardNegatives().truePositives() / 20);
    assertThat(report.clusterPairs().precision()).isGreaterThan(0.95);
    assertThat(report.clusterPairs().recall()).isGreaterThan(0.95);
  }

  @Test
  void candidateGenerationLosesAlmostNothingAgainstExhaustiveComparison() {
    List<DedupEvaluation.Labelled> sample = labelled(3000, 22);
    DuplicateDetector d = new DuplicateDetector();
    List<Fingerprint> prints =
        IntStream.range(0, sample.size())
            .mapToObj(i -> d.fingerprint(i, sample.get(i).vacancy()))
            .toList();
    Clustering c = new Clustering(d);
    Clustering.Result blocked = c.cluster(prints);
    Clustering.Result all = c.exhaustive(prints);
    assertThat(all.comparisons()).isEqualTo(3000L * 2999 / 2);
    assertThat(blocked.comparisons()).isLessThan(all.comparisons() / 100);
    // Every merge the exhaustive comparison makes, but at most one in a thousand records.
    assertThat(blocked.clusters() - all.clusters()).isBetween(0, 3);
    assertThat(blocked.matches()).isGreaterThan(0);
  }
}
