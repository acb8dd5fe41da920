package be.synerjob.hub.vacancy;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import be.synerjob.hub.organisation.Shareable;

/**
 * The few fields of a vacancy that decide who may receive it and that a removal carries, so that
 * filtered consumers can route it.
 *
 * @param occupation the first occupation code as {@code scheme:code} (for example {@code
 *     rome:M1805}), or null
 */
public record Routing(
    MemberCode source,
    String reference,
    Region region,
    String occupation,
    boolean open,
    boolean shareable,
    boolean temporaryWorkAgency,
    boolean activeManagement,
    boolean eures)
    implements Shareable {

  /**
   * The same routing as if the vacancy were open: a closed vacancy stays readable (masked) by the
   * recipients its agreement would admit when open.
   */
  public Routing asOpen() {
    return open
        ? this
        : new Routing(
            source,
            reference,
            region,
            occupation,
            true,
            shareable,
            temporaryWorkAgency,
            activeManagement,
            eures);
  }

  /** The routing fields of a vacancy (source, region, first occupation code, flags). */
  public static Routing of(Vacancy v) {
    String occupation =
        v.occupations() == null || v.occupations().isEmpty()
            ? null
            : v.occupations().get(0).scheme().prefix() + ":" + v.occupations().get(0).code();
    return new Routing(
        new MemberCode(v.member()),
        v.reference(),
        v.workplace() == null ? null : v.workplace().region(),
        occupation,
        v.isOpen(),
        v.exchange() != null && Boolean.TRUE.equals(v.exchange().shareable()),
        v.employer() != null && Boolean.TRUE.equals(v.employer().temporaryWorkAgency()),
        v.exchange() != null && Boolean.TRUE.equals(v.exchange().activeManagement()),
        v.exchange() != null && Boolean.TRUE.equals(v.exchange().eures()));
  }
}
