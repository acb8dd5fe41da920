package be.synerjob.hub.statistics;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Recomputes the hub's recent statistics every hour, on one node at a time. */
@Component
@ConditionalOnProperty(name = "hub.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class StatisticsJob {

  private final Statistics statistics;

  StatisticsJob(Statistics statistics) {
    this.statistics = statistics;
  }

  @Scheduled(initialDelayString = "PT2M", fixedDelayString = "${hub.statistics.interval:PT1H}")
  @SchedulerLock(name = "statistics-compute", lockAtMostFor = "PT30M")
  void run() {
    statistics.computeRecent();
  }
}
