package be.synerjob.hub.matching;

import java.util.Map;

/**
 * One thing that fits or does not fit between a profile and a vacancy: a stable code, its
 * parameters, and a sentence in the requested language (nl, fr, de or en).
 *
 * @param code for example {@code LANGUAGE_TOO_WEAK}; the list is in docs/matching.md
 * @param fits true for what fits, false for what does not
 * @param params the facts behind the sentence ({@code language: nl, required: B2, has: A2})
 * @param message the sentence, e.g. "needs Dutch B2, has A2"
 */
public record MatchReason(String code, boolean fits, Map<String, Object> params, String message) {}
