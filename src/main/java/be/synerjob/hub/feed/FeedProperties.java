package be.synerjob.hub.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the feed ({@code hub.feed.*}).
 *
 * @param defaultLimit changes per page when the client names no limit
 * @param maxLimit the largest page a client may ask for
 */
@ConfigurationProperties("hub.feed")
record FeedProperties(int defaultLimit, int maxLimit) {
  FeedProperties {
    if (defaultLimit <= 0) {
      defaultLimit = 1000;
    }
    if (maxLimit <= 0) {
      maxLimit = 10_000;
    }
  }
}
