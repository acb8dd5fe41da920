package be.synerjob.hub.bench.micro;

import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyJson;
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
 * JMH: the one JSON form of a vacancy, read strictly (every record that arrives by API or file) and
 * written compactly (every vacancy served by the feed, the API and the exports).
 */
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VacancyJsonMicro {

  private Vacancy[] vacancies;
  private String[] json;
  private int next;

  @Setup(Level.Trial)
  public void generate() {
    vacancies = MicroInputs.vacancies();
    json = new String[vacancies.length];
    for (int i = 0; i < vacancies.length; i++) {
      json[i] = VacancyJson.write(vacancies[i]);
    }
  }

  @Benchmark
  public Vacancy parse() {
    return VacancyJson.read(json[next++ & (MicroInputs.SIZE - 1)]);
  }

  @Benchmark
  public String write() {
    return VacancyJson.write(vacancies[next++ & (MicroInputs.SIZE - 1)]);
  }
}
