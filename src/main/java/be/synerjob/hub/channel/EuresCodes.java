package be.synerjob.hub.channel;

import be.synerjob.hub.vacancy.ContractType;
import be.synerjob.hub.vacancy.WorkRegime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The EURES code lists the hub writes, transcribed with their source in {@code docs/eures.md}
 * (Europass2/EURES XML schema documentation v3.0.0, DG EMPL 2020, section 3.39 "Code Lists", and
 * the HR Open Standards 3.x code lists it reuses).
 */
public final class EuresCodes {

  /** The profile version written in {@code DocumentID/@schemeVersionID}. */
  public static final String PROFILE_VERSION = "1.3";

  /** CL37 Position Offering Codes (HR Open / EURES). */
  public static final Set<String> CL37_OFFERING =
      Set.of(
          "DirectHire",
          "Temporary",
          "TemporaryToHire",
          "ContractToHire",
          "Contract",
          "Internship",
          "Apprenticeship",
          "Seasonal",
          "OnCall",
          "RecruitmentReserve",
          "SelfEmployed",
          "Volunteer");

  /** CL38 Position Schedule Codes (HR Open). */
  public static final Set<String> CL38_SCHEDULE = Set.of("FullTime", "PartTime", "FlexTime", "Any");

  /** CL37 listName and version, as documented. */
  public static final String CL37_LIST = "PositionOfferingTypeCodeContentType";

  public static final String CL38_LIST = "PositionScheduleCodeContentType";

  /** CL20 Job Category Codes: ESCO occupations. */
  public static final String ESCO_LIST = "ESCO_Occupations";

  public static final String ESCO_LIST_VERSION = "ESCOv1";
  public static final String ESCO_LIST_URI = "https://ec.europa.eu/esco/portal";

  /** CL20 Job Category Codes: ISCO-08. */
  public static final String ISCO_LIST = "ISCO2008";

  public static final String ISCO_LIST_VERSION = "2008";
  public static final String ISCO_LIST_URI = "http://ec.europa.eu/esco/ConceptScheme/ISCO2008";

  /** CL08 Country Subdivision Codes (NUTS level 3; the hub's gazetteer holds NUTS 2021). */
  public static final String NUTS_LIST = "EURES_CountrySubdivisionCodes";

  public static final String NUTS_LIST_VERSION = "2021-Level-3";

  /** CL31 NACE codes. */
  public static final String NACE_LIST = "NACE_r2";

  public static final String NACE_LIST_VERSION = "NACE REVISION 2";

  /**
   * Languages a EURES vacancy may be written in: the 24 official languages of the EU plus Icelandic
   * and Norwegian (EEA), ISO 639-1.
   */
  public static final Set<String> EURES_LANGUAGES =
      Set.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
          "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "is", "no");

  private static final Map<ContractType, String> OFFERING = new EnumMap<>(ContractType.class);
  private static final Map<WorkRegime, String> SCHEDULE = new EnumMap<>(WorkRegime.class);

  static {
    OFFERING.put(ContractType.PERMANENT, "DirectHire");
    OFFERING.put(ContractType.FIXED_TERM, "Temporary");
    OFFERING.put(ContractType.TEMPORARY_AGENCY, "Temporary");
    OFFERING.put(ContractType.REPLACEMENT, "Temporary");
    OFFERING.put(ContractType.STUDENT, "Temporary");
    OFFERING.put(ContractType.APPRENTICESHIP, "Apprenticeship");
    OFFERING.put(ContractType.SEASONAL, "Seasonal");
    OFFERING.put(ContractType.FREELANCE, "SelfEmployed");
    OFFERING.put(ContractType.FLEXI_JOB, "OnCall");
    SCHEDULE.put(WorkRegime.FULL_TIME, "FullTime");
    SCHEDULE.put(WorkRegime.PART_TIME, "PartTime");
    SCHEDULE.put(WorkRegime.FULL_OR_PART_TIME, "Any");
  }

  private EuresCodes() {}

  /** The CL37 code of a contract type; every contract type has one. */
  public static String offering(ContractType c) {
    return c == null ? null : OFFERING.get(c);
  }

  /** The CL38 code of a work regime, or null when the vacancy says none. */
  public static String schedule(WorkRegime r) {
    return r == null ? null : SCHEDULE.get(r);
  }
}
