package be.synerjob.hub.reference;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reference ({@code hub.reference.*}).
 *
 * @param importOnStart load the shipped releases that are not in the database yet when the server
 *     starts (default true; the operator CLI never does)
 * @param location the folder with the data files and their manifest (default the shipped {@code
 *     classpath:data/reference/})
 * @param warmUp build the in-memory model and the autocomplete index in the background right after
 *     start-up instead of on first use (default true)
 * @param refreshInterval how often a node checks whether another node loaded a release (default one
 *     minute)
 */
@ConfigurationProperties("hub.reference")
record ReferenceProperties(
    Boolean importOnStart, String location, Boolean warmUp, Duration refreshInterval) {

  static final String SHIPPED = "classpath:data/reference/";

  ReferenceProperties {
    if (importOnStart == null) {
      importOnStart = true;
    }
    if (location == null || location.isBlank()) {
      location = SHIPPED;
    }
    if (warmUp == null) {
      warmUp = true;
    }
    if (refreshInterval == null) {
      refreshInterval = Duration.ofMinutes(1);
    }
  }
}
