package be.synerjob.hub.quality;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long changes took from the source member's own system (the vacancy's {@code sourceUpdatedAt})
 * to the hub, summarised as a count, sum, maximum and a histogram over fixed bounds, so days and
 * flows add up and percentiles can be read off the histogram.
 *
 * @param records changes measured
 * @param averageSeconds mean lag
 * @param maxSeconds longest lag
 * @param p50AtMostSeconds the histogram bound the median lies under (the maximum when it lies past
 *     the last bound)
 * @param p95AtMostSeconds the same for the 95th percentile
 * @param received records per bound: {@code within1m}, {@code within5m}, {@code within15m}, {@code
 *     within1h}, {@code within6h}, {@code within24h}, {@code later}
 */
public record SourceLag(
    long records,
    long averageSeconds,
    long maxSeconds,
    long p50AtMostSeconds,
    long p95AtMostSeconds,
    Map<String, Long> received) {

  /**
   * The lower bound of the bucket that holds the median: half the records certainly took longer
   * than this.
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public long medianAtLeastSeconds() {
    long rank = (records + 1) / 2;
    long seen = 0;
    int i = 0;
    for (long n : received.values()) {
      seen += n;
      if (seen >= rank) {
        return i == 0 ? 0 : BOUNDS[i - 1];
      }
      i++;
    }
    return BOUNDS[BOUNDS.length - 1];
  }

  /** Upper bounds of the histogram's buckets, in seconds; the last bucket is everything later. */
  static final long[] BOUNDS = {60, 300, 900, 3_600, 21_600, 86_400};

  static final List<String> BUCKETS =
      List.of("within1m", "within5m", "within15m", "within1h", "within6h", "within24h", "later");

  /** Counts being added up: from the lags of one batch, or from stored rows. */
  static final class Sum {
    long records;
    long sumSeconds;
    long maxSeconds;
    final long[] buckets = new long[BOUNDS.length + 1];

    void add(Duration lag) {
      long s = Math.max(0, lag.toSeconds());
      records++;
      sumSeconds += s;
      maxSeconds = Math.max(maxSeconds, s);
      buckets[bucket(s)]++;
    }

    void add(Sum other) {
      records += other.records;
      sumSeconds += other.sumSeconds;
      maxSeconds = Math.max(maxSeconds, other.maxSeconds);
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] += other.buckets[i];
      }
    }

    private int bucketOf(double quantile) {
      long rank = (long) Math.ceil(quantile * records);
      long seen = 0;
      for (int i = 0; i < buckets.length; i++) {
        seen += buckets[i];
        if (seen >= rank) {
          return i;
        }
      }
      return buckets.length - 1;
    }

    private long atMost(double quantile) {
      int b = bucketOf(quantile);
      return b < BOUNDS.length ? Math.min(BOUNDS[b], maxSeconds) : maxSeconds;
    }

    SourceLag summary() {
      if (records == 0) {
        return null;
      }
      Map<String, Long> received = new LinkedHashMap<>();
      for (int i = 0; i < buckets.length; i++) {
        received.put(BUCKETS.get(i), buckets[i]);
      }
      return new SourceLag(
          records,
          Math.round((double) sumSeconds / records),
          maxSeconds,
          atMost(0.5),
          atMost(0.95),
          received);
    }
  }

  static int bucket(long seconds) {
    for (int i = 0; i < BOUNDS.length; i++) {
      if (seconds <= BOUNDS[i]) {
        return i;
      }
    }
    return BOUNDS.length;
  }
}
