package be.synerjob.hub.classification;

import be.synerjob.hub.bench.micro.MicroInputs;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: cleaning one generated title the way the classifier does before it looks anything up (gender
 * markers and accents folded away, noise words dropped, each word stemmed for the title's
 * language): {@code TextAnalyzer}, package-private, hence this package. Run by {@code
 * bench.MicroBenchmark}.
 */
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TitleAnalysisMicro {

  private String[] titles;
  private Language[] languages;
  private int next;

  @Setup(Level.Trial)
  public void generate() {
    Vacancy[] vacancies = MicroInputs.vacancies();
    titles = new String[vacancies.length];
    languages = new Language[vacancies.length];
    for (int i = 0; i < vacancies.length; i++) {
      titles[i] = vacancies[i].title();
      languages[i] = Language.parse(vacancies[i].language()).orElse(Language.EN);
    }
  }

  @Benchmark
  public void cleanTitle(Blackhole out) {
    int i = next++ & (MicroInputs.SIZE - 1);
    for (String w : TextAnalyzer.words(TextAnalyzer.fold(titles[i]))) {
      out.consume(TextAnalyzer.stem(w, languages[i]));
    }
  }
}
