package be.synerjob.hub.bench.micro;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.demo.VacancyGenerator;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.vacancy.Vacancy;
import java.time.LocalDate;
import java.util.List;

/**
 * The inputs of the micro-benchmarks: vacancies of the real generator, always the same (fixed seed
 * and reference date), the five members in turn, with the workplace filled in the way validation
 * fills it (municipality, NIS code, region and NUTS 3 from the gazetteer), so each benchmark sees
 * what the hub stores and routes. A benchmark walks through {@link #SIZE} of them, one per call, so
 * the figures are an average over realistic variety (short and long titles, four languages), not
 * the cost of one lucky record.
 */
public final class MicroInputs {

  /** How many distinct inputs a benchmark cycles through; a power of two (index by mask). */
  public static final int SIZE = 1024;

  public static final long SEED = 20261129L;
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  private MicroInputs() {}

  /** {@link #SIZE} generated vacancies as validation leaves them. */
  public static Vacancy[] vacancies() {
    Gazetteer gazetteer = Gazetteer.load();
    VacancyGenerator generator = new VacancyGenerator(gazetteer, SEED, TODAY);
    List<MemberCode> members = VacancyGenerator.members();
    Vacancy[] out = new Vacancy[SIZE];
    for (int i = 0; i < SIZE; i++) {
      Vacancy v = generator.vacancy(members.get(i % members.size()), i / members.size());
      out[i] = withPlace(gazetteer, v);
    }
    return out;
  }

  private static Vacancy withPlace(Gazetteer gazetteer, Vacancy v) {
    String postcode = v.workplace().postcode();
    return gazetteer
        .postcode(postcode)
        .map(
            p ->
                v.toBuilder()
                    .workplace(
                        new Vacancy.Workplace(
                            postcode,
                            p.municipality().localName(),
                            p.nisCode(),
                            p.region(),
                            p.nuts3Code()))
                    .build())
        .orElse(v);
  }
}
