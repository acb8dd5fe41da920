package be.synerjob.hub.organisation.web;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.ApiPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the API key from {@code Authorization: Bearer …} or {@code X-API-Key}. A presented but
 * unknown or revoked key is answered at once with 401 (and audited); no key leaves the request
 * anonymous for the rules to decide.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  private final ApiKeys keys;
  private final AuditLog audit;
  private final ProblemWriter problems;

  ApiKeyAuthenticationFilter(ApiKeys keys, AuditLog audit, ProblemWriter problems) {
    this.keys = keys;
    this.audit = audit;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String presented = presentedKey(request);
    if (presented == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiPrincipal> principal = keys.authenticate(presented);
    if (principal.isEmpty()) {
      String shown = presented.length() >= 12 ? presented.substring(0, 12) + "…" : "(malformed)";
      audit.record(
          "key:" + shown,
          null,
          AuditAction.AUTH_FAILED,
          request.getMethod() + " " + request.getRequestURI(),
          "DENIED",
          "unknown, malformed or revoked API key");
      problems.unauthenticated(
          request, response, "The API key is unknown, malformed or has been revoked");
      return;
    }
    SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(principal.get()));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static String presentedKey(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return header.substring(7).trim();
    }
    String apiKey = request.getHeader("X-API-Key");
    return apiKey == null || apiKey.isBlank() ? null : apiKey.trim();
  }

  static final class ApiKeyAuthentication extends AbstractAuthenticationToken {
    private final ApiPrincipal principal;

    ApiKeyAuthentication(ApiPrincipal principal) {
      super(
          principal.scopes().stream().map(s -> new SimpleGrantedAuthority(s.authority())).toList());
      this.principal = principal;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Object getPrincipal() {
      return principal;
    }

    @Override
    public String getName() {
      return principal.actor();
    }
  }
}
