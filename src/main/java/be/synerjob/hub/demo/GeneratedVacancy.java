package be.synerjob.hub.demo;

import be.synerjob.hub.vacancy.Vacancy;

/**
 * A generated vacancy with the truth about it, so tests and evaluations can check what the hub
 * makes of it.
 *
 * @param kind what the generator made: an original job, a duplicate of one, or a record with a
 *     defect
 * @param relatedTo {@code member/reference} of the original that a duplicate copies, or that a
 *     sibling must not be confused with
 * @param defect for invalid records, what is wrong with it
 */
public record GeneratedVacancy(Vacancy vacancy, Kind kind, String relatedTo, Defect defect) {

  /** What a generated record is. */
  public enum Kind {
    /** A job published once. */
    ORIGINAL,
    /** The same job, same text, published by a second member. */
    CROSS_MEMBER,
    /**
     * The same job republished by a second member with edits: another title wording, a shortened
     * text, and sometimes without the enterprise number.
     */
    NEAR_COPY,
    /** The same job published by a second member in another language. */
    TRANSLATED,
    /** The same job published again later by the same member under a new reference. */
    REPOST,
    /** A record with one defect the hub must reject. */
    INVALID,
    /**
     * A hard negative: another job of the same employer in the same occupation (elsewhere, other
     * wording); not a duplicate of the record it is related to.
     */
    SIBLING;

    /** Whether this kind is a duplicate of the record it is related to. */
    public boolean isDuplicate() {
      return this == CROSS_MEMBER || this == NEAR_COPY || this == TRANSLATED || this == REPOST;
    }
  }

  /** The defect of an invalid record, with the field and problem code the hub must report. */
  public enum Defect {
    MISSING_TITLE("title", "required"),
    UNKNOWN_POSTCODE("workplace.postcode", "unknown-postcode"),
    BAD_ENTERPRISE_NUMBER("employer.enterpriseNumber", "invalid-check-digits"),
    BAD_CEFR_LEVEL("languages[0].level", "invalid-cefr"),
    INCOHERENT_DATES("validThrough", "incoherent-dates"),
    MALFORMED_OCCUPATION_CODE("occupations[0].code", "unknown-code"),
    NEGATIVE_SALARY("salary.min", "out-of-range"),
    TITLE_TOO_LONG("title", "too-long");

    private final String field;
    private final String code;

    Defect(String field, String code) {
      this.field = field;
      this.code = code;
    }

    public String field() {
      return field;
    }

    public String code() {
      return code;
    }
  }

  public String key() {
    return vacancy.member() + "/" + vacancy.reference();
  }
}
