package be.synerjob.hub.statistics;

import java.time.Instant;
import java.util.Map;

/**
 * One published figure: a statistic of an institution for a period and a series (one code per
 * dimension), with its status ({@code A} final, {@code P} provisional), its revision number and
 * when it was computed or received.
 */
public record Observation(
    Statistic statistic,
    String institution,
    StatPeriod period,
    Map<Dimension, String> series,
    long value,
    char status,
    int revision,
    Instant computedAt) {}
