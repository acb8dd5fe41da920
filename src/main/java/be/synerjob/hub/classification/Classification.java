package be.synerjob.hub.classification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The answer for one title: ranked ESCO occupations, best first.
 *
 * @param language the language the title was analysed in
 * @param languageDetected true when the caller did not give it and the classifier guessed it
 * @param normalised the title as compared, after gender markers, seniority and contract words were
 *     removed and accents folded
 * @param release the ESCO release of the occupations
 */
@Schema(description = "Ranked ESCO occupations for one title, best first")
public record Classification(
    String title,
    String language,
    boolean languageDetected,
    String normalised,
    String release,
    List<Match> matches) {

  /** The best match, or null when nothing matched. */
  public Match best() {
    return matches.isEmpty() ? null : matches.get(0);
  }

  /**
   * One ranked occupation.
   *
   * @param score between 0 and 1: how well the best label matched (1: the same words)
   * @param confidence between 0 and 1: the score, lowered when the runner-up is almost as good
   */
  public record Match(
      int rank,
      @Schema(
              example =
                  "http://data.europa.eu/esco/occupation/0bc4f2f1-0b1e-4e5c-9d2c-3d2a4d0f9a5b")
          String uri,
      @Schema(description = "ESCO notation", example = "8332.1") String code,
      @Schema(description = "Preferred label in the title's language") String label,
      double score,
      double confidence,
      Explanation explanation) {}

  /**
   * Why an occupation was proposed: the label that matched best, its language and where it comes
   * from, and how it matched.
   *
   * @param label the label as written in the source
   * @param source {@code ESCO_PREFERRED}, {@code ESCO_ALTERNATIVE} or {@code ROME_JOB_TITLE}
   * @param sourceCode the ROME job-title code when the label is a ROME job title
   * @param relation how the label's concept relates to the occupation: {@code exact} for ESCO's own
   *     labels, the ROME–ESCO mapping's relation ({@code exact}, {@code close}, {@code broad},
   *     {@code narrow}) for a ROME job title
   * @param method {@code exact} (the same words after normalisation) or {@code words+trigrams}
   *     (fusion of word BM25 and character-trigram cosine)
   * @param words the share of the word score reached (0–1)
   * @param trigrams the character-trigram cosine (0–1)
   * @param matchedWords the title's words (or compound parts) found in the label
   */
  public record Explanation(
      String label,
      String language,
      String source,
      String sourceCode,
      String relation,
      String method,
      double words,
      double trigrams,
      List<String> matchedWords) {}
}
