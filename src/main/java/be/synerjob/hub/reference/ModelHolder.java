package be.synerjob.hub.reference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Holds the current {@link ReferenceModel} and {@link SuggestIndex}: built on first use (or by the
 * start-up warm-up), dropped after an import, and rebuilt when another node has loaded a release
 * (checked at most once per {@code hub.reference.refresh-interval}, with one small query).
 */
@Component
class ModelHolder {

  private static final Logger log = LoggerFactory.getLogger(ModelHolder.class);

  private final JdbcTemplate jdbc;
  private final long refreshNanos;
  private volatile ReferenceModel model;
  private volatile SuggestIndex index;
  private volatile long checkedAt;

  ModelHolder(JdbcTemplate jdbc, ReferenceProperties properties) {
    this.jdbc = jdbc;
    this.refreshNanos = properties.refreshInterval().toNanos();
  }

  /** The current model; loads it if needed (a few seconds, once). */
  ReferenceModel model() {
    ReferenceModel m = model;
    long now = System.nanoTime();
    if (m != null && now - checkedAt > refreshNanos) {
      checkedAt = now;
      if (!ReferenceModel.stamp(jdbc).equals(m.stamp)) {
        log.info("Reference: releases changed in the database; reloading");
        invalidate();
        m = null;
      }
    }
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          long t0 = System.nanoTime();
          m = ReferenceModel.load(jdbc);
          model = m;
          checkedAt = System.nanoTime();
          log.info(
              "Reference: model of {} concepts loaded in {} ms",
              m.nodes.size(),
              (System.nanoTime() - t0) / 1_000_000);
        }
      }
    }
    return m;
  }

  /** The autocomplete index of the current model; builds it if needed. */
  SuggestIndex index() {
    ReferenceModel m = model();
    SuggestIndex i = index;
    if (i == null || indexModel != m) {
      synchronized (this) {
        i = index;
        if (i == null || indexModel != m) {
          long t0 = System.nanoTime();
          i = SuggestIndex.build(m);
          index = i;
          indexModel = m;
          log.info(
              "Reference: autocomplete index of {} labels ({} MB) built in {} ms",
              i.documents(),
              i.bytes() / 1_000_000,
              (System.nanoTime() - t0) / 1_000_000);
        }
      }
    }
    return i;
  }

  private volatile ReferenceModel indexModel;

  /** Drops model and index; the next use rebuilds them. */
  synchronized void invalidate() {
    model = null;
    index = null;
    indexModel = null;
  }

  void warmUp() {
    index();
  }
}
