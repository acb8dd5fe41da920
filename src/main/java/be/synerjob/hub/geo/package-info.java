/**
 * Geography: Belgian postcodes, municipalities (NIS), provinces, regions, language areas, NUTS 3.
 * Read once from the shipped data/geo resources; name search and straight-line distances.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Geography",
    allowedDependencies = "core")
package be.synerjob.hub.geo;
