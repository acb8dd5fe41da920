package be.synerjob.hub.vacancy;

/** Whether a vacancy can still be applied to. */
public enum VacancyStatus {
  OPEN,
  CLOSED
}
