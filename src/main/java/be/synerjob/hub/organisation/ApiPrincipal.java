package be.synerjob.hub.organisation;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: the API key (by id and public prefix), the member it belongs to (empty for hub
 * operators) and its scopes.
 */
public record ApiPrincipal(String keyId, String keyPrefix, MemberCode member, Set<Scope> scopes) {

  public boolean has(Scope scope) {
    return scopes.contains(scope);
  }

  public boolean isOperator() {
    return member == null && scopes.contains(Scope.ADMIN);
  }

  /** The member the caller acts for, or a 403 problem when the key belongs to no member. */
  public MemberCode requireMember() {
    if (member == null) {
      throw HubException.forbidden("This operation needs a member's API key, not an operator key");
    }
    return member;
  }

  /** A name for logs and the audit trail: {@code VDAB/key:ab12cd34}. */
  public String actor() {
    return (member == null ? "operator" : member.value()) + "/key:" + keyPrefix;
  }

  /** The principal of the current request, if it was authenticated with an API key. */
  public static ApiPrincipal current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof ApiPrincipal p) {
      return p;
    }
    throw new HubException(
        be.synerjob.hub.core.ProblemType.UNAUTHENTICATED, "A valid API key is required");
  }
}
