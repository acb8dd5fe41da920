package be.synerjob.hub.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the search module ({@code hub.search.*}).
 *
 * @param directory where the index lives (default {@code ./data/search}); {@code memory} keeps it
 *     in memory (tests), rebuilt from the database at start
 * @param interval how often the index follows the feed (default 2 s)
 * @param afterClusters index a change only once the duplicate clusters have processed it (default
 *     true), so that every indexed vacancy carries its cluster
 * @param maxLimit the largest page a search may ask for (default 100)
 */
@ConfigurationProperties("hub.search")
record SearchProperties(String directory, Duration interval, Boolean afterClusters, int maxLimit) {

  SearchProperties {
    if (directory == null || directory.isBlank()) {
      directory = "./data/search";
    }
    if (interval == null) {
      interval = Duration.ofSeconds(2);
    }
    if (afterClusters == null) {
      afterClusters = true;
    }
    if (maxLimit <= 0) {
      maxLimit = 100;
    }
  }
}
