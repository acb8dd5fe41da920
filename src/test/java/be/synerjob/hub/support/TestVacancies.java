package be.synerjob.hub.support;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.ContractType;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.VacancyStatus;
import java.time.LocalDate;
import java.util.List;

/** Hand-made vacancies for tests: valid by default, with the few fields a test varies. */
public final class TestVacancies {

  private TestVacancies() {}

  /** A valid open vacancy in the given postcode. */
  public static Vacancy vacancy(
      MemberCode member, String reference, String postcode, boolean shareable, boolean agency) {
    return vacancy(member, reference, postcode, shareable, agency, "Lasser (m/v/x)", null);
  }

  public static Vacancy vacancy(
      MemberCode member,
      String reference,
      String postcode,
      boolean shareable,
      boolean agency,
      String title,
      LocalDate validThrough) {
    return Vacancy.builder()
        .member(member.value())
        .reference(reference)
        .status(VacancyStatus.OPEN)
        .language("nl")
        .title(title)
        .description("Wij zoeken een ervaren lasser voor onze werkplaats.")
        .occupations(
            List.of(
                new Vacancy.OccupationCode(
                    CodeScheme.ESCO,
                    "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b",
                    null),
                new Vacancy.OccupationCode(CodeScheme.ROME, "H2913", null)))
        .employer(new Vacancy.Employer("Metaal Peeters NV", "0403.170.701", agency))
        .workplace(new Vacancy.Workplace(postcode, null, null, null, null))
        .contractType(agency ? ContractType.TEMPORARY_AGENCY : ContractType.PERMANENT)
        .languages(List.of(new Vacancy.LanguageRequirement("nl", "B2")))
        .validThrough(validThrough)
        .application(
            new Vacancy.Application(
                "https://jobs.example.be/1",
                "jobs@peeters.example.be",
                "+32 9 123 45 67",
                "An Peeters",
                null,
                null))
        .exchange(new Vacancy.ExchangeFlags(shareable, false, false))
        .build();
  }

  /** The same vacancy with another title (a content change). */
  public static Vacancy retitled(Vacancy v, String title) {
    return v.toBuilder().title(title).build();
  }

  /** The same vacancy with other exchange flags. */
  public static Vacancy flagged(Vacancy v, boolean shareable) {
    return v.toBuilder().exchange(new Vacancy.ExchangeFlags(shareable, false, false)).build();
  }

  /** The same vacancy with another status. */
  public static Vacancy withStatus(Vacancy v, VacancyStatus status) {
    return v.toBuilder().status(status).build();
  }
}
