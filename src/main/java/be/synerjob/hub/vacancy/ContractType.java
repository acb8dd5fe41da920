package be.synerjob.hub.vacancy;

/** The kind of employment contract offered. */
public enum ContractType {
  /** Open-ended (CDI, vast contract, unbefristet). */
  PERMANENT,
  /** Fixed term (CDD, bepaalde duur, befristet). */
  FIXED_TERM,
  /** Temporary agency work (intérim, uitzendarbeid, Leiharbeit). */
  TEMPORARY_AGENCY,
  /** Replacement contract. */
  REPLACEMENT,
  /** Student job. */
  STUDENT,
  /** Apprenticeship, dual learning or in-company training (PFI, IBO, IBU). */
  APPRENTICESHIP,
  /** Seasonal work. */
  SEASONAL,
  /** Self-employed or freelance assignment. */
  FREELANCE,
  /** Flexi-job. */
  FLEXI_JOB
}
