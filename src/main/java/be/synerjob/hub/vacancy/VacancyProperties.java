package be.synerjob.hub.vacancy;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the vacancy module ({@code hub.vacancy.*}).
 *
 * @param defaultLifetime how long a vacancy without {@code validThrough} stays open (default 90
 *     days)
 * @param maxBatchSize the most records one batch may hold (default 1000)
 * @param expiryInterval how often the hub looks for vacancies whose {@code validThrough} has passed
 */
@ConfigurationProperties("hub.vacancy")
record VacancyProperties(Period defaultLifetimePeriod, int maxBatchSize, Duration expiryInterval) {

  VacancyProperties {
    if (defaultLifetimePeriod == null) {
      defaultLifetimePeriod = Period.ofDays(90);
    }
    if (maxBatchSize <= 0) {
      maxBatchSize = 1000;
    }
    if (expiryInterval == null) {
      expiryInterval = Duration.ofMinutes(10);
    }
  }

  Period defaultLifetime() {
    return defaultLifetimePeriod;
  }
}
