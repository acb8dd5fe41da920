package be.synerjob.hub.quality;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Evaluates the quality rules every minute, on one node at a time. */
@Component
@ConditionalOnProperty(name = "hub.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class QualityJob {

  private final QualityAlerts alerts;

  QualityJob(QualityAlerts alerts) {
    this.alerts = alerts;
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${hub.quality.interval:PT1M}")
  @SchedulerLock(name = "quality-alerts")
  void run() {
    alerts.evaluate();
  }
}
