package be.synerjob.hub.bench.micro;

import be.synerjob.hub.classification.Classification;
import be.synerjob.hub.classification.OccupationClassifier;
import be.synerjob.hub.classification.OccupationVocabulary;
import be.synerjob.hub.core.Language;
import be.synerjob.hub.vacancy.Vacancy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: occupation classification of one generated title (gender markers, seniority and contract
 * words included) against the index of the shipped reference, built once per run. {@code
 * noisyTitle} is the classification API's call (title only, language detected, top 5); {@code
 * asPublished} is what coding a published vacancy without a usable code costs (title, description
 * and language, best match only). Warms up longer than the others: an operation takes about a
 * millisecond and the JIT compiles the scoring loop late on a loaded machine.
 */
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClassifyMicro {

  /** The index, shared by the threads of a run (read-only once built). */
  @State(Scope.Benchmark)
  public static class Index {
    OccupationClassifier classifier;

    @Setup(Level.Trial)
    public void build() {
      classifier = OccupationClassifier.build(OccupationVocabulary.fromShippedFiles());
    }
  }

  private String[] titles;
  private String[] descriptions;
  private Language[] languages;
  private int next;

  @Setup(Level.Trial)
  public void generate() {
    Vacancy[] vacancies = MicroInputs.vacancies();
    titles = new String[vacancies.length];
    descriptions = new String[vacancies.length];
    languages = new Language[vacancies.length];
    for (int i = 0; i < vacancies.length; i++) {
      titles[i] = vacancies[i].title();
      descriptions[i] = vacancies[i].description();
      languages[i] = Language.parse(vacancies[i].language()).orElse(null);
    }
  }

  @Benchmark
  public Classification noisyTitle(Index index) {
    return index.classifier.classify(titles[next++ & (MicroInputs.SIZE - 1)], null, null, 5);
  }

  @Benchmark
  public Classification asPublished(Index index) {
    int i = next++ & (MicroInputs.SIZE - 1);
    return index.classifier.classify(titles[i], descriptions[i], languages[i], 1);
  }
}
