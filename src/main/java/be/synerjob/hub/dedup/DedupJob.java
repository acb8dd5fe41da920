package be.synerjob.hub.dedup;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Follows the hub's feed every two seconds (one node at a time) and clusters what changed. */
@Component
@ConditionalOnProperty(name = "hub.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class DedupJob {

  private final Clusters clusters;

  DedupJob(Clusters clusters) {
    this.clusters = clusters;
  }

  @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${hub.dedup.interval:PT2S}")
  @SchedulerLock(name = "dedup")
  void run() {
    for (int pages = 0; pages < 20 && clusters.process(500) == 500; pages++) {
      // keep going while pages are full
    }
  }
}
