package be.synerjob.hub.eures;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Follows the hub's feed every two seconds (one node at a time) and updates the EURES view. */
@Component
@ConditionalOnProperty(name = "hub.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class EuresJob {

  private final EuresExchange exchange;

  EuresJob(EuresExchange exchange) {
    this.exchange = exchange;
  }

  @Scheduled(initialDelayString = "PT7S", fixedDelayString = "${hub.eures.interval:PT2S}")
  @SchedulerLock(name = "eures")
  void run() {
    for (int pages = 0; pages < 20 && exchange.process(500) == 500; pages++) {
      // keep going while pages are full
    }
  }
}
