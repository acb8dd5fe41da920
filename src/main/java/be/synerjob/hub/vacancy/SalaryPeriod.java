package be.synerjob.hub.vacancy;

/** The period a salary amount refers to. */
public enum SalaryPeriod {
  HOUR,
  MONTH,
  YEAR
}
