package be.synerjob.hub.vacancy;

import be.synerjob.hub.bench.micro.MicroInputs;
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
 * JMH: what publishing computes for every record of a batch before it touches the database, the
 * content JSON of the vacancy (without the hub-owned fields) and its SHA-256 ({@code
 * VacancyJson.content} + {@code VacancyJson.hash}, package-private, hence this package). Run by
 * {@code bench.MicroBenchmark}.
 */
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContentHashMicro {

  private Vacancy[] vacancies;
  private int next;

  @Setup(Level.Trial)
  public void generate() {
    vacancies = MicroInputs.vacancies();
  }

  @Benchmark
  public String contentHash() {
    Vacancy v = vacancies[next++ & (MicroInputs.SIZE - 1)];
    return VacancyJson.hash(v, VacancyJson.content(v));
  }
}
