package be.synerjob.hub.reference;

import java.util.List;

/**
 * The translation of a code into another scheme: one-to-many, best relation first (exact, close,
 * broad, narrow, then hierarchical).
 */
public record Crosswalk(
    ConceptSummary source, Scheme to, List<CrosswalkMatch> matches, String attribution) {}
