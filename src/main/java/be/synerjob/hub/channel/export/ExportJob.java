package be.synerjob.hub.channel.export;

import be.synerjob.hub.channel.Exports;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Writes due full and delta export files, on one node at a time (ShedLock). */
@Component
@ConditionalOnExpression("${hub.scheduling.enabled:true}")
class ExportJob {

  private final Exports exports;

  ExportJob(Exports exports) {
    this.exports = exports;
  }

  @Scheduled(
      initialDelayString = "${hub.channel.export.check-interval:PT1M}",
      fixedDelayString = "${hub.channel.export.check-interval:PT1M}")
  @SchedulerLock(name = "channel-export")
  void run() {
    exports.runDue(Instant.now());
  }
}
