package be.synerjob.hub.vacancy;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes vacancies whose {@code validThrough} has passed, on one node at a time, in chunks of
 * 1,000.
 */
@Component
@ConditionalOnProperty(name = "hub.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class ExpiryJob {

  private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);

  private final VacancyService service;
  private final AuditLog audit;

  ExpiryJob(VacancyService service, AuditLog audit) {
    this.service = service;
    this.audit = audit;
  }

  @Scheduled(
      initialDelayString = "${hub.vacancy.expiry-initial-delay:PT30S}",
      fixedDelayString = "${hub.vacancy.expiry-interval:PT10M}")
  @SchedulerLock(name = "vacancy-expiry")
  void run() {
    int total = 0;
    int closed;
    do {
      closed = service.expire(1000);
      total += closed;
    } while (closed == 1000);
    if (total > 0) {
      log.info("Closed {} vacancies whose validThrough had passed", total);
      audit.record("hub", null, AuditAction.VACANCIES_EXPIRED, "expiry", "OK", total + " closed");
    }
  }
}
