package be.synerjob.hub.vacancy;

/** Full time, part time, or either. */
public enum WorkRegime {
  FULL_TIME,
  PART_TIME,
  FULL_OR_PART_TIME
}
