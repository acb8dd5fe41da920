package be.synerjob.hub.matching;

import be.synerjob.hub.vacancy.ContractType;
import be.synerjob.hub.vacancy.WorkRegime;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pseudonymised jobseeker profile: no name, no national number, no contact data. The member
 * identifies it with its own opaque id; the hub fills the read-only fields.
 */
@Schema(description = "A pseudonymised jobseeker profile (no personal data)")
public record JobseekerProfile(
    @Schema(
            accessMode = Schema.AccessMode.READ_ONLY,
            description = "The member's own opaque id (from the path)",
            example = "JS-7f3a9c")
        String id,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) String member,
    @Schema(
            description = "Desired occupations: ESCO, ROME or Competent codes (at least one)",
            requiredMode = Schema.RequiredMode.REQUIRED)
        List<OccupationWish> occupations,
    @Schema(description = "Competences: ESCO skills or Competent competences")
        List<Competence> competences,
    List<LanguageSkill> languages,
    @Schema(example = "4000", requiredMode = Schema.RequiredMode.REQUIRED) String homePostcode,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY, example = "WAL") String homeRegion,
    @Schema(description = "How far the jobseeker can travel: km or minutes (one of them)")
        Travel maxTravel,
    @Schema(example = "[\"B\"]") List<String> drivingLicences,
    @Schema(description = "Has a car at their disposal") Boolean car,
    @Schema(description = "Acceptable contract types; empty: any") List<ContractType> contracts,
    @Schema(description = "Acceptable work regimes; empty: any") List<WorkRegime> regimes,
    LocalDate availableFrom,
    @Schema(
            description =
                "A short counsellor note without personal data (no names, e-mail addresses or numbers)",
            maxLength = 500)
        String note,
    @Schema(accessMode = Schema.AccessMode.READ_ONLY) Instant updatedAt) {

  /**
   * A desired occupation as sent, with the ESCO occupations it stands for.
   *
   * @param esco read-only: the ESCO occupation URIs (the code itself, or its crosswalk)
   */
  public record OccupationWish(
      @Schema(example = "ROME") String scheme,
      @Schema(example = "N4101") String code,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<String> esco) {}

  /** A competence as sent, with the ESCO skills it stands for (read-only). */
  public record Competence(
      @Schema(example = "ESCO") String scheme,
      String code,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<String> esco) {}

  /** A language with its CEFR level (A1 to C2). */
  public record LanguageSkill(
      @Schema(example = "nl") String language, @Schema(example = "B1") String level) {}

  /**
   * How far the jobseeker can travel, as one of: {@code km} (estimated road distance) or {@code
   * minutes} (converted with the speed assumption of docs/matching.md).
   *
   * @param effectiveKm read-only: the limit in km the hub applies
   */
  public record Travel(
      @Schema(example = "40") Integer km,
      @Schema(example = "45") Integer minutes,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) Integer effectiveKm) {}
}
