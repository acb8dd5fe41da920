package be.synerjob.hub.classification;

import be.synerjob.hub.core.Language;
import be.synerjob.hub.reference.Concept;
import be.synerjob.hub.reference.Crosswalk;
import be.synerjob.hub.reference.CrosswalkMatch;
import be.synerjob.hub.reference.Reference;
import be.synerjob.hub.reference.Scheme;
import be.synerjob.hub.vacancy.CodeScheme;
import be.synerjob.hub.vacancy.OccupationCoder;
import be.synerjob.hub.vacancy.Vacancy;
import be.synerjob.hub.vacancy.Vacancy.OccupationCoding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The classifier of the running hub, built from the reference's model (and rebuilt when another
 * release is loaded), and the coding of published vacancies: a supplied ESCO code wins; a supplied
 * ROME or ISCO-08 code is crosswalked to ESCO (the crosswalk's occupation that best fits the
 * title); otherwise the classifier codes the title, and a confidence below the threshold asks for
 * review.
 */
@Service
public class Classifications implements OccupationCoder {

  private static final Logger log = LoggerFactory.getLogger(Classifications.class);
  private static final long CHECK_NANOS = 30_000_000_000L;

  private final Reference reference;
  private final ClassificationProperties properties;
  private volatile OccupationClassifier classifier;
  private volatile String stamp;
  private volatile long checkedAt;

  Classifications(Reference reference, ClassificationProperties properties) {
    this.reference = reference;
    this.properties = properties;
  }

  public ClassificationProperties properties() {
    return properties;
  }

  /**
   * The current classifier (built on first use: about two seconds); null when no reference is
   * loaded.
   */
  public OccupationClassifier classifier() {
    OccupationClassifier c = classifier;
    long now = System.nanoTime();
    if (c != null && now - checkedAt < CHECK_NANOS) {
      return c;
    }
    synchronized (this) {
      checkedAt = System.nanoTime();
      if (!reference.isLoaded()) {
        classifier = null;
        stamp = null;
        return null;
      }
      String s = reference.stamp();
      if (classifier == null || !s.equals(stamp)) {
        long t0 = System.nanoTime();
        classifier = OccupationClassifier.build(OccupationVocabulary.fromReference(reference));
        stamp = s;
        log.info(
            "Classification: index of {} labels built in {} ms",
            classifier.size(),
            (System.nanoTime() - t0) / 1_000_000);
      }
      return classifier;
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    if (properties.warmUp()) {
      Thread t = new Thread(this::classifier, "classification-warm-up");
      t.setDaemon(true);
      t.start();
    }
  }

  /** Classifies one title; empty matches when no reference is loaded. */
  public Classification classify(String title, String description, Language language, int top) {
    OccupationClassifier c = classifier();
    if (c == null) {
      return new Classification(
          title, language == null ? null : language.code(), false, "", null, List.of());
    }
    return c.classify(title, description, language, top);
  }

  @Override
  public OccupationCoding code(Vacancy v) {
    if (!properties.coding()) {
      return null;
    }
    Language lang = Language.parse(v.language()).orElse(null);
    List<Vacancy.OccupationCode> supplied = v.occupations() == null ? List.of() : v.occupations();
    for (Vacancy.OccupationCode c : supplied) {
      if (c.scheme() == CodeScheme.ESCO) {
        return new OccupationCoding(
            "ESCO",
            c.code(),
            label(c.code(), lang),
            OccupationCoding.Method.SUPPLIED,
            1.0,
            c.release(),
            false,
            "esco:" + c.code());
      }
    }
    OccupationClassifier c = classifier();
    if (c == null) {
      return null;
    }
    for (Vacancy.OccupationCode s : supplied) {
      if (s.scheme() == CodeScheme.ROME || s.scheme() == CodeScheme.ISCO08) {
        OccupationCoding x = crosswalk(c, s, v, lang);
        if (x != null) {
          return x;
        }
      }
    }
    Classification r = c.classify(v.title(), v.description(), lang, 1);
    Classification.Match m = r.best();
    if (m == null) {
      return null;
    }
    Classification.Explanation e = m.explanation();
    return new OccupationCoding(
        "ESCO",
        m.uri(),
        m.label(),
        OccupationCoding.Method.CLASSIFIED,
        m.confidence(),
        r.release(),
        m.confidence() < properties.reviewThreshold(),
        "label '" + e.label() + "' (" + e.language() + ", " + e.source() + ", " + e.method() + ")");
  }

  /**
   * The ESCO occupation of a ROME or ISCO code: among the crosswalk's answers (often several), the
   * one the classifier ranks highest for the title; the first answer when the title fits none.
   */
  private OccupationCoding crosswalk(
      OccupationClassifier c, Vacancy.OccupationCode s, Vacancy v, Language lang) {
    String id = (s.scheme() == CodeScheme.ROME ? "rome:" : "isco:") + s.code();
    Crosswalk cw;
    try {
      cw = reference.crosswalk(id, Scheme.ESCO);
    } catch (RuntimeException e) {
      return null;
    }
    Map<String, CrosswalkMatch> targets = new LinkedHashMap<>();
    for (CrosswalkMatch m : cw.matches()) {
      targets.putIfAbsent(m.target().id(), m);
    }
    if (targets.isEmpty()) {
      return null;
    }
    CrosswalkMatch chosen = null;
    double confidence = 0;
    if (targets.size() == 1) {
      chosen = targets.values().iterator().next();
      confidence = 0.9;
    } else {
      for (Classification.Match m : c.classify(v.title(), v.description(), lang, 50).matches()) {
        if (targets.containsKey(m.uri())) {
          chosen = targets.get(m.uri());
          confidence = Math.max(0.5, Math.min(0.9, m.score()));
          break;
        }
      }
      if (chosen == null) {
        chosen = targets.values().iterator().next();
        confidence = 0.3;
      }
    }
    String uri = chosen.target().id();
    return new OccupationCoding(
        "ESCO",
        uri,
        label(uri, lang),
        OccupationCoding.Method.CROSSWALK,
        Math.round(confidence * 1000) / 1000.0,
        c.vocabulary().release(),
        confidence < properties.reviewThreshold(),
        id + " " + chosen.relation() + " (" + chosen.mapping() + ")");
  }

  private String label(String uri, Language lang) {
    return reference
        .find(Scheme.ESCO, uri)
        .map(
            (Concept k) -> {
              String l = lang == null ? null : k.preferredLabel(lang.code());
              return l != null ? l : k.preferredLabel("en");
            })
        .orElse(null);
  }
}
