package be.synerjob.hub.bench.micro;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.demo.VacancyGenerator;
import be.synerjob.hub.organisation.AgreementSet;
import be.synerjob.hub.organisation.SharingAgreement;
import be.synerjob.hub.vacancy.Routing;
import be.synerjob.hub.vacancy.Vacancy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * JMH: routing one change, as the feed writer does for every created, updated or closed vacancy
 * inside the publishing transaction: the routing fields of the vacancy ({@code Routing.of}) and the
 * members its sharing agreements admit ({@code AgreementSet.recipientsOf}), with the demo's twenty
 * agreements (every member receives the shareable vacancies of every other, Forem without VDAB's
 * temporary-work agencies, ADG only Wallonia and Brussels of VDAB, Bruxelles Formation only Forem's
 * vacancies under active management).
 */
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RoutingMicro {

  private Vacancy[] vacancies;
  private AgreementSet agreements;
  private int next;

  @Setup(Level.Trial)
  public void generate() {
    vacancies = MicroInputs.vacancies();
    List<SharingAgreement> all = new ArrayList<>();
    for (MemberCode r : VacancyGenerator.members()) {
      for (MemberCode s : VacancyGenerator.members()) {
        if (!r.equals(s)) {
          all.add(
              new SharingAgreement(
                  r,
                  s,
                  true,
                  r.equals(MemberCode.FOREM) && s.equals(MemberCode.VDAB),
                  r.equals(MemberCode.BF) && s.equals(MemberCode.FOREM),
                  r.equals(MemberCode.ADG) && s.equals(MemberCode.VDAB)
                      ? Set.of(Region.WALLONIA, Region.BRUSSELS)
                      : Set.of(),
                  null,
                  null));
        }
      }
    }
    agreements = new AgreementSet(all);
  }

  @Benchmark
  public void routeChange(Blackhole out) {
    Routing routing = Routing.of(vacancies[next++ & (MicroInputs.SIZE - 1)]);
    out.consume(routing);
    out.consume(agreements.recipientsOf(routing));
  }
}
