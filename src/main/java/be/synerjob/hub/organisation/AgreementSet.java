package be.synerjob.hub.organisation;

import be.synerjob.hub.core.MemberCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * All sharing agreements at one moment, indexed for the question "who may receive this vacancy?".
 */
public final class AgreementSet {

  private final Map<MemberCode, List<SharingAgreement>> bySource = new HashMap<>();
  private final Map<MemberCode, Map<MemberCode, SharingAgreement>> byRecipient = new HashMap<>();

  public AgreementSet(List<SharingAgreement> agreements) {
    for (SharingAgreement a : agreements) {
      bySource.computeIfAbsent(a.source(), k -> new ArrayList<>()).add(a);
      byRecipient.computeIfAbsent(a.recipient(), k -> new HashMap<>()).put(a.source(), a);
    }
  }

  /**
   * The members that may receive the vacancy, in code order. Cost: one pass over the source's
   * agreements.
   */
  public Set<MemberCode> recipientsOf(Shareable v) {
    Set<MemberCode> out = new TreeSet<>();
    for (SharingAgreement a : bySource.getOrDefault(v.source(), List.of())) {
      if (a.admits(v)) {
        out.add(a.recipient());
      }
    }
    return out;
  }

  public boolean admits(MemberCode recipient, Shareable v) {
    SharingAgreement a = byRecipient.getOrDefault(recipient, Map.of()).get(v.source());
    return a != null && a.admits(v);
  }

  public Optional<SharingAgreement> find(MemberCode recipient, MemberCode source) {
    return Optional.ofNullable(byRecipient.getOrDefault(recipient, Map.of()).get(source));
  }

  public List<SharingAgreement> all() {
    List<SharingAgreement> out = new ArrayList<>();
    bySource.values().forEach(out::addAll);
    return out;
  }
}
