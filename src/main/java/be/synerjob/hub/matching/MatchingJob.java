package be.synerjob.hub.matching;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The matching batch on one node at a time: incremental every minute (profiles that changed, or
 * that a changed vacancy concerns), everything once a night (agreement changes, and as a safety
 * net).
 */
@Component
@ConditionalOnProperty(name = "hub.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class MatchingJob {

  private final Matching matching;

  MatchingJob(Matching matching) {
    this.matching = matching;
  }

  @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${hub.matching.interval:PT1M}")
  @SchedulerLock(name = "matching", lockAtMostFor = "PT30M")
  void incremental() {
    matching.runIncremental();
  }

  @Scheduled(cron = "${hub.matching.full-cron:0 15 3 * * *}")
  @SchedulerLock(name = "matching", lockAtMostFor = "PT30M")
  void full() {
    matching.runFull();
  }
}
