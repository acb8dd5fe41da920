package be.synerjob.hub.classification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of occupation coding ({@code hub.classification.*}).
 *
 * @param reviewThreshold a classified vacancy whose confidence is below this is flagged {@code
 *     needsReview} (default 0.4)
 * @param maxTitles the most titles one API request may classify (default 100)
 * @param coding whether published vacancies are coded (default true)
 * @param warmUp build the index in the background once the application is ready (default false: the
 *     first vacancy or request to need it builds it, about two seconds)
 */
@ConfigurationProperties("hub.classification")
public record ClassificationProperties(
    Double reviewThreshold, Integer maxTitles, Boolean coding, Boolean warmUp) {

  public ClassificationProperties {
    if (reviewThreshold == null) {
      reviewThreshold = 0.4;
    }
    if (maxTitles == null || maxTitles < 1) {
      maxTitles = 100;
    }
    if (coding == null) {
      coding = true;
    }
    if (warmUp == null) {
      warmUp = false;
    }
  }
}
