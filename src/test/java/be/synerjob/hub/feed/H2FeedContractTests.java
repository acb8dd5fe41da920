package be.synerjob.hub.feed;

import org.springframework.test.context.TestPropertySource;

/**
 * The feed contract on the embedded default, H2 (in memory, PostgreSQL mode, as configured for
 * files).
 */
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:feed-contract;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000")
class H2FeedContractTests extends FeedContractTests {}
