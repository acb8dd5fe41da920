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
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) Instant updatedAt) {

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
}
