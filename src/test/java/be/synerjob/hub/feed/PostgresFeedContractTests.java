package be.synerjob.hub.feed;

import be.synerjob.hub.support.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The feed contract on PostgreSQL, the production database (embedded server, no installation
 * needed).
 */
class PostgresFeedContractTests extends FeedContractTests {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = EmbeddedPostgres.newDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
