package be.synerjob.hub.vacancy;

/**
 * Codes a validated vacancy to an ESCO occupation: from a supplied code when one is valid (ESCO as
 * is, ROME or ISCO-08 through the reference's crosswalk), otherwise from its title, description and
 * language. Implemented by the classification module; without an implementation vacancies are
 * stored without {@code occupationCoding}.
 */
public interface OccupationCoder {

  /**
   * The coding of a vacancy that passed validation (its supplied codes are known to be valid), or
   * null when it cannot be coded (no reference loaded). Must be cheap: it runs for every record of
   * a batch inside the publishing transaction.
   */
  Vacancy.OccupationCoding code(Vacancy normalised);
}
