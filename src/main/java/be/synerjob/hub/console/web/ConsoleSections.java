package be.synerjob.hub.console.web;

import be.synerjob.hub.console.ConsoleSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console's own entries in the navigation (other modules declare theirs the same way). */
@Configuration
class ConsoleSections {

  @Bean
  ConsoleSection searchSection() {
    return new ConsoleSection("search", "/console/search", "console.nav.search", 10, false);
  }

  @Bean
  ConsoleSection vacanciesSection() {
    return new ConsoleSection(
        "vacancies", "/console/vacancies", "console.nav.vacancies", 20, false);
  }

  @Bean
  ConsoleSection dashboardSection() {
    return new ConsoleSection(
        "dashboard", "/console/dashboard", "console.nav.dashboard", 30, false);
  }

  @Bean
  ConsoleSection mapSection() {
    return new ConsoleSection("map", "/console/map", "console.nav.map", 40, false);
  }

  @Bean
  ConsoleSection referenceSection() {
    return new ConsoleSection(
        "reference", "/console/reference", "console.nav.reference", 60, false);
  }

  @Bean
  ConsoleSection adminSection() {
    return new ConsoleSection("admin", "/console/admin", "console.nav.admin", 90, true);
  }
}
