package be.synerjob.hub.bench.micro;

import be.synerjob.hub.dedup.DuplicateDetector;
import be.synerjob.hub.dedup.Fingerprint;
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
 * JMH: the duplicate-detection fingerprint of one vacancy (employer key, title words, MinHash of
 * the description), built for every open vacancy before clustering.
 */
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FingerprintMicro {

  private final DuplicateDetector detector = new DuplicateDetector();
  private Vacancy[] vacancies;
  private int next;

  @Setup(Level.Trial)
  public void generate() {
    vacancies = MicroInputs.vacancies();
  }

  @Benchmark
  public Fingerprint fingerprint() {
    int i = next++ & (MicroInputs.SIZE - 1);
    return detector.fingerprint(i, vacancies[i]);
  }
}
