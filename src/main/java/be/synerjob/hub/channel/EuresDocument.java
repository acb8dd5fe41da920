package be.synerjob.hub.channel;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of one HR Open 3.2 {@code PositionOpening} in the EURES profile 1.3, already mapped
 * to EURES codes. {@link PositionOpeningWriter} writes it.
 *
 * @param documentId the identifier EURES knows the vacancy by
 * @param schemeId the identifier scheme ({@code DocumentID/@schemeID})
 * @param schemeAgencyId who issues the identifiers
 * @param schemeAgencyName their name
 * @param active status Active (true) or Closed
 * @param requesterId the posting requester (the member's code)
 * @param requesterName the member's name
 * @param language ISO 639-1 language of title and description
 * @param nuts3 NUTS 3 region of the workplace (CL08)
 * @param legalId the employer's Belgian enterprise number, digits only
 * @param nace NACE rev. 2 code of the employer, when known
 * @param categories the occupation codes, ESCO first
 * @param offeringType CL37 code
 * @param scheduleType CL38 code (null: not said)
 * @param workingLanguages ISO 639-1 codes, upper case
 * @param closeDate last day to apply
 * @param applicationInstructions URL or text telling how to apply
 */
public record EuresDocument(
    String documentId,
    String schemeId,
    String schemeAgencyId,
    String schemeAgencyName,
    boolean active,
    String requesterId,
    String requesterName,
    String language,
    String title,
    String description,
    String city,
    String postcode,
    String nuts3,
    String country,
    String organisationName,
    String legalId,
    String nace,
    int posts,
    List<JobCategory> categories,
    String offeringType,
    String scheduleType,
    List<String> workingLanguages,
    LocalDate closeDate,
    boolean euresFlag,
    String applicationInstructions) {

  /** A {@code JobCategoryCode}: a code with its list (CL20). */
  public record JobCategory(String code, String listName, String listVersionId, String listUri) {}
}
