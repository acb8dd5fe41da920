package be.synerjob.hub.organisation.web;

import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.organisation.ApiKeys;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API is stateless and keyed: open data and documentation are public, everything else under
 * {@code /api} needs a key, and each operation names the scope it needs ({@code @PreAuthorize});
 * anything not listed is denied.
 */
@Configuration
@EnableMethodSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

  @Bean
  ProblemWriter problemWriter(JsonMapper json) {
    return new ProblemWriter(json);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(
      HttpSecurity http, ApiKeys keys, AuditLog audit, ProblemWriter problems) throws Exception {
    http.securityMatcher(
            "/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .addFilterBefore(
            new ApiKeyAuthenticationFilter(keys, audit, problems),
            AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (req, res, ex) ->
                            problems.unauthenticated(
                                req,
                                res,
                                "This resource needs an API key (Authorization: Bearer … or X-API-Key)"))
                    .accessDeniedHandler(
                        (req, res, ex) ->
                            problems.forbidden(
                                req, res, "The API key lacks the scope this operation needs")))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/actuator/health/**",
                        "/actuator/info",
                        "/actuator/prometheus",
                        "/api/v1/api-info",
                        "/api/v1/members",
                        "/api/v1/reference/**",
                        "/api/v1/mobility/figures/**",
                        "/api/v1/cooperation/calendar.ics",
                        "/api/v1/cooperation/public/**")
                    .permitAll()
                    .requestMatchers(
                        org.springframework.http.HttpMethod.GET, "/api/v1/statistics/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasAuthority("SCOPE_admin")
                    .requestMatchers("/api/**")
                    .authenticated()
                    .anyRequest()
                    .denyAll());
    return http.build();
  }
}
