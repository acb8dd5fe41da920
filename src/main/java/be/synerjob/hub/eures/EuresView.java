package be.synerjob.hub.eures;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may go to EURES. A vacancy is in the EURES view when it is open, its member flagged it for
 * EURES ({@code exchange.eures}), its member's agreement with EURES is in force, and it did not
 * come from EURES. The rules are checked in this order; the first that fails is the exclusion.
 */
public final class EuresView {

  /** The channel name a EURES inbound reader publishes with; any version so published marks it. */
  public static final String EURES_CHANNEL = "EURES";

  /** Why a vacancy is not in the EURES view. */
  public enum Exclusion {
    NONE,
    CLOSED,
    FROM_EURES,
    NOT_FLAGGED,
    NO_AGREEMENT,
    AGREEMENT_NOT_IN_FORCE;

    /** The code used in reasons: {@code from-eures}, {@code not-flagged}, … */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * The facts the rule reads.
   *
   * @param member the publishing member
   * @param reference the member's reference
   * @param open the vacancy is open
   * @param euresFlag the member flagged it for EURES
   * @param channels the channels its versions were published through ({@code API}, {@code SFTP},
   *     {@code EURES}, …)
   */
  public record Facts(
      String member, String reference, boolean open, boolean euresFlag, List<String> channels) {}

  private EuresView() {}

  /**
   * Whether the vacancy came from EURES in the first place: published by a member that is a EURES
   * inbound source ({@code inboundMembers}), or through the {@code EURES} channel, or with a
   * reference its member's agreement marks as taken from EURES.
   */
  public static boolean fromEures(Facts f, EuresAgreement agreement, Set<String> inboundMembers) {
    if (inboundMembers.contains(f.member())) {
      return true;
    }
    if (f.channels() != null && f.channels().stream().anyMatch(EURES_CHANNEL::equalsIgnoreCase)) {
      return true;
    }
    return agreement != null
        && agreement.fromEuresPrefix() != null
        && !agreement.fromEuresPrefix().isEmpty()
        && f.reference() != null
        && f.reference().startsWith(agreement.fromEuresPrefix());
  }

  /** The exclusion of a vacancy, {@link Exclusion#NONE} when it is in the EURES view. */
  public static Exclusion exclusion(
      Facts f, EuresAgreement agreement, Set<String> inboundMembers, LocalDate today) {
    if (!f.open()) {
      return Exclusion.CLOSED;
    }
    if (fromEures(f, agreement, inboundMembers)) {
      return Exclusion.FROM_EURES;
    }
    if (!f.euresFlag()) {
      return Exclusion.NOT_FLAGGED;
    }
    if (agreement == null) {
      return Exclusion.NO_AGREEMENT;
    }
    if (!agreement.inForce(today)) {
      return Exclusion.AGREEMENT_NOT_IN_FORCE;
    }
    return Exclusion.NONE;
  }
}
