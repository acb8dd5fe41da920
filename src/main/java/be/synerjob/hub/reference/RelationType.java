package be.synerjob.hub.reference;

import java.util.Optional;

/**
 * The relations the reference keeps. Mapping relations read in SKOS's direction: {@code A
 * BROAD_MATCH B} means B is broader than A.
 */
public enum RelationType {
  /** Hierarchy inside a scheme: the target is broader (skos:broader). */
  BROADER("broader"),
  /** An ESCO occupation's ISCO-08 unit group. */
  ISCO_GROUP("iscoGroup"),
  /** An ESCO occupation needs the target skill. */
  ESSENTIAL_SKILL("essentialSkill"),
  /** An ESCO occupation may use the target skill. */
  OPTIONAL_SKILL("optionalSkill"),
  EXACT_MATCH("exactMatch"),
  CLOSE_MATCH("closeMatch"),
  /** The target is broader than the source (skos:broadMatch). */
  BROAD_MATCH("broadMatch"),
  /** The target is narrower than the source (skos:narrowMatch). */
  NARROW_MATCH("narrowMatch"),
  /** ROME mobility: a ROME code people can move to from the source (ranked). */
  MOBILITY("mobility"),
  /** The ROME v3 code a ROME 4.0 code or job title descends from. */
  ROME_V3_PARENT("romeV3Parent");

  private final String json;

  RelationType(String json) {
    this.json = json;
  }

  /** The name in JSON and CSV: SKOS's where SKOS has one ({@code closeMatch}, {@code broader}). */
  public String json() {
    return json;
  }

  /** True for the four SKOS mapping relations. */
  public boolean isMatch() {
    return this == EXACT_MATCH
        || this == CLOSE_MATCH
        || this == BROAD_MATCH
        || this == NARROW_MATCH;
  }

  /** The relation read in the other direction: broad and narrow swap, exact and close stay. */
  public RelationType inverseMatch() {
    if (this == BROAD_MATCH) {
      return NARROW_MATCH;
    }
    if (this == NARROW_MATCH) {
      return BROAD_MATCH;
    }
    return this;
  }

  /** Parses a mapping relation as written in the data files: exact, close, broad, narrow. */
  static Optional<RelationType> parseMatch(String value) {
    switch (value == null ? "" : value.trim()) {
      case "exact":
        return Optional.of(EXACT_MATCH);
      case "close":
        return Optional.of(CLOSE_MATCH);
      case "broad":
        return Optional.of(BROAD_MATCH);
      case "narrow":
        return Optional.of(NARROW_MATCH);
      default:
        return Optional.empty();
    }
  }
}
