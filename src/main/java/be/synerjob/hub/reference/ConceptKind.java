package be.synerjob.hub.reference;

import java.util.Locale;

/** What a concept is. */
public enum ConceptKind {
  /** An ESCO occupation, a ROME code (fiche métier) or a Competent occupation. */
  OCCUPATION,
  /** An ESCO skill or knowledge concept, or a Competent competence. */
  SKILL,
  /** A group of the ESCO skills hierarchy (including the ISCED-F knowledge groups). */
  SKILL_GROUP,
  /** An ISCO-08 group (major, sub-major, minor or unit group). */
  ISCO_GROUP,
  /** A ROME job title (appellation) under a ROME code. */
  JOB_TITLE;

  /** Lower case with a hyphen, as in JSON: {@code occupation}, {@code skill-group}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
