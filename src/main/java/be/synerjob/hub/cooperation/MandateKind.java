package be.synerjob.hub.cooperation;

/**
 * A mandate in the association. All are held by one person at a time except {@link #AUDITOR}: the
 * association may have several auditors at once (but one person holds one auditor mandate at a
 * time).
 */
public enum MandateKind {
  PRESIDENT,
  VICE_PRESIDENT,
  SECRETARY,
  TREASURER,
  AUDITOR;

  public boolean singleHolder() {
    return this != AUDITOR;
  }
}
