package be.synerjob.hub.learning.web;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.core.ProblemType;
import be.synerjob.hub.learning.LearningCredentials;
import be.synerjob.hub.learning.LearningPrincipal;
import be.synerjob.hub.organisation.ApiKeys;
import be.synerjob.hub.organisation.ApiPrincipal;
import be.synerjob.hub.organisation.Scope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The learning API's own filter chain, ahead of the members' chain: employers present an employer
 * key, employees a personal token (both {@code sjl_…}), member services their usual API key with
 * the {@code learning:admin} scope. The rule table is public. Authorities: {@code
 * LEARNING_EMPLOYER}, {@code LEARNING_EMPLOYEE}, {@code SCOPE_learning:admin}; which data a caller
 * reaches is decided by the services from the principal's subject, never from ids in the request
 * alone.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LearningSecurityConfiguration {

  static final String EMPLOYER = "LEARNING_EMPLOYER";
  static final String EMPLOYEE = "LEARNING_EMPLOYEE";

  @Bean
  @Order(0)
  SecurityFilterChain learningSecurity(
      HttpSecurity http,
      LearningCredentials credentials,
      ApiKeys keys,
      AuditLog audit,
      JsonMapper json)
      throws Exception {
    Problems problems = new Problems(json);
    http.securityMatcher("/api/v1/learning/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .addFilterBefore(
            new LearningAuthenticationFilter(credentials, keys, audit, problems),
            AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) ->
                            problems.write(
                                req,
                                res,
                                ProblemType.UNAUTHENTICATED,
                                "This resource needs an employer key, an employee token or a"
                                    + " member's API key (Authorization: Bearer …)"))
                    .accessDeniedHandler(
                        (req, res, ex) ->
                            problems.write(
                                req,
                                res,
                                ProblemType.FORBIDDEN,
                                "This credential does not allow this operation")))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.GET, "/api/v1/learning/rules")
                    .permitAll()
                    .requestMatchers("/api/v1/learning/**")
                    .authenticated()
                    .anyRequest()
                    .denyAll());
    return http.build();
  }

  /** Writes problem documents from the filter, before Spring MVC. */
  static final class Problems {
    private final JsonMapper json;

    Problems(JsonMapper json) {
      this.json = json;
    }

    void write(
        HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
        throws IOException {
      ProblemDetail pd = ProblemDetail.forStatus(type.status());
      pd.setType(type.type());
      pd.setTitle(type.title());
      pd.setDetail(detail);
      pd.setInstance(URI.create(request.getRequestURI()));
      if (type == ProblemType.UNAUTHENTICATED) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"synerjob-hub-learning\"");
      }
      response.setStatus(type.status());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), pd);
    }
  }

  /** Authenticates learning credentials and members' keys. */
  static final class LearningAuthenticationFilter extends OncePerRequestFilter {
    private final LearningCredentials credentials;
    private final ApiKeys keys;
    private final AuditLog audit;
    private final Problems problems;

    LearningAuthenticationFilter(
        LearningCredentials credentials, ApiKeys keys, AuditLog audit, Problems problems) {
      this.credentials = credentials;
      this.keys = keys;
      this.audit = audit;
      this.problems = problems;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String presented = presented(request);
      if (presented == null) {
        chain.doFilter(request, response);
        return;
      }
      Optional<LearningPrincipal> principal;
      List<SimpleGrantedAuthority> authorities;
      if (presented.startsWith("sjl_")) {
        principal = credentials.authenticate(presented);
        authorities =
            principal
                .map(
                    p ->
                        List.of(
                            new SimpleGrantedAuthority(
                                p.kind() == LearningPrincipal.Kind.EMPLOYER ? EMPLOYER : EMPLOYEE)))
                .orElse(List.of());
      } else {
        Optional<ApiPrincipal> member = keys.authenticate(presented);
        principal =
            member.map(
                m ->
                    new LearningPrincipal(
                        LearningPrincipal.Kind.SERVICE,
                        m.member() == null ? "operator" : m.member().value(),
                        m.keyPrefix()));
        authorities =
            member.filter(m -> m.has(Scope.LEARNING_ADMIN)).isPresent()
                ? List.of(new SimpleGrantedAuthority(Scope.LEARNING_ADMIN.authority()))
                : List.of();
      }
      if (principal.isEmpty()) {
        String shown = presented.length() >= 12 ? presented.substring(0, 12) + "…" : "(malformed)";
        audit.record(
            "key:" + shown,
            null,
            AuditAction.AUTH_FAILED,
            request.getMethod() + " " + request.getRequestURI(),
            "DENIED",
            "unknown, malformed or revoked learning credential");
        problems.write(
            request,
            response,
            ProblemType.UNAUTHENTICATED,
            "The credential is unknown, malformed or has been revoked");
        return;
      }
      SecurityContextHolder.getContext()
          .setAuthentication(new LearningAuthentication(principal.get(), authorities));
      try {
        chain.doFilter(request, response);
      } finally {
        SecurityContextHolder.clearContext();
      }
    }

    private static String presented(HttpServletRequest request) {
      String header = request.getHeader("Authorization");
      if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        return header.substring(7).trim();
      }
      String apiKey = request.getHeader("X-API-Key");
      return apiKey == null || apiKey.isBlank() ? null : apiKey.trim();
    }
  }

  static final class LearningAuthentication extends AbstractAuthenticationToken {
    private final LearningPrincipal principal;

    LearningAuthentication(LearningPrincipal principal, List<SimpleGrantedAuthority> authorities) {
      super(authorities);
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
