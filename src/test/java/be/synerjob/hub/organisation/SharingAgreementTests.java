package be.synerjob.hub.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharingAgreementTests {

  record V(
      MemberCode source,
      Region region,
      boolean open,
      boolean shareable,
      boolean temporaryWorkAgency,
      boolean activeManagement)
      implements Shareable {}

  static final MemberCode VDAB = MemberCode.VDAB;
  static final MemberCode FOREM = MemberCode.FOREM;

  static SharingAgreement agreement(
      boolean onlyShareable, boolean noTwa, boolean onlyActive, Set<Region> regions) {
    return new SharingAgreement(FOREM, VDAB, onlyShareable, noTwa, onlyActive, regions, null, null);
  }

  @Test
  void admitsOnlyOpenVacanciesOfItsSource() {
    SharingAgreement a = agreement(false, false, false, Set.of());
    assertThat(a.admits(new V(VDAB, Region.FLANDERS, true, false, false, false))).isTrue();
    assertThat(a.admits(new V(VDAB, Region.FLANDERS, false, true, false, false))).isFalse();
    assertThat(a.admits(new V(MemberCode.ADG, Region.WALLONIA, true, true, false, false)))
        .isFalse();
  }

  @Test
  void appliesEachRule() {
    V plain = new V(VDAB, Region.FLANDERS, true, true, false, false);
    assertThat(
            agreement(true, false, false, Set.of())
                .admits(new V(VDAB, Region.FLANDERS, true, false, false, false)))
        .isFalse();
    assertThat(
            agreement(false, true, false, Set.of())
                .admits(new V(VDAB, Region.FLANDERS, true, true, true, false)))
        .isFalse();
    assertThat(agreement(false, false, true, Set.of()).admits(plain)).isFalse();
    assertThat(
            agreement(false, false, true, Set.of())
                .admits(new V(VDAB, Region.FLANDERS, true, true, false, true)))
        .isTrue();
    assertThat(agreement(false, false, false, Set.of(Region.BRUSSELS)).admits(plain)).isFalse();
    assertThat(agreement(false, false, false, Set.of(Region.FLANDERS)).admits(plain)).isTrue();
    assertThat(
            agreement(false, false, false, Set.of(Region.FLANDERS))
                .admits(new V(VDAB, null, true, true, false, false)))
        .isFalse();
  }

  @Test
  void neverSharesBackToTheSource() {
    SharingAgreement self =
        new SharingAgreement(VDAB, VDAB, false, false, false, Set.of(), null, null);
    assertThat(self.admits(new V(VDAB, Region.FLANDERS, true, true, false, false))).isFalse();
  }

  @Test
  void agreementSetListsRecipientsInCodeOrder() {
    AgreementSet set =
        new AgreementSet(
            List.of(
                new SharingAgreement(
                    MemberCode.ADG, VDAB, true, false, false, Set.of(), null, null),
                new SharingAgreement(FOREM, VDAB, true, false, false, Set.of(), null, null),
                new SharingAgreement(
                    MemberCode.ACTIRIS,
                    VDAB,
                    true,
                    false,
                    false,
                    Set.of(Region.BRUSSELS),
                    null,
                    null)));
    assertThat(set.recipientsOf(new V(VDAB, Region.FLANDERS, true, true, false, false)))
        .containsExactly(MemberCode.ADG, FOREM);
    assertThat(set.recipientsOf(new V(VDAB, Region.FLANDERS, true, false, false, false))).isEmpty();
  }
}
