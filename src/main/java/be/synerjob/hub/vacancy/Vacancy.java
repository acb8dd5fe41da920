package be.synerjob.hub.vacancy;

import be.synerjob.hub.core.Region;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The canonical vacancy exchanged between members. Members send the content fields; the hub fills
 * the read-only ones ({@code id}, {@code member}, {@code version}, timestamps, the workplace's NIS
 * code and region) and keeps every version. Documented field by field in {@code
 * docs/api/vacancy.md}.
 */
@Schema(description = "A job vacancy in the hub's canonical form")
public record Vacancy(
    @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "The hub's id of the vacancy")
        UUID id,
    @Schema(
            description = "The publishing member; defaults to the API key's member",
            example = "VDAB")
        String member,
    @Schema(
            description =
                "The member's own reference, unique per member (letters, digits, . _ : / -)",
            example = "VDAB-2026-0001234",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String reference,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) Integer version,
    @Schema(description = "OPEN (default) or CLOSED; sending CLOSED closes the vacancy")
        VacancyStatus status,
    @Schema(
            description = "ISO 639-1 language of title and description",
            example = "nl",
            requiredMode = Schema.RequiredMode.REQUIRED)
        String language,
    @Schema(
            example = "Vrachtwagenchauffeur CE (m/v/x)",
            maxLength = 200,
            requiredMode = Schema.RequiredMode.REQUIRED)
        String title,
    @Schema(maxLength = 20000, requiredMode = Schema.RequiredMode.REQUIRED) String description,
    List<OccupationCode> occupations,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Employer employer,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Workplace workplace,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ContractType contractType,
    WorkRegime workRegime,
    @Schema(description = "Hours per week", example = "38") BigDecimal hoursPerWeek,
    List<LanguageRequirement> languages,
    EducationLevel educationLevel,
    @Schema(description = "Months of experience required", example = "24") Integer experienceMonths,
    @Schema(description = "Driving licence categories required", example = "[\"B\", \"CE\"]")
        List<String> drivingLicences,
    List<CompetenceCode> competences,
    Salary salary,
    @Schema(description = "Number of posts to fill; defaults to 1", example = "1")
        Integer numberOfPosts,
    @Schema(description = "Publication date; defaults to today") LocalDate publicationDate,
    @Schema(
            description =
                "Last day the vacancy is valid; the hub closes it after that day. Defaults to the publication"
                    + " date plus the configured lifetime (90 days).")
        LocalDate validThrough,
    Application application,
    ExchangeFlags exchange,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) Instant createdAt,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) Instant updatedAt,
    @Schema(
            accessMode = Schema.AccessMode.READ_ONLY,
            description =
                "The hub's ESCO coding of the vacancy: a supplied ESCO code, a supplied ROME or"
                    + " ISCO-08 code crosswalked to ESCO, or the classifier's answer from the title;"
                    + " ignored when sent")
        OccupationCoding occupationCoding,
    @Schema(
            description =
                "When the vacancy last changed in the publishing member's own system (ISO 8601"
                    + " with an offset). Optional; the hub measures the exchange's lag from it. Not"
                    + " part of the content: a re-send that changes only this is UNCHANGED.",
            example = "2026-11-29T09:15:00+01:00")
        Instant sourceUpdatedAt) {

  /**
   * How the hub coded the vacancy to ESCO.
   *
   * @param scheme always {@code ESCO}
   * @param code the ESCO occupation URI
   * @param label its preferred label in the vacancy's language (else English)
   * @param method {@code SUPPLIED} (an ESCO code came with the vacancy), {@code CROSSWALK} (a ROME
   *     or ISCO-08 code came with it and the reference's crosswalk gave the ESCO occupation, the
   *     one that fits the title best when there are several) or {@code CLASSIFIED} (the classifier,
   *     from title, description and language)
   * @param confidence 0 to 1 (1 for a supplied ESCO code)
   * @param release the ESCO release of the code
   * @param needsReview true when the confidence is below the review threshold
   * @param basis why: the supplied code crosswalked from, or the label that matched
   */
  @Schema(description = "The hub's ESCO coding of the vacancy")
  public record OccupationCoding(
      @Schema(example = "ESCO") String scheme,
      String code,
      String label,
      Method method,
      Double confidence,
      @Schema(example = "1.2.1") String release,
      Boolean needsReview,
      String basis) {

    /** How the coding was obtained. */
    public enum Method {
      SUPPLIED,
      CROSSWALK,
      CLASSIFIED
    }
  }

  /** An occupation code with its scheme and release. */
  public record OccupationCode(
      @Schema(example = "ESCO", requiredMode = Schema.RequiredMode.REQUIRED) CodeScheme scheme,
      @Schema(
              example =
                  "http://data.europa.eu/esco/occupation/0c1a2b3c-0000-4000-8000-000000000000",
              requiredMode = Schema.RequiredMode.REQUIRED)
          String code,
      @Schema(
              description = "Release of the scheme; defaults to the hub's current one",
              example = "1.2.0")
          String release) {}

  /** A competence (skill) code with its scheme and release. */
  public record CompetenceCode(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CodeScheme scheme,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code,
      String release,
      @Schema(description = "Essential (true) or optional (false)") Boolean essential) {}

  /** The employer. */
  public record Employer(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
      @Schema(
              description = "Belgian enterprise number (KBO/BCE), checked with its check digits",
              example = "0403.170.701")
          String enterpriseNumber,
      @Schema(description = "Whether the employer is a temporary-work agency")
          Boolean temporaryWorkAgency) {}

  /**
   * Where the work is done. The hub derives municipality, NIS code and region from the postcode.
   */
  public record Workplace(
      @Schema(example = "9000", requiredMode = Schema.RequiredMode.REQUIRED) String postcode,
      @Schema(example = "Gent") String municipality,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY, example = "44021") String nisCode,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) Region region,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY, example = "BE234") String nuts3) {}

  /** A language the job needs, with its CEFR level. */
  public record LanguageRequirement(
      @Schema(example = "nl", requiredMode = Schema.RequiredMode.REQUIRED) String language,
      @Schema(example = "B2", description = "CEFR level A1 to C2") String level) {}

  /** A salary range. */
  public record Salary(
      BigDecimal min,
      BigDecimal max,
      @Schema(example = "EUR") String currency,
      @Schema(example = "MONTH") SalaryPeriod period) {}

  /** How to apply. Contact details are masked once the vacancy is closed. */
  public record Application(
      String url,
      String email,
      String phone,
      String contactName,
      String instructions,
      @Schema(
              accessMode = Schema.AccessMode.READ_ONLY,
              description = "True when the hub removed the contact details of a closed vacancy")
          Boolean masked) {}

  /** What the source member allows to be done with the vacancy. */
  public record ExchangeFlags(
      @Schema(description = "May be shared with partner services (default false)")
          Boolean shareable,
      @Schema(description = "A counsellor actively recruits for it (default false)")
          Boolean activeManagement,
      @Schema(description = "May be sent on to EURES (default false)") Boolean eures) {}

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isOpen() {
    return status == VacancyStatus.OPEN;
  }

  /** A copy to change: {@code v.toBuilder().status(CLOSED).build()}. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder() {
    return new Builder(null);
  }

  /**
   * Builds vacancies field by field (tests, generators, file readers) without the 29-argument
   * constructor.
   */
  public static final class Builder {
    private UUID id;
    private String member;
    private String reference;
    private Integer version;
    private VacancyStatus status;
    private String language;
    private String title;
    private String description;
    private List<OccupationCode> occupations;
    private Employer employer;
    private Workplace workplace;
    private ContractType contractType;
    private WorkRegime workRegime;
    private BigDecimal hoursPerWeek;
    private List<LanguageRequirement> languages;
    private EducationLevel educationLevel;
    private Integer experienceMonths;
    private List<String> drivingLicences;
    private List<CompetenceCode> competences;
    private Salary salary;
    private Integer numberOfPosts;
    private LocalDate publicationDate;
    private LocalDate validThrough;
    private Application application;
    private ExchangeFlags exchange;
    private Instant createdAt;
    private Instant updatedAt;
    private OccupationCoding occupationCoding;
    private Instant sourceUpdatedAt;

    private Builder(Vacancy v) {
      if (v == null) {
        return;
      }
      id = v.id();
      member = v.member();
      reference = v.reference();
      version = v.version();
      status = v.status();
      language = v.language();
      title = v.title();
      description = v.description();
      occupations = v.occupations();
      employer = v.employer();
      workplace = v.workplace();
      contractType = v.contractType();
      workRegime = v.workRegime();
      hoursPerWeek = v.hoursPerWeek();
      languages = v.languages();
      educationLevel = v.educationLevel();
      experienceMonths = v.experienceMonths();
      drivingLicences = v.drivingLicences();
      competences = v.competences();
      salary = v.salary();
      numberOfPosts = v.numberOfPosts();
      publicationDate = v.publicationDate();
      validThrough = v.validThrough();
      application = v.application();
      exchange = v.exchange();
      createdAt = v.createdAt();
      updatedAt = v.updatedAt();
      occupationCoding = v.occupationCoding();
      sourceUpdatedAt = v.sourceUpdatedAt();
    }

    public Builder id(UUID value) {
      this.id = value;
      return this;
    }

    public Builder member(String value) {
      this.member = value;
      return this;
    }

    public Builder reference(String value) {
      this.reference = value;
      return this;
    }

    public Builder version(Integer value) {
      this.version = value;
      return this;
    }

    public Builder status(VacancyStatus value) {
      this.status = value;
      return this;
    }

    public Builder language(String value) {
      this.language = value;
      return this;
    }

    public Builder title(String value) {
      this.title = value;
      return this;
    }

    public Builder description(String value) {
      this.description = value;
      return this;
    }

    public Builder occupations(List<OccupationCode> value) {
      this.occupations = value;
      return this;
    }

    public Builder employer(Employer value) {
      this.employer = value;
      return this;
    }

    public Builder workplace(Workplace value) {
      this.workplace = value;
      return this;
    }

    public Builder contractType(ContractType value) {
      this.contractType = value;
      return this;
    }

    public Builder workRegime(WorkRegime value) {
      this.workRegime = value;
      return this;
    }

    public Builder hoursPerWeek(BigDecimal value) {
      this.hoursPerWeek = value;
      return this;
    }

    public Builder languages(List<LanguageRequirement> value) {
      this.languages = value;
      return this;
    }

    public Builder educationLevel(EducationLevel value) {
      this.educationLevel = value;
      return this;
    }

    public Builder experienceMonths(Integer value) {
      this.experienceMonths = value;
      return this;
    }

    public Builder drivingLicences(List<String> value) {
      this.drivingLicences = value;
      return this;
    }

    public Builder competences(List<CompetenceCode> value) {
      this.competences = value;
      return this;
    }

    public Builder salary(Salary value) {
      this.salary = value;
      return this;
    }

    public Builder numberOfPosts(Integer value) {
      this.numberOfPosts = value;
      return this;
    }

    public Builder publicationDate(LocalDate value) {
      this.publicationDate = value;
      return this;
    }

    public Builder validThrough(LocalDate value) {
      this.validThrough = value;
      return this;
    }

    public Builder application(Application value) {
      this.application = value;
      return this;
    }

    public Builder exchange(ExchangeFlags value) {
      this.exchange = value;
      return this;
    }

    public Builder createdAt(Instant value) {
      this.createdAt = value;
      return this;
    }

    public Builder updatedAt(Instant value) {
      this.updatedAt = value;
      return this;
    }

    public Builder occupationCoding(OccupationCoding value) {
      this.occupationCoding = value;
      return this;
    }

    public Builder sourceUpdatedAt(Instant value) {
      this.sourceUpdatedAt = value;
      return this;
    }

    public Vacancy build() {
      return new Vacancy(
          id,
          member,
          reference,
          version,
          status,
          language,
          title,
          description,
          occupations,
          employer,
          workplace,
          contractType,
          workRegime,
          hoursPerWeek,
          languages,
          educationLevel,
          experienceMonths,
          drivingLicences,
          competences,
          salary,
          numberOfPosts,
          publicationDate,
          validThrough,
          application,
          exchange,
          createdAt,
          updatedAt,
          occupationCoding,
          sourceUpdatedAt);
    }
  }
}
