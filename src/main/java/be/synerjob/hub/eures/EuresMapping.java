package be.synerjob.hub.eures;

import be.synerjob.hub.channel.EuresCodes;
import be.synerjob.hub.channel.EuresDocument;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.Vacancy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical vacancy → EURES document, with the precise reasons a vacancy cannot be expressed.
 * Postcode → NUTS 3 comes from the vacancy (the vacancy module derives it from the gazetteer);
 * contract type and regime → CL37/CL38 ({@link EuresCodes}); occupation → ESCO: the vacancy's ESCO
 * occupation, else the automatic coding ({@code occupationCoding}), else the crosswalk of its ROME
 * or Competent code; an ISCO-08 group alone is accepted (EURES takes ESCO or ISCO-08).
 */
public final class EuresMapping {

  /** The identifier scheme of the hub's documents. */
  public static final String SCHEME_ID = "SJH-VACANCY";

  public static final String SCHEME_AGENCY = "SYNERJOB";
  public static final String SCHEME_AGENCY_NAME =
      "Synerjob Hub (Belgian EURES National Coordination)";

  /** Where the hub finds ESCO codes for codes of other schemes. */
  public interface Occupations {
    /** The best ESCO occupation (URI) for a ROME or Competent occupation code. */
    Optional<String> toEsco(CodeScheme scheme, String code);

    /** The ISCO-08 unit group (4 digits) of an ESCO occupation. */
    Optional<String> iscoOf(String escoUri);
  }

  /** A reason the vacancy cannot be expressed in the EURES profile. */
  public record Problem(String field, String code, String reason) {}

  /** The document (always built, for closed documents too) and what keeps it from EURES. */
  public record Result(EuresDocument document, List<Problem> problems) {
    public boolean expressible() {
      return problems.isEmpty();
    }
  }

  private EuresMapping() {}

  /**
   * Maps a vacancy.
   *
   * @param active write status Active (the vacancy is in the EURES view) or Closed
   * @param coded the ESCO occupation the automatic coding found ({@code occupationCoding}), or null
   */
  public static Result map(
      Vacancy v, String memberName, boolean active, String coded, Occupations occupations) {
    List<Problem> problems = new ArrayList<>();
    String language = v.language() == null ? null : v.language().toLowerCase(Locale.ROOT);
    if (language == null || !EuresCodes.EURES_LANGUAGES.contains(language)) {
      problems.add(
          new Problem(
              "language",
              "not-a-eures-language",
              "'"
                  + language
                  + "' is not an official language of the EU or the EEA; EURES takes "
                  + String.join(", ", EuresCodes.EURES_LANGUAGES.stream().sorted().toList())));
    }
    List<EuresDocument.JobCategory> categories = categories(v, coded, occupations, problems);
    var wp = v.workplace();
    String nuts3 = wp == null ? null : wp.nuts3();
    if (nuts3 == null) {
      problems.add(
          new Problem(
              "workplace.nuts3",
              "no-nuts-region",
              "postcode '"
                  + (wp == null ? null : wp.postcode())
                  + "' has no NUTS 3 region; EURES needs the region of the workplace"));
    }
    String offering = EuresCodes.offering(v.contractType());
    if (offering == null) {
      problems.add(
          new Problem(
              "contractType",
              "no-eures-code",
              "contract type '" + v.contractType() + "' has no PositionOfferingTypeCode (CL37)"));
    }
    if (v.validThrough() == null) {
      problems.add(
          new Problem(
              "validThrough",
              "no-closing-date",
              "EURES needs an ApplicationCloseDate; the vacancy has no validThrough"));
    }
    var e = v.employer();
    Set<String> working = new LinkedHashSet<>();
    if (v.languages() != null) {
      for (var l : v.languages()) {
        if (l.language() != null) {
          working.add(l.language().toUpperCase(Locale.ROOT));
        }
      }
    }
    if (working.isEmpty() && language != null) {
      working.add(language.toUpperCase(Locale.ROOT));
    }
    var app = v.application();
    String instructions =
        app == null || Boolean.TRUE.equals(app.masked())
            ? null
            : app.url() != null ? app.url() : app.instructions();
    EuresDocument d =
        new EuresDocument(
            v.id() == null ? v.reference() : v.id().toString(),
            SCHEME_ID,
            SCHEME_AGENCY,
            SCHEME_AGENCY_NAME,
            active,
            v.member(),
            memberName,
            language == null ? "nl" : language,
            v.title(),
            v.description(),
            wp == null ? null : wp.municipality(),
            wp == null ? null : wp.postcode(),
            nuts3,
            "BE",
            e == null ? null : e.name(),
            e == null ? null : legalId(e.enterpriseNumber()),
            null,
            v.numberOfPosts() == null ? 1 : v.numberOfPosts(),
            categories,
            offering,
            EuresCodes.schedule(v.workRegime()),
            List.copyOf(working),
            v.validThrough(),
            true,
            instructions);
    return new Result(d, List.copyOf(problems));
  }

  /** The enterprise number as 10 digits ({@code 0403.170.701} → {@code 0403170701}). */
  static String legalId(String enterpriseNumber) {
    if (enterpriseNumber == null) {
      return null;
    }
    String digits = enterpriseNumber.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? null : digits;
  }

  private static List<EuresDocument.JobCategory> categories(
      Vacancy v, String coded, Occupations occupations, List<Problem> problems) {
    String esco = null;
    String isco = null;
    List<String> tried = new ArrayList<>();
    List<Vacancy.OccupationCode> codes = v.occupations() == null ? List.of() : v.occupations();
    for (var o : codes) {
      if (o.scheme() == CodeScheme.ESCO && o.code().contains("/occupation/") && esco == null) {
        esco = o.code();
      } else if (o.scheme() == CodeScheme.ISCO08 && isco == null && o.code().length() == 4) {
        isco = o.code();
      }
    }
    if (esco == null && coded != null) {
      esco = coded;
    }
    if (esco == null) {
      for (var o : codes) {
        if (o.scheme() == CodeScheme.ROME || o.scheme() == CodeScheme.COMPETENT) {
          tried.add(o.scheme().prefix() + ":" + o.code());
          Optional<String> found = occupations.toEsco(o.scheme(), o.code());
          if (found.isPresent()) {
            esco = found.get();
            break;
          }
        }
      }
    }
    if (esco != null && isco == null) {
      isco = occupations.iscoOf(esco).orElse(null);
    }
    List<EuresDocument.JobCategory> out = new ArrayList<>();
    if (esco != null) {
      out.add(
          new EuresDocument.JobCategory(
              esco, EuresCodes.ESCO_LIST, EuresCodes.ESCO_LIST_VERSION, EuresCodes.ESCO_LIST_URI));
    }
    if (isco != null) {
      out.add(
          new EuresDocument.JobCategory(
              isco, EuresCodes.ISCO_LIST, EuresCodes.ISCO_LIST_VERSION, EuresCodes.ISCO_LIST_URI));
    }
    if (out.isEmpty()) {
      problems.add(
          new Problem(
              "occupations",
              "no-esco-or-isco-code",
              codes.isEmpty()
                  ? "the vacancy has no occupation code and no automatic coding; EURES needs an ESCO"
                      + " occupation or an ISCO-08 unit group"
                  : "no ESCO occupation or 4-digit ISCO-08 group, no automatic coding, and no"
                      + " crosswalk to ESCO for "
                      + (tried.isEmpty() ? "the codes given" : String.join(", ", tried))));
    }
    return out;
  }
}
