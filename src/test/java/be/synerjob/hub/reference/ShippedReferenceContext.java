package be.synerjob.hub.reference;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * One server with the shipped reference imported at start-up (as on a first start), shared by the
 * test classes that extend this one: Spring caches the context, so the import runs once.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "hub.demo.enabled=false",
      "hub.scheduling.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:reference-shipped;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"
    })
abstract class ShippedReferenceContext {

  static final String ESCO_OCC = "http://data.europa.eu/esco/occupation/";
  static final String WELDER = ESCO_OCC + "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
  static final String WEB_DEVELOPER = ESCO_OCC + "c40a2919-48a9-40ea-b506-1f34f693496d";
  static final String OFFICE_CLERK = ESCO_OCC + "6c999fc7-c6b7-4ef3-a4b9-af124a1783a2";
  static final String CONTACT_TRACING_AGENT = ESCO_OCC + "46d0568d-7415-4643-94aa-89d2470fbe3c";
  static final String CONSERVATION_TECHNIQUES =
      "http://data.europa.eu/esco/skill/397c14d5-42e0-4c85-8376-4c70b5a90bcf";
}
