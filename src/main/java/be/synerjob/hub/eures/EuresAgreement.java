package be.synerjob.hub.eures;

import be.synerjob.hub.core.MemberCode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A member's agreement with EURES: whether its EURES-flagged vacancies may be sent on, from when,
 * and how it marks the vacancies it took from EURES itself.
 *
 * @param active the agreement is in force
 * @param signedOn from this day on (null: since always)
 * @param fromEuresPrefix the member's references starting with this prefix are vacancies the member
 *     took from EURES: they never go back (null: the member publishes none)
 */
public record EuresAgreement(
    MemberCode member,
    boolean active,
    LocalDate signedOn,
    String fromEuresPrefix,
    Instant updatedAt,
    String updatedBy) {

  /** In force on this day. */
  public boolean inForce(LocalDate today) {
    return active && (signedOn == null || !signedOn.isAfter(today));
  }
}
