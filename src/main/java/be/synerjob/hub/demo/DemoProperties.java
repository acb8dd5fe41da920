package be.synerjob.hub.demo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode ({@code hub.demo.*}): on the first start (no API key exists yet) the hub creates keys
 * for every member, sharing agreements and generated vacancies, and writes the credentials under
 * {@code directory}.
 */
@ConfigurationProperties("hub.demo")
record DemoProperties(boolean enabled, Path directory, int vacanciesPerMember, long seed) {
  DemoProperties {
    if (directory == null) {
      directory = Path.of("data", "demo");
    }
    if (vacanciesPerMember <= 0) {
      vacanciesPerMember = 400;
    }
    if (seed == 0) {
      seed = 20070703L;
    }
  }
}
