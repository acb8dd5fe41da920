package be.synerjob.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.demo.GeneratedVacancy.Kind;
import be.synerjob.hub.geo.Gazetteer;
import be.synerjob.hub.vacancy.BatchResult;
import be.synerjob.hub.vacancy.IncomingRecord;
import be.synerjob.hub.vacancy.PublishOutcome;
import be.synerjob.hub.vacancy.RecordResult;
import be.synerjob.hub.vacancy.VacancyService;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The generator at scale: its mix of kinds, its labels, and that the hub judges each record as
 * labelled.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:scale-generator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
class ScaleGeneratorTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

  @Autowired VacancyService vacancies;

  @Test
  void producesTheRequestedMixWithDuplicatesPointingAtEarlierOriginals() {
    ScaleGenerator g =
        new ScaleGenerator(Gazetteer.load(), 5, TODAY, ScaleGenerator.Mix.realistic());
    List<GeneratedVacancy> all = g.range(0, 20_000);
    Map<Kind, Long> kinds =
        all.stream().collect(Collectors.groupingBy(GeneratedVacancy::kind, Collectors.counting()));
    assertThat(kinds.get(Kind.CROSS_MEMBER) / 200.0).isCloseTo(2.0, within(0.5));
    assertThat(kinds.get(Kind.NEAR_COPY) / 200.0).isCloseTo(2.0, within(0.5));
    assertThat(kinds.get(Kind.TRANSLATED) / 200.0).isCloseTo(2.0, within(0.5));
    assertThat(kinds.get(Kind.REPOST) / 200.0).isCloseTo(4.0, within(0.6));
    assertThat(kinds.get(Kind.INVALID) / 200.0).isCloseTo(2.0, within(0.5));
    assertThat(kinds.get(Kind.SIBLING) / 200.0).isCloseTo(2.0, within(0.5));
    Map<String, GeneratedVacancy> byKey = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      GeneratedVacancy v = all.get(i);
      if (v.relatedTo() != null) {
        GeneratedVacancy original = byKey.get(v.relatedTo());
        assertThat(original).as("original of " + v.key() + " comes earlier").isNotNull();
        assertThat(original.kind()).isEqualTo(Kind.ORIGINAL);
        assertThat(v.vacancy().employer().name()).isEqualTo(original.vacancy().employer().name());
        if (v.kind() == Kind.TRANSLATED) {
          assertThat(v.vacancy().language()).isNotEqualTo(original.vacancy().language());
        }
        if (v.kind() == Kind.SIBLING) {
          assertThat(v.vacancy().member()).isEqualTo(original.vacancy().member());
          assertThat(v.vacancy().occupations()).isEqualTo(original.vacancy().occupations());
          assertThat(v.vacancy().workplace().postcode())
              .isNotEqualTo(original.vacancy().workplace().postcode());
        } else if (v.kind() == Kind.REPOST) {
          assertThat(v.vacancy().member()).isEqualTo(original.vacancy().member());
          assertThat(v.vacancy().publicationDate()).isAfter(original.vacancy().publicationDate());
        } else {
          assertThat(v.vacancy().member()).isNotEqualTo(original.vacancy().member());
        }
      }
      byKey.putIfAbsent(v.key(), v);
    }
    assertThat(byKey).hasSize(all.size());
    assertThat(g.range(12_345, 3))
        .isEqualTo(
            new ScaleGenerator(Gazetteer.load(), 5, TODAY, ScaleGenerator.Mix.realistic())
                .range(12_345, 3));
  }

  @Test
  void theHubAcceptsEveryValidRecordAndRejectsEachDefectWithItsLabelledReason() {
    ScaleGenerator g =
        new ScaleGenerator(
            Gazetteer.load(), 8, vacancies.today(), new ScaleGenerator.Mix(3, 2, 2, 4, 10, 2));
    List<GeneratedVacancy> all = g.range(0, 3000);
    Map<MemberCode, List<GeneratedVacancy>> byMember =
        all.stream().collect(Collectors.groupingBy(v -> new MemberCode(v.vacancy().member())));
    Map<Kind, Integer> checked = new EnumMap<>(Kind.class);
    for (var e : byMember.entrySet()) {
      List<GeneratedVacancy> list = e.getValue();
      for (int from = 0; from < list.size(); from += 1000) {
        List<GeneratedVacancy> chunk = list.subList(from, Math.min(list.size(), from + 1000));
        BatchResult result =
            vacancies.publish(
                e.getKey(),
                chunk.stream().map(v -> IncomingRecord.parsed(v.vacancy())).toList(),
                "TEST");
        for (int i = 0; i < chunk.size(); i++) {
          GeneratedVacancy v = chunk.get(i);
          RecordResult r = result.results().get(i);
          if (v.kind() == Kind.INVALID) {
            assertThat(r.outcome()).as(v.defect().name()).isEqualTo(PublishOutcome.REJECTED);
            assertThat(r.problems())
                .as(v.defect().name())
                .anySatisfy(
                    p -> {
                      assertThat(p.field()).isEqualTo(v.defect().field());
                      assertThat(p.code()).isEqualTo(v.defect().code());
                    });
          } else {
            assertThat(r.outcome())
                .as(v.key() + " " + r.problems())
                .isEqualTo(PublishOutcome.CREATED);
          }
          checked.merge(v.kind(), 1, Integer::sum);
        }
      }
    }
    assertThat(checked.keySet()).containsExactlyInAnyOrder(Kind.values());
  }
}
