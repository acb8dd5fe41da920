package be.synerjob.hub.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the feed. Runs on every node (no ShedLock): each node has its own
 * index. The first run builds the index from the database when there is none.
 */
@Component
@ConditionalOnProperty(name = "hub.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SearchJob {

  private static final Logger log = LoggerFactory.getLogger(SearchJob.class);

  private final VacancySearch search;

  SearchJob(VacancySearch search) {
    this.search = search;
  }

  @Scheduled(initialDelayString = "PT6S", fixedDelayString = "${hub.search.interval:PT2S}")
  void run() {
    try {
      search.catchUp();
    } catch (RuntimeException e) {
      log.error("Search index could not follow the feed; will retry", e);
    }
  }
}
