package be.synerjob.hub.search;

import be.synerjob.hub.core.MemberCode;

/**
 * Who searches, deciding what the search may show, with the same rules as reading one vacancy
 * ({@code GET /api/v1/vacancies/{id}}): a member sees its own open vacancies and, when it may read
 * partners' vacancies, those its sharing agreements admit; an operator sees every open vacancy.
 *
 * @param member the member searching; null for an operator
 * @param readsPartners whether the member may read partners' vacancies (API scope {@code
 *     feed:read}; a console user of the member)
 * @param operator a hub operator (API scope {@code admin} without member; a console administrator)
 */
public record SearchViewer(MemberCode member, boolean readsPartners, boolean operator) {

  public static SearchViewer operatorView() {
    return new SearchViewer(null, false, true);
  }

  public static SearchViewer of(MemberCode member, boolean readsPartners) {
    return new SearchViewer(member, readsPartners, false);
  }
}
