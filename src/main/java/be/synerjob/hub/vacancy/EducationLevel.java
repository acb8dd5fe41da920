package be.synerjob.hub.vacancy;

/** The minimum education asked, on the ISCED 2011 scale. */
public enum EducationLevel {
  NONE(0),
  PRIMARY(1),
  LOWER_SECONDARY(2),
  UPPER_SECONDARY(3),
  POST_SECONDARY(4),
  SHORT_TERTIARY(5),
  BACHELOR(6),
  MASTER(7),
  DOCTORATE(8);

  private final int isced;

  EducationLevel(int isced) {
    this.isced = isced;
  }

  public int isced() {
    return isced;
  }
}
