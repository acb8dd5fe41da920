package be.synerjob.hub.reference;

import java.util.List;
import java.util.Map;

/**
 * A competence set: the competences under one level-2 group of the ESCO skills hierarchy, named by
 * the group's short label (rule in docs/reference.md).
 *
 * @param id {@code set:} and the group's code ({@code set:S1.1}, {@code set:011})
 * @param labels the short labels per language (the group's preferred labels; en and nl)
 * @param skills ESCO skills in the set
 * @param competent Competent competences in the set
 * @param skillMembers the skills, when asked for (else null)
 * @param competentMembers the Competent competences, when asked for (else null)
 */
public record CompetenceSet(
    String id,
    Map<String, String> labels,
    ConceptSummary group,
    int skills,
    int competent,
    List<ConceptSummary> skillMembers,
    List<ConceptSummary> competentMembers) {}
