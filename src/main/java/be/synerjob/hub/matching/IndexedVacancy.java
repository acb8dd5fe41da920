package be.synerjob.hub.matching;

import be.synerjob.hub.core.Region;
import be.synerjob.hub.vacancy.ContractType;
import be.synerjob.hub.vacancy.Routing;
import be.synerjob.hub.vacancy.WorkRegime;
import java.util.UUID;

/**
 * What matching needs of an open vacancy, compact: routing for visibility, the ESCO occupation as
 * an int, the workplace centroid, language requirements, licences, contract and regime, and the
 * vacancy's own skills when it lists them (else those of its occupation apply).
 */
record IndexedVacancy(
    UUID id,
    Routing routing,
    String title,
    String postcode,
    String municipality,
    Region region,
    float latitude,
    float longitude,
    int occupation,
    String[] languages,
    Cefr[] levels,
    String[] licences,
    ContractType contract,
    WorkRegime regime,
    int[] essentialSkills,
    int[] optionalSkills,
    int cell) {}
