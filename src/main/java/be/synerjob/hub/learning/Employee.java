package be.synerjob.hub.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee as an employer declared them; the national number only masked.
 *
 * @param regime fraction of a full-time job
 * @param jointCommittee the joint committee (paritair comité / commission paritaire), e.g. {@code
 *     200}
 */
public record Employee(
    String id,
    String enterpriseNumber,
    String nationalNumberMasked,
    BigDecimal regime,
    String jointCommittee,
    LocalDate startDate,
    LocalDate endDate,
    Instant registeredAt,
    Instant updatedAt) {

  /** True when the employee worked on at least one day of the year. */
  public boolean employedIn(int year) {
    return startDate.getYear() <= year && (endDate == null || endDate.getYear() >= year);
  }
}
