package be.synerjob.hub.reference;

import java.util.Map;

/**
 * A concept in a list: its id, code, kind and status, with its preferred label per language.
 *
 * @param id the API id: the ESCO URI, or {@code scheme:code}
 * @param code the code shown to people: the ESCO notation ({@code 7212.1}), the ROME, ISCO or
 *     Competent code, or the URI when there is none
 * @param labels preferred label per language code ({@code en}, {@code nl}, {@code fr}, {@code de})
 * @param skillType for ESCO skills: {@code skill/competence} or {@code knowledge}
 */
public record ConceptSummary(
    String id,
    Scheme scheme,
    ConceptKind kind,
    String code,
    ConceptStatus status,
    Map<String, String> labels,
    String skillType) {}
