package be.synerjob.hub.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of a search.
 *
 * @param total how many vacancies match (before collapsing clusters)
 * @param hits the page, in the asked order
 * @param facets per facet ({@code member}, {@code region}, {@code province}, {@code contract},
 *     {@code regime}, {@code language}, {@code textLanguage}, {@code iscoMajor}) the values with
 *     their counts among all matches, largest first
 * @param next the cursor of the next page, null on the last page
 * @param sort the order applied ({@code relevance}, {@code date}, {@code distance})
 * @param took milliseconds spent in the index
 */
public record SearchResult(
    long total,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String next,
    String sort,
    long took) {

  /**
   * One vacancy found; read the full vacancy with {@code GET /api/v1/vacancies/{id}}.
   *
   * @param occupation the first occupation code as the vacancy gives it
   * @param distanceKm from the search's centre, when it has one
   * @param highlights {@code title} and {@code description}: HTML-escaped text with the matched
   *     words in {@code <mark>} elements (the description as a fragment around the first match)
   */
  public record Hit(
      UUID id,
      String member,
      String reference,
      UUID cluster,
      String language,
      String title,
      String employer,
      String postcode,
      String municipality,
      String region,
      String province,
      LocalDate publicationDate,
      String contract,
      String regime,
      String occupation,
      Double distanceKm,
      Float score,
      Map<String, String> highlights) {}

  /** A facet value with its label in the query's language and its count. */
  public record FacetValue(String value, String label, long count) {}
}
