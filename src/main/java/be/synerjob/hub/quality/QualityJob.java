package be.synerjob.hub.quality;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Evaluates the quality rules every minute and the fill rates every hour, on one node at a time.
 */
@Component
@ConditionalOnProperty(name = "hub.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class QualityJob {

  private final QualityAlerts alerts;
  private final FillRates fillRates;

  QualityJob(QualityAlerts alerts, FillRates fillRates) {
    this.alerts = alerts;
    this.fillRates = fillRates;
  }

  @Scheduled(
      initialDelayString = "PT2M",
      fixedDelayString = "${hub.quality.fill-rate-interval:PT1H}")
  @SchedulerLock(name = "quality-fill-rates")
  void fillRates() {
    fillRates.compute();
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${hub.quality.interval:PT1M}")
  @SchedulerLock(name = "quality-alerts")
  void run() {
    alerts.evaluate();
  }
}
