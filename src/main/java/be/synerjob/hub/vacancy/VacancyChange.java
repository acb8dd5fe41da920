package be.synerjob.hub.vacancy;

import java.util.UUID;

/**
 * One stored change of a vacancy.
 *
 * @param before the routing before the change; null for a new vacancy
 * @param after the routing after the change
 */
public record VacancyChange(
    UUID vacancyId, int version, ChangeKind kind, Routing before, Routing after) {}
