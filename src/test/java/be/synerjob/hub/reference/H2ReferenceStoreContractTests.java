package be.synerjob.hub.reference;

import org.springframework.test.context.TestPropertySource;

/** The reference store's contract on the embedded default, H2 (in memory, PostgreSQL mode). */
@TestPropertySource(
    properties =
        "spring.datasource.url=jdbc:h2:mem:reference-contract;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000")
class H2ReferenceStoreContractTests extends ReferenceStoreContractTests {}
