package be.synerjob.hub.vacancy;

import java.time.Instant;
import java.util.List;

/**
 * Published synchronously inside the transaction that stored the changes: the feed appends its
 * entries in the same transaction, so a change is never committed without its feed entries, nor the
 * other way round.
 */
public record VacanciesChanged(List<VacancyChange> changes, String channel, Instant at) {}
