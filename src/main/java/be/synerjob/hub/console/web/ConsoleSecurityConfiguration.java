package be.synerjob.hub.console.web;

import be.synerjob.hub.audit.AuditAction;
import be.synerjob.hub.audit.AuditLog;
import be.synerjob.hub.console.ConsoleRole;
import be.synerjob.hub.console.ConsoleUser;
import be.synerjob.hub.console.ConsoleUsers;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The console's own filter chain, next to the stateless API-key chain (which has {@code @Order(1)}
 * and matches {@code /api/**}): form login with a session, CSRF protection (htmx sends the token as
 * a header, see {@code layout.html}), administrators only under {@code /console/admin}.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurityConfiguration {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

  @Bean
  @Order(2)
  SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleUsers users, AuditLog audit)
      throws Exception {
    http.securityMatcher("/", "/console", "/console/**", "/login", "/logout", "/webjars/**")
        .authenticationManager(new ProviderManager(new ConsoleAuthenticationProvider(users)))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/console/assets/**", "/webjars/**", "/login")
                    .permitAll()
                    .requestMatchers("/console/admin", "/console/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/", "/console", "/console/**")
                    .authenticated()
                    .anyRequest()
                    .denyAll())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .defaultSuccessUrl("/console", false)
                    .successHandler(
                        (req, res, auth) -> {
                          if (auth.getPrincipal() instanceof ConsoleUser u) {
                            audit.record(
                                u.actor(),
                                u.member() == null ? null : u.member().value(),
                                AuditAction.CONSOLE_LOGIN,
                                "console",
                                "ok",
                                null);
                          }
                          new org.springframework.security.web.authentication
                                  .SavedRequestAwareAuthenticationSuccessHandler()
                              .onAuthenticationSuccess(req, res, auth);
                        })
                    .failureHandler(
                        (req, res, ex) -> {
                          String name = req.getParameter("username");
                          audit.record(
                              "console:" + (name == null ? "" : name),
                              null,
                              AuditAction.AUTH_FAILED,
                              "console",
                              "denied",
                              "bad username or password");
                          res.sendRedirect(req.getContextPath() + "/login?error");
                        })
                    .permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /** Checks the username and password against {@link ConsoleUsers}; no UserDetailsService bean. */
  record ConsoleAuthenticationProvider(ConsoleUsers users) implements AuthenticationProvider {

    @Override
    public Authentication authenticate(Authentication authentication) {
      String password =
          authentication.getCredentials() == null
              ? null
              : authentication.getCredentials().toString();
      ConsoleUser user =
          users
              .authenticate(authentication.getName(), password)
              .orElseThrow(() -> new BadCredentialsException("Bad username or password"));
      return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities(user));
    }

    @Override
    public boolean supports(Class<?> authentication) {
      return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static List<GrantedAuthority> authorities(ConsoleUser user) {
      return user.role() == ConsoleRole.ADMIN
          ? List.of(
              new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
          : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }
  }
}
