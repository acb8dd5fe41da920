package be.synerjob.hub.organisation;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import java.time.Instant;
import java.util.Set;

/**
 * What {@code recipient} may receive of the vacancies {@code source} publishes. Without an
 * agreement a recipient receives nothing of that source. A vacancy is never shared back to the
 * member it came from.
 *
 * @param onlyShareable only vacancies the source flagged as shareable with partners
 * @param excludeTemporaryWorkAgencies leave out vacancies of temporary-work agencies
 * @param onlyActiveManagement only vacancies that need active management by a counsellor
 * @param regions only vacancies with a workplace in these regions; empty means every region
 */
public record SharingAgreement(
    MemberCode recipient,
    MemberCode source,
    boolean onlyShareable,
    boolean excludeTemporaryWorkAgencies,
    boolean onlyActiveManagement,
    Set<Region> regions,
    Instant updatedAt,
    String updatedBy) {

  public SharingAgreement {
    regions = regions == null ? Set.of() : Set.copyOf(regions);
  }

  /** Whether the recipient may receive this vacancy now (closed vacancies are never admitted). */
  public boolean admits(Shareable v) {
    if (!v.open() || !v.source().equals(source) || v.source().equals(recipient)) {
      return false;
    }
    if (onlyShareable && !v.shareable()) {
      return false;
    }
    if (excludeTemporaryWorkAgencies && v.temporaryWorkAgency()) {
      return false;
    }
    if (onlyActiveManagement && !v.activeManagement()) {
      return false;
    }
    return regions.isEmpty() || (v.region() != null && regions.contains(v.region()));
  }

  /** Same rules, ignoring who changed them and when. */
  public boolean sameRulesAs(SharingAgreement other) {
    return other != null
        && onlyShareable == other.onlyShareable
        && excludeTemporaryWorkAgencies == other.excludeTemporaryWorkAgencies
        && onlyActiveManagement == other.onlyActiveManagement
        && regions.equals(other.regions);
  }
}
